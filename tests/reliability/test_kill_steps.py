"""SIGKILL at each step: of every schema upgrade, of a restore, of opening a handover.

The process kills itself at the chosen step (the step's work done, before what follows),
so that every step is met, not only those a random moment happens to hit.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import backup_before_upgrade, create_backup, list_backups
from desktop_app.core.backup.handover import create_handover, open_handover
from desktop_app.core.backup.leftovers import STAGING_FOLDER, clean_after_crash
from desktop_app.core.backup.manifest import default_backup_dir
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.migrations import SCHEMA_VERSION
from tests.core.backup.backup_support import dump, fingerprint, make_database

from .support import NIGHTLY, ROOT, child, record, scaled

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
FIXTURES = ROOT / "tests" / "fixtures"

DIE = "def die(*args, **kwargs):\n    os.kill(os.getpid(), signal.SIGKILL)\n"


def _run_killed(script: str, *args: object) -> subprocess.CompletedProcess:
    run = child("import os, signal, sys\n" + DIE + textwrap.dedent(script), *args,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = run.communicate(timeout=120)
    return subprocess.CompletedProcess(run.args, run.returncode, out, err)


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables}
    finally:
        connection.close()


def _version(path: Path) -> int:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


# --- schema upgrades -------------------------------------------------------------------

UPGRADE = """
    import dataclasses
    from desktop_app.db import migrations
    from desktop_app.core.backup import backups

    path, kill_at = sys.argv[1], int(sys.argv[2])
    if kill_at == 0:
        backups.verify_copy = die  # while the copy kept before upgrading is being made
    else:
        step = migrations.STEPS[kill_at]
        def run(db, real=step.run):
            real(db)
            die()  # inside the step's transaction, its work done, its version not yet set
        migrations.STEPS[kill_at] = dataclasses.replace(step, run=run)
    from desktop_app.db.connection import open_database
    open_database(path, backup_before_upgrade=backups.backup_before_upgrade)
"""


def _upgraded_counts(fixture: Path, work: Path) -> dict[str, int]:
    reference = work / f"reference-{fixture.name}"
    reference.write_bytes(fixture.read_bytes())
    open_database(reference, backup_before_upgrade=backup_before_upgrade)
    close_database()
    return _counts(reference)


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION) if NIGHTLY else [1, 5])
def test_sigkill_inside_each_schema_step_keeps_the_steps_before_and_loses_no_row(
        tmp_path, start):
    fixture = FIXTURES / f"schema_v{start}.db"
    expected = _upgraded_counts(fixture, tmp_path)
    before = _counts(fixture)
    kills = 0
    for kill_at in [0, *range(start + 1, SCHEMA_VERSION + 1)]:
        path = tmp_path / f"kill-{kill_at}" / "sochibo.db"
        path.parent.mkdir()
        path.write_bytes(fixture.read_bytes())
        result = _run_killed(UPGRADE, path, kill_at)
        assert result.returncode == -signal.SIGKILL, result.stderr
        kills += 1
        inspect_file(path, full_check=True)  # never damaged
        assert _version(path) == (start if kill_at == 0 else kill_at - 1)  # steps before kept
        counts = _counts(path)
        assert all(counts[t] >= n for t, n in before.items()), counts  # no row lost
        open_database(path, backup_before_upgrade=backup_before_upgrade)  # the next start
        close_database()
        assert _version(path) == SCHEMA_VERSION
        assert _counts(path) == expected
        backups = list_backups(path)
        assert backups and all(b.manifest is not None for b in backups)
        assert {p.name for p in default_backup_dir(path).iterdir()} == {
            n for b in backups for n in (b.path.name, b.path.name + ".json")}
    record(f"kill-upgrade-from-v{start}", kills=kills, steps=SCHEMA_VERSION - start,
           rows_in_fixture=sum(before.values()), rows_lost=0, damaged=0)


# --- restore ---------------------------------------------------------------------------

RESTORE = """
    import sqlite3
    from desktop_app.core.backup import restore

    db, candidate, step = sys.argv[1], sys.argv[2], sys.argv[3]
    if step == "safety-backup":
        restore.copy_consistent = die  # the live file backed up, nothing else done
    elif step == "copying":
        real = restore.copy_consistent
        def copying(source, target):
            src = sqlite3.connect(source)
            dst = sqlite3.connect(target)
            src.backup(dst, pages=2, progress=lambda *a: die())
        restore.copy_consistent = copying
    elif step == "settled":
        real_settle = restore._settle_side_files
        def settled(path):
            real_settle(path)
            die()  # the copy verified and durable, the side files gone, not yet renamed
        restore._settle_side_files = settled
    elif step == "renamed":
        restore.fsync_folder = die
    restore.restore_backup(db, candidate)
"""


def test_sigkill_at_each_step_of_a_restore(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=300)
    pristine = live.read_bytes()
    candidate = create_backup(make_database(tmp_path / "other" / "sochibo.db", members=25),
                              folder=tmp_path / "usb").path
    old, new = dump(live), dump(candidate)
    outcome = {}
    for step in ("safety-backup", "copying", "settled", "renamed"):
        live.write_bytes(pristine)
        result = _run_killed(RESTORE, live, candidate, step)
        assert result.returncode == -signal.SIGKILL, result.stderr
        inspect_file(live, full_check=True)
        outcome[step] = "old" if dump(live) == old else "restored" if dump(live) == new \
            else "MIXED"
        clean_after_crash(live)  # the window opening the file
        assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()
                      and not p.name.endswith(("-wal", "-shm"))) == ["sochibo.db"]
        for info in list_backups(live):
            assert info.manifest is not None
    assert outcome == {"safety-backup": "old", "copying": "old", "settled": "old",
                       "renamed": "restored"}
    record("kill-restore-steps", kills=len(outcome), **outcome)


# --- opening a handover package --------------------------------------------------------

HANDOVER = """
    from desktop_app.core.backup import handover

    package, folder, step = sys.argv[1], sys.argv[2], sys.argv[3]
    if step == "copying":
        handover.copy_consistent = die
    elif step == "register":
        handover._repoint_register = die  # the data and the documents staged
    elif step == "moving":
        real_replace = handover.replace_file
        def replace(source, target):
            if str(target).endswith("sochibo.db"):
                die()  # the documents moved into place, the data not yet
            real_replace(source, target)
        handover.replace_file = replace
    elif step == "done":
        handover.fsync_folder = die
    elif step == "random":
        print("start", flush=True)
    handover.open_handover(package, folder)
"""


DOCUMENTS = 30


def _package(tmp_path: Path, members: int = 500) -> tuple[Path, Path]:
    db = make_database(tmp_path / "old" / "sochibo.db", members=members)
    documents = tmp_path / "old" / "documents" / "2010"
    documents.mkdir(parents=True)
    for index in range(DOCUMENTS):
        (documents / f"{index:02}-BC-CB.pdf").write_bytes(b"%PDF-1.4 " + random.randbytes(
            100_000))
    return create_handover(db, tmp_path / "usb" / "ban-giao.zip"), db


def _complete(folder: Path, source: Path) -> None:
    db = folder / "sochibo.db"
    inspect_file(db, full_check=True)
    assert dump(db) == dump(source)
    assert len(list((folder / "documents" / "2010").iterdir())) == DOCUMENTS


@pytest.mark.parametrize("step", ["copying", "register", "moving", "done"])
def test_sigkill_at_each_step_of_opening_a_handover_package(tmp_path, step):
    package, source = _package(tmp_path)
    sealed = fingerprint(package)
    folder = tmp_path / "nhan"
    result = _run_killed(HANDOVER, package, folder, step)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert fingerprint(package) == sealed
    db = folder / "sochibo.db"
    in_place = db.exists()
    if step == "done":
        assert in_place  # whole: the rename was the last thing
        clean_after_crash(db)
    else:
        assert not in_place  # never half a database: opening it again works
        open_handover(package, folder)
    _complete(folder, source)
    assert not (folder / STAGING_FOLDER).exists()
    record(f"kill-handover-{step}", kills=1, database_in_place_after_kill=in_place,
           reopened=not in_place)


def test_sigkill_at_random_moments_while_opening_a_handover_package(tmp_path):
    package, source = _package(tmp_path, members=4000)
    runs = scaled(4, 50)
    rng = random.Random(11)
    results = {"absent_then_reopened": 0, "complete": 0}
    probe = child("import os, signal, sys\n" + DIE + textwrap.dedent(HANDOVER), package,
                  tmp_path / "probe", "random", stdout=subprocess.PIPE)
    assert probe.stdout.readline().strip() == "start"
    started = time.perf_counter()
    probe.communicate()
    length = time.perf_counter() - started
    for index in range(runs):
        folder = tmp_path / f"nhan-{index}"
        run = child("import os, signal, sys\n" + DIE + textwrap.dedent(HANDOVER), package,
                    folder, "random", stdout=subprocess.PIPE)
        assert run.stdout.readline().strip() == "start"
        time.sleep(rng.random() * length)
        run.kill()
        run.communicate()
        db = folder / "sochibo.db"
        if db.exists():
            results["complete"] += 1
            clean_after_crash(db)
        else:
            results["absent_then_reopened"] += 1
            open_handover(package, folder)
        _complete(folder, source)
    record("kill-handover-random", kills=runs, opening_seconds=round(length, 3), **results)
