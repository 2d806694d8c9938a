"""Restoring: a round trip gives identical data; every refusal leaves the live file intact."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest

from desktop_app.core.backup.backups import create_backup, list_backups
from desktop_app.core.backup.damaged import diagnose
from desktop_app.core.backup.manifest import BACKUP_SUFFIX, manifest_path, read_manifest
from desktop_app.core.backup.restore import (
    RestoreError,
    recover_damaged,
    restore_backup,
    summarize_backup,
)
from desktop_app.core.common import replace as replace_module
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.models.cell import Cell
from desktop_app.db.models.members import Member

from .backup_support import CELL_NAME, add_member, dump, folder_state, make_database

NOW = dt.datetime(2026, 11, 26, 14, 32)


@pytest.fixture
def live(tmp_path):
    return make_database(tmp_path / "sochibo.db", members=6)


def test_round_trip_restores_identical_data(live):
    at_backup = dump(live)
    info = create_backup(live, reason="manual", now=NOW)
    open_database(live)
    try:
        Member.create(full_name="Phạm Văn Mới Vào")
        Cell.update(name="Chi bộ Đổi Tên").execute()
        Member.get(Member.full_name == "Nguyễn Văn Số 1").delete_instance()
    finally:
        close_database()
    changed = dump(live)
    assert changed != at_backup

    result = restore_backup(live, info.path, now=NOW + dt.timedelta(minutes=5))

    assert dump(live) == at_backup
    assert result.summary.cell_name == CELL_NAME
    assert result.summary.member_count == 6
    # The data as it was just before the restore is kept, and is restorable too.
    assert result.safety_backup is not None
    assert read_manifest(result.safety_backup.path).reason == "before_restore"
    assert dump(result.safety_backup.path) == changed
    open_database(live)  # the restored file opens normally
    try:
        assert Member.select().count() == 6
    finally:
        close_database()


def test_restore_replaces_a_database_left_with_a_wal(live):
    info = create_backup(live, now=NOW)
    # A crash leaves committed rows only in the -wal; restoring must not mix them in.
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO member (full_name, role, kind, key_cadre, job_title, status,"
                   " note, created_at, updated_at) VALUES ('Chỉ Trong WAL', 'member', 'full',"
                   " 0, '', 'active', '', '2026-11-26 10:00:00', '2026-11-26 10:00:00')")
    writer.commit()
    shutil.copy(live.with_name(live.name + "-wal"), live.parent / "wal-copy")
    writer.close()
    shutil.copy(live.parent / "wal-copy", live.with_name(live.name + "-wal"))

    result = restore_backup(live, info.path)

    assert dump(live) == dump(info.path)
    assert "Chỉ Trong WAL" in "".join(dump(result.safety_backup.path))
    assert not live.with_name(live.name + "-wal").exists()


def _refused(live, candidate, match):
    before = folder_state(live.parent)
    with pytest.raises(RestoreError, match=match) as caught:
        restore_backup(live, candidate)
    assert folder_state(live.parent) == before  # byte for byte, and nothing added beside it
    assert "không bị thay đổi" in str(caught.value)
    return caught.value


def test_refuses_a_text_file(live, tmp_path):
    text = tmp_path / "ghi-chu.sochibo-backup"
    text.write_text("Biên bản họp chi bộ tháng 11\n", encoding="utf-8")
    _refused(live, text, "không phải là bản sao lưu của Sổ Chi bộ")


def test_refuses_a_truncated_backup(live, tmp_path):
    info = create_backup(live, folder=tmp_path / "usb")
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])
    _refused(live, info.path, "cắt cụt")

    manifest_path(info.path).unlink()  # without its manifest, SQLite itself notices
    _refused(live, info.path, "hỏng")


def test_refuses_a_backup_of_a_newer_schema(live, tmp_path):
    info = create_backup(live, folder=tmp_path / "usb")
    connection = sqlite3.connect(info.path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    manifest_path(info.path).unlink()
    _refused(live, info.path, "phiên bản Sổ Chi bộ mới hơn")


def test_refuses_an_unrelated_sqlite_file(live, tmp_path):
    other = tmp_path / "danh-ba.sochibo-backup"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contact (name TEXT)")
    connection.execute("INSERT INTO contact VALUES ('An')")
    connection.commit()
    connection.close()
    _refused(live, other, "chương trình khác")


def test_refuses_a_checksum_mismatch(live, tmp_path):
    info = create_backup(live, folder=tmp_path / "usb")
    data = bytearray(info.path.read_bytes())
    data[-100] ^= 0xFF  # same size, one byte changed
    info.path.write_bytes(bytes(data))
    _refused(live, info.path, "SHA-256")


def test_refuses_the_live_file_itself(live):
    _refused(live, live, "chính là tệp dữ liệu đang dùng")


def test_a_failure_while_replacing_leaves_the_live_file_as_it_was(live, monkeypatch):
    info = create_backup(live, now=NOW)
    add_member(live, "Hoàng Thị Sau Sao Lưu")
    before = live.read_bytes()

    real_replace = os.replace

    def broken_replace(src, dst):
        if os.fspath(dst) == os.fspath(live):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(replace_module, "_replace", broken_replace)
    with pytest.raises(RestoreError, match="không bị thay đổi"):
        restore_backup(live, info.path)
    assert live.read_bytes() == before
    assert not list(live.parent.glob(".*restore-tmp"))


def test_summary_for_the_confirmation_dialog(live):
    add_member(live, "Vũ Văn Thêm")
    info = create_backup(live, reason="on_close", now=NOW)
    summary = summarize_backup(info.path)
    assert summary.lines()[:2] == [f"Chi bộ: {CELL_NAME}", "Số đảng viên: 7"]
    assert summary.last_entry == dt.date.today()
    assert summary.lines()[3] == "Sao lưu lúc: 26/11/2026 14:32 (tự động khi đóng chương trình)"


# --- a damaged database at start ----------------------------------------------------------


def _damage(path):
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # scramble every page after the first
        data[offset + 8: offset + 200] = os.urandom(192)
    path.write_bytes(bytes(data))


def test_damaged_file_is_moved_aside_and_the_newest_good_backup_offered(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=40)
    good = create_backup(live, reason="on_close", now=NOW - dt.timedelta(days=1))
    add_member(live, "Đỗ Văn Gần Nhất")
    newest = create_backup(live, reason="on_close", now=NOW)
    newest.path.write_bytes(newest.path.read_bytes()[:5000])  # the newest backup is bad too
    damaged_bytes = None
    _damage(live)
    damaged_bytes = live.read_bytes()
    with pytest.raises(Exception, match="bị hỏng"):
        inspect_file(live)
    assert diagnose(live).kind == "damaged"

    recovery = recover_damaged(live, now=NOW)

    assert not live.exists()  # moved, not replaced by an empty database
    (moved,) = [p for p in recovery.moved if p.suffix == ".db"]
    assert moved.parent == tmp_path / "recovery"
    assert moved.read_bytes() == damaged_bytes
    assert recovery.offer is not None and recovery.offer.path == good.path

    restore_backup(live, recovery.offer.path)
    assert dump(live) == dump(good.path)


def test_only_a_damaged_sqlite_file_is_moved_aside(tmp_path):
    empty = tmp_path / "sochibo.db"
    empty.write_bytes(b"")
    assert diagnose(empty).kind == "empty"  # refused with its own message when opening
    with pytest.raises(ValueError):
        recover_damaged(empty)
    assert empty.exists()
    word = tmp_path / "bao-cao.db"
    word.write_bytes(b"PK\x03\x04" + b"word/document.xml" * 50)
    assert diagnose(word).kind == "not_database"
    with pytest.raises(ValueError):
        recover_damaged(word)
    assert word.exists()


def test_recovery_without_any_backup_offers_nothing(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=40)
    _damage(live)
    recovery = recover_damaged(live)
    assert recovery.offer is None
    assert all(p.exists() for p in recovery.moved)
    assert not list_backups(live)
    assert not any(p.name.endswith(BACKUP_SUFFIX) for p in tmp_path.rglob("*"))


def test_restore_over_a_database_file_without_tables(live, tmp_path):
    info = create_backup(live, folder=tmp_path / "usb")
    blank = tmp_path / "moi" / "sochibo.db"
    blank.parent.mkdir()
    sqlite3.connect(blank).execute("PRAGMA user_version = 0").connection.close()
    result = restore_backup(blank, info.path)
    assert result.safety_backup is None
    assert dump(blank) == dump(live)
