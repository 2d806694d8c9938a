"""A process killed (SIGKILL) in the middle of a bulk write loses no committed row."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.models.members import Member

from .backup_support import make_database

ROOT = Path(__file__).resolve().parents[3]

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.db import database
    from desktop_app.db.connection import open_database
    from desktop_app.db.models import Member

    open_database(sys.argv[1])
    done = Member.select().count()
    while True:
        with database.atomic():  # a bulk write: many rows, one transaction
            for _ in range(25):
                done += 1
                Member.create(full_name=f"Đảng viên {done}", note="x" * 200)
        print(done, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_during_bulk_writes_loses_no_committed_row(tmp_path):
    db = make_database(tmp_path / "sochibo.db", members=0)
    rng = random.Random(20261126)
    reported = 0
    for _ in range(10):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        try:
            for _ in range(rng.randint(1, 15)):  # let it commit a few batches, then kill
                line = writer.stdout.readline()
                if not line:
                    break
                reported = int(line)
            time.sleep(rng.random() * 0.02)  # land anywhere inside the next transaction
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            remaining, _ = writer.communicate()
        for line in remaining.split():  # rows reported just before the kill count too
            reported = int(line)
        assert writer.returncode == -signal.SIGKILL

        inspect_file(db, full_check=True)  # healthy: raises if integrity_check fails
        open_database(db)
        try:
            names = {m.full_name for m in Member.select(Member.full_name)}
        finally:
            close_database()
        missing = [n for n in range(1, reported + 1) if f"Đảng viên {n}" not in names]
        assert missing == []
        assert len(names) % 25 == 0  # whole transactions only, never half of one
    assert reported >= 10 * 25
