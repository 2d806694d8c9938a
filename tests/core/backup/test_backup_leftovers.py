"""A backup killed at any step leaves nothing behind once the next backup or start ran.

Each kill is placed at one step of ``create_backup`` (the process SIGKILLs itself there),
so every leftover an interrupted backup can leave is met: the half-copied ``.part`` and
its ``-journal``, the empty name reserved for the backup, a manifest being written, the
unencrypted copy made beside the database before encrypting. The random-time kills of
``tests/reliability`` cover the same from outside.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import create_backup, list_backups
from desktop_app.core.backup.manifest import default_backup_dir, read_manifest
from desktop_app.core.backup.restore import summarize_backup

from .backup_support import make_database

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

KILLED_BACKUP = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    from pathlib import Path
    from desktop_app.core.backup import backups, crypto, sqlite_copy

    db, step, folder, password = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] or None

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if step == "copying":  # half the pages in the .part, its -journal beside it
        def copying(source, target):
            src = sqlite_copy.read_only_connection(source)
            dst = sqlite3.connect(target, isolation_level=None)
            steps = []
            src.backup(dst, pages=4, progress=lambda *a: steps.append(1) or (
                len(steps) > 3 and die()))
        backups.copy_consistent = copying
    elif step == "verifying":
        backups.verify_copy = die
    elif step == "encrypting":
        crypto.encrypt_file = die
    elif step == "hashing":
        backups.sha256_file = die
    elif step == "manifest":
        def half_manifest(path, text):
            Path(str(path) + ".part").write_text(text[: len(text) // 2], encoding="utf-8")
            die()
        backups.write_text_atomically = half_manifest
    elif step == "renamed":
        backups.fsync_folder = die
    backups.create_backup(db, folder=Path(folder) if folder else None, password=password)
    """
)

STEPS = ["copying", "verifying", "encrypting", "hashing", "manifest", "renamed"]


def _kill_a_backup(db: Path, step: str, folder: Path | None, password: str = "") -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(db), step, str(folder or ""), password],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("where", ["backups", "usb"])
def test_the_next_backup_leaves_nothing_of_a_killed_one(tmp_path, step, where):
    db = make_database(tmp_path / "sochibo.db", members=300)
    folder = tmp_path / "usb" if where == "usb" else None
    password = "mật khẩu ổ USB" if step == "encrypting" else ""
    _kill_a_backup(db, step, folder, password)

    target = folder or default_backup_dir(db)
    next_one = create_backup(db, folder=folder)  # the next backup cleans up first

    for info in list_backups(db, [next_one.path]):
        assert info.manifest is not None, info.path  # never a backup without its manifest
        summarize_backup(info.path)  # and each one listed is good
    names = _files(target)
    assert all(n.endswith((".sochibo-backup", ".sochibo-backup.json")) for n in names), names
    backups_here = [n for n in names if n.endswith(".sochibo-backup")]
    assert all(read_manifest(target / n) is not None for n in backups_here)
    assert all((target / n).stat().st_size > 0 for n in backups_here)
    beside = [n for n in _files(tmp_path) if n not in ("sochibo.db-wal", "sochibo.db-shm")]
    assert beside == sorted(["sochibo.db", "usb" if folder else "backups"])  # no clear copy


def test_what_killed_backups_left_is_removed_at_the_next_start(tmp_path):
    from desktop_app.core.backup.leftovers import clean_interrupted

    db = make_database(tmp_path / "sochibo.db", members=300)
    _kill_a_backup(db, "copying", None)
    _kill_a_backup(db, "encrypting", None, "mật khẩu ổ USB")
    assert _files(default_backup_dir(db))  # the name the killed backup had reserved
    assert any(n.endswith(".plain") for n in _files(tmp_path))  # data in clear, beside the db
    removed = clean_interrupted(db)
    assert removed
    assert _files(default_backup_dir(db)) == []
    assert [n for n in _files(tmp_path) if not n.startswith("sochibo.db-")] \
        == ["backups", "sochibo.db"]


def test_a_backup_under_way_is_not_taken_for_a_leftover(tmp_path):
    """Cleaning up while another backup writes into the same folder leaves it alone."""
    from desktop_app.core.backup.leftovers import backup_in_progress, clean_interrupted

    db = make_database(tmp_path / "sochibo.db")
    folder = default_backup_dir(db)
    folder.mkdir()
    under_way = folder / "sochibo-20261126-143200-automatic.sochibo-backup.part"
    under_way.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with backup_in_progress(folder, tmp_path):
        clean_interrupted(db)
        assert under_way.exists()
    clean_interrupted(db)
    assert not under_way.exists()


def test_a_backup_of_an_older_version_without_its_manifest_is_completed(tmp_path):
    """Before this version the manifest was written after the rename: a kill in between
    left a whole, verified backup without it. It is given its manifest, not listed bare."""
    from desktop_app.core.backup.leftovers import clean_interrupted
    from desktop_app.core.backup.manifest import manifest_path

    db = make_database(tmp_path / "sochibo.db", members=7)
    made = create_backup(db, reason="automatic")
    manifest_path(made.path).unlink()
    clean_interrupted(db)
    manifest = read_manifest(made.path)
    assert manifest is not None and manifest.reason == "automatic"
    assert manifest.row_counts["member"] == 7
    assert manifest.created_at == made.created_at
    summarize_backup(made.path)
    os.utime(made.path)


def test_temporary_folders_of_killed_processes_are_removed_once_old(tmp_path, monkeypatch):
    import tempfile
    import time

    from desktop_app.core.backup.leftovers import clean_after_crash

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    old = tmp_path / "tmp" / "sochibo-abc123"
    old.mkdir()
    (old / ".bk.sochibo-backup.decrypted").write_bytes(b"SQLite format 3\x00")
    day_ago = time.time() - 2 * 86400
    os.utime(old, (day_ago, day_ago))
    recent = tmp_path / "tmp" / "sochibo-def456"  # another process may be using it
    recent.mkdir()
    other = tmp_path / "tmp" / "khac-abc"
    other.mkdir()
    os.utime(other, (day_ago, day_ago))
    db = make_database(tmp_path / "sochibo.db")
    assert old in clean_after_crash(db)
    assert not old.exists() and recent.exists() and other.exists()
