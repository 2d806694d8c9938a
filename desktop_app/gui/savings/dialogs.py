"""Dialogs of the Savings tab; each ``run`` returns validated plain data, or None."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core.common.formats import number, parse_money
from desktop_app.core.members import roster as mc
from desktop_app.core.savings import categories
from desktop_app.core.savings import commendations as cc
from desktop_app.core.savings import social as sc
from desktop_app.core.savings import thrift as savings
from desktop_app.errors import ValidationError
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_savings_activity_dialog import Ui_ActivityDialog
from desktop_app.gui.forms.ui_savings_category_dialog import Ui_CategoryDialog
from desktop_app.gui.forms.ui_savings_commendation_dialog import Ui_CommendationDialog
from desktop_app.gui.forms.ui_savings_entry_dialog import Ui_EntryDialog
from desktop_app.gui.forms.ui_savings_violation_dialog import Ui_ViolationDialog
from desktop_app.gui.forms.ui_savings_year_setting_dialog import Ui_YearSettingDialog


def _buttons(dialog: QDialog, box: QDialogButtonBox) -> None:
    box.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("SavingsDialogs", "Save"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SavingsDialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)


def _money(text: str, errors: dict[str, str], name: str) -> int | None:
    if not text.strip():
        return None
    try:
        return parse_money(text)
    except ValueError as error:
        errors[name] = str(error)
        return None


def _member_choices(combo, selected: int | None, empty: str | None = None) -> None:
    if empty is not None:
        combo.addItem(empty, None)
    for member in mc.list_members():
        if member.has_left and member.id != selected:
            continue
        combo.addItem(member.full_name, member.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))


def _run(dialog: QDialog):
    try:
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class ActivityDialog(QDialog):
    """A social-work action (công tác xã hội)."""

    def __init__(self, data: sc.ActivityData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ActivityDialog()
        ui.setupUi(self)
        self.data = data or sc.ActivityData()
        self.result_data: sc.ActivityData | None = None
        self.setWindowTitle(self.tr("Edit social work") if self.data.id
                            else self.tr("New social work"))
        _buttons(self, ui.buttons)
        for code, label in sc.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        self.errors = FieldErrors(ui.form, {
            "date": ui.dateEdit, "end_date": ui.endDateEdit, "kind": ui.kindCombo,
            "description": ui.descriptionEdit, "quantity": ui.quantitySpin,
            "unit": ui.unitEdit, "value": ui.valueEdit, "sponsor": ui.sponsorEdit,
            "programme": ui.programmeEdit, "place": ui.placeEdit, "member_ids": ui.membersList,
        })
        d = self.data
        write_date(ui.dateEdit, d.date)
        write_date(ui.endDateEdit, d.end_date)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(d.kind)))
        ui.descriptionEdit.setText(d.description)
        ui.quantitySpin.setValue(d.quantity or 0)
        ui.unitEdit.setText(d.unit)
        ui.valueEdit.setText("" if d.value is None else number(d.value))
        ui.sponsorEdit.setText(d.sponsor)
        ui.programmeEdit.setText(d.programme)
        ui.placeEdit.setText(d.place)
        ui.noteEdit.setPlainText(d.note)
        for member in mc.list_members():
            if member.has_left and member.id not in d.member_ids:
                continue
            item = QListWidgetItem(member.full_name, ui.membersList)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in d.member_ids
                               else Qt.CheckState.Unchecked)
        self.resize(600, self.sizeHint().height())

    def values(self) -> tuple[sc.ActivityData, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        members = tuple(
            ui.membersList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.membersList.count())
            if ui.membersList.item(i).checkState() == Qt.CheckState.Checked)
        data = replace(
            self.data,
            date=read_date(ui.dateEdit, self.tr("Date"), errors, "date"),
            end_date=read_date(ui.endDateEdit, self.tr("End date"), errors, "end_date"),
            kind=ui.kindCombo.currentData(),
            description=ui.descriptionEdit.text(),
            quantity=ui.quantitySpin.value() or None,
            unit=ui.unitEdit.text(),
            value=_money(ui.valueEdit.text(), errors, "value"),
            sponsor=ui.sponsorEdit.text(), programme=ui.programmeEdit.text(),
            place=ui.placeEdit.text(), note=ui.noteEdit.toPlainText(), member_ids=members,
        )
        return data, errors

    def accept(self) -> None:
        data, errors = self.values()
        data = sc.clean(data)
        if not self.errors.check(errors, sc.validate(data)):
            return
        self.result_data = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: sc.ActivityData | None = None
            ) -> sc.ActivityData | None:
        return _run(cls(data, parent))


class CommendationDialog(QDialog):
    """A commendation of the cell, a group or a member."""

    def __init__(self, data: cc.CommendationData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_CommendationDialog()
        ui.setupUi(self)
        self.data = data or cc.CommendationData()
        self.result_data: cc.CommendationData | None = None
        self.setWindowTitle(self.tr("Edit commendation") if self.data.id
                            else self.tr("New commendation"))
        _buttons(self, ui.buttons)
        for code, label in cc.RECIPIENT_LABELS.items():
            ui.recipientCombo.addItem(label, code)
        for code, label in cc.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        _member_choices(ui.memberCombo, self.data.member_id, "")
        self.errors = FieldErrors(ui.form, {
            "date": ui.dateEdit, "recipient_kind": ui.recipientCombo,
            "member_id": ui.memberCombo, "group_name": ui.groupEdit, "kind": ui.kindCombo,
            "level": ui.levelEdit, "period": ui.periodEdit, "reason": ui.reasonEdit,
        })
        d = self.data
        write_date(ui.dateEdit, d.date)
        ui.recipientCombo.setCurrentIndex(max(0, ui.recipientCombo.findData(d.recipient_kind)))
        ui.groupEdit.setText(d.group_name)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(d.kind)))
        ui.levelEdit.setText(d.level)
        ui.periodEdit.setText(d.period)
        ui.reasonEdit.setPlainText(d.reason)
        ui.recipientCombo.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self.resize(560, self.sizeHint().height())

    def _update_enabled(self) -> None:
        kind = self.ui.recipientCombo.currentData()
        self.ui.memberCombo.setEnabled(kind == "member")
        self.ui.groupEdit.setEnabled(kind == "group")

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        data = replace(
            self.data,
            date=read_date(ui.dateEdit, self.tr("Date"), errors, "date"),
            recipient_kind=ui.recipientCombo.currentData(),
            member_id=ui.memberCombo.currentData(),
            group_name=ui.groupEdit.text().strip(), kind=ui.kindCombo.currentData(),
            level=ui.levelEdit.text().strip(), period=ui.periodEdit.text().strip(),
            reason=ui.reasonEdit.toPlainText().strip(),
        )
        if not self.errors.check(errors, cc.validate_commendation(data)):
            return
        self.result_data = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: cc.CommendationData | None = None
            ) -> cc.CommendationData | None:
        return _run(cls(data, parent))


class ViolationDialog(QDialog):
    """A member's violation and the discipline decided."""

    def __init__(self, data: cc.ViolationData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ViolationDialog()
        ui.setupUi(self)
        self.data = data or cc.ViolationData()
        self.result_data: cc.ViolationData | None = None
        self.setWindowTitle(self.tr("Edit violation") if self.data.id
                            else self.tr("New violation"))
        _buttons(self, ui.buttons)
        _member_choices(ui.memberCombo, self.data.member_id, "")
        self.errors = FieldErrors(ui.form, {
            "member_id": ui.memberCombo, "date": ui.dateEdit, "description": ui.descriptionEdit,
            "discipline": ui.disciplineEdit, "resolved_date": ui.resolvedDateEdit,
        })
        write_date(ui.dateEdit, self.data.date)
        ui.descriptionEdit.setPlainText(self.data.description)
        ui.disciplineEdit.setText(self.data.discipline)
        write_date(ui.resolvedDateEdit, self.data.resolved_date)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        data = replace(
            self.data, member_id=ui.memberCombo.currentData(),
            date=read_date(ui.dateEdit, self.tr("Date"), errors, "date"),
            description=ui.descriptionEdit.toPlainText().strip(),
            discipline=ui.disciplineEdit.text().strip(),
            resolved_date=read_date(ui.resolvedDateEdit, self.tr("Decided on"), errors,
                                    "resolved_date"),
        )
        if not self.errors.check(errors, cc.validate_violation(data)):
            return
        self.result_data = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, data: cc.ViolationData | None = None
            ) -> cc.ViolationData | None:
        return _run(cls(data, parent))


class YearSettingDialog(QDialog):
    """A category's baseline mode and target for one year; saved on "Save"."""

    def __init__(self, year: int, category_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_YearSettingDialog()
        ui.setupUi(self)
        self.year = year
        self.result_data: categories.YearSetting | None = None
        self.setWindowTitle(self.tr("Baseline and target, %1").replace("%1", str(year)))
        _buttons(self, ui.buttons)
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
        fixed = _money(ui.fixedEdit.text(), errors, "baseline_fixed") if mode == "fixed" else None
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
        return _run(cls(year, category_id, parent))


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
        _buttons(self, ui.buttons)
        self.errors = FieldErrors(ui.form, {"name": ui.nameEdit,
                                            "quantity_unit": ui.quantityUnitEdit})
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
        return _run(cls(data, parent))


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
        _buttons(self, ui.buttons)
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
        return _run(cls(category, year, month, entry, parent))
