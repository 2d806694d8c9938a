"""The dialog that creates or edits a study session (buổi học tập)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.gui.common.dates import from_qdate, to_qdate
from desktop_app.gui.common.dialogs import run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.field_errors import ERROR_STYLE, form_row, mark_required
from desktop_app.gui.forms.ui_session_dialog import Ui_SessionDialog


class SessionDialog(QDialog):
    """Edit the particulars of a session; per-field messages shown under each field."""

    def __init__(self, data: SessionData, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._data = data
        self._today = today or dt.date.today()
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("New study session") if data.id is None
                            else self.tr("Edit study session"))
        # Short names used by the tab's tests and by value().
        self.date_edit, self.topic_edit, self.buttons = ui.dateEdit, ui.topicEdit, ui.buttons
        ui.dateEdit.setDate(to_qdate(data.date or self._today))
        for code, label in study.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(data.kind))
        ui.topicEdit.setText(data.topic)
        ui.themeEdit.setText(data.theme)
        for code, label in study.LEVEL_LABELS.items():
            ui.levelCombo.addItem(label, code)
        ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(data.level))
        ui.placeEdit.setText(data.place)
        ui.durationSpin.setValue(data.duration_minutes or 0)
        ui.reflectionCheck.setChecked(data.reflection_required)
        ui.dueCheck.setChecked(data.reflection_due is not None)
        ui.dueEdit.setDate(to_qdate(data.reflection_due or (data.date or self._today)
                                    + dt.timedelta(days=30)))
        ui.documentsEdit.setPlainText(data.documents)
        ui.noteEdit.setPlainText(data.note)
        self.error_labels: dict[str, QLabel] = {}
        fields = {"date": ui.dateEdit, "kind": ui.kindCombo, "topic": ui.topicEdit,
                  "theme": ui.themeEdit, "level": ui.levelCombo, "place": ui.placeEdit,
                  "duration_minutes": ui.durationSpin, "reflection_required": ui.reflectionCheck,
                  "reflection_due": ui.dueEdit, "documents": ui.documentsEdit,
                  "note": ui.noteEdit}
        # An error label under each field, inserted from the bottom so rows stay valid.
        rows = sorted(((form_row(ui.form, w), n) for n, w in fields.items()), reverse=True)
        for row, name in rows:
            error_label = QLabel()
            error_label.setObjectName(f"{name}Error")
            error_label.setStyleSheet(ERROR_STYLE)
            error_label.setWordWrap(True)
            error_label.hide()
            ui.form.insertRow(row + 1, "", error_label)
            self.error_labels[name] = error_label
        mark_required(ui.form, [ui.topicEdit])
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if save is not None:  # Save and Cancel, as in every dialog that records something
            save.setText(self.tr("Save"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.reflectionCheck.toggled.connect(self._update_due)
        ui.dueCheck.toggled.connect(self._update_due)
        self._update_due()
        ui.topicEdit.setFocus()

    def _update_due(self) -> None:
        required = self.ui.reflectionCheck.isChecked()
        set_enabled(self.ui.dueCheck, required, self.tr(
            "A due date is set only when members must write a reflection."))
        self.ui.dueEdit.setEnabled(required and self.ui.dueCheck.isChecked())

    def value(self) -> SessionData:
        ui = self.ui
        required = ui.reflectionCheck.isChecked()
        return replace(
            self._data,
            date=from_qdate(ui.dateEdit.date()),
            kind=ui.kindCombo.currentData(),
            topic=ui.topicEdit.text(),
            theme=ui.themeEdit.text(),
            level=ui.levelCombo.currentData(),
            place=ui.placeEdit.text(),
            duration_minutes=ui.durationSpin.value() or None,
            reflection_required=required,
            reflection_due=(from_qdate(ui.dueEdit.date())
                            if required and ui.dueCheck.isChecked() else None),
            documents=ui.documentsEdit.toPlainText(),
            note=ui.noteEdit.toPlainText(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.error_labels.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)

    def accept(self) -> None:
        errors = study.validate_session(self.value(), self._today)
        self.show_errors(errors)
        if not errors:
            super().accept()

    @classmethod
    def get_session(cls, parent: QWidget | None, data: SessionData,
                    today: dt.date | None = None) -> SessionData | None:
        """Run the dialog; the edited session, or None when cancelled."""
        dialog = cls(data, today, parent)
        return run_dialog(dialog, dialog.value)
