"""The plan dialog and the target dialog: field-level Vietnamese errors, nothing lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop_app.core.common.formats import number
from desktop_app.core.members.roster import MemberData
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans import validation as plans_validation
from desktop_app.core.plans.model import PERIOD_KIND_LABELS, PlanData, TargetData
from desktop_app.gui.common import messages
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_plan_dialog import Ui_PlanDialog
from desktop_app.gui.forms.ui_target_dialog import Ui_TargetDialog


def _plain(widget) -> str:
    return widget.toPlainText()


class PlanDialog(QDialog):
    """Add or edit a plan's own fields (its targets are edited in the tab)."""

    def __init__(self, plan: PlanData, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self._plan = plan
        self._today = today
        self.result_plan: PlanData | None = None
        ui = self.ui
        for code, label in plans_model.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(plan.kind)))
        ui.yearSpin.setValue(plan.year or today.year)
        for code, label in PERIOD_KIND_LABELS.items():
            ui.periodKindCombo.addItem(label, code)
        ui.periodKindCombo.setCurrentIndex(max(0, ui.periodKindCombo.findData(plan.period_kind)))
        if plan.period_kind != "year":
            write_date(ui.periodStartEdit, plan.period_start)
            write_date(ui.periodEndEdit, plan.period_end)
        ui.periodKindCombo.currentIndexChanged.connect(self._period_enabled)
        self._period_enabled()
        ui.titleEdit.setText(plan.title)
        ui.themeEdit.setPlainText(plan.theme)
        ui.implementsEdit.setPlainText(plan.implements)
        ui.purposeEdit.setPlainText(plan.purpose)
        ui.requirementsEdit.setPlainText(plan.requirements)
        write_date(ui.planDateEdit, plan.plan_date)
        ui.numberEdit.setText("" if plan.number is None else str(plan.number))
        write_date(ui.issuedDateEdit, plan.issued_date)
        self.setWindowTitle(self.tr("Edit plan") if plan.id else self.tr("New plan"))
        self.errors = FieldErrors(ui.formLayout, {
            "kind": ui.kindCombo, "year": ui.yearSpin, "period_kind": ui.periodKindCombo,
            "period_start": ui.periodStartEdit, "period_end": ui.periodEndEdit,
            "title": ui.titleEdit,
            "theme": ui.themeEdit, "implements": ui.implementsEdit,
            "purpose": ui.purposeEdit, "requirements": ui.requirementsEdit,
            "plan_date": ui.planDateEdit, "number": ui.numberEdit,
            "issued_date": ui.issuedDateEdit,
        }, required=("title",))
        name_buttons(self, ui.buttons)

    def _period_enabled(self, *_args) -> None:
        """Dates are asked for a term or dates; a plan of a year is for its year."""
        by_dates = self.ui.periodKindCombo.currentData() != "year"
        self.ui.periodStartEdit.setEnabled(by_dates)
        self.ui.periodEndEdit.setEnabled(by_dates)

    def _read(self, errors: dict[str, str]) -> PlanData:
        ui = self.ui
        period_kind = ui.periodKindCombo.currentData()
        by_dates = period_kind != "year"
        period_start = read_date(ui.periodStartEdit, self.tr("From"), errors,
                                 "period_start") if by_dates else None
        period_end = read_date(ui.periodEndEdit, self.tr("To"), errors,
                               "period_end") if by_dates else None
        number_text = ui.numberEdit.text().strip()
        number_value = None
        if number_text:
            if number_text.isdigit():
                number_value = int(number_text)
            else:
                errors["number"] = "Số văn bản phải là số nguyên dương (ví dụ: 13)."
        return replace(
            self._plan,
            kind=ui.kindCombo.currentData(), year=ui.yearSpin.value(),
            period_kind=period_kind, period_start=period_start, period_end=period_end,
            title=ui.titleEdit.text(), theme=_plain(ui.themeEdit),
            implements=_plain(ui.implementsEdit), purpose=_plain(ui.purposeEdit),
            requirements=_plain(ui.requirementsEdit),
            plan_date=read_date(ui.planDateEdit, self.tr("Drafted on"), errors, "plan_date"),
            number=number_value,
            issued_date=read_date(ui.issuedDateEdit, self.tr("Issued on"), errors,
                                  "issued_date"),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self._read(errors)
        for name, message in plans_validation.validate(data, self._today).items():
            if name.startswith("targets."):
                name = "plan_date"  # only a changed drafting date can upset saved targets here
                if name in errors:
                    errors[name] += "\n" + message
                    continue
            errors.setdefault(name, message)
        if errors:
            self.errors.show(errors)
            return
        self.result_plan = plans_validation.clean(data)
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, plan: PlanData, today: dt.date) -> PlanData | None:
        """Run the dialog; the edited plan (not saved yet), or None when cancelled."""
        dialog = cls(plan, today, parent)
        return run_dialog(dialog, lambda: dialog.result_plan)


def _parse_percent(text: str, errors: dict[str, str]) -> float | None:
    raw = text.strip().removesuffix("%").strip().replace(",", ".")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        errors["target_value"] = (
            f"“{text.strip()}” không phải là số (ví dụ: 100 hoặc {number(95.5, 1)})."
        )
        return None


def _parse_count(text: str, errors: dict[str, str]) -> int | None:
    """"3" → 3; a count that is not a whole number, or negative, is refused at the field."""
    raw = text.strip().replace(".", "")
    if not raw:
        return None
    if raw.lstrip("-").isdigit():
        return int(raw)  # a negative count is judged by the core's validation
    errors["target_count"] = f"“{text.strip()}” không phải là số nguyên (ví dụ: 3)."
    return None


def _parse_result(text: str, errors: dict[str, str]) -> float | None:
    raw = text.strip().replace(".", "").replace(",", ".")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        errors["result_value"] = f"“{text.strip()}” không phải là số (ví dụ: 3)."
        return None


class TargetDialog(QDialog):
    """Add or edit one target: content, indicator, responsible members, deadline, result."""

    def __init__(self, target: TargetData, plan_date: dt.date | None,
                 members: list[MemberData], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self._target = target
        self._plan_date = plan_date
        self._today = today
        self.result_target: TargetData | None = None
        ui = self.ui
        ui.contentEdit.setPlainText(target.content)
        ui.indicatorEdit.setText(target.indicator)
        for code, label in plans_model.INDICATOR_LABELS.items():
            ui.indicatorKindCombo.addItem(label, code)
        ui.indicatorKindCombo.setCurrentIndex(
            max(0, ui.indicatorKindCombo.findData(target.indicator_kind)))
        ui.targetValueEdit.setText(
            "" if target.target_value is None else number(target.target_value, 2))
        ui.targetCountEdit.setText("" if target.target_count is None
                                   else str(target.target_count))
        ui.unitEdit.setText(target.unit)
        ui.resultValueEdit.setText("" if target.result_value is None
                                   else number(target.result_value, 2))
        for member in members:
            if member.has_left and member.id not in target.responsible_ids:
                continue
            item = QListWidgetItem(member.full_name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.id in target.responsible_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.responsibleList.addItem(item)
        write_date(ui.deadlineEdit, target.deadline)
        for code in plans_model.STORED_STATUSES:
            ui.statusCombo.addItem(plans_model.STATUS_LABELS[code], code)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(target.status)))
        write_date(ui.resultDateEdit, target.result_date)
        ui.resultNoteEdit.setPlainText(target.result_note)
        self.setWindowTitle(self.tr("Edit target") if target.id else self.tr("New target"))
        self.errors = FieldErrors(ui.formLayout, {
            "content": ui.contentEdit, "indicator": ui.indicatorEdit,
            "indicator_kind": ui.indicatorKindCombo, "target_value": ui.targetValueEdit,
            "target_count": ui.targetCountEdit, "unit": ui.unitEdit,
            "result_value": ui.resultValueEdit,
            "responsible_ids": ui.responsibleList, "deadline": ui.deadlineEdit,
            "status": ui.statusCombo, "result_date": ui.resultDateEdit,
            "result_note": ui.resultNoteEdit,
        }, required=("content",))
        name_buttons(self, ui.buttons)

    def _checked_members(self) -> list[int]:
        ids = []
        for row in range(self.ui.responsibleList.count()):
            item = self.ui.responsibleList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _read(self, errors: dict[str, str]) -> TargetData:
        ui = self.ui
        status = ui.statusCombo.currentData()
        result_date = read_date(ui.resultDateEdit, self.tr("Result date"), errors, "result_date")
        if status == "done" and result_date is None and "result_date" not in errors:
            result_date = self._today
        return replace(
            self._target,
            content=_plain(ui.contentEdit), indicator=ui.indicatorEdit.text(),
            indicator_kind=ui.indicatorKindCombo.currentData(),
            target_value=_parse_percent(ui.targetValueEdit.text(), errors),
            target_count=_parse_count(ui.targetCountEdit.text(), errors),
            unit=ui.unitEdit.text(),
            result_value=_parse_result(ui.resultValueEdit.text(), errors),
            responsible_ids=self._checked_members(),
            deadline=read_date(ui.deadlineEdit, self.tr("Deadline"), errors, "deadline"),
            status=status, result_date=result_date, result_note=_plain(ui.resultNoteEdit),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self._read(errors)
        problems = plans_validation.validate_target(data, self._plan_date, self._today)
        if not self.errors.check(errors, problems):
            return
        self.result_target = data
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, target: TargetData, plan_date: dt.date | None,
            members: list[MemberData], today: dt.date) -> TargetData | None:
        """Show the dialog; the edited target (not saved yet), or None when cancelled."""
        dialog = cls(target, plan_date, members, today, parent)
        return run_dialog(dialog, lambda: dialog.result_target)


def choose_plans_to_copy(parent: QWidget, plans: list[PlanData], year: int) -> list[int] | None:
    """Which plans of the previous year to copy into *year*; None when cancelled."""
    if len(plans) == 1:
        question = QCoreApplication.translate(
            "PlansTab", "Copy “%1” into %2? Dates move one year, statuses are reset.")
        ok = messages.confirm(parent, question.replace("%1", plans[0].display_name)
                              .replace("%2", str(year)))
        return [plans[0].id] if ok and plans[0].id is not None else None
    everything = QCoreApplication.translate("PlansTab", "All (%1 documents)").replace(
        "%1", str(len(plans)))
    items = [everything, *(p.display_name for p in plans)]
    choice = messages.ask_item(
        parent, QCoreApplication.translate("PlansTab", "Copy from last year"),
        QCoreApplication.translate("PlansTab", "Copy into %1:").replace("%1", str(year)),
        items)
    if choice is None:
        return None
    if choice == everything:
        return [p.id for p in plans if p.id is not None]
    chosen = plans[items.index(choice) - 1]
    return [chosen.id] if chosen.id is not None else None
