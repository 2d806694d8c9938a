"""The application keeps a copy of an older file before it upgrades it (the data layer
takes the backup from its caller, so the caller must give it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core.backup.manifest import read_manifest
from desktop_app.db.connection import close_database
from desktop_app.db.migrations import SCHEMA_VERSION, schema_version

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.db"


def test_opening_an_older_file_in_the_app_backs_it_up_first(qtbot, tmp_path, monkeypatch,
                                                            make_application):
    from desktop_app.db import database
    from desktop_app.gui import app as app_module

    path = tmp_path / "sochibo.db"
    shutil.copy(FIXTURE, path)
    shown: list[str] = []
    monkeypatch.setattr(app_module.messages, "error",
                        lambda parent, text, title="": shown.append(text))
    application = make_application(None)
    try:
        assert application.open(path), shown
        qtbot.addWidget(application.window)
        assert schema_version(database.obj) == SCHEMA_VERSION
    finally:
        close_database()
        application.release_lock()
    (aside,) = (tmp_path / "backups").glob("*truoc-nang-cap*.sochibo-backup")
    assert read_manifest(aside).reason == "before_upgrade"
