"""Tệp → Khóa sổ năm…, Bỏ khóa sổ năm…, Danh sách thay đổi…: the window's part in closed
years. Closing and reopening run in the background (closing backs up the file first) and
are announced on the data bus (``closing``), so that every tab shows the new state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.core.closing import years
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.closed_years import AREA
from desktop_app.gui.common.context import AppContext

from .dialogs import ChangeListDialog, CloseYearDialog, ReopenYearDialog


def default_year(today: dt.date | None = None) -> int:
    """The year most likely to close: the last year an issued report covers that is still
    open, else last year."""
    today = today or dt.date.today()
    closed = set(years.closed_years())
    covered = {y for r in years.issued_reports() for y in range(r.start_year, r.end_year + 1)
               if y <= today.year and y not in closed}
    return max(covered) if covered else today.year - 1


class ClosingController(QObject):
    """*unsaved()* lists the edits the window's tabs have not saved (Vietnamese)."""

    def __init__(self, window: QWidget, context: AppContext,
                 unsaved: Callable[[], list[str]] = list):
        super().__init__(window)
        self.window, self.context, self.unsaved = window, context, unsaved
        self.changes_dialog: ChangeListDialog | None = None

    def install_menu(self, menu: QMenu, before: QAction) -> None:
        self.close_action = QAction(self.tr("C&lose a year…"), self)
        self.reopen_action = QAction(self.tr("Reo&pen a closed year…"), self)
        self.changes_action = QAction(self.tr("List of c&hanges…"), self)
        self.close_action.triggered.connect(self.close_year)
        self.reopen_action.triggered.connect(self.reopen_year)
        self.changes_action.triggered.connect(lambda: self.show_changes())
        for action in (self.close_action, self.reopen_action, self.changes_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.aboutToShow.connect(self._update_actions)

    def _update_actions(self) -> None:
        self.reopen_action.setEnabled(bool(years.closed_years()))

    # closing -------------------------------------------------------------------------
    def close_year(self) -> None:
        chosen = CloseYearDialog.run(self.window, default_year(), self.unsaved())
        if chosen is None:
            return
        year, note = chosen
        self.context.runner.run(
            years.close_year, year, note, on_done=self._closed, on_error=self._failed,
            label=self.tr("Backing up and closing %1…").replace("%1", str(year)),
            parent_widget=self.window)

    def _closed(self, closing: years.ClosingData) -> None:
        self.context.bus.changed.emit(AREA)
        text = self.tr("%1 is closed: its records can now be read but not changed.") \
            .replace("%1", self.tr("Year %1").replace("%1", str(closing.year)))
        if closing.backup_file:
            text += "\n\n" + self.tr("A backup was made first: %1").replace(
                "%1", closing.backup_file)
        messages.info(self.window, text)

    def reopen_year(self) -> None:
        closed = years.closed_years()
        if not closed:
            messages.info(self.window, self.tr("No year is closed."))
            return
        chosen = ReopenYearDialog.run(self.window, closed, closed[-1])
        if chosen is None:
            return
        year, reason = chosen
        self.context.runner.run(years.reopen_year, year, reason, on_done=self._reopened,
                                on_error=self._failed,
                                label=self.tr("Reopening %1…").replace("%1", str(year)),
                                parent_widget=self.window)

    def _reopened(self, closing: years.ClosingData) -> None:
        self.context.bus.changed.emit(AREA)
        messages.info(self.window, self.tr(
            "%1 is open again. Every change is recorded; close the year again when you are "
            "done.").replace("%1", self.tr("Year %1").replace("%1", str(closing.year))))

    def _failed(self, error: BaseException, _details: str) -> None:
        if isinstance(error, UserError):
            messages.error(self.window, str(error))
        else:
            messages.error(self.window, self.tr("Unexpected error: %1").replace(
                "%1", str(error)))

    # the list of changes -------------------------------------------------------------
    def show_changes(self, report_id: int | None = None) -> ChangeListDialog:
        dialog = ChangeListDialog(self.context, self.window, report_id=report_id)
        dialog.show()
        self.changes_dialog = dialog
        return dialog
