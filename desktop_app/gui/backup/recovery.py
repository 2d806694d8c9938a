"""Before a database is opened: one writer, network shares, a damaged file.

A damaged database at start is moved aside and the newest good backup is offered.

Runs before the database is opened. The damaged file is never deleted and never
replaced by an empty database: it goes to ``recovery/`` beside it, and the user
restores a backup or quits.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.backup.backups import list_backups
from desktop_app.core.backup.crypto import is_encrypted
from desktop_app.core.backup.damaged import diagnose
from desktop_app.core.backup.lock import DatabaseLock, network_share_warning
from desktop_app.core.backup.restore import Recovery, recover_damaged, restore_backup
from desktop_app.core.backup.salvage import salvage_into
from desktop_app.errors import UserError
from desktop_app.gui.common import messages

from .dialogs import RestoreDialog, ask_password

log = logging.getLogger(__name__)

RESTORE, CHOOSE_OTHER, SALVAGE, QUIT = "restore", "choose_other", "salvage", "quit"


class DamagedFileDialog(QMessageBox):
    """Says the file was damaged and moved aside; offers the newest good backup."""

    def __init__(self, db_path: Path, recovery: Recovery, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QUIT
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Damaged data file"))
        moved = next((p for p in recovery.moved if p.name.endswith(db_path.suffix)),
                     recovery.moved[0] if recovery.moved else None)
        self.setText(self.tr("The data file “%1” is damaged and cannot be opened.")
                     .replace("%1", db_path.name))
        details = self.tr("The damaged file was not deleted: it was moved, unchanged, to\n%1")\
            .replace("%1", str(moved.parent if moved else db_path.parent))
        if recovery.offer is not None:
            details += "\n\n" + self.tr("Newest good backup: %1\nRestore it now?")\
                .replace("%1", recovery.offer.description)
        else:
            details += "\n\n" + self.tr(
                "No usable backup was found beside the data file. Choose a backup file "
                "(for example on a USB stick), or quit."
            )
        details += "\n\n" + self.tr(
            "You can also salvage what can still be read from the damaged file: the latest "
            "entries may be there, but some may be lost.")
        self.setInformativeText(details)
        self.restore_button = None
        if recovery.offer is not None:
            self.restore_button = self.addButton(self.tr("&Restore this backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.other_button = self.addButton(self.tr("&Choose another backup…"),
                                           QMessageBox.ButtonRole.ActionRole)
        self.salvage_button = self.addButton(self.tr("&Salvage the readable data"),
                                             QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.other_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button is self.restore_button:
            self.choice = RESTORE
        elif button is self.other_button:
            self.choice = CHOOSE_OTHER
        elif button is self.salvage_button:
            self.choice = SALVAGE
        else:
            self.choice = QUIT

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path, recovery: Recovery) -> str:
        dialog = cls(db_path, recovery, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()


def recover_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """Handle a damaged file at *db_path*; True when it can now be opened.

    Files that are not damaged (fine, missing, foreign, newer) are left to the normal
    opening, which explains its refusals; this returns True for them.
    """
    if diagnose(db_path).kind != "damaged":
        return True
    recovery = recover_damaged(db_path)
    log.warning("damaged database %s moved to %s", db_path, recovery.moved)
    while True:
        choice = DamagedFileDialog.ask(parent, db_path, recovery)
        if choice == QUIT:
            return False
        if choice == SALVAGE:
            if _salvage(db_path, recovery, parent):
                return True
            continue
        if choice == RESTORE and recovery.offer is not None:
            candidate = recovery.offer.path
        else:
            chosen = RestoreDialog.choose(parent, list_backups(db_path))
            if chosen is None:
                continue
            candidate = chosen
        password = None
        if is_encrypted(candidate):
            password = ask_password(parent, candidate.name)
            if password is None:
                continue
        try:
            restore_backup(db_path, candidate, password=password)
        except UserError as error:
            messages.error(parent, str(error))
            continue
        return True


def _salvage(db_path: Path, recovery: Recovery, parent: QWidget | None) -> bool:
    """Salvage the damaged file (in recovery/) into *db_path*; True when done."""
    damaged = next((p for p in recovery.moved if p.name.endswith(db_path.suffix)), None)
    if damaged is None:
        return False
    try:
        result = salvage_into(damaged, db_path)
    except UserError as error:
        messages.error(parent, str(error))
        return False
    messages.info(parent, result.sentence())
    return True


def prepare_to_open(db_path: Path, parent: QWidget | None = None) -> DatabaseLock | None:
    """Lock *db_path*, warn about a network share, recover a damaged file.

    Returns the held lock (release it when the database is closed), or None when the
    database must not be opened (another copy of the program has it, or the user quit
    the recovery); the user has then been told why.
    """
    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except UserError as error:
        messages.error(parent, str(error))
        return None
    warning = network_share_warning(db_path)
    if warning:
        messages.error(parent, warning)
    try:
        usable = recover_at_start(db_path, parent)
    except BaseException:
        lock.release()
        raise
    if not usable:
        lock.release()
        return None
    return lock
