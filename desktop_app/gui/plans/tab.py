"""The Plans tab (Kế hoạch): a year's plans, their targets, progress and what is overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from desktop_app.core.members import roster as members_core
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.documents.plans.jobs import plan_job
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.preview import show_preview
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.forms.ui_plans_tab import Ui_PlansTab

from . import closing
from .dialogs import PlanDialog, TargetDialog
from .models import ROW_ROLE, PlansModel, TargetsModel, TargetsProxy, measured_texts

AREA = "plans"


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
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("PlansTab", "Copy from last year"),
        QCoreApplication.translate("PlansTab", "Copy into %1:").replace("%1", str(year)),
        items, 0, False)
    if not ok:
        return None
    if choice == everything:
        return [p.id for p in plans if p.id is not None]
    chosen = plans[items.index(choice) - 1]
    return [chosen.id] if chosen.id is not None else None


class PlansTab(QWidget):
    """Plans, resolutions and action programmes of a year with their targets."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PlansTab()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Plans"))
        self._today = today

        self.plans_model = PlansModel(today, self)
        self.plans_proxy = SortProxy(self)
        self.plans_proxy.setSourceModel(self.plans_model)
        self.targets_model = TargetsModel(today, self)
        self.targets_proxy = TargetsProxy(today, self)
        self.targets_proxy.setSourceModel(self.targets_model)

        ui = self.ui
        ui.plansView.setModel(self.plans_proxy)
        ui.plansView.verticalHeader().hide()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        header = ui.plansView.horizontalHeader()
        for column in (PlansModel.KIND, PlansModel.NUMBER, PlansModel.PROGRESS):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(PlansModel.TITLE, stretch)
        ui.plansView.setWordWrap(True)
        ui.targetsView.setModel(self.targets_proxy)
        ui.targetsView.verticalHeader().hide()
        header = ui.targetsView.horizontalHeader()
        for column in (TargetsModel.NUMBER, TargetsModel.MEASURED, TargetsModel.DEADLINE,
                       TargetsModel.STATUS):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(TargetsModel.CONTENT, stretch)
        for column, width in ((TargetsModel.TARGET, 140), (TargetsModel.RESPONSIBLE, 130),
                              (TargetsModel.RESULT, 130)):
            header.resizeSection(column, width)
        header.sectionResized.connect(lambda *_: ui.targetsView.resizeRowsToContents())
        ui.targetsView.sortByColumn(TargetsModel.NUMBER, Qt.SortOrder.AscendingOrder)
        ui.splitter.setSizes([320, 930])

        ui.yearSpin.setValue(self._default_year())
        ui.yearSpin.valueChanged.connect(lambda _year: self.reload())
        ui.plansView.selectionModel().currentRowChanged.connect(self._plan_changed)
        ui.plansView.doubleClicked.connect(lambda _index: self.edit_plan())
        ui.targetsView.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        ui.targetsView.doubleClicked.connect(lambda _index: self.edit_target())
        ui.overdueCheck.toggled.connect(self._filters_changed)
        ui.memberCombo.currentIndexChanged.connect(self._filters_changed)
        ui.addPlanButton.clicked.connect(self.add_plan)
        ui.editPlanButton.clicked.connect(self.edit_plan)
        ui.deletePlanButton.clicked.connect(self.delete_plan)
        ui.copyButton.clicked.connect(self.copy_from_last_year)
        ui.printButton.clicked.connect(self.print_plan)
        ui.addTargetButton.clicked.connect(self.add_target)
        ui.editTargetButton.clicked.connect(self.edit_target)
        ui.markDoneButton.clicked.connect(self.mark_done)
        ui.deleteTargetButton.clicked.connect(self.delete_target)
        context.bus.changed.connect(self._on_bus)
        self.measures = Loader(context.runner, self)  # measured values, off the UI thread
        self.measures.failed.connect(lambda message: messages.error(self, message))
        self.members_loader = Loader(context.runner, self)  # the member filter's list
        self.members_loader.failed.connect(lambda message: messages.error(self, message))
        self.guard = closing.install_guard(self)  # closed years, history of changes
        self._restore_state()
        self.reload()

    # ------------------------------------------------------------ state

    def _restore_state(self) -> None:
        settings = self.context.settings
        for key, widget in (("plans/splitter", self.ui.splitter),
                            ("plans/targets_header", self.ui.targetsView.horizontalHeader())):
            state = settings.value(key)
            if state is not None:
                widget.restoreState(state)

    def save_state(self) -> None:
        """Splitter and column widths, kept in the user's INI file (called by the window)."""
        settings = self.context.settings
        settings.setValue("plans/splitter", self.ui.splitter.saveState())
        settings.setValue("plans/targets_header",
                          self.ui.targetsView.horizontalHeader().saveState())

    @property
    def loading(self) -> bool:
        return self.measures.busy or self.members_loader.busy

    def _default_year(self) -> int:
        today = self._today()
        years = [y for y in plans_core.plan_years() if y <= today.year]
        return today.year if not years or today.year in years else years[-1]

    def year(self) -> int:
        return self.ui.yearSpin.value()

    def set_year(self, year: int) -> None:
        self.ui.yearSpin.setValue(year)

    def current_plan(self) -> PlanData | None:
        index = self.ui.plansView.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_target(self) -> TargetData | None:
        index = self.ui.targetsView.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def reload(self, plan_id: int | None = None, target_id: int | None = None) -> None:
        """Read the year's plans again, keeping (or moving to) the given selection."""
        current = self.current_plan()
        if plan_id is None and current is not None:
            plan_id = current.id
        self.members_loader.load(members_core.list_members, apply=self._fill_members)
        self.plans_model.set_rows(plans_core.list_plans(self.year()))
        self.ui.plansView.resizeRowsToContents()
        row = self.plans_model.row_of(plan_id)
        if row < 0 and self.plans_model.rowCount() > 0:
            row = 0
        if row >= 0:
            index = self.plans_proxy.mapFromSource(self.plans_model.index(row, 0))
            self.ui.plansView.setCurrentIndex(index)
        self._plan_changed()
        if target_id is not None:
            source_row = self.targets_model.row_of(target_id)
            if source_row >= 0:
                index = self.targets_proxy.mapFromSource(self.targets_model.index(source_row, 0))
                self.ui.targetsView.setCurrentIndex(index)
        self._update_buttons()

    def _on_bus(self, area: str) -> None:
        if area != AREA:  # members renamed or left, measured data changed
            self.reload()

    def _fill_members(self, members: list[members_core.MemberData]) -> None:
        combo = self.ui.memberCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Everyone"), None)
        secretary = next((m for m in members
                          if m.role == "secretary" and not m.has_left), None)
        if secretary is not None:
            combo.addItem(self.tr("Mine (%1)").replace("%1", secretary.full_name), secretary.id)
        for member in members:
            combo.addItem(member.full_name, member.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _plan_changed(self, *_args) -> None:
        plan = self.current_plan()
        targets, year = (plan.targets, plan.year) if plan else ([], None)
        self.targets_model.set_targets(targets, year)
        if targets and year:  # the measured values come from the other areas' records
            self.measures.load(measured_texts, targets, year, apply=lambda measured: (
                self.targets_model.set_measured(targets, measured)))
        self.ui.targetsView.resizeRowsToContents()
        info = ""
        if plan is not None:
            lines = [plan.display_name]
            if plan.theme:
                lines.append(self.tr("Theme: %1").replace("%1", plan.theme))
            info = "\n".join(lines)
        elif not self.plans_model.rowCount():
            info = self.tr("No plan for %1 yet. Add one or copy last year's.").replace(
                "%1", str(self.year()))
        self.ui.planInfoLabel.setText(info)
        self._update_summary()
        self._update_buttons()

    def _filters_changed(self, *_args) -> None:
        self.targets_proxy.set_overdue_only(self.ui.overdueCheck.isChecked())
        self.targets_proxy.set_member(self.ui.memberCombo.currentData())
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        plan = self.current_plan()
        if plan is None:
            self.ui.summaryLabel.setText("")
            return
        summary = plans_model.summarize(self.targets_model.targets(), self._today())
        self.ui.summaryLabel.setText(summary.text())

    def _update_buttons(self) -> None:
        plan = self.current_plan()
        target = self.current_target()
        ui = self.ui
        for button in (ui.editPlanButton, ui.deletePlanButton, ui.addTargetButton,
                       ui.printButton):
            button.setEnabled(plan is not None)
        ui.editTargetButton.setEnabled(target is not None)
        ui.deleteTargetButton.setEnabled(target is not None)
        ui.markDoneButton.setEnabled(target is not None and target.status != "done")

    def _changed(self, plan_id: int | None, target_id: int | None = None) -> None:
        self.reload(plan_id, target_id)
        self.changed.emit()
        self.context.bus.changed.emit(AREA)

    # ------------------------------------------------------------ plan actions

    def add_plan(self) -> None:
        today = self._today()
        draft = PlanData(year=self.year(), plan_date=today if today.year == self.year() else None)
        self._save_plan_from_dialog(draft)

    def edit_plan(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self._save_plan_from_dialog(plan)

    def _save_plan_from_dialog(self, plan: PlanData) -> None:
        edited = PlanDialog.run(self, plan, self._today())
        if edited is None:
            return
        try:
            saved = plans_core.save_plan(edited, self._today())
        except UserError as error:
            messages.error(self, str(error))
            return
        if saved.year != self.year():
            self.set_year(saved.year)
        self._changed(saved.id)

    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None or plan.id is None:
            return
        if plan.is_issued:
            question = self.tr(
                "“%1” was issued as number %2. Delete the plan and its targets? "
                "The entry in the document register is kept."
            ).replace("%1", plan.display_name).replace("%2", plan.document_number())
        else:
            question = self.tr("Delete “%1” and its %2 targets?").replace(
                "%1", plan.display_name).replace("%2", str(len(plan.targets)))
        if not messages.confirm(self, question, yes=self.tr("Delete")):
            return
        try:
            plans_core.delete_plan(plan.id)
        except UserError as error:
            messages.error(self, str(error))
            return
        self._changed(None)

    def copy_from_last_year(self) -> None:
        year = self.year()
        sources = plans_core.list_plans(year - 1)
        if not sources:
            messages.error(self, self.tr("%1 has no plan to copy.").replace("%1", str(year - 1)))
            return
        chosen = choose_plans_to_copy(self, sources, year)
        if not chosen:
            return
        try:
            copies = plans_core.copy_from_last_year(year - 1, chosen, self._today())
        except UserError as error:
            messages.error(self, str(error))
            return
        self._changed(copies[0].id if copies else None)

    def print_plan(self) -> None:
        """Preview the plan as a Party document, to print it or save it (PDF, Word).

        It takes its number from the register when first printed or saved.
        """
        plan = self.current_plan()
        if plan is None or plan.id is None:
            return
        try:
            job = plan_job(plan.id)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.preview = show_preview(self.context, job, self)

    # ------------------------------------------------------------ target actions

    def add_target(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self._save_target_from_dialog(plan, TargetData())

    def edit_target(self) -> None:
        plan, target = self.current_plan(), self.current_target()
        if plan is not None and target is not None:
            self._save_target_from_dialog(plan, target)

    def _save_target_from_dialog(self, plan: PlanData, target: TargetData) -> None:
        edited = TargetDialog.run(self, target, plan.plan_date, members_core.list_members(),
                                  self._today())
        if edited is None:
            return
        if edited.id is None:
            targets = [*plan.targets, edited]
        else:
            targets = [edited if t.id == edited.id else t for t in plan.targets]
        try:
            saved = plans_core.save_plan(replace(plan, targets=targets), self._today())
        except UserError as error:
            messages.error(self, str(error))
            return
        target_id = edited.id if edited.id is not None else saved.targets[-1].id
        self._changed(saved.id, target_id)

    def mark_done(self) -> None:
        plan, target = self.current_plan(), self.current_target()
        if plan is None or target is None or target.id is None or target.status == "done":
            return
        try:
            plans_core.mark_done(target.id, self._today(), today=self._today())
        except UserError as error:
            messages.error(self, str(error))
            return
        self._changed(plan.id, target.id)

    def delete_target(self) -> None:
        plan, target = self.current_plan(), self.current_target()
        if plan is None or target is None:
            return
        if not messages.confirm(self, self.tr("Delete the target “%1”?").replace(
                "%1", target.content), yes=self.tr("Delete")):
            return
        targets = [t for t in plan.targets if t.id != target.id]
        try:
            plans_core.save_plan(replace(plan, targets=targets), self._today())
        except UserError as error:
            messages.error(self, str(error))
            return
        self._changed(plan.id)
