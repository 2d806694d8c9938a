"""Saving the attendance grid off the UI thread, in one transaction that Cancel rolls back.

A session of a large cell has hundreds of rows (358 took a tenth of a second to save on
the UI thread). While the grid is being saved its marks cannot be changed (the grid is
read-only, its buttons greyed with the reason) so what is stored is what was on screen;
a Cancel pressed while it runs stores nothing, and the marks stay on screen, unsaved.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop_app.core.study import sessions as study
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common.cancelling import in_one_transaction
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.tasks import Task


class GridSaver(QObject):
    """Saves the tab's grid; ``saved(session_id)`` once it is stored."""

    saved = Signal(int)

    def __init__(self, tab: Any):
        super().__init__(tab)
        self.tab = tab
        self.task: Task | None = None
        self._read_only: Any = False

    @property
    def saving(self) -> bool:
        return self.task is not None

    def save(self) -> bool:
        """Start saving what the grid shows; False when there is nothing to save."""
        tab = self.tab
        model = tab.attendance_model
        session = model.session
        if session is None or session.id is None or self.saving:
            return False
        rows = list(model.rows)  # edits replace rows: this is what is on screen now
        self._lock(True)
        label = self.tr("Saving the attendance…")
        self.task = tab.context.runner.run(
            in_one_transaction(study.save_grid), session.id, rows, tab.today(),
            on_done=lambda _result: self._done(session.id),
            on_error=self._failed, on_cancel=self._cancelled, label=label,
            parent_widget=tab, cancellable=True)
        return True

    def _lock(self, locked: bool) -> None:
        tab = self.tab
        model = tab.attendance_model
        if locked:
            self._read_only = model.read_only
            model.read_only = True
        else:
            model.read_only = self._read_only
        why = self.tr("Please wait: the attendance is being saved.")
        if locked:
            for widget in (tab.save_button, tab.discard_button, tab.all_present_button):
                set_enabled(widget, False, why)
        else:
            tab.refresh_buttons()
        tab.attendance_view.viewport().update()

    def _finish(self) -> bool:
        self.task = None
        if not shiboken6.isValid(self.tab):
            return False
        self._lock(False)
        return True

    def _done(self, session_id: int) -> None:
        if not self._finish():
            return
        tab = self.tab
        tab.grid_error.hide()
        tab.attendance_model.mark_saved()
        self.saved.emit(session_id)

    def _failed(self, error: BaseException, _details: str) -> None:
        if not self._finish():
            return
        tab = self.tab
        if isinstance(error, ValidationError):
            tab.attendance_model.set_errors(error.fields)
            tab.grid_error.setText("\n".join(error.fields.values()))
        elif isinstance(error, UserError):
            tab.grid_error.setText(str(error))
        else:
            tab.grid_error.setText(self.tr("Unexpected error: %1").replace("%1", str(error)))
        tab.grid_error.show()

    def _cancelled(self) -> None:
        if not self._finish():
            return
        tab = self.tab
        tab.grid_error.setText(self.tr("Saving was cancelled: nothing was saved; the marks "
                                      "on screen are kept."))
        tab.grid_error.show()
