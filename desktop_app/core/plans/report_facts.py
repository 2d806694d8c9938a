"""Facts about plans for the summary report (báo cáo sơ kết / tổng kết).

Which plans, resolutions and action programmes the cell issued each year of a period,
and how many of their targets were met, are still open, or ran past their deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.common.formats import percent, ratio_percent

from .model import KIND_LABELS, lower_first
from .plans import list_plans


@dataclass(frozen=True)
class IssuedPlan:
    year: int
    kind: str
    title: str
    number: int | None
    issued_date: dt.date | None


@dataclass(frozen=True)
class PlanFacts:
    """Plans of the years *start.year*–*end.year* and their targets, as of *as_of*."""

    start: dt.date
    end: dt.date
    as_of: dt.date
    plans: tuple[IssuedPlan, ...]
    targets_total: int
    targets_met: int  # done by the end of the period
    targets_overdue: int  # not done and past the deadline
    targets_open: int  # not done, deadline not passed (or none)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start.year, self.end.year + 1))

    @property
    def targets_not_met(self) -> int:
        return self.targets_total - self.targets_met

    def years_with(self, kind: str) -> tuple[int, ...]:
        return tuple(sorted({p.year for p in self.plans if p.kind == kind}))

    def sentences(self) -> list[str]:
        return [self._issued_sentence(), self._targets_sentence()]

    def _issued_sentence(self) -> str:
        clauses = []
        for kind, label in KIND_LABELS.items():
            years = self.years_with(kind)
            if not years:
                continue
            subjects = {_without_year(p.title, p.year) for p in self.plans if p.kind == kind}
            name = label
            if len(subjects) == 1 and (subject := subjects.pop()):
                name = f"{label} {lower_first(subject)}"
            if len(self.years) > 1 and years == self.years:
                clauses.append(f"từng năm đều có xây dựng {name}")
            else:
                clauses.append(f"năm {', '.join(str(y) for y in years)} xây dựng {name}")
        if not clauses:
            return "Trong kỳ chưa ghi nhận kế hoạch, nghị quyết nào."
        text = "; ".join(clauses)
        return text[:1].upper() + text[1:] + "."

    def _targets_sentence(self) -> str:
        if self.targets_total == 0:
            return "Trong kỳ chưa ghi nhận chỉ tiêu, nhiệm vụ nào trong các kế hoạch."
        share = percent(ratio_percent(self.targets_met, self.targets_total))
        text = (f"Đã hoàn thành {self.targets_met}/{self.targets_total} chỉ tiêu, nhiệm vụ "
                f"đề ra trong các kế hoạch, nghị quyết (đạt {share})")
        rest = []
        if self.targets_overdue:
            rest.append(f"{self.targets_overdue} chỉ tiêu quá hạn chưa hoàn thành")
        if self.targets_open:
            rest.append(f"{self.targets_open} chỉ tiêu đang thực hiện")
        return text + ("; " + ", ".join(rest) if rest else "") + "."


def _without_year(title: str, year: int) -> str:
    """The subject shared by the plans of several years: "… năm 2007" -> "…"."""
    return re.sub(rf"\s*(?:năm\s+)?(?<!\d){year}(?!\d)", "", title).strip(" ,;-–")


def report_facts(start: dt.date, end: dt.date, today: dt.date | None = None) -> PlanFacts:
    """Plans of the years in [start, end] and their targets as of min(end, today)."""
    as_of = min(end, today or dt.date.today())
    plans = list_plans(years=(start.year, end.year))
    met = overdue = open_ = total = 0
    for plan in plans:
        for target in plan.targets:
            total += 1
            done_in_time = target.status == "done" and (
                target.result_date is None or target.result_date <= end)
            if done_in_time:
                met += 1
            elif target.deadline is not None and target.deadline < as_of:
                overdue += 1
            else:
                open_ += 1
    issued = tuple(IssuedPlan(p.year, p.kind, p.title, p.number, p.issued_date) for p in plans)
    return PlanFacts(start=start, end=end, as_of=as_of, plans=issued, targets_total=total,
                     targets_met=met, targets_overdue=overdue, targets_open=open_)


@dataclass(frozen=True)
class YearFacts:
    """One row of the report's appendix: a year's plans and targets."""

    year: int
    plans: int
    resolutions: int
    action_programmes: int
    targets_total: int
    targets_met: int
    targets_overdue: int


def per_year(start_year: int, end_year: int, today: dt.date | None = None) -> list[YearFacts]:
    rows = []
    for year in range(start_year, end_year + 1):
        facts = report_facts(dt.date(year, 1, 1), dt.date(year, 12, 31), today)
        kinds = [p.kind for p in facts.plans]
        rows.append(YearFacts(
            year=year, plans=kinds.count("plan"), resolutions=kinds.count("resolution"),
            action_programmes=kinds.count("action_programme"),
            targets_total=facts.targets_total, targets_met=facts.targets_met,
            targets_overdue=facts.targets_overdue,
        ))
    return rows
