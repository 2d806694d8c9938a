"""Backups, restore and handover when Windows refuses to replace a file that is open
(``windows_files``): a Vietnamese message, the live data as it was, nothing left behind."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.backup.backups import automatic_file_name, create_backup, list_backups
from desktop_app.core.backup.handover import HandoverError, create_handover, open_handover
from desktop_app.core.backup.restore import RestoreError, restore_backup
from desktop_app.core.backup.sqlite_copy import BackupError
from desktop_app.core.demo import create_demo_database
from desktop_app.db.connection import close_database, open_database
from desktop_app.errors import UserError

from .backup_support import add_member, dump, fingerprint, make_database

NOW = dt.datetime(2026, 11, 26, 14, 32)
IN_USE = "đang mở trong chương trình khác"


@pytest.fixture
def live(tmp_path):
    return make_database(tmp_path / "sochibo.db", members=4)


def test_restore_over_a_database_another_program_holds(live, windows_files):
    backup = create_backup(live, now=NOW)
    add_member(live, "Sau Khi Sao Lưu")
    before = fingerprint(live)
    with live.open("rb"), pytest.raises(RestoreError) as raised:  # another copy of the app
        restore_backup(live, backup.path, now=NOW + dt.timedelta(minutes=1))
    assert str(raised.value) == (
        f"Tệp “{live}” đang mở trong chương trình khác (Word, Excel, trình đọc PDF hoặc một "
        "cửa sổ Sổ Chi bộ khác). Hãy đóng tệp đó rồi thử lại. "
        "Dữ liệu hiện tại không bị thay đổi.")
    assert fingerprint(live) == before
    assert not any(p.name.endswith(".restore-tmp") for p in live.parent.iterdir())

    restore_backup(live, backup.path, now=NOW + dt.timedelta(minutes=2))  # closed: it works
    assert dump(live) == dump(backup.path)


def test_restore_needs_the_programs_own_connection_closed(live, windows_files):
    """What the GUI must do first: with its connection open, Windows refuses the restore."""
    backup = create_backup(live, now=NOW)
    open_database(live)
    try:
        with pytest.raises(RestoreError, match=IN_USE):
            restore_backup(live, backup.path, now=NOW)
    finally:
        close_database()
    restore_backup(live, backup.path, now=NOW + dt.timedelta(minutes=1))
    assert windows_files.refused  # the first attempt was refused, then the file was free


def test_a_backup_whose_new_file_an_antivirus_holds(live, windows_files):
    folder = live.parent / "backups"
    target = folder / automatic_file_name(live, "manual", NOW)
    windows_files.held.add(target)
    before = fingerprint(live)
    with pytest.raises(BackupError) as raised:
        create_backup(live, now=NOW)
    assert IN_USE in str(raised.value) and "Dữ liệu gốc không bị thay đổi." in str(raised.value)
    assert fingerprint(live) == before
    assert list(folder.iterdir()) == []  # neither the reserved name nor the partial file
    windows_files.held.clear()
    assert create_backup(live, now=NOW).path == target
    assert [info.path for info in list_backups(live)] == [target]


def test_handover_package_open_in_another_program(live, tmp_path, windows_files):
    package = tmp_path / "ban-giao.zip"
    package.write_bytes(b"old")
    with package.open("rb"), pytest.raises(HandoverError, match=IN_USE):
        create_handover(live, package, now=NOW)
    assert package.read_bytes() == b"old"
    assert not (tmp_path / "ban-giao.zip.part").exists()
    create_handover(live, package, now=NOW)
    opened = open_handover(package, tmp_path / "nhan")  # a new folder: nothing is replaced
    assert dump(opened.db_path) == dump(live)


def test_handover_import_never_replaces_the_open_database(live, tmp_path, windows_files):
    package = create_handover(live, tmp_path / "ban-giao.zip", now=NOW)
    open_database(live)  # the program works on this file meanwhile
    try:
        with pytest.raises(HandoverError, match="đã có tệp dữ liệu sochibo.db"):
            open_handover(package, live.parent)
    finally:
        close_database()
    assert windows_files.refused == []


def test_demo_over_a_file_open_elsewhere(tmp_path, windows_files):
    path = tmp_path / "mau.db"
    path.write_bytes(b"old")
    with path.open("rb"), pytest.raises(UserError, match=IN_USE):
        create_demo_database(path, force=True)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mau.db"]
