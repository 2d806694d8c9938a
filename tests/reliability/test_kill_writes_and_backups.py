"""SIGKILL at random moments: during writes through the core, a backup, a restore.

Each run starts the work in a separate process and kills it at a random moment of it (the
work's length is measured first, unkilled). Afterwards: the live file passes
``integrity_check`` and holds every row the work reported as saved; a killed backup never
changed the live file and the next backup leaves nothing of it behind; a killed restore
left either the old data or the backup's, never a mix. Figures go to ``record``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import create_backup, list_backups
from desktop_app.core.backup.leftovers import clean_after_crash
from desktop_app.core.backup.manifest import default_backup_dir
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.models.members import Member
from tests.core.backup.backup_support import dump, fingerprint, make_database

from .support import child, record, scaled

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.members import roster
    from desktop_app.db import database
    from desktop_app.db.connection import open_database
    from desktop_app.db.models.members import Member

    open_database(sys.argv[1])
    done = Member.select().count()
    while True:
        with database.atomic():  # a bulk write through the core: 25 members, one transaction
            for _ in range(25):
                done += 1
                roster.save_member(roster.MemberData(full_name=f"Đảng viên {done}",
                                                     note="x" * 200), allow_duplicate=True)
        print(done, flush=True)
    """
)


def test_sigkill_during_writes_through_the_core_loses_no_committed_row(tmp_path):
    kills = scaled(6, 60)
    db = make_database(tmp_path / "sochibo.db", members=0)
    rng = random.Random(20261202)
    reported = 0
    for _ in range(kills):
        writer = child(WRITER, db, stdout=subprocess.PIPE)
        try:
            for _ in range(rng.randint(1, 8)):  # let it commit a few batches, then kill
                line = writer.stdout.readline()
                if not line:
                    break
                reported = int(line)
            time.sleep(rng.random() * 0.03)  # land anywhere inside the next transaction
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            remaining, _ = writer.communicate()
        for line in remaining.split():  # rows reported just before the kill count too
            reported = int(line)
        assert writer.returncode == -signal.SIGKILL
        inspect_file(db, full_check=True)  # raises if integrity_check fails
        open_database(db)
        try:
            names = {m.full_name for m in Member.select(Member.full_name)}
        finally:
            close_database()
        assert [n for n in range(1, reported + 1) if f"Đảng viên {n}" not in names] == []
        assert len(names) % 25 == 0  # whole transactions only, never half of one
    assert reported >= kills * 25
    record("kill-writes", kills=kills, commits_reported=reported // 25, rows_reported=reported,
           rows_lost=0, integrity_checks_passed=kills)


# --- backups and restores --------------------------------------------------------------

@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    """A database of a few MB, so that a backup or restore lasts long enough to be hit."""
    path = tmp_path_factory.mktemp("large") / "sochibo.db"
    make_database(path, members=0)
    open_database(path)
    try:
        from desktop_app.db import database

        with database.atomic():
            Member.insert_many([{"full_name": f"Đảng viên {i}", "note": "ghi chú " * 120}
                                for i in range(6000)]).execute()
    finally:
        close_database()
    return path


BACKUP = textwrap.dedent(
    """
    import sys
    from desktop_app.core.backup.backups import create_backup
    from desktop_app.core.backup.retention import automatic_backup
    from desktop_app.core.backup.restore import restore_backup

    db, kind, arg = sys.argv[1], sys.argv[2], sys.argv[3]
    print("start", flush=True)
    if kind == "manual":
        create_backup(db, folder=arg or None, password=sys.argv[4] or None)
    elif kind == "automatic":
        automatic_backup(db)
    elif kind == "restore":
        restore_backup(db, arg)
    print("done", flush=True)
    """
)


def _timed(db: Path, kind: str, arg: str = "", password: str = "") -> float:
    run = child(BACKUP, db, kind, arg, password, stdout=subprocess.PIPE)
    assert run.stdout.readline().strip() == "start"
    started = time.perf_counter()
    run.communicate()
    assert run.returncode == 0
    return time.perf_counter() - started


def _killed(db: Path, kind: str, delay: float, arg: str = "", password: str = "") -> bool:
    """Run *kind* and kill it *delay* seconds after it started; True if it was still busy."""
    run = child(BACKUP, db, kind, arg, password, stdout=subprocess.PIPE)
    assert run.stdout.readline().strip() == "start"
    time.sleep(delay)
    os.kill(run.pid, signal.SIGKILL)
    out, _ = run.communicate()
    return "done" not in out


def _leftover_bytes(*folders: Path) -> int:
    total = 0
    for folder in folders:
        if folder.is_dir():
            for path in folder.iterdir():
                name = path.name
                if name.endswith((".db-wal", ".db-shm")):
                    continue  # SQLite's own files of a live database (it settles them)
                if path.is_file() and not name.endswith((".sochibo-backup", ".json", ".db")) \
                        or (name.endswith(".sochibo-backup") and path.stat().st_size == 0):
                    total += path.stat().st_size or 1
    return total


@pytest.mark.parametrize("kind", ["manual", "automatic", "encrypted", "usb"])
def test_sigkill_during_a_backup_never_touches_the_live_file_nor_leaves_anything(
        tmp_path, large, kind):
    runs = scaled(3, 15)
    db = tmp_path / "sochibo.db"
    db.write_bytes(large.read_bytes())
    usb = tmp_path / "usb"
    arg = str(usb) if kind == "usb" else ""
    password = "mật khẩu ổ USB" if kind == "encrypted" else ""
    mode = "automatic" if kind == "automatic" else "manual"
    length = _timed(db, mode, arg, password)
    before = fingerprint(db)
    rng = random.Random(hash(kind) & 0xFFFF)
    hit, left = 0, 0
    for _ in range(runs):
        hit += _killed(db, mode, rng.random() * length, arg, password)
        assert fingerprint(db) == before  # a backup only reads the live file
        left += _leftover_bytes(default_backup_dir(db), usb, tmp_path)
        create_backup(db, folder=usb if kind == "usb" else None)  # the next one cleans up
        assert _leftover_bytes(default_backup_dir(db), usb, tmp_path) == 0
        for info in list_backups(db, list(usb.glob("*.sochibo-backup")) if usb.exists() else []):
            assert info.manifest is not None and info.size == info.manifest.size
    inspect_file(db, full_check=True)
    record(f"kill-backup-{kind}", kills=runs, killed_while_busy=hit, backup_seconds=round(
        length, 3), database_bytes=db.stat().st_size, leftover_bytes_before_next_backup=left,
        leftover_bytes_after=0, live_file_changed=0)


def test_sigkill_during_a_restore_leaves_the_old_data_or_the_backups_never_a_mix(
        tmp_path, large):
    runs = scaled(4, 50)
    db = tmp_path / "sochibo.db"
    db.write_bytes(large.read_bytes())
    candidate = create_backup(make_database(tmp_path / "other" / "sochibo.db", members=40),
                              folder=tmp_path / "usb").path
    old, new = dump(db), dump(candidate)
    probe = tmp_path / "probe" / "sochibo.db"
    probe.parent.mkdir()
    probe.write_bytes(large.read_bytes())
    length = _timed(probe, "restore", str(candidate))
    rng = random.Random(7)
    outcomes = {"old": 0, "restored": 0}
    hit = 0
    for _ in range(runs):
        db.write_bytes(large.read_bytes())
        for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
            side.unlink(missing_ok=True)
        hit += _killed(db, "restore", rng.random() * length, str(candidate))
        inspect_file(db, full_check=True)
        now = dump(db)
        assert now in (old, new)
        outcomes["old" if now == old else "restored"] += 1
        clean_after_crash(db)  # as the window does when it opens the file
        assert _leftover_bytes(tmp_path, default_backup_dir(db)) == 0
    record("kill-restore", kills=runs, killed_while_busy=hit, restore_seconds=round(length, 3),
           old_data_kept=outcomes["old"], backup_restored=outcomes["restored"], mixed=0)
