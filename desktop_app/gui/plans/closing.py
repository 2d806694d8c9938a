"""The Plans tab's part in closed years: what is locked while the year shown is closed, and
the history of a plan (with its targets) and of a target."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.history import HistoryRequest, record_request


def install_guard(tab: Any) -> YearGuard:
    """A plan counts in each year of its period and a target in the year it falls due
    (db/year_rules.py): a plan for a term is locked while any of its years is closed, and
    of a year's plan only the targets due in a closed year are."""
    ui = tab.ui
    guard = YearGuard(tab, tab.context, year=tab.year)
    guard.protect(ui.addPlanButton, ui.copyButton)
    guard.protect(ui.editPlanButton, ui.deletePlanButton, year=lambda: plan_year(tab, guard))
    guard.protect(ui.addTargetButton, year=lambda: new_target_year(tab))
    guard.protect(ui.editTargetButton, ui.markDoneButton, ui.deleteTargetButton,
                  year=lambda: target_year(tab))
    guard.protect_view(ui.plansView, tab.plans_model, year=lambda: plan_year(tab, guard))
    guard.protect_view(ui.targetsView, tab.targets_model, year=lambda: target_year(tab))
    for view in (ui.plansView, ui.targetsView):
        view.selectionModel().selectionChanged.connect(guard.apply_later)
    guard.add_history(ui.plansView, lambda: plan_request(tab), beside=ui.deletePlanButton)
    guard.add_history(ui.targetsView, lambda: target_request(tab), beside=ui.deleteTargetButton)
    return guard


def plan_year(tab: Any, guard: YearGuard) -> int | None:
    """The first closed year of the selected plan's period (None: none is closed)."""
    plan = tab.current_plan()
    if plan is None:
        return tab.year()
    start, end = plan.span
    first, last = min(plan.year, start.year), max(plan.year, end.year)
    return next((y for y in guard.closed_years if first <= y <= last), None)


def new_target_year(tab: Any) -> int | None:
    """A new target falls due at the end of its plan's period unless given a deadline."""
    plan = tab.current_plan()
    return plan.span[1].year if plan is not None else tab.year()


def target_year(tab: Any) -> int | None:
    """The year the selected target falls due (its deadline, else its plan's end)."""
    plan, target = tab.current_plan(), tab.current_target()
    if target is None or plan is None:
        return tab.year()
    return (target.deadline or plan.span[1]).year


def plan_request(tab: Any) -> HistoryRequest | None:
    plan = tab.current_plan()
    return record_request(plan.display_name, "plan", plan.id) if plan else None


def target_request(tab: Any) -> HistoryRequest | None:
    target = tab.current_target()
    title = QCoreApplication.translate("PlansClosing", "Target: %1")
    if target is None:
        return None
    return record_request(title.replace("%1", target.content), "plan_target", target.id)
