"""Dialogs of Tệp → Sao lưu… and Tệp → Phục hồi…, and the questions around them.

Each dialog has a classmethod that runs it and returns plain values (or None when the
user cancels), so that tests and the controller can patch it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from desktop_app.core.backup.backups import BackupInfo
from desktop_app.core.backup.crypto import PASSWORD_WARNING, check_new_password
from desktop_app.core.backup.manifest import BACKUP_SUFFIX
from desktop_app.core.backup.policy import last_backup_text
from desktop_app.core.backup.restore import BackupSummary
from desktop_app.errors import ValidationError
from desktop_app.gui.common import messages
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.forms.ui_backup_dialog import Ui_BackupDialog
from desktop_app.gui.forms.ui_restore_dialog import Ui_RestoreDialog


@dataclass(frozen=True)
class BackupRequest:
    folder: Path
    file_name: str
    password: str | None


class BackupDialog(QDialog):
    """Where to write a manual backup, under which name, and with which password."""

    def __init__(self, folder: Path, file_name: str, parent: QWidget | None = None,
                 last: dt.datetime | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        # when the last backup was made, as the status bar and the overview say it
        self.ui.introLabel.setText(self.ui.introLabel.text() + "\n"
                                   + last_backup_text(last) + ".")
        self.ui.folderEdit.setText(str(folder))
        self.ui.nameEdit.setText(file_name)
        self.ui.warningLabel.setText(PASSWORD_WARNING)
        self.ui.passwordBox.setVisible(False)
        self.ui.encryptCheck.toggled.connect(self.ui.passwordBox.setVisible)
        self.ui.browseButton.clicked.connect(self._browse)
        name_buttons(self, self.ui.buttonBox, ok=self.tr("&Back up"),
                     accept=self._accept_if_valid)
        self._errors = {
            "folder": self.ui.folderError,
            "file_name": self.ui.nameError,
            "password": self.ui.passwordError,
            "confirmation": self.ui.confirmationError,
        }
        self._show_errors({})

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the backup"), self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def _show_errors(self, fields: dict[str, str]) -> None:
        for name, label in self._errors.items():
            label.setText(fields.get(name, ""))
            label.setVisible(name in fields)

    def request(self) -> BackupRequest:
        """The values typed, or ValidationError with a message per field."""
        fields: dict[str, str] = {}
        folder_text = self.ui.folderEdit.text().strip()
        if not folder_text:
            fields["folder"] = self.tr("Choose a folder.")
        name = self.ui.nameEdit.text().strip()
        if not name or any(ch in name for ch in '\\/:*?"<>|'):
            fields["file_name"] = self.tr(
                'Type a file name without any of these characters: \\ / : * ? " < > |'
            )
        password = None
        if self.ui.encryptCheck.isChecked():
            password = self.ui.passwordEdit.text()
            try:
                check_new_password(password, self.ui.confirmationEdit.text())
            except ValidationError as error:
                fields.update(error.fields)
        if fields:
            raise ValidationError(fields)
        if not name.endswith(BACKUP_SUFFIX):
            name += BACKUP_SUFFIX
        return BackupRequest(Path(folder_text).expanduser(), name, password)

    def _accept_if_valid(self) -> None:
        try:
            self.request()
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        self._show_errors({})
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, file_name: str,
            last: dt.datetime | None = None) -> BackupRequest | None:
        dialog = cls(folder, file_name, parent, last)
        return run_dialog(dialog, dialog.request)


class BackupListModel(RowsModel):
    """Known backups: the description in words, and the file."""

    def __init__(self, backups: list[BackupInfo], parent: QObject | None = None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Backup"), lambda b: b.description,
                   sort=lambda b: b.created_at.isoformat(), tooltip=lambda b: b.description),
            Column(self.tr("File"), lambda b: b.path.name, sort=lambda b: b.path.name,
                   tooltip=lambda b: str(b.path)),
        ]
        self.set_rows(backups)


class RestoreDialog(QDialog):
    """Known backups newest first, plus "Chọn tệp khác…"; returns the chosen file."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.chosen: Path | None = None
        self.model = BackupListModel(backups, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.backupsView
        view.setModel(self.proxy)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.doubleClicked.connect(lambda _index: self._accept_selected())
        self.ui.emptyLabel.setVisible(not backups)
        view.setVisible(bool(backups))
        name_buttons(self, self.ui.buttonBox, ok=self.tr("&Restore…"),
                     accept=self._accept_selected)
        set_enabled(self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), bool(backups),
                    self.tr("No backup was found: choose another file."))
        if backups:
            view.selectRow(0)
        self.ui.otherFileButton.clicked.connect(self._choose_other)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _accept_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.chosen = info.path
            self.accept()

    def _choose_other(self) -> None:
        path = self.pick_other_file(self)
        if path is not None:
            self.chosen = path
            self.accept()

    @classmethod
    def pick_other_file(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("BackupQuestions", "Choose a backup"),
            "", f"Sổ Chi bộ (*{BACKUP_SUFFIX} *.db);;* (*)",
        )
        return Path(name) if name else None

    @classmethod
    def choose(cls, parent: QWidget | None, backups: list[BackupInfo]) -> Path | None:
        dialog = cls(backups, parent)
        return run_dialog(dialog, lambda: dialog.chosen)


def ask_password(parent: QWidget | None, file_name: str) -> str | None:
    """The password of an encrypted backup, or None when the user cancels."""
    return messages.ask_password(
        parent,
        QCoreApplication.translate("BackupQuestions", "Password"),
        QCoreApplication.translate(
            "BackupQuestions", "The backup “%1” is protected by a password. Password:"
        ).replace("%1", file_name))


def confirm_restore(parent: QWidget | None, summary: BackupSummary) -> bool:
    """Show what the backup holds and ask before replacing the current data."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BackupQuestions", "Restore"))
    box.setText(QCoreApplication.translate(
        "BackupQuestions", "Replace the current data with this backup?"))
    box.setInformativeText(
        "\n".join(summary.lines())
        + "\n\n"
        + QCoreApplication.translate(
            "BackupQuestions",
            "The current data is backed up first; it is listed under Restore… as "
            "“before restoring”.",
        )
    )
    restore = box.addButton(QCoreApplication.translate("BackupQuestions", "Restore"),
                            QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("BackupQuestions", "Cancel"))
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is restore


def ask_folder(parent: QWidget | None, caption: str, directory: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, directory)
    return Path(chosen) if chosen else None
