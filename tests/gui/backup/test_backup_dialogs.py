"""Tệp → Sao lưu… and Tệp → Phục hồi… dialogs, driven through their real buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.backup.backups import create_backup, list_backups
from desktop_app.gui.backup.dialogs import (
    BackupDialog,
    BackupListModel,
    RestoreDialog,
)
from tests.core.backup.backup_support import make_database

NOW = dt.datetime(2026, 11, 26, 14, 32)


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_backup_dialog_shows_password_errors_next_to_the_fields(qtbot, tmp_path):
    dialog = BackupDialog(tmp_path, "sao-luu-chi-bo.sochibo-backup")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.passwordBox.isVisible()
    qtbot.mouseClick(dialog.ui.encryptCheck, Qt.MouseButton.LeftButton)
    assert dialog.ui.passwordBox.isVisible()
    assert "không thể khôi phục" in dialog.ui.warningLabel.text()

    dialog.ui.passwordEdit.setText("mat-khau-1")
    dialog.ui.confirmationEdit.setText("mat-khau-2")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not accepted, nothing typed is lost
    assert dialog.ui.confirmationError.text() == "Hai lần nhập mật khẩu không giống nhau."
    assert dialog.ui.passwordEdit.text() == "mat-khau-1"

    dialog.ui.confirmationEdit.setText("mat-khau-1")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    request = dialog.request()
    assert request.password == "mat-khau-1"
    assert request.folder == tmp_path
    assert request.file_name == "sao-luu-chi-bo.sochibo-backup"


def test_backup_dialog_refuses_a_bad_file_name(qtbot, tmp_path):
    dialog = BackupDialog(tmp_path, "a/b")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.nameError.isVisible()


def test_restore_dialog_lists_backups_newest_first(qtbot, tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    create_backup(db, reason="manual", now=NOW - dt.timedelta(days=3))
    create_backup(db, reason="on_close", now=NOW)
    create_backup(db, reason="before_restore", now=NOW - dt.timedelta(days=1))
    backups = list_backups(db)
    dialog = RestoreDialog(list(reversed(backups)))
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.backupsView
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert shown[0].startswith("26/11/2026 14:32 · tự động khi đóng chương trình · ")
    assert shown[1].startswith("25/11/2026 14:32 · trước khi phục hồi")
    assert shown[2].startswith("23/11/2026 14:32 · sao lưu thủ công")

    view.selectRow(1)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.chosen == backups[1].path


def test_restore_dialog_choose_another_file(qtbot, tmp_path, monkeypatch):
    other = tmp_path / "usb" / "x.sochibo-backup"
    monkeypatch.setattr(RestoreDialog, "pick_other_file", classmethod(lambda cls, p: other))
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.emptyLabel.isVisible()
    assert not _ok(dialog).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.otherFileButton, Qt.MouseButton.LeftButton)
    assert dialog.chosen == other


def test_backup_list_model(qtmodeltester, tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    create_backup(db, now=NOW)
    create_backup(db, reason="automatic", now=NOW)
    qtmodeltester.check(BackupListModel(list_backups(db)))


def test_backup_dialog_says_when_the_last_backup_was_made(qtbot, tmp_path):
    import datetime as dt

    dialog = BackupDialog(tmp_path, "x.sochibo-backup", last=dt.datetime(2026, 11, 26, 14, 32))
    qtbot.addWidget(dialog)
    assert "Sao lưu gần nhất: 26/11/2026 14:32" in dialog.ui.introLabel.text()
    first = BackupDialog(tmp_path, "x.sochibo-backup")
    qtbot.addWidget(first)
    assert "Chưa có bản sao lưu nào" in first.ui.introLabel.text()
