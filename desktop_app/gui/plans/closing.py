"""The Plans tab's part in closed years: what is locked while the year shown is closed, and
the history of a plan (with its targets) and of a target."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.history import HistoryRequest, record_request


def install_guard(tab: Any) -> YearGuard:
    ui = tab.ui
    guard = YearGuard(tab, tab.context, year=tab.year)
    guard.protect(ui.addPlanButton, ui.editPlanButton, ui.deletePlanButton, ui.copyButton,
                  ui.addTargetButton, ui.editTargetButton, ui.markDoneButton,
                  ui.deleteTargetButton)
    guard.protect_view(ui.plansView, tab.plans_model)
    guard.protect_view(ui.targetsView, tab.targets_model)
    guard.add_history(ui.plansView, lambda: plan_request(tab), beside=ui.deletePlanButton)
    guard.add_history(ui.targetsView, lambda: target_request(tab), beside=ui.deleteTargetButton)
    return guard


def plan_request(tab: Any) -> HistoryRequest | None:
    plan = tab.current_plan()
    return record_request(plan.display_name, "plan", plan.id) if plan else None


def target_request(tab: Any) -> HistoryRequest | None:
    target = tab.current_target()
    title = QCoreApplication.translate("PlansClosing", "Target: %1")
    if target is None:
        return None
    return record_request(title.replace("%1", target.content), "plan_target", target.id)
