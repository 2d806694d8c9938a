"""Table models of the Plans tab: the plans of a year and the targets of a plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.plans import measures as plan_measures
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.gui.common.rows_model import ROW_ROLE, SORT_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy

__all__ = ["ROW_ROLE", "SORT_ROLE", "PlansModel", "TargetsModel", "TargetsProxy"]

OVERDUE_COLOUR = QColor("#f8d7da")  # red-ish
DONE_COLOUR = QColor("#d4edda")  # green-ish
TEXT_ON_COLOUR = QColor("#000000")  # readable on the light backgrounds in a dark theme too


class PlansModel(RowsModel):
    """The plans, resolutions and programmes of one year."""

    KIND, NUMBER, TITLE, PROGRESS = range(4)

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None):
        super().__init__([], parent)
        self._today = today
        self.columns = [
            Column(self.tr("Kind"), lambda p: p.kind_label),
            Column(self.tr("Number"), lambda p: p.document_number() or "—"),
            Column(self.tr("Title"), lambda p: p.title, tooltip=lambda p: p.title),
            Column(self.tr("Done"), self._progress, sort=self._done_total,
                   background=self._overdue_colour),
        ]

    def _progress(self, plan: PlanData) -> str:
        summary = plans_model.summarize(plan.targets, self._today())
        return f"{summary.done}/{summary.total}"

    def _done_total(self, plan: PlanData) -> tuple[int, int]:
        summary = plans_model.summarize(plan.targets, self._today())
        return summary.done, summary.total

    def _overdue_colour(self, plan: PlanData) -> QColor | None:
        return OVERDUE_COLOUR if plans_model.summarize(plan.targets, self._today()).overdue \
            else None


def measured_texts(targets: list[TargetData], year: int | None) -> list[str]:
    """What each target's measure reads in the records of *year* (queries: run it off the
    UI thread)."""
    return [plan_measures.measured_text(t, year) if year else "" for t in targets]


class TargetsModel(RowsModel):
    """The targets of the selected plan, coloured by derived status. Each keeps its
    number in the plan and its measured value (read in the background) when sorted."""

    NUMBER, CONTENT, TARGET, MEASURED, RESPONSIBLE, DEADLINE, STATUS, RESULT = range(8)

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None):
        super().__init__([], parent)
        self.background = self._status_colour
        self.foreground = lambda t: TEXT_ON_COLOUR if self._status_colour(t) else None
        self._today = today
        self._given: list[TargetData] = []  # in the plan's order
        self._number: dict[int, int] = {}  # id() of a target -> its number in the plan
        self._measured: dict[int, str] = {}  # id() of a target -> its measured value
        self.columns = [
            Column(self.tr("No."), lambda t: str(self._number.get(id(t), 0)),
                   sort=lambda t: self._number.get(id(t), 0)),
            Column(self.tr("Content"), lambda t: t.content, tooltip=lambda t: t.content),
            Column(self.tr("Target"), lambda t: t.target_text),
            Column(self.tr("Measured"), lambda t: self._measured.get(id(t), "")),
            Column(self.tr("Responsible"), lambda t: ", ".join(t.responsible_names)),
            Column(self.tr("Deadline"), lambda t: short_date(t.deadline),
                   sort=lambda t: (t.deadline or dt.date.max).toordinal()),
            Column(self.tr("Status"), lambda t: t.status_label(self._today())),
            Column(self.tr("Result"), _result, sort=lambda t: (t.result_date
                                                               or dt.date.max).toordinal(),
                   tooltip=_result),
        ]

    def set_targets(self, targets: list[TargetData], year: int | None,
                    measured: list[str] | None = None) -> None:
        """The targets of a plan; their measured values are given (read in the
        background, see ``measured_texts``) or shown as "…" until ``set_measured``."""
        self._given = list(targets)
        self._number = {id(t): number for number, t in enumerate(targets, start=1)}
        texts = measured if measured is not None else ["…" if year else "" for _t in targets]
        self._measured = {id(t): text for t, text in zip(targets, texts, strict=False)}
        self.set_rows(targets)

    def set_measured(self, targets: list[TargetData], measured: list[str]) -> None:
        """The measured values of *targets*, if they are still the ones shown."""
        if [t.id for t in targets] != [t.id for t in self._given] or not self._given:
            return
        self._measured = {id(t): text for t, text in zip(self._given, measured, strict=False)}
        self.dataChanged.emit(self.index(0, self.MEASURED),
                              self.index(len(self.rows) - 1, self.MEASURED))

    def targets(self) -> list[TargetData]:
        """The targets in the plan's order."""
        return list(self._given)

    def _status_colour(self, target: TargetData) -> QColor | None:
        status = target.derived_status(self._today())
        return OVERDUE_COLOUR if status == "overdue" else DONE_COLOUR if status == "done" \
            else None


def _result(target: TargetData) -> str:
    parts = [short_date(target.result_date), target.result_note]
    return " – ".join(p for p in parts if p)


class TargetsProxy(SortProxy):
    """Filters: only overdue targets, and/or those one member is responsible for."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None):
        super().__init__(parent)
        self._today = today
        self._overdue_only = False
        self._member_id: int | None = None

    def set_overdue_only(self, value: bool) -> None:
        self.refilter(lambda: setattr(self, "_overdue_only", value))

    def set_member(self, member_id: int | None) -> None:
        self.refilter(lambda: setattr(self, "_member_id", member_id))

    def accepts(self, row: Any) -> bool:
        return bool(plans_model.filter_targets([row], self._today(),
                                              overdue_only=self._overdue_only,
                                              member_id=self._member_id))
