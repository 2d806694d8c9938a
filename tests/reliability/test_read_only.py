"""A read-only place: writers are refused with one clear message, readers work.

Two kinds of read-only place: a read-only file system (a CD, a write-locked USB stick: a
tmpfs remounted read-only, as root) and a folder the user may read but not write (as a
non-root user: ``.ci/run`` makes one, ``SOCHIBO_TEST_USER``; the proof drops to that
user's ids, see ``support.as_other_user``). In both, the window and the writing commands
say where the file is and what to do; ``check``, ``register`` and ``report`` still work.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.core.backup.backups import create_backup
from desktop_app.core.demo import create_demo_database
from tests.core.backup.backup_support import fingerprint
from tests.db.test_storage_errors import assert_vietnamese_only

from .support import as_other_user, other_user, record, remount_read_only, small_disk

WRITERS = {
    "restore": lambda db, tmp: ["restore", "--db", db, str(tmp / "usb" / "bk.sochibo-backup")],
    "demo --force": lambda db, tmp: ["demo", "--db", db, "--force"],
    "member-list": lambda db, tmp: ["member-list", "--db", db, "--date", "05/9/2010",
                                    "--pdf", str(tmp / "out" / "ds.pdf")],
    "backup": lambda db, tmp: ["backup", "--db", db],  # into backups/ beside the file
}
READERS = {
    "check": lambda db, tmp: ["check", "--db", db],
    "register": lambda db, tmp: ["register", "--db", db],
    "report": lambda db, tmp: ["report", "--db", db, "--from", "2007", "--to", "2010",
                               "--out", str(tmp / "out" / "bc.pdf")],
    "backup --to": lambda db, tmp: ["backup", "--db", db, "--to", str(tmp / "out")],
}


def _command(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _window_opens(db: str) -> tuple[bool, list[str]]:
    """What the window does on *db*: ``Application.open`` with its messages recorded."""
    from desktop_app.gui import app as app_module
    from desktop_app.gui.common import messages

    shown: list[str] = []
    real = messages.error
    messages.error = lambda parent, text, title="": shown.append(text)
    try:
        controller = app_module.Application(None)
        opened = controller.open(Path(db))
        if opened:
            from desktop_app.db.connection import close_database

            close_database()
            controller.release_lock()
            controller.window.close()
    finally:
        messages.error = real
    return opened, shown


def _prove(db: Path, tmp: Path, window: bool) -> dict:
    """Everything a user could try on the read-only *db*; what each one gave."""
    results: dict = {}
    for name, argv in {**WRITERS, **READERS}.items():
        results[name] = _command(argv(str(db), tmp))
    if window:
        results["window"] = _window_opens(str(db))
    return results


def _check(results: dict, db: Path, folder: Path, phrase: str) -> None:
    for name in WRITERS:
        code, _out, err = results[name]
        assert code == 1, (name, err)
        assert phrase in err and str(folder) in err, (name, err)
        assert "Traceback" not in err
        assert_vietnamese_only(err.replace(str(folder), "").replace(str(db), ""))
    for name in READERS:
        code, out, err = results[name]
        assert code == 0, (name, err)
    assert "Số 01-DS/CB" in results["register"][1]
    if "window" in results:
        opened, shown = results["window"]
        assert not opened and len(shown) == 1
        assert phrase in shown[0] and db.name in shown[0], shown


def _warm_up(tmp: Path) -> None:
    """Run every command once where it may write, so that each module it loads is loaded
    before the proof drops to a user who may not read the interpreter's files."""
    db = create_demo_database(tmp / "warm" / "demo.db")
    (tmp / "out").mkdir(exist_ok=True)
    for argv in {**WRITERS, **READERS}.values():
        _command(argv(str(db), tmp))
    _window_opens(str(db))


@pytest.fixture
def demo_with_backup(tmp_path):
    db = create_demo_database(tmp_path / "demo.db")
    (tmp_path / "usb").mkdir()
    made = create_backup(db, folder=tmp_path / "usb")
    made.path.rename(tmp_path / "usb" / "bk.sochibo-backup")
    (tmp_path / "usb" / (made.path.name + ".json")).rename(
        tmp_path / "usb" / "bk.sochibo-backup.json")
    (tmp_path / "out").mkdir()
    return db


def test_a_read_only_file_system_refuses_writers_clearly_and_serves_readers(
        qtbot, tmp_path, demo_with_backup):
    with small_disk(tmp_path / "cd", 4096) as disk:
        db = disk / "demo.db"
        shutil.copy(demo_with_backup, db)
        remount_read_only(disk)
        before = fingerprint(db)
        results = _prove(db, tmp_path, window=True)
        _check(results, db, disk, "chỉ cho phép đọc")
        assert fingerprint(db) == before
        assert sorted(p.name for p in disk.iterdir()) == ["demo.db"]
    record("read-only-file-system", writers_refused=len(WRITERS) + 1, readers_served=len(
        READERS), message=results["restore"][2].strip())


def test_a_folder_the_user_cannot_write_as_a_non_root_user(qtbot, tmp_path, demo_with_backup):
    if os.name != "posix":
        pytest.skip("POSIX users")
    _warm_up(tmp_path)
    uid, gid, name = other_user() if os.geteuid() == 0 else (os.geteuid(), os.getegid(),
                                                              "this user")
    place = Path(tempfile.mkdtemp(prefix="sochibo-ro-"))  # outside root's private tmp
    try:
        for folder in ("usb", "out"):
            shutil.copytree(tmp_path / folder, place / folder)
            os.chown(place / folder, uid, gid) if os.geteuid() == 0 else None
        for each in (place / "usb").iterdir():
            os.chown(each, uid, gid) if os.geteuid() == 0 else None
        data = place / "du-lieu"
        data.mkdir()
        db = data / "demo.db"
        shutil.copy(demo_with_backup, db)
        db.chmod(0o444)
        data.chmod(0o555)  # readable by everyone, writable by nobody but root
        place.chmod(0o755)
        before = fingerprint(db)
        results = as_other_user(_prove, db, place, True)
        _check(results, db, data, "không có quyền")
        assert fingerprint(db) == before
        assert sorted(p.name for p in data.iterdir()) == ["demo.db"]
    finally:
        for folder in (place / "du-lieu",):
            with contextlib.suppress(OSError):
                folder.chmod(0o755)
        shutil.rmtree(place, ignore_errors=True)
    record("read-only-folder-non-root", user=name, uid=uid, writers_refused=len(WRITERS) + 1,
           readers_served=len(READERS), message=results["restore"][2].strip())
