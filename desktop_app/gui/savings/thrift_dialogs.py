"""Dialogs of the Savings tab's grid: baselines and targets of a year, a category, the
quantity and note of a month; each ``run`` returns validated plain data, or None."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.common.formats import number
from desktop_app.core.savings import categories
from desktop_app.core.savings import thrift as savings
from desktop_app.errors import ValidationError
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_savings_category_dialog import Ui_CategoryDialog
from desktop_app.gui.forms.ui_savings_entry_dialog import Ui_EntryDialog
from desktop_app.gui.forms.ui_savings_year_setting_dialog import Ui_YearSettingDialog

from .dialogs import read_money


class YearSettingDialog(QDialog):
    """A category's baseline mode and target for one year; saved on "Save"."""

    def __init__(self, year: int, category_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_YearSettingDialog()
        ui.setupUi(self)
        self.year = year
        self.result_data: categories.YearSetting | None = None
        self.setWindowTitle(self.tr("Baseline and target, %1").replace("%1", str(year)))
        name_buttons(self, ui.buttons)
        for category in categories.list_categories():
            ui.categoryCombo.addItem(category.name, category.id)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(category_id)))
        # "10,5 %": the decimal comma whatever the system's locale
        ui.targetSpin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        ui.modeCombo.addItem(self.tr("Previous year's actual spending"), "previous_year")
        ui.modeCombo.addItem(self.tr("A fixed amount per month"), "fixed")
        ui.modeCombo.addItem(self.tr("Average of chosen years"), "average")
        self.errors = FieldErrors(ui.form, {
            "baseline_mode": ui.modeCombo, "baseline_fixed": ui.fixedEdit,
            "baseline_years": ui.yearsEdit, "target_percent": ui.targetSpin,
        })
        ui.categoryCombo.currentIndexChanged.connect(self._load)
        ui.modeCombo.currentIndexChanged.connect(self._update_enabled)
        self._load()
        self.resize(520, self.sizeHint().height())

    def _load(self) -> None:
        ui = self.ui
        category_id = ui.categoryCombo.currentData()
        if category_id is None:
            return
        setting = categories.get_year_setting(category_id, self.year)
        ui.modeCombo.setCurrentIndex(max(0, ui.modeCombo.findData(setting.baseline_mode)))
        ui.fixedEdit.setText("" if setting.baseline_fixed is None
                             else number(setting.baseline_fixed))
        ui.yearsEdit.setText(", ".join(str(y) for y in setting.baseline_years))
        ui.targetSpin.setValue(setting.target_percent)
        self.errors.clear()
        self._update_enabled()

    def _update_enabled(self) -> None:
        mode = self.ui.modeCombo.currentData()
        self.ui.fixedEdit.setEnabled(mode == "fixed")
        self.ui.yearsEdit.setEnabled(mode == "average")

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        mode = ui.modeCombo.currentData()
        fixed = (read_money(ui.fixedEdit.text(), errors, "baseline_fixed") if mode == "fixed"
                 else None)
        years: tuple[int, ...] = ()
        if mode == "average":
            try:
                years = categories.parse_years(ui.yearsEdit.text())
            except ValueError as error:
                errors["baseline_years"] = str(error)
        setting = categories.YearSetting(ui.categoryCombo.currentData(), self.year, mode, fixed,
                                      years, ui.targetSpin.value())
        if not errors:
            try:
                self.result_data = categories.save_year_setting(setting)
            except ValidationError as error:
                errors = error.fields
        if errors:
            self.errors.show(errors)
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, year: int, category_id: int | None = None
            ) -> categories.YearSetting | None:
        dialog = cls(year, category_id, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


class CategoryDialog(QDialog):
    """Add a spending category or rename / stop following one."""

    def __init__(self, data: categories.Category | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_CategoryDialog()
        ui.setupUi(self)
        self.data = data or categories.Category()
        self.result_data: categories.Category | None = None
        self.setWindowTitle(self.tr("Edit category") if self.data.id
                            else self.tr("New category"))
        name_buttons(self, ui.buttons)
        self.errors = FieldErrors(ui.form, {"name": ui.nameEdit,
                                            "quantity_unit": ui.quantityUnitEdit},
                                  required=("name",))
        ui.nameEdit.setText(self.data.name)
        ui.quantityUnitEdit.setText(self.data.quantity_unit or "")
        ui.archivedCheck.setChecked(self.data.archived)
        ui.archivedCheck.setVisible(self.data.id is not None)

    def accept(self) -> None:
        ui = self.ui
        data = replace(self.data, name=ui.nameEdit.text(),
                       quantity_unit=ui.quantityUnitEdit.text() or None,
                       archived=ui.archivedCheck.isChecked())
        try:
            self.result_data = categories.save_category(data)
        except ValidationError as error:
            self.errors.show(error.fields)
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: categories.Category | None = None
            ) -> categories.Category | None:
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


class EntryDialog(QDialog):
    """One month of one category: amount, quantity (kWh, m³…) and note; saved on "Save"."""

    def __init__(self, category: categories.Category, year: int, month: int,
                 entry: savings.MonthEntry | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_EntryDialog()
        ui.setupUi(self)
        self.category, self.year, self.month = category, year, month
        self.result_data: savings.MonthEntry | None = None
        self.setWindowTitle(self.tr("%1, month %2/%3").replace("%1", category.name)
                            .replace("%2", str(month)).replace("%3", str(year)))
        name_buttons(self, ui.buttons)
        if category.quantity_unit:
            ui.label_quantityEdit.setText(
                self.tr("Quantity (%1):").replace("%1", category.quantity_unit))
        self.errors = FieldErrors(ui.form, {"amount": ui.amountEdit,
                                            "quantity": ui.quantityEdit, "note": ui.noteEdit})
        if entry is not None:
            ui.amountEdit.setText(number(entry.amount))
            ui.quantityEdit.setText("" if entry.quantity is None else number(entry.quantity, 2))
            ui.noteEdit.setPlainText(entry.note)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        amount = quantity = None
        try:
            amount = savings.parse_amount(ui.amountEdit.text())
            if amount is None:
                errors["amount"] = self.tr("Enter the amount (or clear the month in the grid).")
        except ValueError as error:
            errors["amount"] = str(error)
        try:
            quantity = savings.parse_quantity(ui.quantityEdit.text())
        except ValueError as error:
            errors["quantity"] = str(error)
        note = ui.noteEdit.toPlainText().strip()
        if len(note) > 2000:
            errors["note"] = "Ghi chú quá dài (tối đa 2.000 ký tự)."
        if errors or amount is None:
            self.errors.show(errors)
            return
        entry = savings.MonthEntry(amount, quantity, note)
        assert self.category.id is not None
        try:
            savings.save_grid(self.year, {self.category.id: {self.month: entry}})
        except ValidationError as error:
            self.errors.show({"amount": next(iter(error.fields.values()))})
            return
        self.result_data = entry
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, category: categories.Category, year: int, month: int,
            entry: savings.MonthEntry | None) -> savings.MonthEntry | None:
        dialog = cls(category, year, month, entry, parent)
        return run_dialog(dialog, lambda: dialog.result_data)
