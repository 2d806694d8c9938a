"""A full disk while saving, backing up and restoring: nothing lost, one clear message.

Each proof mounts a small tmpfs (a real file system that runs out of space), as root on
Linux; elsewhere it is skipped with the reason. The portable versions, with SQLite's own
page limit, are in ``tests/db/test_storage_errors.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.restore import RestoreError, restore_backup
from desktop_app.core.backup.sqlite_copy import BackupError
from desktop_app.core.members import roster as mc
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.models.members import Member
from desktop_app.db.storage import FULL, StorageError
from tests.core.backup.backup_support import dump, fingerprint, make_database
from tests.db.test_storage_errors import assert_vietnamese_only

from .support import ROOT, free_bytes, record, small_disk


def _cli(*args: str, data) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOCHIBO_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_a_full_disk_while_saving_keeps_every_saved_row_and_says_so(tmp_path):
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "sochibo.db"
        filler = disk / "tep-khac.bin"
        filler.write_bytes(bytes(300_000))  # someone else's file, deleted later to make room
        open_database(path)
        saved = 0
        try:
            with pytest.raises(StorageError) as caught:
                for index in range(100_000):
                    mc.save_member(mc.MemberData(full_name=f"Đảng viên {index}",
                                                 note="ghi chú " * 100), allow_duplicate=True)
                    saved += 1
            error = caught.value
            assert error.kind == FULL and str(path) in str(error)
            assert_vietnamese_only(str(error).replace(str(path), ""))
            assert Member.select().count() == saved  # the app still reads, nothing lost
            filler.unlink()  # the secretary makes room, and saves again
            mc.save_member(mc.MemberData(full_name="Sau khi dọn ổ"))
        finally:
            close_database()
        inspect_file(path, full_check=True)
        open_database(path)
        try:
            assert Member.select().count() == saved + 1
        finally:
            close_database()
        record("full-disk-writes", disk_bytes=1024 * 1024, rows_saved_before_full=saved,
               rows_lost=0, message=str(error))


def test_a_backup_onto_a_full_usb_stick_leaves_nothing_there(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=4000)
    before = fingerprint(live)
    with small_disk(tmp_path / "usb", 256) as usb:
        (usb / "tai-lieu-cua-toi.docx").write_bytes(bytes(50_000))
        with pytest.raises(BackupError) as caught:
            create_backup(live, folder=usb)
        message = str(caught.value)
        assert "đã đầy" in message and str(usb) in message
        assert_vietnamese_only(message.replace(str(usb), ""))
        assert sorted(p.name for p in usb.iterdir()) == ["tai-lieu-cua-toi.docx"]
        cli = _cli("backup", "--db", str(live), "--to", str(usb), data=tmp_path / "data")
        assert cli.returncode == 1 and "đã đầy" in cli.stderr and "Traceback" not in cli.stderr
        assert sorted(p.name for p in usb.iterdir()) == ["tai-lieu-cua-toi.docx"]
        free = free_bytes(usb)
    assert fingerprint(live) == before
    record("full-disk-backup", database_bytes=live.stat().st_size, usb_free_bytes=free,
           leftover_files=0, message=message)


def test_a_restore_onto_a_full_disk_leaves_the_live_file_as_it_was(tmp_path):
    big = make_database(tmp_path / "big" / "sochibo.db", members=0)
    open_database(big)
    try:
        Member.insert_many([{"full_name": f"Đảng viên {i}", "note": "ghi chú " * 60}
                            for i in range(4000)]).execute()
    finally:
        close_database()
    candidate = create_backup(big, folder=tmp_path / "usb").path  # about 3 MB
    with small_disk(tmp_path / "disk", 1536) as disk:
        live = make_database(disk / "sochibo.db", members=20)
        rows, before = dump(live), fingerprint(live)
        with pytest.raises(RestoreError) as caught:
            restore_backup(live, candidate)
        message = str(caught.value)
        assert "đã đầy" in message and "không bị thay đổi" in message
        assert_vietnamese_only(message.replace(str(disk), "").replace(candidate.name, ""))
        assert fingerprint(live) == before and dump(live) == rows
        assert sorted(p.name for p in disk.iterdir()
                      if not p.name.endswith(("-wal", "-shm"))) == ["backups", "sochibo.db"]
        cli = _cli("restore", "--db", str(live), str(candidate), data=tmp_path / "data")
        assert cli.returncode == 1 and "đã đầy" in cli.stderr and "Traceback" not in cli.stderr
        assert fingerprint(live) == before
        record("full-disk-restore", disk_bytes=1536 * 1024,
               backup_bytes=candidate.stat().st_size, live_file_changed=0, message=message)
