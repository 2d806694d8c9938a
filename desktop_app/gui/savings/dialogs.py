"""Dialogs of the Savings tab's record lists (social work, commendations, violations);
each ``run`` returns validated plain data, or None. The grid's are in ``thrift_dialogs``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop_app.core.common.formats import number, parse_money
from desktop_app.core.members import roster as mc
from desktop_app.core.savings import commendations as cc
from desktop_app.core.savings import social as sc
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_savings_activity_dialog import Ui_ActivityDialog
from desktop_app.gui.forms.ui_savings_commendation_dialog import Ui_CommendationDialog
from desktop_app.gui.forms.ui_savings_violation_dialog import Ui_ViolationDialog


def read_money(text: str, errors: dict[str, str], name: str) -> int | None:
    """The amount typed (đồng), None when empty; a bad amount adds a message to *errors*."""
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
        name_buttons(self, ui.buttons)
        for code, label in sc.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        self.errors = FieldErrors(ui.form, {
            "date": ui.dateEdit, "end_date": ui.endDateEdit, "kind": ui.kindCombo,
            "description": ui.descriptionEdit, "quantity": ui.quantitySpin,
            "unit": ui.unitEdit, "value": ui.valueEdit, "sponsor": ui.sponsorEdit,
            "programme": ui.programmeEdit, "place": ui.placeEdit, "member_ids": ui.membersList,
        }, required=("date", "description"))
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
            value=read_money(ui.valueEdit.text(), errors, "value"),
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
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


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
        name_buttons(self, ui.buttons)
        for code, label in cc.RECIPIENT_LABELS.items():
            ui.recipientCombo.addItem(label, code)
        for code, label in cc.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        _member_choices(ui.memberCombo, self.data.member_id, "")
        self.errors = FieldErrors(ui.form, {
            "date": ui.dateEdit, "recipient_kind": ui.recipientCombo,
            "member_id": ui.memberCombo, "group_name": ui.groupEdit, "kind": ui.kindCombo,
            "level": ui.levelEdit, "period": ui.periodEdit, "reason": ui.reasonEdit,
        }, required=("date", "level"))
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
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)


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
        name_buttons(self, ui.buttons)
        _member_choices(ui.memberCombo, self.data.member_id, "")
        self.errors = FieldErrors(ui.form, {
            "member_id": ui.memberCombo, "date": ui.dateEdit, "description": ui.descriptionEdit,
            "discipline": ui.disciplineEdit, "resolved_date": ui.resolvedDateEdit,
        }, required=("member_id", "date", "description"))
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
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.result_data)
