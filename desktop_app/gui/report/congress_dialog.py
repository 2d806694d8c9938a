"""The congress's particulars (đại hội chi bộ / đảng bộ), for its political report: its
number, the new term, date and place, whether it is a pilot (đại hội điểm), the delegates,
the election results (the new committee, bí thư, phó bí thư) and the new term's targets,
which become the congress's resolution: the plan of the next term."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.common.formats import roman
from desktop_app.core.members import roster as members_core
from desktop_app.core.plans.model import TargetData
from desktop_app.core.report import congress as congress_core
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.sizing import prepare_dialog, scroll_widget
from desktop_app.gui.plans.dialogs import TargetDialog


def _spin(low: int, high: int, none: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low - 1 if none else low, high)
    if none:
        spin.setSpecialValueText(none)
    return spin


def _value(spin: QSpinBox) -> int | None:
    return None if spin.specialValueText() and spin.value() == spin.minimum() else spin.value()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class CongressDialog(QDialog):
    """Edits a congress as plain data; OK checks it (core validation, messages at the
    fields) and returns it. Saving is the caller's: with a new draft, or
    :func:`congress.save_congress` for a draft's congress."""

    def __init__(self, data: congress_core.CongressData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Congress"))
        self.data = data
        self.result_data: congress_core.CongressData | None = None
        self.targets: list[TargetData] = list(data.targets)
        self.number_spin = _spin(1, 99, "—")
        self.number_spin.setMinimumWidth(70)
        self.number_label = QLabel()
        self.term_start_spin = _spin(1990, 2100)
        self.term_end_spin = _spin(1990, 2100)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.place_edit = QLineEdit()
        self.pilot_check = QCheckBox(self.tr("A pilot congress (đại hội điểm)"))
        self.summoned_spin = _spin(0, 100_000, "—")
        self.present_spin = _spin(0, 100_000, "—")
        self.committee_edit = QPlainTextEdit()
        self.committee_edit.setTabChangesFocus(True)
        self.committee_edit.setMaximumHeight(80)
        self.committee_edit.setPlaceholderText(self.tr("One name a line"))
        self.secretary_edit = QLineEdit()
        self.deputy_edit = QLineEdit()
        self.targets_list = QListWidget()
        self.targets_list.setFixedHeight(100)
        self.add_target = QPushButton(self.tr("&Add target…"))
        self.edit_target = QPushButton(self.tr("&Edit target…"))
        self.remove_target = QPushButton(self.tr("&Remove target"))

        number_row = QHBoxLayout()
        number_row.setContentsMargins(0, 0, 0, 0)
        number_row.addWidget(self.number_spin)
        number_row.addWidget(self.number_label, 1)
        term_row = QHBoxLayout()
        term_row.setContentsMargins(0, 0, 0, 0)
        term_row.addWidget(self.term_start_spin)
        term_to = QLabel(self.tr("t&o"))
        term_to.setBuddy(self.term_end_spin)
        term_row.addWidget(term_to)
        term_row.addWidget(self.term_end_spin)
        term_row.addStretch(1)
        delegates_row = QHBoxLayout()
        delegates_row.setContentsMargins(0, 0, 0, 0)
        delegates_row.addWidget(self.summoned_spin)
        present_label = QLabel(self.tr("pre&sent:"))
        present_label.setBuddy(self.present_spin)
        delegates_row.addWidget(present_label)
        delegates_row.addWidget(self.present_spin)
        delegates_row.addStretch(1)
        target_buttons = QHBoxLayout()
        target_buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_target, self.edit_target, self.remove_target):
            target_buttons.addWidget(button)
        target_buttons.addStretch(1)
        targets_box = QVBoxLayout()
        targets_box.setContentsMargins(0, 0, 0, 0)
        targets_box.addWidget(self.targets_list)
        targets_box.addLayout(target_buttons)
        holders = {}
        for name, layout in (("number", number_row), ("term", term_row),
                             ("delegates", delegates_row), ("targets", targets_box)):
            holder = QWidget()
            holder.setLayout(layout)
            holders[name] = holder
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = ((self.tr("Congress &number:"), holders["number"], self.number_spin),
                (self.tr("New &term:"), holders["term"], self.term_start_spin),
                (self.tr("&Date:"), self.date_edit, None),
                (self.tr("&Place:"), self.place_edit, None),
                ("", self.pilot_check, None),
                (self.tr("Members summ&oned:"), holders["delegates"], self.summoned_spin),
                (self.tr("New &committee elected:"), self.committee_edit, None),
                (self.tr("Secreta&ry (bí thư):"), self.secretary_edit, None),
                (self.tr("Deputy secretar&y (phó bí thư):"), self.deputy_edit, None),
                (self.tr("New term's targets:"), holders["targets"], None))
        for text, widget, buddy in rows:
            if not text:
                form.addRow("", widget)
                continue
            label = QLabel(text)
            label.setBuddy(buddy or widget)
            form.addRow(label, widget)
        self.errors = FieldErrors(form, {
            "number": holders["number"], "term_start": holders["term"],
            "date": self.date_edit, "delegates_present": holders["delegates"],
            "secretary_name": self.secretary_edit,
            "deputy_secretary_name": self.deputy_edit, "targets": holders["targets"]})
        note = QLabel(self.tr("The new term's targets become the congress's resolution: the "
                              "plan of the new term on the Plans tab, counted by its reports."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self, buttons, ok=self.tr("OK"), accept=self.check)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        body_layout.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_widget(body), 1)
        layout.addWidget(buttons)
        prepare_dialog(self, QSize(620, 580))

        self.number_spin.valueChanged.connect(self._number_changed)
        self.add_target.clicked.connect(lambda: self._target(None))
        self.edit_target.clicked.connect(lambda: self._target(self.targets_list.currentRow()))
        self.targets_list.itemDoubleClicked.connect(
            lambda _i: self._target(self.targets_list.currentRow()))
        self.remove_target.clicked.connect(self._remove_target)
        self.targets_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._fill(data)

    def _fill(self, data: congress_core.CongressData) -> None:
        self.number_spin.setValue(data.number or self.number_spin.minimum())
        this_year = dt.date.today().year
        self.term_start_spin.setValue(data.term_start or this_year)
        self.term_end_spin.setValue(data.term_end or (data.term_start or this_year) + 3)
        write_date(self.date_edit, data.date)
        self.place_edit.setText(data.place)
        self.pilot_check.setChecked(data.pilot)
        for spin, value in ((self.summoned_spin, data.delegates_summoned),
                            (self.present_spin, data.delegates_present)):
            spin.setValue(spin.minimum() if value is None else value)
        self.committee_edit.setPlainText("\n".join(data.committee))
        self.secretary_edit.setText(data.secretary_name)
        self.deputy_edit.setText(data.deputy_secretary_name)
        self._show_targets()
        self._number_changed()

    def _number_changed(self, *_args) -> None:
        number = _value(self.number_spin)
        self.number_label.setText(self.tr("lần thứ %1").replace("%1", roman(number))
                                  if number else "")

    def _show_targets(self) -> None:
        self.targets_list.clear()
        for target in self.targets:
            text = target.content
            if target.indicator:
                text += f" — {target.indicator}"
            self.targets_list.addItem(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = 0 <= self.targets_list.currentRow() < len(self.targets)
        why = self.tr("Choose a target in the list first.")
        set_enabled(self.edit_target, chosen, why)
        set_enabled(self.remove_target, chosen, why)

    def _target(self, row: int | None) -> None:
        if row is not None and not 0 <= row < len(self.targets):
            return
        target = self.targets[row] if row is not None else TargetData()
        reading: dict[str, str] = {}
        day = read_date(self.date_edit, self.tr("Date"), reading, "date")
        edited = TargetDialog.run(self, target, day, members_core.list_members(),
                                  dt.date.today())
        if edited is None:
            return
        if row is None:
            self.targets.append(edited)
            row = len(self.targets) - 1
        else:
            self.targets[row] = edited
        self._show_targets()
        self.targets_list.setCurrentRow(row)

    def _remove_target(self) -> None:
        row = self.targets_list.currentRow()
        if 0 <= row < len(self.targets):
            del self.targets[row]
            self._show_targets()

    def read(self, reading: dict[str, str]) -> congress_core.CongressData:
        return dataclasses.replace(
            self.data, number=_value(self.number_spin),
            term_start=self.term_start_spin.value(), term_end=self.term_end_spin.value(),
            date=read_date(self.date_edit, self.tr("Date"), reading, "date"),
            place=self.place_edit.text(), pilot=self.pilot_check.isChecked(),
            delegates_summoned=_value(self.summoned_spin),
            delegates_present=_value(self.present_spin),
            committee=_lines(self.committee_edit.toPlainText()),
            secretary_name=self.secretary_edit.text().strip(),
            deputy_secretary_name=self.deputy_edit.text().strip(), targets=list(self.targets))

    def check(self) -> None:
        reading: dict[str, str] = {}
        data = self.read(reading)
        problems = congress_core.validate_congress(data)
        for name in ("term_end",):  # the term's two years share one row
            if name in problems:
                problems.setdefault("term_start", problems.pop(name))
        if "delegates_summoned" in problems:
            problems.setdefault("delegates_present", problems.pop("delegates_summoned"))
        if not self.errors.check(reading, problems):
            return
        self.result_data = data
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None,
            data: congress_core.CongressData) -> congress_core.CongressData | None:
        """Show the dialog; the congress as entered (checked, not saved), or None."""
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)
