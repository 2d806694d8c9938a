"""Backups in the main window: File menu actions, automatic backups, the status bar.

Automatic backups run on the task runner (never on the UI thread): every 30 minutes
while data changed, and when the window closes after changes. The status bar shows
"Sao lưu gần nhất: …", with a warning when that is older than the setting allows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from desktop_app.core.backup import policy as backup_policy
from desktop_app.core.backup.backups import (
    BackupInfo,
    create_backup,
    default_file_name,
    list_backups,
)
from desktop_app.core.backup.crypto import is_encrypted
from desktop_app.core.backup.handover import (
    HANDOVER_SUFFIX,
    create_handover,
    default_package_name,
    open_handover,
)
from desktop_app.core.backup.leftovers import clean_after_crash
from desktop_app.core.backup.manifest import default_backup_dir
from desktop_app.core.backup.restore import RestoreResult, restore_backup, summarize_backup
from desktop_app.core.backup.retention import automatic_backup
from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.overview.read import has_entered_data
from desktop_app.db import database
from desktop_app.db.connection import close_database
from desktop_app.errors import UserError
from desktop_app.gui.backup.status import status_line
from desktop_app.gui.common import file_dialogs, messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.tasks import Task

from .dialogs import BackupDialog, RestoreDialog, ask_folder, ask_password, confirm_restore

log = logging.getLogger(__name__)

TICK_MS = 60_000
_WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


class BackupController(QObject):
    """Owns the backup actions and the automatic backup policy of one open database."""

    backup_finished = Signal(object)  # BackupInfo, or the error
    open_path_requested = Signal(object)  # a database to open instead (restore, handover)
    handover_written = Signal(object)  # the package's path

    def __init__(self, window: QMainWindow, context: AppContext,
                 clock: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(window)
        self.window = window
        self.context = context
        self.db_path = Path(context.db_path)
        self.clock = clock
        self._bumps = 0
        self._db_changes = 0
        self._running: Task | None = None  # the automatic backup task under way
        # when it started, the changes it covers, what to do once it ends
        self._pending: tuple[dt.datetime, int, Callable[[], object] | None] = (
            self.clock(), 0, None)
        self._left = False  # the window no longer owns the database (switch, restore)
        self._closing = False
        self._never_backed_up = False
        context.bus.changed.connect(self._bump)
        self.policy = backup_policy.AutoBackupPolicy.starting(self.changes(), self._last_backup())
        self.status_label = QLabel()
        self.status_label.setObjectName("backupStatus")
        window.statusBar().addPermanentWidget(self.status_label)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh_status()
        # What a backup or restore killed half-way left behind (the window holds the lock).
        self.context.runner.run(clean_after_crash, self.db_path, on_error=self._cleanup_failed)

    def _cleanup_failed(self, error: BaseException, _details: str) -> None:
        log.warning("cannot clean up after an interrupted backup: %s", error)

    # --- menu ----------------------------------------------------------------------

    def install_menu(self, menu: QMenu, before: QAction) -> None:
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B))
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.create_handover_action = QAction(self.tr("Create a &handover package…"), self)
        self.open_handover_action = QAction(self.tr("Open a handover pac&kage…"), self)
        self.settings_action = QAction(self.tr("Backup se&ttings…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.settings_action.triggered.connect(self.open_settings)
        self.create_handover_action.triggered.connect(self.create_handover)
        self.open_handover_action.triggered.connect(self.open_handover)
        menu.insertAction(before, self.backup_action)
        menu.insertAction(before, self.restore_action)
        menu.insertAction(before, self.settings_action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.create_handover_action)
        menu.insertAction(before, self.open_handover_action)
        menu.insertSeparator(before)

    def open_settings(self) -> None:
        from .settings import BackupSettingsFlow

        BackupSettingsFlow(self.window, self.context, on_saved=self.refresh_status).open()

    # --- change tracking -------------------------------------------------------------

    def _bump(self, _what: str = "") -> None:
        self._bumps += 1
        if self._never_backed_up:  # the first data entered: now a backup matters
            self.refresh_status()

    def _owns_database(self) -> bool:
        db = database.obj
        return (not self._left and db is not None
                and Path(db.database).resolve() == self.db_path.resolve())

    def changes(self) -> int:
        """A counter that moves whenever data changes: SQLite's own counts plus GUI bumps.

        ``total_changes`` counts this connection's writes, ``data_version`` moves when
        another connection (a background import) commits.
        """
        if self._owns_database():
            try:
                connection = database.connection()
                version = connection.execute("PRAGMA data_version").fetchone()[0]
                self._db_changes = connection.total_changes + version
            except Exception as error:  # a closed or replaced database: keep the last count
                log.warning("cannot read change counter: %s", error)
        return self._db_changes + self._bumps

    # --- status bar ------------------------------------------------------------------

    def _remembered(self) -> list[Path]:
        if not self._owns_database():
            return []
        try:
            return backup_policy.remembered_backups()
        except Exception as error:
            log.warning("cannot read remembered backups: %s", error)
            return []

    def _last_backup(self) -> dt.datetime | None:
        backups = list_backups(self.db_path, self._remembered())
        return backups[0].created_at if backups else None

    def refresh_status(self) -> None:
        last = self._last_backup()
        days = backup_policy.DEFAULT_WARN_AFTER_DAYS
        if self._owns_database():
            try:
                days = backup_policy.warn_after_days()
            except Exception as error:
                log.warning("cannot read backup setting: %s", error)
        now = self.clock()
        text, warning = status_line(last, now,
                                    backup_policy.stale_backup_warning(last, now, days),
                                    has_data=last is not None or self._has_data())
        self._never_backed_up = last is None
        self.status_label.setText(text)
        self.status_label.setToolTip(warning or "")
        self.status_label.setStyleSheet(_WARNING_STYLE if warning else "")

    def _has_data(self) -> bool:
        try:  # on a closed or replaced database, as if it had data
            return not self._owns_database() or has_entered_data()
        except Exception as error:
            log.warning("cannot read whether data was entered: %s", error)
            return True

    # --- automatic backups -----------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running is not None

    def tick(self) -> None:
        if self.busy or self._left:
            return
        changes = self.changes()
        if self.policy.due_while_running(self.clock(), changes):
            self._automatic("automatic", changes)

    def _automatic(self, reason: str, changes: int,
                   then: Callable[[], object] | None = None) -> None:
        # Bound methods as slots: Qt drops them if the window is gone when the task ends.
        self._pending = (self.clock(), changes, then)
        self._running = self.context.runner.run(
            automatic_backup, self.db_path, reason, now=self._pending[0],
            on_done=self._automatic_done, on_error=self._automatic_failed)

    def _automatic_done(self, info: BackupInfo) -> None:
        started, changes, then = self._pending
        self._running = None
        self.policy.backed_up(started, changes)
        if not self._left:
            self.refresh_status()
        self.backup_finished.emit(info)
        if then is not None:
            then()

    def _automatic_failed(self, error: BaseException, _details: str) -> None:
        then = self._pending[2]
        self._running = None
        log.error("automatic backup failed: %s", error)
        if not self._left:
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", str(error)))
        self.backup_finished.emit(error)
        if then is not None:
            then()

    def ready_to_close(self) -> bool:
        """Called by the window's closeEvent: False while a backup on close runs first."""
        if self._left:
            return True  # the database was handed on (switch, restore); its backup goes on alone
        if self._closing:
            return not self.busy
        self._closing = True
        self.timer.stop()
        if self.busy:
            self._pending = (*self._pending[:2], self.window.close)
            return False
        changes = self.changes()
        if not self.policy.due_on_close(changes):
            return True
        self.window.statusBar().showMessage(self.tr("Backing up before closing…"))
        self._automatic("on_close", changes, then=self.window.close)
        return False

    def leave(self) -> None:
        """The app switches to another database: back up this one if it changed."""
        if self._left:
            return
        changes = self.changes()
        self.timer.stop()
        due = not self.busy and self.policy.due_on_close(changes)
        self._left = True
        if due:
            self._automatic("on_close", changes)

    # --- manual backup ---------------------------------------------------------------

    def _cell_name(self) -> str:
        try:
            return cell_core.load_profile().name
        except Exception:
            return ""

    def back_up(self) -> None:
        settings = self.context.settings
        folder = Path(str(settings.value("backup/folder", "") or default_backup_dir(self.db_path)))
        request = BackupDialog.ask(self.window, folder, default_file_name(
            self._cell_name(), self.clock()), last=self._last_backup())
        if request is None:
            return
        settings.setValue("backup/folder", str(request.folder))
        changes = self.changes()
        started = self.clock()

        def done(info: BackupInfo) -> None:
            self._remember(info)
            self.policy.backed_up(started, changes)
            self.refresh_status()
            self.backup_finished.emit(info)
            messages.info(self.window, self.tr("Backed up to:\n%1\n\n%2")
                          .replace("%1", str(info.path)).replace("%2", info.description))

        self.context.runner.run(
            create_backup, self.db_path, reason="manual", folder=request.folder,
            file_name=request.file_name, password=request.password, now=started,
            on_done=done, on_error=self._show_error,
        )

    def _remember(self, info: BackupInfo) -> None:
        if info.path.parent.resolve() == default_backup_dir(self.db_path).resolve():
            return
        before = self.changes()
        try:
            backup_policy.remember_backup(info.path)
        except Exception as error:
            log.warning("cannot remember backup %s: %s", info.path, error)
        self._bumps -= self.changes() - before  # noting it is not a change of the cell's data

    def _show_error(self, error: BaseException, _details: str = "") -> None:
        if isinstance(error, UserError):
            messages.error(self.window, str(error))
        else:
            messages.error(self.window, self.tr("The operation failed: %1").replace(
                "%1", str(error)))

    # --- restore -----------------------------------------------------------------------

    def restore(self) -> None:
        candidate = RestoreDialog.choose(self.window,
                                         list_backups(self.db_path, self._remembered()))
        if candidate is None:
            return
        password = None
        if is_encrypted(candidate):
            password = ask_password(self.window, candidate.name)
            if password is None:
                return
        self.context.runner.run(
            summarize_backup, candidate, password,
            on_done=lambda summary: self._confirm_restore(candidate, password, summary),
            on_error=self._show_error,
        )

    def _confirm_restore(self, candidate: Path, password: str | None, summary) -> None:
        if not confirm_restore(self.window, summary):
            return
        if self.context.runner.busy:  # readings under way end first (a second or two),
            self.context.runner.wait_all(10000)  # and say so: their results are queued
            QCoreApplication.sendPostedEvents()
        if self.context.runner.busy:  # no work may hold the database while it is replaced
            messages.info(self.window, self.tr(
                "The program is still working. Try again in a moment."))
            return
        self._left = True  # the before_restore backup keeps the current data
        self.timer.stop()
        self.window.setEnabled(False)
        save = getattr(self.window, "save_state", None)
        if save is not None:
            save()
        close_database()

        def done(result: RestoreResult) -> None:
            lines = "\n".join(result.summary.lines())
            text = self.tr("The data was restored.\n\n%1").replace("%1", lines)
            if result.safety_backup is not None:
                text += "\n\n" + self.tr("The data as it was before is kept in:\n%1").replace(
                    "%1", str(result.safety_backup.path))
            messages.info(self.window, text)
            self.open_path_requested.emit(self.db_path)

        def failed(error: BaseException, details: str) -> None:
            self._show_error(error, details)
            self.open_path_requested.emit(self.db_path)  # unchanged: open it again

        self.context.runner.run(restore_backup, self.db_path, candidate, password=password,
                                on_done=done, on_error=failed)

    # --- handover ----------------------------------------------------------------------

    def create_handover(self) -> None:
        settings = self.context.settings
        folder = str(settings.value("backup/folder", "") or self.db_path.parent)
        name = default_package_name(self._cell_name(), self.clock())
        target = file_dialogs.ask_save_path(
            self.window, self.tr("Create a handover package"),
            self.tr("Handover packages (*.zip)"), str(Path(folder) / name))
        if target is None:
            return
        if target.suffix.lower() != HANDOVER_SUFFIX:
            target = target.with_name(target.name + HANDOVER_SUFFIX)
        self.context.runner.run(create_handover, self.db_path, target,
                                on_done=self._handover_written, on_error=self._show_error)

    def _handover_written(self, path: Path) -> None:
        self.handover_written.emit(path)
        messages.info(self.window, self.tr(
            "The handover package was written to:\n%1\n\nGive it to the new secretary. "
            "It holds the members' personal data: keep it safe.").replace("%1", str(path)))

    def open_handover(self) -> None:
        package = file_dialogs.ask_open_path(
            self.window, self.tr("Open a handover package"), self.tr("Handover packages (*.zip)"))
        if package is None:
            return
        folder = ask_folder(self.window, self.tr("Choose an empty folder for the received data"))
        if folder is None:
            return

        def done(opened) -> None:
            question = self.tr("The handover package of “%1” was opened into:\n%2\n\n"
                               "Work with this data now?")
            question = question.replace("%1", opened.summary.cell_name).replace(
                "%2", str(opened.db_path.parent))
            if messages.confirm(self.window, question, yes=self.tr("Open it")):
                self.open_path_requested.emit(opened.db_path)

        self.context.runner.run(open_handover, package, folder, on_done=done,
                                on_error=self._show_error)
