"""Shared fixtures: every test gets its own database file and its own user folders."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Documents made in tests carry a fixed date (the same bytes twice); the app's are dated
# when made. Tests of the dates remove it.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1283299200")  # 01/9/2010
# Printing goes to a CUPS scheduler of the tests' own (tests/gui/common/cups_queue.py),
# never to a real printer; set before anything asks CUPS for its printers.
os.environ["CUPS_SERVER"] = os.path.join(
    tempfile.gettempdir(), f"sochibo-cups-{os.getpid()}", "cups.sock")

# ``windows_files``: Windows' refusal to replace a file that is open, played on Linux.
pytest_plugins = ["tests.windows_files"]


@pytest.fixture(autouse=True)
def _user_folders(tmp_path, monkeypatch):
    """Settings, logs and backups go to the test's folder, never the real user's."""
    monkeypatch.setenv("SOCHIBO_DATA_DIR", str(tmp_path / "userdata"))


def _finish_background_work() -> None:
    """Views read in the background (gui/tasks.py): let a reading still under way end
    before its database is closed, as the application does before it closes a file."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def db(tmp_path):
    """An open, empty database at the current schema version."""
    from desktop_app.db.connection import close_database, open_database

    database = open_database(tmp_path / "test.db")
    yield database
    _finish_background_work()
    close_database()


@pytest.fixture
def demo_db(tmp_path):
    """An open database holding the demo cell."""
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database, open_database

    path = create_demo_database(tmp_path / "demo.db")
    database = open_database(path)
    yield database
    _finish_background_work()
    close_database()
