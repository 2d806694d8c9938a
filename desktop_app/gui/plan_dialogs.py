"""The plan dialog and the target dialog: field-level Vietnamese errors, nothing lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from ..core import plans as plans_core
from ..core.formats import number, short_date
from ..core.formats import parse_date as _parse_date
from ..core.members import MemberData
from ..core.plans import PlanData, TargetData
from .forms.ui_plan_dialog import Ui_PlanDialog
from .forms.ui_target_dialog import Ui_TargetDialog


def _date_field(text: str, errors: dict[str, str], name: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return _parse_date(text)
    except ValueError as error:
        errors[name] = str(error)
        return None


def _show_errors(labels: dict[str, QLabel], errors: dict[str, str]) -> None:
    for name, label in labels.items():
        message = errors.get(name, "")
        label.setText(message)
        label.setVisible(bool(message))


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
        for code, label in plans_core.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(plan.kind)))
        ui.yearSpin.setValue(plan.year or today.year)
        ui.titleEdit.setText(plan.title)
        ui.themeEdit.setPlainText(plan.theme)
        ui.implementsEdit.setPlainText(plan.implements)
        ui.purposeEdit.setPlainText(plan.purpose)
        ui.requirementsEdit.setPlainText(plan.requirements)
        ui.planDateEdit.setText(short_date(plan.plan_date))
        ui.numberEdit.setText("" if plan.number is None else str(plan.number))
        ui.issuedDateEdit.setText(short_date(plan.issued_date))
        self.setWindowTitle(self.tr("Edit plan") if plan.id else self.tr("Add plan"))
        self._labels = {
            "kind": ui.kindError, "year": ui.yearError, "title": ui.titleError,
            "theme": ui.themeError, "implements": ui.implementsError,
            "purpose": ui.purposeError, "requirements": ui.requirementsError,
            "plan_date": ui.planDateError, "number": ui.numberError,
            "issued_date": ui.issuedDateError,
        }
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _read(self, errors: dict[str, str]) -> PlanData:
        ui = self.ui
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
            title=ui.titleEdit.text(), theme=_plain(ui.themeEdit),
            implements=_plain(ui.implementsEdit), purpose=_plain(ui.purposeEdit),
            requirements=_plain(ui.requirementsEdit),
            plan_date=_date_field(ui.planDateEdit.text(), errors, "plan_date"),
            number=number_value,
            issued_date=_date_field(ui.issuedDateEdit.text(), errors, "issued_date"),
        )

    def _try_accept(self) -> None:
        errors: dict[str, str] = {}
        data = self._read(errors)
        for name, message in plans_core.validate(data, self._today).items():
            if name.startswith("targets."):
                name = "plan_date"  # only a changed drafting date can upset saved targets here
                if name in errors:
                    errors[name] += "\n" + message
                    continue
            errors.setdefault(name, message)
        _show_errors(self._labels, errors)
        if errors:
            first = next(iter(errors))
            widget = {"title": self.ui.titleEdit, "plan_date": self.ui.planDateEdit,
                      "number": self.ui.numberEdit, "issued_date": self.ui.issuedDateEdit,
                      }.get(first)
            if widget is not None:
                widget.setFocus()
            return
        self.result_plan = data
        self.accept()

    @classmethod
    def edit(cls, parent: QWidget | None, plan: PlanData, today: dt.date) -> PlanData | None:
        """Run the dialog; the edited plan (not saved yet), or None when cancelled."""
        dialog = cls(plan, today, parent)
        return dialog.result_plan if dialog.exec() == QDialog.DialogCode.Accepted else None


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
        for code, label in plans_core.INDICATOR_LABELS.items():
            ui.indicatorKindCombo.addItem(label, code)
        ui.indicatorKindCombo.setCurrentIndex(
            max(0, ui.indicatorKindCombo.findData(target.indicator_kind)))
        ui.targetValueEdit.setText(
            "" if target.target_value is None else number(target.target_value, 2))
        for member in members:
            if member.has_left and member.id not in target.responsible_ids:
                continue
            item = QListWidgetItem(member.full_name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.id in target.responsible_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.responsibleList.addItem(item)
        ui.deadlineEdit.setText(short_date(target.deadline))
        for code in plans_core.STORED_STATUSES:
            ui.statusCombo.addItem(plans_core.STATUS_LABELS[code], code)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(target.status)))
        ui.resultDateEdit.setText(short_date(target.result_date))
        ui.resultNoteEdit.setPlainText(target.result_note)
        self.setWindowTitle(self.tr("Edit target") if target.id else self.tr("Add target"))
        self._labels = {
            "content": ui.contentError, "indicator": ui.indicatorError,
            "indicator_kind": ui.indicatorKindError, "target_value": ui.targetValueError,
            "responsible_ids": ui.responsibleError, "deadline": ui.deadlineError,
            "status": ui.statusError, "result_date": ui.resultDateError,
            "result_note": ui.resultNoteError,
        }
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)

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
        result_date = _date_field(ui.resultDateEdit.text(), errors, "result_date")
        if status == "done" and result_date is None and "result_date" not in errors:
            result_date = self._today
        return replace(
            self._target,
            content=_plain(ui.contentEdit), indicator=ui.indicatorEdit.text(),
            indicator_kind=ui.indicatorKindCombo.currentData(),
            target_value=_parse_percent(ui.targetValueEdit.text(), errors),
            responsible_ids=self._checked_members(),
            deadline=_date_field(ui.deadlineEdit.text(), errors, "deadline"),
            status=status, result_date=result_date, result_note=_plain(ui.resultNoteEdit),
        )

    def _try_accept(self) -> None:
        errors: dict[str, str] = {}
        data = self._read(errors)
        for name, message in plans_core.validate_target(data, self._plan_date,
                                                        self._today).items():
            errors.setdefault(name, message)
        _show_errors(self._labels, errors)
        if errors:
            return
        self.result_target = data
        self.accept()

    @classmethod
    def edit(cls, parent: QWidget | None, target: TargetData, plan_date: dt.date | None,
             members: list[MemberData], today: dt.date) -> TargetData | None:
        """Run the dialog; the edited target (not saved yet), or None when cancelled."""
        dialog = cls(target, plan_date, members, today, parent)
        return dialog.result_target if dialog.exec() == QDialog.DialogCode.Accepted else None
