"""Tệp → Cài đặt sao lưu…: the stale-backup warning and the daily backup that runs even
when the program is closed (core/backup/schedule.py).

On Windows the daily backup is a scheduled task: asking whether it exists, creating and
removing it run ``schtasks`` on the task runner, never on the UI thread. Which database
the task backs up is remembered in the UI settings (``backup/daily_db``). On Linux the
dialog shows the systemd timer and the cron line to set up by hand, with the real paths.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QWidget

from desktop_app.core.backup import policy as backup_policy
from desktop_app.core.backup import schedule
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.forms.ui_backup_settings_dialog import Ui_BackupSettingsDialog

log = logging.getLogger(__name__)

DAILY_DB_KEY = "backup/daily_db"


@dataclass(frozen=True)
class BackupSettings:
    warn_after_days: int
    daily: bool  # the daily backup backs up this database


class BackupSettingsDialog(QDialog):
    def __init__(self, current: BackupSettings, db_path: Path, *, windows: bool,
                 elsewhere: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.warnSpin.setValue(current.warn_after_days)
        ui.dailyCheck.setChecked(current.daily)
        at = schedule.DAILY_AT.strftime("%H:%M")
        ui.dailyCheck.setVisible(windows)
        ui.linuxText.setVisible(not windows)
        ui.copyButton.setVisible(not windows)
        if windows:
            note = self.tr(
                "Every day at %1 Windows starts Sổ Chi bộ in the background and backs up this "
                "file into the backups folder beside it, even when the program is not open; "
                "if the computer is off at that time, as soon as it is on again. Old automatic "
                "backups are thinned as usual.").replace("%1", at)
            if elsewhere:
                note += "\n\n" + self.tr(
                    "The daily backup now backs up another file: %1. Tick the box to back up "
                    "this file instead.").replace("%1", elsewhere)
        else:
            note = self.tr(
                "On Linux, set up the daily backup (at %1) yourself: save the two files below "
                "in ~/.config/systemd/user/ and run the command after them, or add the last "
                "line to your crontab (crontab -e).").replace("%1", at)
            ui.linuxText.setPlainText(linux_instructions(db_path))
            ui.copyButton.clicked.connect(
                lambda: QGuiApplication.clipboard().setText(ui.linuxText.toPlainText()))
        ui.dailyNote.setText(note)
        if windows:  # no text box to fill the height with
            self.resize(self.width(), self.sizeHint().height())

    def settings(self) -> BackupSettings:
        return BackupSettings(self.ui.warnSpin.value(), self.ui.dailyCheck.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, current: BackupSettings, db_path: Path, *,
            windows: bool, elsewhere: str | None = None) -> BackupSettings | None:
        dialog = cls(current, db_path, windows=windows, elsewhere=elsewhere, parent=parent)
        try:
            return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def linux_instructions(db_path: Path) -> str:
    """The systemd units, the command that enables them, and the cron line."""
    parts = [f"# ~/.config/systemd/user/{name}\n{text}"
             for name, text in schedule.systemd_units(db_path).items()]
    parts.append(f"# systemd\n{schedule.systemd_enable_command()}\n")
    parts.append(f"# cron (crontab -e)\n{schedule.cron_line(db_path)}\n")
    return "\n".join(parts)


class BackupSettingsFlow(QObject):
    """Reads the current state (in the background on Windows), shows the dialog, saves."""

    def __init__(self, window: QMainWindow, context: AppContext, on_saved=None):
        super().__init__(window)
        self.window, self.context = window, context
        self.db_path = Path(context.db_path)
        self.windows = schedule.supported()
        self.on_saved = on_saved

    def open(self) -> None:
        if not self.windows:
            self._show(installed=False)
            return
        self.window.statusBar().showMessage(self.tr("Reading the backup schedule…"))
        self.context.runner.run(schedule.is_installed, on_done=self._show,
                                on_error=lambda error, _details: self._show(False, error))

    def _scheduled_db(self, installed: bool) -> str | None:
        remembered = str(self.context.settings.value(DAILY_DB_KEY, "") or "")
        return remembered if installed else None

    def _show(self, installed: bool, error: BaseException | None = None) -> None:
        self.window.statusBar().clearMessage()
        if error is not None:
            log.warning("cannot read the backup schedule: %s", error)
        scheduled = self._scheduled_db(installed)
        daily = scheduled is not None and Path(scheduled) == self.db_path
        elsewhere = scheduled if scheduled is not None and not daily else None
        if installed and scheduled == "":
            elsewhere = self.tr("a file this program does not know")
        current = BackupSettings(backup_policy.warn_after_days(), daily)
        chosen = BackupSettingsDialog.ask(self.window, current, self.db_path,
                                          windows=self.windows, elsewhere=elsewhere)
        if chosen is None:
            return
        if chosen.warn_after_days != current.warn_after_days:
            backup_policy.set_warn_after_days(chosen.warn_after_days)
        if self.windows and chosen.daily != current.daily:
            self._apply_daily(chosen.daily)
        if self.on_saved is not None:
            self.on_saved()

    def _apply_daily(self, wanted: bool) -> None:
        settings = self.context.settings

        def done(_result) -> None:
            if wanted:
                settings.setValue(DAILY_DB_KEY, str(self.db_path))
                text = self.tr("The daily backup is scheduled.")
            else:
                settings.remove(DAILY_DB_KEY)
                text = self.tr("The daily backup is no longer scheduled.")
            self.window.statusBar().showMessage(text, 10000)

        def failed(error: BaseException, _details: str) -> None:
            messages.error(self.window, str(error))

        work = (lambda: schedule.install(self.db_path)) if wanted else schedule.remove
        self.context.runner.run(work, on_done=done, on_error=failed)
