"""One writer per file, whoever writes: the command line takes the lock the window takes.

The lock is held here by this test process (``DatabaseLock``, exactly what a window holds
while it has the file open); the commands run as separate processes, as from a prompt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.lock import DatabaseLock
from desktop_app.core.demo import create_demo_database
from tests.core.backup.backup_support import dump, fingerprint

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "đang được mở bởi"


def run_cli(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOCHIBO_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo(tmp_path, demo_template):
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    return path


def _side_state(path: Path) -> dict[str, str]:
    return {p.name: fingerprint(p) for p in sorted(path.parent.iterdir())
            if p.is_file() and p.name.startswith(path.name) and not p.name.endswith(".lock")}


@pytest.mark.parametrize("command", [
    ["demo", "--force"],
    ["member-list", "--date", "05/9/2010", "--pdf", "ds.pdf"],
    ["restore", "BACKUP"],
])
def test_a_writing_command_is_refused_while_the_file_is_open(tmp_path, demo, command):
    backup = create_backup(demo, folder=tmp_path / "usb").path
    args = [str(backup) if part == "BACKUP" else
            str(tmp_path / part) if part.endswith(".pdf") else part for part in command]
    before = _side_state(demo)
    with DatabaseLock(demo):
        result = run_cli(args[0], "--db", str(demo), *args[1:], data=tmp_path / "data")
    assert result.returncode == 1, result.stdout
    assert IN_USE in result.stderr and "demo.db" in result.stderr
    assert "Traceback" not in result.stderr
    assert _side_state(demo) == before  # not a byte changed, no side file left
    assert not (tmp_path / "ds.pdf").exists()


def test_demo_force_replaces_a_file_nobody_has_open(tmp_path, demo):
    result = run_cli("demo", "--db", str(demo), "--force", data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo.db")) \
        == ["demo.db"]


@pytest.mark.parametrize("command", [["check"], ["register"], ["backup"],
                                     ["report", "--from", "2007", "--to", "2010", "--out",
                                      "bc.pdf"]])
def test_a_reading_command_works_beside_an_open_window(tmp_path, demo, command):
    from desktop_app.db.connection import close_database, open_database
    from desktop_app.db.models.members import Member

    args = [str(tmp_path / part) if part.endswith(".pdf") else part for part in command]
    with DatabaseLock(demo):
        open_database(demo)  # the window's connection, in WAL mode, with a write not yet
        try:             # checkpointed into the file
            Member.create(full_name="Viết bởi cửa sổ")
            rows = dump(demo)
            result = run_cli(args[0], "--db", str(demo), *args[1:], data=tmp_path / "data")
            assert result.returncode == 0, result.stderr
            assert dump(demo) == rows  # the reading command wrote nothing
            Member.create(full_name="Cửa sổ vẫn ghi được")  # and the window goes on writing
        finally:
            close_database()
    if command[0] == "register":
        assert "Danh sách" in result.stdout
    if command[0] == "backup":
        from desktop_app.core.backup.restore import summarize_backup

        assert summarize_backup(Path(result.stdout.strip())).member_count > 0
    if command[0] == "report":
        assert (tmp_path / "bc.pdf").stat().st_size > 0


@pytest.mark.parametrize("command", [["register"],
                                     ["report", "--from", "2007", "--to", "2010", "--out",
                                      "bc.pdf"]])
def test_a_reading_command_never_writes_an_older_file(tmp_path, command):
    """An older file is read through a private upgraded copy: upgrading the live file is a
    write, for the window (or a writing command) to make under the lock."""
    old = tmp_path / "cu.db"
    old.write_bytes((ROOT / "tests" / "fixtures" / "schema_v5.db").read_bytes())
    before = fingerprint(old)
    args = [str(tmp_path / part) if part.endswith(".pdf") else part for part in command]
    result = run_cli(args[0], "--db", str(old), *args[1:], data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert fingerprint(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["cu.db", "data"] + (["bc.pdf"] if command[0] == "report" else []))
