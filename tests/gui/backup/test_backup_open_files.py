"""Restore and handover from the running application under Windows' rule for open files
(``windows_files``): the window closes every connection of its own (the UI thread's and the
background readers') before the file is replaced, and opens the result afterwards."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.handover import create_handover
from desktop_app.db.connection import close_database
from desktop_app.db.models.members import Member
from desktop_app.gui.backup import controller as controller_module
from tests.core.backup.backup_support import add_member, dump, make_database


def _application(monkeypatch):
    from desktop_app.gui import app as app_module

    monkeypatch.setattr(controller_module.messages, "info", lambda parent, text, title="": None)
    shown: list[str] = []
    monkeypatch.setattr(controller_module.messages, "error",
                        lambda parent, text, title="": shown.append(text))
    return app_module.Application(None), shown


def _settle(qtbot, window) -> None:
    members = window.tabs["members"]
    qtbot.waitUntil(lambda: not members.loading and not window.context.runner.busy,
                    timeout=20000)


def test_restore_replaces_the_file_the_window_had_open(qtbot, tmp_path, monkeypatch,
                                                       windows_files):
    path = make_database(tmp_path / "sochibo.db", members=3)
    backup = create_backup(path, now=dt.datetime(2026, 11, 20, 8, 0))
    add_member(path, "Sau Khi Sao Lưu")
    monkeypatch.setattr(controller_module.RestoreDialog, "choose",
                        classmethod(lambda cls, parent, backups: backup.path))
    monkeypatch.setattr(controller_module, "confirm_restore", lambda parent, summary: True)
    application, errors = _application(monkeypatch)
    try:
        assert application.open(path)
        first = application.window
        _settle(qtbot, first)  # the tab on screen read its rows on a background thread
        with qtbot.waitSignal(first.open_path_requested, timeout=15000):
            first.backups.restore_action.trigger()
        assert errors == []
        assert windows_files.refused == []  # nothing of ours held the file
        assert application.window is not first
        qtbot.addWidget(application.window)
        assert Member.select().count() == 3  # reopened on the restored data
    finally:
        close_database()
        application.release_lock()


def test_restore_refused_while_another_program_holds_the_file(qtbot, tmp_path, monkeypatch,
                                                              windows_files):
    path = make_database(tmp_path / "sochibo.db", members=3)
    backup = create_backup(path, now=dt.datetime(2026, 11, 20, 8, 0))
    add_member(path, "Sau Khi Sao Lưu")
    monkeypatch.setattr(controller_module.RestoreDialog, "choose",
                        classmethod(lambda cls, parent, backups: backup.path))
    monkeypatch.setattr(controller_module, "confirm_restore", lambda parent, summary: True)
    application, errors = _application(monkeypatch)
    try:
        assert application.open(path)
        first = application.window
        _settle(qtbot, first)  # a restore waits for no reading under way
        windows_files.held.add(path)  # e.g. a file-sync program reading it
        with qtbot.waitSignal(first.open_path_requested, timeout=15000):
            first.backups.restore_action.trigger()
        windows_files.held.clear()
        assert errors and "đang mở trong chương trình khác" in errors[0]
        assert "Dữ liệu hiện tại không bị thay đổi." in errors[0]
        qtbot.addWidget(application.window)
        assert Member.select().count() == 4  # the data as it was, open again
    finally:
        close_database()
        application.release_lock()


def test_handover_import_opens_the_received_data(qtbot, tmp_path, monkeypatch, windows_files):
    path = make_database(tmp_path / "cu" / "sochibo.db", members=2)
    package = create_handover(path, tmp_path / "ban-giao.zip",
                              now=dt.datetime(2026, 11, 26, 14, 32))
    received = tmp_path / "nhan"
    monkeypatch.setattr(controller_module.file_dialogs, "ask_open_path",
                        lambda parent, caption, file_filter, directory="": package)
    monkeypatch.setattr(controller_module, "ask_folder",
                        lambda parent, caption, directory="": received)
    monkeypatch.setattr(controller_module.messages, "confirm",
                        lambda parent, text, yes="", title="": True)
    application, errors = _application(monkeypatch)
    try:
        assert application.open(path)
        first = application.window
        with qtbot.waitSignal(first.open_path_requested, timeout=15000):
            first.backups.open_handover_action.trigger()
        assert errors == [] and windows_files.refused == []
        assert application.window is not first
        qtbot.addWidget(application.window)
        assert application.window.context.db_path == received / "sochibo.db"
        assert dump(received / "sochibo.db") == dump(path)
    finally:
        close_database()
        application.release_lock()
