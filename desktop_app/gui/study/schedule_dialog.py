"""Plan the next study session (Lên lịch buổi học tập tới), or drop the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop_app.core.common.formats import short_date
from desktop_app.core.study import schedule
from desktop_app.core.study.schedule import PlannedSession
from desktop_app.errors import ValidationError
from desktop_app.gui.common.dates import read_date
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.sizing import fit_to_screen
from desktop_app.gui.forms.ui_schedule_dialog import Ui_ScheduleDialog

CLEARED = "cleared"  # what run() returns when the plan was dropped


class ScheduleDialog(QDialog):
    """Date, topic and place of the session planned next; saved by the dialog."""

    def __init__(self, planned: PlannedSession | None, today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ScheduleDialog()
        self.ui.setupUi(self)
        self._today = today
        self.outcome: PlannedSession | str | None = None
        ui = self.ui
        if planned is not None:
            ui.dateEdit.setText(short_date(planned.date))
            ui.topicEdit.setText(planned.topic)
            ui.placeEdit.setText(planned.place)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.clear_button: QPushButton = ui.buttons.addButton(
            self.tr("&Remove the plan"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.clear_button.setEnabled(planned is not None)
        if planned is None:
            self.clear_button.setToolTip(self.tr("No session is planned yet."))
        self.clear_button.clicked.connect(self._clear)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors(ui.form, {"date": ui.dateEdit, "topic": ui.topicEdit,
                                            "place": ui.placeEdit})
        fit_to_screen(self)

    def values(self) -> tuple[PlannedSession | None, dict[str, str]]:
        errors: dict[str, str] = {}
        day = read_date(self.ui.dateEdit, self.tr("Date"), errors, "date")
        if day is None and "date" not in errors:
            errors["date"] = self.tr("Type the date of the session (dd/mm/yyyy).")
        if day is None:
            return None, errors
        return PlannedSession(day, self.ui.topicEdit.text(), self.ui.placeEdit.text()), errors

    def accept(self) -> None:
        planned, errors = self.values()
        problems = schedule.validate(schedule.clean(planned), self._today) if planned else {}
        if not self.errors.check(errors, problems) or planned is None:
            return
        try:
            self.outcome = schedule.plan_session(planned, self._today)
        except ValidationError as error:
            self.errors.show(error.fields)
            return
        super().accept()

    def _clear(self) -> None:
        schedule.clear_planned_session()
        self.outcome = CLEARED
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, today: dt.date) -> PlannedSession | str | None:
        """Show the dialog on the session planned now: the new plan (saved), CLEARED,
        or None when cancelled."""
        dialog = cls(schedule.planned_session(), today, parent)
        try:
            return dialog.outcome if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
