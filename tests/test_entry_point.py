"""``python -m desktop_app``: the window's own arguments are read without the subcommands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import APP_NAME, __version__
from desktop_app.__main__ import _window_only


@pytest.mark.parametrize(("argv", "db"), [
    ([], None),
    (["--db", "chi-bo.db"], Path("chi-bo.db")),
    (["--db=Sổ chi bộ.db"], Path("Sổ chi bộ.db")),
])
def test_the_window_is_opened_with_its_database(argv, db):
    args = _window_only(argv)
    assert args is not None and args.db == db


@pytest.mark.parametrize("argv", [
    ["check", "--db", "chi-bo.db"], ["--db", "chi-bo.db", "report", "--from", "2007"],
    ["--version"], ["-h"], ["--db"], ["--dbx", "a"],
])
def test_everything_else_goes_to_the_full_parser(argv):
    assert _window_only(argv) is None


def test_subcommands_help_and_version_still_work():
    run = [sys.executable, "-m", "desktop_app"]
    version = subprocess.run([*run, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"{APP_NAME} {__version__}"
    usage = subprocess.run([*run, "--help"], capture_output=True, text=True, check=True)
    assert "LỆNH" in usage.stdout and "--db" in usage.stdout
    missing = subprocess.run([*run, "--db"], capture_output=True, text=True)
    assert missing.returncode == 2 and "--db" in missing.stderr


def test_opening_the_window_does_not_load_the_subcommands():
    code = ("import sys, desktop_app.__main__ as m; m._window_only(['--db', 'a.db']); "
            "print(any(name.startswith('desktop_app.cli') for name in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
