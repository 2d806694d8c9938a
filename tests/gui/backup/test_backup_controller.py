"""Backups from the main window: menu actions, automatic backups, status bar, restore."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.backup.backups import create_backup, list_backups
from desktop_app.core.backup.manifest import read_manifest
from desktop_app.core.backup.policy import remembered_backups
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.cell import Cell
from desktop_app.db.models.members import Member
from desktop_app.gui.backup import controller as controller_module
from desktop_app.gui.backup.dialogs import BackupRequest
from desktop_app.gui.main_window import MainWindow
from tests.core.backup.backup_support import dump


def _window(qtbot, context, now):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.backups.clock = lambda: now[0]
    window.show()
    return window


def _seed():
    Cell.create(name="Chi bộ Khu phố 3", superior_line1="ĐẢNG BỘ PHƯỜNG 7")
    for name in ("Nguyễn Văn An", "Trần Thị Bình"):
        Member.create(full_name=name)


def test_file_menu_has_the_backup_actions(qtbot, db, context):
    window = _window(qtbot, context, [dt.datetime.now()])
    actions = window.ui.menuFile.actions()
    backups = window.backups
    order = [actions.index(a) for a in (backups.backup_action, backups.restore_action,
                                        backups.create_handover_action,
                                        backups.open_handover_action)]
    assert order == sorted(order)
    assert order[-1] < actions.index(window.ui.actionCellProfile)


def test_status_bar_warns_when_the_last_backup_is_old(qtbot, db, context):
    _seed()
    create_backup(context.db_path, now=dt.datetime(2026, 11, 10, 9, 15))
    window = _window(qtbot, context, [dt.datetime(2026, 11, 26, 14, 0)])
    window.backups.refresh_status()
    label = window.backups.status_label
    assert "10/11/2026 09:15" in label.text()
    assert "cách đây 16 ngày" in label.toolTip()


def test_automatic_backup_every_30_minutes_only_when_data_changed(qtbot, db, context):
    _seed()
    start = dt.datetime.now()
    now = [start]
    create_backup(context.db_path, reason="on_close", now=start - dt.timedelta(minutes=5))
    window = _window(qtbot, context, now)
    backups = window.backups

    now[0] = start + dt.timedelta(hours=2)
    backups.tick()  # nothing changed: no backup, however long the program stays open
    assert not backups.busy and len(list_backups(context.db_path)) == 1

    Member.create(full_name="Lê Văn Cường")
    now[0] = start + dt.timedelta(hours=3)
    with qtbot.waitSignal(backups.backup_finished, timeout=10000) as finished:
        backups.tick()
    assert read_manifest(finished.args[0].path).reason == "automatic"
    assert read_manifest(finished.args[0].path).row_counts["member"] == 3

    Member.create(full_name="Phạm Thị Dung")
    now[0] += dt.timedelta(minutes=10)
    backups.tick()  # changed, but the last backup is only 10 minutes old
    assert not backups.busy and len(list_backups(context.db_path)) == 2


def test_closing_after_changes_backs_up_first(qtbot, db, context):
    _seed()
    window = _window(qtbot, context, [dt.datetime.now()])
    Member.create(full_name="Vũ Văn Em")
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10000) as finished:
        window.close()
    assert read_manifest(finished.args[0].path).reason_label == "tự động khi đóng chương trình"
    assert not window.isVisible()  # closed as soon as the backup was written


def test_manual_backup_to_a_usb_folder(qtbot, db, context, tmp_path, monkeypatch):
    _seed()
    usb = tmp_path / "usb"
    shown = []
    monkeypatch.setattr(controller_module.BackupDialog, "ask", classmethod(
        lambda cls, parent, folder, name, last=None: BackupRequest(usb, name, None)))
    monkeypatch.setattr(controller_module.messages, "info",
                        lambda parent, text, title="": shown.append(text))
    window = _window(qtbot, context, [dt.datetime(2026, 11, 26, 14, 32)])
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10000) as finished:
        window.backups.backup_action.trigger()
    path = finished.args[0].path
    assert path == usb / "sao-luu-chi-bo-khu-pho-3-2026-11-26-1432.sochibo-backup"
    assert str(path) in shown[0]
    assert remembered_backups() == [path]
    assert "26/11/2026 14:32" in window.backups.status_label.text()


def test_restore_from_the_menu(qtbot, db, context, monkeypatch):
    _seed()
    backup = create_backup(context.db_path, now=dt.datetime(2026, 11, 20, 8, 0))
    at_backup = dump(backup.path)
    Member.create(full_name="Sau Khi Sao Lưu")
    monkeypatch.setattr(controller_module.RestoreDialog, "choose",
                        classmethod(lambda cls, parent, backups: backups[0].path))
    confirmed = []
    monkeypatch.setattr(controller_module, "confirm_restore",
                        lambda parent, summary: confirmed.append(summary) or True)
    shown = []
    monkeypatch.setattr(controller_module.messages, "info",
                        lambda parent, text, title="": shown.append(text))
    window = _window(qtbot, context, [dt.datetime(2026, 11, 26, 14, 32)])

    with qtbot.waitSignal(window.open_path_requested, timeout=15000) as reopened:
        window.backups.restore_action.trigger()

    assert reopened.args == [context.db_path]
    assert confirmed[0].cell_name == "Chi bộ Khu phố 3" and confirmed[0].member_count == 2
    assert dump(context.db_path) == at_backup
    assert "Chi bộ: Chi bộ Khu phố 3" in shown[0]
    open_database(context.db_path)  # what the application does on open_path_requested
    try:
        assert Member.select().count() == 2
    finally:
        close_database()


def test_handover_package_from_the_menu_and_opening_it(qtbot, db, context, tmp_path,
                                                       monkeypatch):
    _seed()
    package = tmp_path / "usb" / "ban-giao.zip"
    received = tmp_path / "nhan-ban-giao"
    monkeypatch.setattr(controller_module.file_dialogs, "ask_save_path",
                        lambda parent, caption, file_filter, suggested="": package)
    monkeypatch.setattr(controller_module.file_dialogs, "ask_open_path",
                        lambda parent, caption, file_filter, directory="": package)
    monkeypatch.setattr(controller_module, "ask_folder",
                        lambda parent, caption, directory="": received)
    monkeypatch.setattr(controller_module.messages, "confirm",
                        lambda parent, text, yes="", title="": True)
    shown = []
    monkeypatch.setattr(controller_module.messages, "info",
                        lambda parent, text, title="": shown.append(text))
    window = _window(qtbot, context, [dt.datetime(2026, 11, 26, 14, 32)])

    with qtbot.waitSignal(window.backups.handover_written, timeout=10000):
        window.backups.create_handover_action.trigger()
    assert package.exists() and str(package) in shown[0]

    with qtbot.waitSignal(window.open_path_requested, timeout=10000) as opened:
        window.backups.open_handover_action.trigger()
    assert opened.args == [received / "sochibo.db"]
    assert dump(received / "sochibo.db") == dump(context.db_path)


def test_opening_a_file_another_window_has_open_is_refused(qtbot, tmp_path, monkeypatch,
                                                           make_application):
    from desktop_app.core.backup.lock import DatabaseLock
    from desktop_app.gui.backup import recovery

    path = tmp_path / "sochibo.db"
    shown = []
    monkeypatch.setattr(recovery.messages, "error",
                        lambda parent, text, title="": shown.append(text))
    with DatabaseLock(path):
        assert make_application(None).open(path) is False
    assert "đang được mở bởi một cửa sổ Sổ Chi bộ khác" in shown[0]
    assert not path.exists()


def test_restore_in_the_running_application_reopens_the_restored_data(qtbot, tmp_path,
                                                                      monkeypatch,
                                                                      make_application):
    from tests.core.backup.backup_support import add_member, make_database

    path = make_database(tmp_path / "sochibo.db", members=3)
    backup = create_backup(path, now=dt.datetime(2026, 11, 20, 8, 0))
    add_member(path, "Sau Khi Sao Lưu")
    monkeypatch.setattr(controller_module.RestoreDialog, "choose",
                        classmethod(lambda cls, parent, backups: backup.path))
    monkeypatch.setattr(controller_module, "confirm_restore", lambda parent, summary: True)
    monkeypatch.setattr(controller_module.messages, "info", lambda parent, text, title="": None)
    application = make_application(None)
    try:
        assert application.open(path)
        first = application.window  # deleted by the application when it reopens
        assert Member.select().count() == 4
        with qtbot.waitSignal(first.open_path_requested, timeout=15000):
            first.backups.restore_action.trigger()
        assert application.window is not first  # reopened on the restored file
        qtbot.addWidget(application.window)
        assert application.lock is not None and application.lock.held
        assert Member.select().count() == 3
    finally:
        close_database()
        application.release_lock()
