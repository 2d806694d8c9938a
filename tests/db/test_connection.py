"""Opening files: fresh, healthy, damaged, foreign, newer, read-only; refusals change nothing."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from desktop_app.db.connection import (
    DatabaseOpenError,
    check_file,
    close_database,
    open_database,
)
from desktop_app.db.migrations import APPLICATION_ID, SCHEMA_VERSION


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_file_is_created_at_current_version(tmp_path):
    path = tmp_path / "sub" / "new.db"
    db = open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        close_database()
    assert check_file(path).healthy


def _refused(path, match):
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match=match):
        open_database(path)
    assert digest(path) == before
    assert not check_file(path).healthy


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Biên bản họp chi bộ", encoding="utf-8")
    _refused(path, "không phải là cơ sở dữ liệu")


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    _refused(path, "rỗng")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
        con.execute("INSERT INTO songs VALUES ('x')")
    con.close()
    _refused(path, "chương trình khác")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    _refused(path, "mới hơn")


def _filled(path):
    """A closed database of some 2,000 rows in one file (no WAL beside it)."""
    db = open_database(path)
    db.execute_sql("CREATE TABLE filler (x TEXT)")
    with db.atomic():
        for i in range(2000):
            db.execute_sql("INSERT INTO filler VALUES (?)", (f"row {i} " * 20,))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA journal_mode = DELETE")
    close_database()


def _scribble(path):
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):
        data[offset + 100 : offset + 400] = b"\xff" * 300  # scribble over many pages
    path.write_bytes(bytes(data))


def _filled_then_scribbled(path):
    _filled(path)
    _scribble(path)


def test_damaged_file_is_refused(tmp_path):
    path = tmp_path / "damaged.db"
    _filled_then_scribbled(path)
    _refused(path, "bị hỏng")


def test_a_file_damaged_after_a_good_check_is_still_refused(tmp_path):
    from desktop_app.db.connection import inspect_file

    path = tmp_path / "later.db"
    _filled(path)
    assert inspect_file(path).is_ours
    assert inspect_file(path).is_ours  # unchanged: the good check stands
    _scribble(path)
    with pytest.raises(DatabaseOpenError, match="bị hỏng"):
        inspect_file(path)


def test_a_check_started_ahead_is_waited_for_and_its_refusal_kept(tmp_path):
    from desktop_app.db.connection import inspect_file
    from desktop_app.file_check import start as start_inspection

    good = tmp_path / "good.db"
    open_database(good)
    close_database()
    start_inspection(good)
    assert inspect_file(good).schema_version == SCHEMA_VERSION
    damaged = tmp_path / "damaged.db"
    _filled_then_scribbled(damaged)
    before = digest(damaged)
    start_inspection(damaged)  # fails on its thread, silently…
    with pytest.raises(DatabaseOpenError, match="bị hỏng"):  # …and is reported here
        inspect_file(damaged)
    assert digest(damaged) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_is_refused():
    """As a non-root user (root ignores permissions: as root, it runs as another user)."""
    from tests.reliability.support import as_other_user, give_to_other_user, place_for_other_user

    with place_for_other_user() as place:
        folder = place / "ro"
        folder.mkdir()
        path = folder / "a.db"
        open_database(path)
        close_database()
        give_to_other_user(folder, path)
        folder.chmod(0o555)
        as_other_user(_refused_to_write_but_readable, path)


def _refused_to_write_but_readable(path):
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="Không ghi được"):
        open_database(path)
    assert digest(path) == before
    assert check_file(path).healthy  # reading needs no write: the check still works


def test_read_only_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    db = open_database(path)
    db.execute_sql("PRAGMA journal_mode = DELETE")
    close_database()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if str(p) == str(path) and mode == os.W_OK else real_access(p, mode),
    )
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="chỉ cho phép đọc"):
        open_database(path)
    assert digest(path) == before


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_check_command_reports_health(tmp_path):
    good = tmp_path / "demo.db"
    result = _cli("demo", "--db", str(good))
    assert result.returncode == 0, result.stderr
    result = _cli("check", "--db", str(good))
    assert result.returncode == 0
    assert "tốt" in result.stdout
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    result = _cli("check", "--db", str(bad))
    assert result.returncode == 1
    assert "không phải là cơ sở dữ liệu" in result.stderr


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "demo.db"
    assert _cli("demo", "--db", str(path)).returncode == 0
    before = digest(path)
    result = _cli("demo", "--db", str(path))
    assert result.returncode == 1
    assert "--force" in result.stderr
    assert digest(path) == before
    assert _cli("demo", "--db", str(path), "--force").returncode == 0
