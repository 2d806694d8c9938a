"""The dialog that creates or edits a study session (buổi học tập)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import study
from ..core.study import SessionData

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class SessionDialog(QDialog):
    """Edit the particulars of a session; per-field messages shown under each field."""

    def __init__(self, data: SessionData, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._data = data
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("New study session") if data.id is None
                            else self.tr("Edit study session"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(to_qdate(data.date or self._today))
        self.kind_combo = QComboBox()
        for code, label in study.KIND_LABELS.items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
        self.topic_edit = QLineEdit(data.topic)
        self.theme_edit = QLineEdit(data.theme)
        self.level_combo = QComboBox()
        for code, label in study.LEVEL_LABELS.items():
            self.level_combo.addItem(label, code)
        self.level_combo.setCurrentIndex(self.level_combo.findData(data.level))
        self.place_edit = QLineEdit(data.place)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, study.MAX_DURATION)
        self.duration_spin.setSingleStep(30)
        self.duration_spin.setSuffix(self.tr(" minutes"))
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        self.duration_spin.setValue(data.duration_minutes or 0)
        self.reflection_check = QCheckBox(self.tr("Members must write a reflection"))
        self.reflection_check.setChecked(data.reflection_required)
        self.due_edit = QDateEdit(calendarPopup=True)
        self.due_edit.setDisplayFormat(DATE_FORMAT)
        self.due_edit.setDate(to_qdate(data.reflection_due or (data.date or self._today)
                                       + dt.timedelta(days=30)))
        self.due_check = QCheckBox(self.tr("Due date"))
        self.due_check.setChecked(data.reflection_due is not None)
        self.documents_edit = QPlainTextEdit(data.documents)
        self.documents_edit.setTabChangesFocus(True)
        self.documents_edit.setFixedHeight(70)
        self.note_edit = QPlainTextEdit(data.note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(50)
        self.error_labels: dict[str, QLabel] = {}
        rows = [
            ("date", self.tr("&Date:"), self.date_edit),
            ("kind", self.tr("&Kind:"), self.kind_combo),
            ("topic", self.tr("&Topic:"), self.topic_edit),
            ("theme", self.tr("Year's t&heme:"), self.theme_edit),
            ("level", self.tr("Organised &by:"), self.level_combo),
            ("place", self.tr("&Place:"), self.place_edit),
            ("duration_minutes", self.tr("D&uration:"), self.duration_spin),
            ("reflection_required", self.tr("Reflection:"), self.reflection_check),
            ("reflection_due", self.due_check, self.due_edit),
            ("documents", self.tr("Documents &studied:"), self.documents_edit),
            ("note", self.tr("&Note:"), self.note_edit),
        ]
        for name, label, widget in rows:
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            error = QLabel()
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.error_labels[name] = error
            if isinstance(label, str):
                label = QLabel(label)
                label.setBuddy(widget)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reflection_check.toggled.connect(self._update_due)
        self.due_check.toggled.connect(self._update_due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_due()
        self.topic_edit.setFocus()

    def _update_due(self) -> None:
        required = self.reflection_check.isChecked()
        self.due_check.setEnabled(required)
        self.due_edit.setEnabled(required and self.due_check.isChecked())

    def value(self) -> SessionData:
        required = self.reflection_check.isChecked()
        return replace(
            self._data,
            date=from_qdate(self.date_edit.date()),
            kind=self.kind_combo.currentData(),
            topic=self.topic_edit.text(),
            theme=self.theme_edit.text(),
            level=self.level_combo.currentData(),
            place=self.place_edit.text(),
            duration_minutes=self.duration_spin.value() or None,
            reflection_required=required,
            reflection_due=(from_qdate(self.due_edit.date())
                            if required and self.due_check.isChecked() else None),
            documents=self.documents_edit.toPlainText(),
            note=self.note_edit.toPlainText(),
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
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
