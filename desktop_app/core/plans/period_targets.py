"""The plans and targets a report speaks of, by the period each plan is for.

A plan or resolution is for a period: a year, a committee term (2022 – 2025) or dates. A
target falls due on its deadline, else at the end of its plan's period. A report of
[start, end]:

- names the plans made in its period or whose period overlaps it;
- counts as results only the targets due inside its period (met, overdue, still open);
- states the targets due after it under "Phương hướng": as the *new* targets when their plan
  begins after the report's start (the next term's resolution), else as targets still to
  be carried out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.db.models.plans import Plan, PlanTarget

KIND_LABELS = {"plan": "Kế hoạch", "resolution": "Nghị quyết",
               "action_programme": "Chương trình hành động"}
PERIOD_KIND_LABELS = {"year": "Năm", "term": "Nhiệm kỳ", "dates": "Từ ngày đến ngày"}
_KIND_ORDER = {kind: i for i, kind in enumerate(KIND_LABELS)}


@dataclass(frozen=True)
class PlanInfo:
    id: int
    year: int
    kind: str
    title: str
    theme: str
    implements: tuple[str, ...]
    number: int | None
    issued_date: dt.date | None
    plan_date: dt.date | None
    period_kind: str
    period_start: dt.date
    period_end: dt.date

    @property
    def made_on(self) -> dt.date:
        return self.issued_date or self.plan_date or dt.date(self.year, 1, 1)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def spans_years(self) -> bool:
        return self.period_start.year != self.period_end.year


@dataclass(frozen=True)
class TargetInfo:
    id: int
    plan: PlanInfo
    position: int
    content: str
    indicator_kind: str
    target_value: float | None  # a percentage
    target_count: int | None  # a count, with its unit
    unit: str
    indicator: str
    deadline: dt.date | None
    status: str
    result_value: float | None
    result_date: dt.date | None

    @property
    def due(self) -> dt.date:
        return self.deadline or self.plan.period_end

    def met_by(self, day: dt.date) -> bool:
        return self.status == "done" and (self.result_date is None or self.result_date <= day)

    @property
    def span_start(self) -> dt.date:
        return self.plan.period_start


@dataclass(frozen=True)
class PeriodTargets:
    start: dt.date
    end: dt.date
    as_of: dt.date  # overdue is told as of min(end, today)
    plans: tuple[PlanInfo, ...]  # made in the period or for a period overlapping it
    due: tuple[TargetInfo, ...]  # due inside the period
    upcoming: tuple[TargetInfo, ...]  # due after it

    @property
    def met(self) -> tuple[TargetInfo, ...]:
        return tuple(t for t in self.due if t.met_by(self.end))

    @property
    def overdue(self) -> tuple[TargetInfo, ...]:
        return tuple(t for t in self.due if not t.met_by(self.end) and t.due < self.as_of)

    @property
    def open(self) -> tuple[TargetInfo, ...]:
        return tuple(t for t in self.due if not t.met_by(self.end) and t.due >= self.as_of)

    def is_new(self, target: TargetInfo) -> bool:
        """A target of a plan that begins after the report's start (the next period's)."""
        return target.plan.period_start > self.start


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _plan(row: Plan) -> PlanInfo:
    start = row.period_start or dt.date(row.year, 1, 1)
    return PlanInfo(row.id, row.year, row.kind, row.title, row.theme, _lines(row.implements),
                    row.number, row.issued_date, row.plan_date, row.period_kind or "year",
                    start, row.period_end or dt.date(row.year, 12, 31))


def period_targets(start: dt.date, end: dt.date, today: dt.date | None = None
                   ) -> PeriodTargets:
    """The plans and targets a report of [start, end] speaks of, as of min(end, today)."""
    as_of = min(end, today or dt.date.today())
    every = {row.id: _plan(row) for row in Plan.select()}
    plans = {pid: plan for pid, plan in every.items()
             if (plan.period_start <= end and plan.period_end >= start)
             or start <= plan.made_on <= end}
    ordered = tuple(sorted(plans.values(), key=_plan_order))
    due, upcoming = [], []
    for row in PlanTarget.select().order_by(PlanTarget.position, PlanTarget.id):
        plan = every[row.plan_id]
        target = TargetInfo(
            row.id, plan, row.position, row.content, row.indicator_kind, row.target_value,
            row.target_count, row.unit, row.indicator, row.deadline, row.status,
            row.result_value, row.result_date)
        if start <= target.due <= end:
            due.append(target)
        elif target.due > end and plan.made_on <= end:
            upcoming.append(target)

    def key(t: TargetInfo) -> tuple:
        return (*_plan_order(t.plan), t.position, t.id)

    return PeriodTargets(start, end, as_of, ordered, tuple(sorted(due, key=key)),
                         tuple(sorted(upcoming, key=key)))


def _plan_order(plan: PlanInfo) -> tuple:
    return (plan.period_start, _KIND_ORDER[plan.kind], plan.made_on, plan.id)
