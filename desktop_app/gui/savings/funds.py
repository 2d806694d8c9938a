"""The Savings tab's funds page (quỹ): each fund, its money in and out, and what it holds.

A fund's contribution rule ("2.000 đồng/ngày mỗi đảng viên") is kept with it; money out
says what it was spent on and for whom; an entry that would leave the fund below zero on
any day is refused next to the amount, and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from desktop_app.core.common.formats import money, number, parse_money, short_date
from desktop_app.core.savings import funds as fc
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.undo import UndoStack
from desktop_app.gui.common.views import fit_columns
from desktop_app.gui.forms.ui_savings_fund_dialog import Ui_FundDialog
from desktop_app.gui.forms.ui_savings_fund_entry_dialog import Ui_FundEntryDialog
from desktop_app.gui.forms.ui_savings_funds_page import Ui_FundsPage

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _read_money(text: str, errors: dict[str, str], key: str) -> int | None:
    if not text.strip():
        return None
    try:
        return parse_money(text)
    except ValueError as error:
        errors[key] = str(error)
        return None


class FundDialog(QDialog):
    """A fund: its name, purpose, contribution rule and dates."""

    def __init__(self, data: fc.FundData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_FundDialog()
        ui.setupUi(self)
        self.data = data or fc.FundData(start_date=dt.date.today())
        self.result_data: fc.FundData | None = None
        self.setWindowTitle(self.tr("Edit fund") if self.data.id else self.tr("New fund"))
        name_buttons(self, ui.buttons)
        ui.contributionPerCombo.addItem("", None)
        for code, label in fc.CONTRIBUTION_PER_LABELS.items():
            ui.contributionPerCombo.addItem(label, code)
        self.errors = FieldErrors(ui.form, {
            "name": ui.nameEdit, "purpose": ui.purposeEdit,
            "contribution_amount": ui.contributionEdit,
            "contribution_per": ui.contributionPerCombo, "contributors": ui.contributorsEdit,
            "start_date": ui.startDateEdit, "end_date": ui.endDateEdit, "note": ui.noteEdit,
        })
        ui.nameEdit.setText(self.data.name)
        ui.purposeEdit.setPlainText(self.data.purpose)
        ui.contributionEdit.setText("" if self.data.contribution_amount is None
                                    else number(self.data.contribution_amount))
        ui.contributionPerCombo.setCurrentIndex(
            max(0, ui.contributionPerCombo.findData(self.data.contribution_per)))
        ui.contributorsEdit.setText(self.data.contributors)
        write_date(ui.startDateEdit, self.data.start_date)
        write_date(ui.endDateEdit, self.data.end_date)
        ui.noteEdit.setPlainText(self.data.note)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        data = replace(
            self.data, name=ui.nameEdit.text(), purpose=ui.purposeEdit.toPlainText(),
            contribution_amount=_read_money(ui.contributionEdit.text(), errors,
                                            "contribution_amount"),
            contribution_per=ui.contributionPerCombo.currentData(),
            contributors=ui.contributorsEdit.text(),
            start_date=read_date(ui.startDateEdit, self.tr("Set up on"), errors, "start_date"),
            end_date=read_date(ui.endDateEdit, self.tr("Closed on"), errors, "end_date"),
            note=ui.noteEdit.toPlainText())
        if not self.errors.check(errors, fc.validate_fund(data)):
            return
        self.result_data = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: fc.FundData | None = None
            ) -> fc.FundData | None:
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


class FundEntryDialog(QDialog):
    """Money into a fund, or spent from it (on what, for whom)."""

    def __init__(self, data: fc.FundEntryData, fund: fc.FundData,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_FundEntryDialog()
        ui.setupUi(self)
        self.data = data
        self.result_data: fc.FundEntryData | None = None
        self.setWindowTitle(fund.name)
        name_buttons(self, ui.buttons)
        for code, label in fc.DIRECTION_LABELS.items():
            ui.directionCombo.addItem(label, code)
        ui.directionCombo.setCurrentIndex(max(0, ui.directionCombo.findData(data.direction)))
        self.errors = FieldErrors(ui.form, {
            "direction": ui.directionCombo, "date": ui.dateEdit, "amount": ui.amountEdit,
            "description": ui.descriptionEdit, "beneficiary": ui.beneficiaryEdit,
            "note": ui.noteEdit,
        })
        write_date(ui.dateEdit, data.date)
        ui.amountEdit.setText("" if data.amount is None else number(data.amount))
        ui.descriptionEdit.setText(data.description)
        ui.beneficiaryEdit.setText(data.beneficiary)
        ui.noteEdit.setPlainText(data.note)
        assert fund.id is not None
        held = fc.balance(fund.id, dt.date.max)
        ui.balanceLabel.setText(self.tr("The fund holds %1 now.").replace("%1", money(held)))
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        data = replace(
            self.data, direction=ui.directionCombo.currentData(),
            date=read_date(ui.dateEdit, self.tr("Date"), errors, "date"),
            amount=_read_money(ui.amountEdit.text(), errors, "amount"),
            description=ui.descriptionEdit.text(), beneficiary=ui.beneficiaryEdit.text(),
            note=ui.noteEdit.toPlainText())
        problems = fc.validate_entry(data) if "amount" not in errors else {}
        if "amount" not in errors and data.amount is None:
            problems.setdefault("amount", "Chưa nhập số tiền.")
        if not self.errors.check(errors, problems):
            return
        self.result_data = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: fc.FundEntryData, fund: fc.FundData
            ) -> fc.FundEntryData | None:
        dialog = cls(data, fund, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


class FundsPage(QWidget):
    """The funds and the money in and out of the one selected."""

    def __init__(self, announce, parent: QWidget | None = None,
                 undo: UndoStack | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_FundsPage()
        ui.setupUi(self)
        self.announce = announce  # tells the other tabs that savings data changed
        self.undo = undo  # the window's: a delete can be undone (Ctrl+Z)
        self.funds = RowsModel([
            Column(self.tr("Fund"), lambda f: f.name),
            Column(self.tr("Contribution"), lambda f: f.rule_text),
            Column(self.tr("Since"), lambda f: short_date(f.start_date),
                   lambda f: f.start_date.toordinal() if f.start_date else 0),
            Column(self.tr("Holds now (đồng)"), lambda f: number(self._held.get(f.id, 0)),
                   lambda f: self._held.get(f.id, 0), align=RIGHT),
        ], self)
        self.entries = RowsModel([
            Column(self.tr("Date"), lambda e: short_date(e.date),
                   lambda e: e.date.toordinal() if e.date else 0),
            Column(self.tr("In / out"), lambda e: fc.DIRECTION_LABELS[e.direction]),
            Column(self.tr("Amount (đồng)"), lambda e: number(e.amount or 0),
                   lambda e: e.amount or 0, align=RIGHT),
            Column(self.tr("What for"), lambda e: e.description),
            Column(self.tr("For whom"), lambda e: e.beneficiary),
        ], self, tips_show_text=True)
        self._held: dict[int | None, int] = {}
        for view, model in ((ui.fundsView, self.funds), (ui.entriesView, self.entries)):
            proxy = SortProxy(view)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.setMinimumHeight(48)  # two lists on the page: a few rows each when short
        ui.fundsView.selectionModel().selectionChanged.connect(self._show_entries)
        ui.addFundButton.clicked.connect(self.add_fund)
        ui.editFundButton.clicked.connect(self.edit_fund)
        ui.deleteFundButton.clicked.connect(self.delete_fund)
        ui.addInButton.clicked.connect(lambda: self.add_entry("in"))
        ui.addOutButton.clicked.connect(lambda: self.add_entry("out"))
        ui.editEntryButton.clicked.connect(self.edit_entry)
        ui.deleteEntryButton.clicked.connect(self.delete_entry)
        ui.entriesView.doubleClicked.connect(self.edit_entry)
        ui.fundsView.doubleClicked.connect(self.edit_fund)

    # reading -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.fund()
        select_id = select_id or (current.id if current else None)
        funds = fc.list_funds()
        self._held = {f.id: fc.balance(f.id, dt.date.max) for f in funds if f.id is not None}
        self.funds.set_rows(funds)
        fit_columns(self.ui.fundsView)
        row = 0
        for place in range(self.ui.fundsView.model().rowCount()):
            if self.ui.fundsView.model().index(place, 0).data(ROW_ROLE).id == select_id:
                row = place
        if funds:
            self.ui.fundsView.selectRow(row)
        self._show_entries()

    def fund(self) -> fc.FundData | None:
        rows = self.ui.fundsView.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def entry(self) -> fc.FundEntryData | None:
        rows = self.ui.entriesView.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_entries(self, *_args) -> None:
        fund = self.fund()
        ui = self.ui
        entries = fc.list_entries(fund.id) if fund and fund.id is not None else []
        self.entries.set_rows(entries)
        fit_columns(ui.entriesView)
        why = (self.tr("Choose a fund in the list first.") if self.funds.rowCount()
               else self.tr("No fund yet: add one first."))
        for button in (ui.editFundButton, ui.deleteFundButton, ui.addInButton,
                       ui.addOutButton, ui.editEntryButton, ui.deleteEntryButton):
            set_enabled(button, fund is not None, why)
        if fund is None:
            ui.balanceLabel.setText(self.tr("No fund yet: a fund keeps money members put in "
                                            "and what it was spent on."))
            return
        money_in = sum(e.amount or 0 for e in entries if e.direction == "in")
        money_out = sum(e.amount or 0 for e in entries if e.direction == "out")
        ui.balanceLabel.setText(
            self.tr("In: %1; out: %2; the fund holds %3.").replace("%1", money(money_in))
            .replace("%2", money(money_out)).replace("%3", money(money_in - money_out)))

    # actions --------------------------------------------------------------------------------
    def _saved(self, select_id: int | None) -> None:
        self.reload(select_id)
        self.announce()

    def add_fund(self) -> None:
        data = FundDialog.run(self)
        if data is not None:
            self._saved(self._try(lambda: fc.save_fund(data).id))

    def edit_fund(self, *_args) -> None:
        fund = self.fund()
        if fund is None:
            return
        data = FundDialog.run(self, fund)
        if data is not None:
            self._saved(self._try(lambda: fc.save_fund(data).id))

    def delete_fund(self) -> None:
        fund = self.fund()
        if fund is None or fund.id is None:
            return
        if not messages.confirm(self, self.tr("Delete the fund %1?").replace("%1", fund.name),
                                yes=self.tr("Delete")):
            return
        fund_id = fund.id
        description = self.tr("fund “%1”").replace("%1", fund.name)
        self._try(lambda: self._delete("fund", fund_id, description,
                                       lambda: fc.delete_fund(fund_id)))
        self._saved(None)

    def add_entry(self, direction: str) -> None:
        fund = self.fund()
        if fund is None:
            return
        data = FundEntryDialog.run(self, fc.FundEntryData(fund_id=fund.id, date=dt.date.today(),
                                                          direction=direction), fund)
        if data is not None:
            self._try(lambda: fc.save_entry(data))
            self._saved(fund.id)

    def edit_entry(self, *_args) -> None:
        fund, entry = self.fund(), self.entry()
        if fund is None or entry is None:
            return
        data = FundEntryDialog.run(self, entry, fund)
        if data is not None:
            self._try(lambda: fc.save_entry(data))
            self._saved(fund.id)

    def delete_entry(self) -> None:
        fund, entry = self.fund(), self.entry()
        if fund is None or entry is None or entry.id is None:
            return
        if not messages.confirm(self, self.tr("Delete this entry of %1?")
                                .replace("%1", money(entry.amount or 0)), yes=self.tr("Delete")):
            return
        entry_id = entry.id
        description = self.tr("entry of %1 in the fund “%2”").replace(
            "%1", money(entry.amount or 0)).replace("%2", fund.name)
        self._try(lambda: self._delete("fund_entry", entry_id, description,
                                       lambda: fc.delete_entry(entry_id),
                                       fc.check_entry_put_back))
        self._saved(fund.id)

    def _delete(self, kind: str, record_id: int, description: str,
                delete: Callable[[], object],
                check: Callable[[int], object] | None = None) -> None:
        if self.undo is None:
            delete()
        else:
            self.undo.delete(kind, record_id, description, delete, check)

    def show_restored(self, kind: str, record_id: int) -> None:
        """After an undo: the fund put back, or the fund of the entry put back, selected."""
        fund_id = record_id if kind == "fund" else fc.fund_of_entry(record_id)
        self.reload(fund_id)
        if kind == "fund_entry":
            view = self.ui.entriesView
            for row in range(view.model().rowCount()):
                if view.model().index(row, 0).data(ROW_ROLE).id == record_id:
                    view.selectRow(row)

    def _try(self, action):
        try:
            return action()
        except UserError as error:
            messages.error(self, str(error))
            return None
