"""The register's past, in two dialogs: starting numbers per type and term, and a document
issued outside the app (on paper) recorded with its number, date and subject."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.register import numbering as register
from desktop_app.core.register import past as past_core
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common.dates import read_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.sizing import prepare_dialog


def _term_combo(current: int | None) -> QComboBox:
    combo = QComboBox()
    for term in register.list_terms():
        combo.addItem(term.name, term.id)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    return combo


class StartingNumbersDialog(QDialog):
    """The types of a term's register with their starting and next numbers; a starting
    number is set for the chosen type (refused at the field below a number given)."""

    def __init__(self, term_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starting numbers"))
        self.changed = False
        self.term_combo = _term_combo(term_id)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Type"), self.tr("Given up to"), self.tr("Starting number"),
            self.tr("Next number")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.start_spin = QSpinBox()
        self.start_spin.setRange(0, past_core.MAX_NUMBER)
        self.start_spin.setSpecialValueText(self.tr("(none)"))
        self.set_button = QPushButton(self.tr("&Set starting number"))
        intro = QLabel(self.tr(
            "For a cell that issued documents on paper before it used the program: the next "
            "document of the type in the term gets at least the starting number. It must be "
            "above every number already in the register."))
        intro.setWordWrap(True)
        top = QFormLayout()
        term_label = QLabel(self.tr("Committee &term:"))
        term_label.setBuddy(self.term_combo)
        top.addRow(term_label, self.term_combo)
        form = QFormLayout()
        start_label = QLabel(self.tr("Starting n&umber:"))
        start_label.setBuddy(self.start_spin)
        row = QHBoxLayout()
        row.addWidget(self.start_spin, 1)
        row.addWidget(self.set_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(start_label, holder)
        self.errors = FieldErrors(form, {"start": holder})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        prepare_dialog(self, QSize(600, 480))
        self.term_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.set_button.clicked.connect(self.apply)
        self.reload()
        if self.table.rowCount():
            self.table.selectRow(0)

    def reload(self) -> None:
        term_id = self.term_combo.currentData()
        rows = past_core.type_numbers(term_id) if term_id is not None else []
        selected = self.selected_code()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, numbers in enumerate(rows):
            values = [f"{numbers.type_name} ({numbers.type_code})",
                      f"{numbers.largest:02d}" if numbers.largest else "—",
                      f"{numbers.start:02d}" if numbers.start else "—",
                      f"{numbers.next_number:02d}"]
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.set_button.setEnabled(bool(rows))
        if selected is not None:
            codes = [n.type_code for n in rows]
            if selected in codes:
                self.table.selectRow(codes.index(selected))

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(getattr(self, "rows", [])):
            return None
        return self.rows[rows[0].row()].type_code

    def select_type(self, type_code: str) -> None:
        self.table.selectRow([n.type_code for n in self.rows].index(type_code))

    def _selected(self) -> None:
        code = self.selected_code()
        self.errors.clear()
        numbers = next((n for n in self.rows if n.type_code == code), None)
        self.start_spin.setValue(numbers.start or 0 if numbers else 0)

    def apply(self) -> None:
        code = self.selected_code()
        term_id = self.term_combo.currentData()
        if code is None or term_id is None:
            return
        value = self.start_spin.value() or None
        try:
            past_core.set_start(term_id, code, value)
        except ValidationError as error:
            self.errors.show({"start": " ".join(error.fields.values())})
            return
        except UserError as error:
            self.errors.show({"start": str(error)})
            return
        self.errors.clear()
        self.changed = True
        self.reload()

    def error_text(self) -> str:
        return self.errors.message("start")

    @classmethod
    def run(cls, parent: QWidget | None, term_id: int | None) -> bool | None:
        """Show the dialog; True when a starting number was changed."""
        dialog = cls(term_id, parent)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed


class OutsideDocumentDialog(QDialog):
    """Records a document issued outside the program with its own number."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document issued outside the program"))
        self.saved: register.RegisterEntry | None = None
        self.type_combo = QComboBox()
        for code, name in register.DOCUMENT_TYPE_NAMES.items():
            self.type_combo.addItem(f"{name} ({code})", code)
        self.number_spin = QSpinBox()
        self.number_spin.setRange(0, past_core.MAX_NUMBER)
        self.number_spin.setSpecialValueText(" ")
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("e.g. Báo cáo tổng kết năm 2019"))
        intro = QLabel(self.tr(
            "A document the cell issued on paper (before it used the program) is written in "
            "the register with its own number, so that the program never gives that number "
            "again."))
        intro.setWordWrap(True)
        form = QFormLayout()
        for text, widget in ((self.tr("&Type:"), self.type_combo),
                             (self.tr("&Number:"), self.number_spin),
                             (self.tr("&Date issued:"), self.date_edit),
                             (self.tr("Su&bject:"), self.subject_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.errors = FieldErrors(form, {"type_code": self.type_combo,
                                         "number": self.number_spin,
                                         "issued_date": self.date_edit,
                                         "subject": self.subject_edit})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self, buttons, accept=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        prepare_dialog(self, QSize(520, 320))

    def save(self) -> None:
        reading: dict[str, str] = {}
        day: dt.date | None = read_date(self.date_edit, self.tr("Date issued"), reading,
                                        "issued_date")
        code = self.type_combo.currentData()
        number = self.number_spin.value() or None
        subject = self.subject_edit.text()
        if not self.errors.check(reading, past_core.validate_outside(code, number, day,
                                                                     subject)):
            return
        try:
            self.saved = past_core.record_outside(code, number, day, subject)
        except ValidationError as error:
            self.errors.show(error.fields)
            return
        except UserError as error:
            self.errors.show({"subject": str(error)})
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None) -> register.RegisterEntry | None:
        dialog = cls(parent)
        return run_dialog(dialog, lambda: dialog.saved)
