"""The document register tab (sổ văn bản): issued documents, their numbers and files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core.common.formats import short_date
from desktop_app.core.register import numbering as register
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.views import FIT_ROWS
from desktop_app.gui.forms.ui_register_tab import Ui_RegisterTab

from .past import OutsideDocumentDialog, StartingNumbersDialog

NUMBER, DATE, TYPE, SUBJECT, TERM, FILE, STATE = range(7)
AREA = "documents"
CANCELLED_COLOUR = QColor(Qt.GlobalColor.gray)


class RegisterModel(RowsModel):
    """Rows are RegisterEntry values; cancelled numbers in grey."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent, foreground=lambda e: CANCELLED_COLOUR if e.cancelled else None)
        self.columns = [
            Column(self.tr("Number"), lambda e: e.number_text,
                   sort=lambda e: (e.type_code, e.number)),
            Column(self.tr("Date"), lambda e: short_date(e.issued_date),
                   sort=lambda e: e.issued_date.toordinal()),
            Column(self.tr("Type"), lambda e: e.type_name),
            Column(self.tr("Subject"), lambda e: e.subject, tooltip=lambda e: e.subject),
            Column(self.tr("Committee term"), lambda e: e.term_name),
            Column(self.tr("File"), lambda e: e.file_path or "",
                   tooltip=lambda e: e.file_path or ""),
            Column(self.tr("State"), self._state),
        ]


    def _state(self, entry: register.RegisterEntry) -> str:
        if entry.cancelled:
            return self.tr("Cancelled")
        return self.tr("Issued on paper") if entry.outside else self.tr("Issued")


class RegisterTab(QWidget):
    """Lists the register; refreshes when a document is issued (bus area "documents")."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RegisterTab()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Document register"))
        self.model = RegisterModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.table.setModel(self.proxy)
        ui.table.verticalHeader().setVisible(False)
        # the number, date, kind and state stay whole; a long subject gives way (its
        # tooltip shows it whole), after the file and the term
        fit_to_width(ui.table, stretch=SUBJECT, keep=(NUMBER, DATE, TYPE, STATE),
                     shrink=(FILE, TERM, SUBJECT))
        ui.termCombo.currentIndexChanged.connect(lambda _i: self.reload_entries())
        ui.showCancelledCheck.toggled.connect(lambda _on: self.reload_entries())
        ui.startsButton.clicked.connect(self.edit_starts)
        ui.outsideButton.clicked.connect(self.record_outside)
        ui.openButton.clicked.connect(self.open_file)
        ui.cancelButton.clicked.connect(self.cancel_number)
        ui.table.doubleClicked.connect(lambda _index: self.open_file())
        ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.bus.changed.connect(self._on_bus)
        self.reload()

    def reload(self) -> None:
        """Reload the terms (they may have changed) and the entries."""
        combo = self.ui.termCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All terms"), None)
        for term in register.list_terms():
            combo.addItem(term.name, term.id)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (1 if combo.count() > 1 else 0))
        combo.blockSignals(False)
        self.reload_entries()

    def reload_entries(self) -> None:
        entries = register.list_entries(
            term_id=self.ui.termCombo.currentData(),
            include_cancelled=self.ui.showCancelledCheck.isChecked())
        self.model.set_rows(entries)
        # the term is a column only when every term is listed (else each row says the same)
        self.ui.table.setColumnHidden(TERM, self.ui.termCombo.currentData() is not None)
        self.ui.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        if entries:
            self.ui.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)  # a sample
            self.ui.table.resizeColumnsToContents()
        self.ui.emptyLabel.setText(self.tr(
            "No document has been issued yet. Printing or saving a document (for example the "
            "member list on the Members tab) records it here with its number."))
        self.ui.emptyLabel.setVisible(not entries)
        set_enabled(self.ui.startsButton, combo_has_terms(self.ui.termCombo), self.tr(
            "Enter the committee terms in the cell particulars (File menu) first: a "
            "starting number belongs to a term."))
        self._update_buttons()

    def _on_bus(self, area: str) -> None:
        if area in (AREA, "cell"):
            self.reload()

    def selected_entry(self) -> register.RegisterEntry | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def visible_numbers(self) -> list[str]:
        return [self.proxy.index(r, NUMBER).data() for r in range(self.proxy.rowCount())]

    def _update_buttons(self, *_args) -> None:
        entry = self.selected_entry()
        choose = self.tr("Choose a document in the list first.")
        set_enabled(self.ui.openButton, entry is not None and bool(entry.file_path),
                    choose if entry is None else self.tr(
                        "This document was printed but not saved to a file: there is no "
                        "file to open (save it as PDF from its preview next time)."))
        set_enabled(self.ui.cancelButton, entry is not None and not entry.cancelled,
                    choose if entry is None else self.tr("This number is cancelled already."))

    def open_file(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.file_path:
            return
        path = Path(entry.file_path)
        if not path.exists():
            messages.error(self, self.tr("The file %1 no longer exists (moved or deleted).")
                           .replace("%1", str(path)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def cancel_number(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.cancelled:
            return
        if not messages.confirm(self, self.tr(
                "Cancel %1? The number stays in the register and is never given again.")
                .replace("%1", entry.number_text), yes=self.tr("Cancel the number")):
            return
        try:
            register.cancel(entry.id)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.reload_entries()
        self.context.bus.changed.emit(AREA)

    def edit_starts(self) -> None:
        """Starting numbers of the shown term's register (the newest term for all terms)."""
        term_id = self.ui.termCombo.currentData()
        if StartingNumbersDialog.run(self, term_id):
            self.context.bus.changed.emit(AREA)

    def record_outside(self) -> None:
        """Record a document issued outside the program (its number is never given again)."""
        entry = OutsideDocumentDialog.run(self)
        if entry is None:
            return
        index = self.ui.termCombo.findData(entry.term_id)
        if self.ui.termCombo.currentData() not in (None, entry.term_id) and index >= 0:
            self.ui.termCombo.setCurrentIndex(index)
        else:
            self.reload_entries()
        self.context.bus.changed.emit(AREA)


def combo_has_terms(combo: QComboBox) -> bool:
    """The term combo lists a term besides "All terms"."""
    return combo.count() > 1
