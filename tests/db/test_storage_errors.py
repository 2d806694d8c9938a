"""Storage problems reach the user as one Vietnamese message naming the file (hole 3).

Portable versions, without a real full disk or read-only mount (``tests/reliability`` has
those): SQLite's ``max_page_count`` makes it report "database or disk is full" exactly as a
full disk does, and OS errors are raised where the OS would raise them.
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.lock import DatabaseLock
from desktop_app.core.members import roster as mc
from desktop_app.db.connection import DatabaseOpenError, close_database, inspect_file, open_database
from desktop_app.db.models.members import Member
from desktop_app.db.storage import FULL, StorageError
from desktop_app.errors import UserError
from tests.core.backup.backup_support import make_database

# What SQLite and the OS say in English: none of it may reach the user.
ENGLISH = ("database", "disk is full", "malformed", "readonly", "read-only", "no such",
           "errno", "permission denied", "no space", "file system", "i/o error",
           "not a database", "unable to open", "traceback", "locked")


def assert_vietnamese_only(message: str) -> None:
    lowered = message.lower()
    assert [word for word in ENGLISH if word in lowered] == [], message


def _fill_until_full(path):
    """Save members through the core until the file cannot grow; the count saved."""
    db = open_database(path)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 40}")
    saved = 0
    with pytest.raises(UserError) as caught:
        for index in range(10_000):
            mc.save_member(mc.MemberData(full_name=f"Đảng viên số {index}", note="x" * 3000))
            saved += 1
    return saved, caught.value


def test_a_full_disk_while_saving_gives_one_clear_message_and_keeps_what_was_saved(tmp_path):
    path = tmp_path / "sochibo.db"
    try:
        saved, error = _fill_until_full(path)
    finally:
        close_database()
    assert isinstance(error, StorageError) and error.kind == FULL
    message = str(error)
    assert "đã đầy" in message and str(path) in message
    assert "vẫn còn nguyên" in message
    assert_vietnamese_only(message.replace(str(path), ""))
    assert saved > 5
    inspect_file(path, full_check=True)
    open_database(path)
    try:
        assert Member.select().count() == saved  # every row saved before is there
    finally:
        close_database()


def test_a_full_disk_inside_a_bulk_write_loses_the_whole_transaction_only(tmp_path):
    from desktop_app.db import database

    path = make_database(tmp_path / "sochibo.db", members=3)
    db = open_database(path)
    try:
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
        # A savepoint inside the transaction, as the core nests them.
        with pytest.raises(StorageError), database.atomic(), database.atomic():
            for index in range(500):
                Member.create(full_name=f"Hàng loạt {index}", note="y" * 2000)
        assert Member.select().count() == 3
        db.execute_sql(f"PRAGMA max_page_count = {pages + 1000}")
        mc.save_member(mc.MemberData(full_name="Sau khi dọn ổ"))  # works again
        assert Member.select().count() == 4
    finally:
        close_database()


def test_a_damaged_file_is_refused_without_sqlite_english(tmp_path):
    path = make_database(tmp_path / "sochibo.db", members=200)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset:offset + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "bị hỏng" in message and str(path) in message
    assert_vietnamese_only(message.replace(str(path), ""))
    with pytest.raises(UserError) as caught:
        create_backup(path)
    assert_vietnamese_only(str(caught.value).replace(str(path), ""))


def test_a_lock_file_that_cannot_be_created_is_explained(tmp_path, monkeypatch):
    path = make_database(tmp_path / "sochibo.db")
    real_open = os.open

    def read_only_open(file, flags, *args, **kwargs):
        if str(file).endswith(".lock") and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)
    with pytest.raises(UserError) as caught:
        DatabaseLock(path).acquire()
    message = str(caught.value)
    assert "chỉ cho phép đọc" in message and "sochibo.db" in message
    assert_vietnamese_only(message.replace(str(tmp_path), ""))


def test_the_wrong_password_message_names_the_file(tmp_path):
    from desktop_app.core.backup.restore import summarize_backup

    live = make_database(tmp_path / "sochibo.db")
    info = create_backup(live, folder=tmp_path / "usb", password="mật khẩu đúng")
    with pytest.raises(UserError) as caught:
        summarize_backup(info.path, password="mật khẩu sai")
    assert info.path.name in str(caught.value)
    assert "Mật khẩu không đúng" in str(caught.value)


def test_a_database_locked_by_another_program_is_explained(tmp_path, monkeypatch):
    from desktop_app.db import connection

    path = make_database(tmp_path / "sochibo.db")
    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 50)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
        open_database(path)
        try:
            with pytest.raises(UserError) as caught:
                mc.save_member(mc.MemberData(full_name="Chờ khóa"))
        finally:
            close_database()
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(caught.value)
    assert "chương trình khác" in message and "sochibo.db" in message
    assert_vietnamese_only(message.replace(str(path), ""))
