"""Everything a report of a period states, read once per draft from every area.

Each area gives its records with the ids counted (members on the last day, study, the
year records of commitments and reviews, the targets by period, thrift, social work,
funds, commendations and violations); the sentences (``sentences/``) state them as claims.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.core.cell.units import UnitWords, words
from desktop_app.core.members.census import Census, census
from desktop_app.core.plans.period_targets import PeriodTargets, period_targets
from desktop_app.core.reviews.year_records import YearRecords, year_records
from desktop_app.core.savings import commendations as commendations_core
from desktop_app.core.savings import funds as funds_core
from desktop_app.core.savings import social as social_core
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import ThriftTable, thrift_tables
from desktop_app.core.study.period_records import (
    SessionRecords,
    StudyRecords,
    session_records,
    study_records_by_year,
)


@dataclass
class ReportFacts:
    start: dt.date
    end: dt.date
    today: dt.date
    unit_kind: str = "chi_bo"
    cell_name: str = "Chi bộ"
    cell_code: str = "CB"
    answers: list[str] = field(default_factory=list)
    report_date: dt.date | None = None
    new_plan_id: int | None = None  # a congress report: the resolution of the new term

    @property
    def words(self) -> UnitWords:
        return words(self.unit_kind)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start.year, self.end.year + 1))

    @property
    def whole_years(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31)

    def year_span(self, year: int) -> tuple[dt.date, dt.date]:
        return max(self.start, dt.date(year, 1, 1)), min(self.end, dt.date(year, 12, 31))

    @property
    def as_of(self) -> dt.date:
        """The last day the report can speak of: its period's end, or its date if earlier."""
        return min(self.end, self.report_date or self.end)

    @cached_property
    def census(self) -> Census:
        return census(self.as_of)

    @cached_property
    def _study(self) -> tuple[StudyRecords, dict[int, StudyRecords]]:
        return study_records_by_year(self.start, self.end)

    @property
    def study(self) -> StudyRecords:
        return self._study[0]

    @property
    def study_per_year(self) -> dict[int, StudyRecords]:
        return self._study[1]

    @cached_property
    def thematic_sessions(self) -> list[SessionRecords]:
        return session_records(self.start, self.end)

    @cached_property
    def year_records(self) -> list[YearRecords]:
        return year_records(self.start.year, self.end.year, self.end)

    @cached_property
    def targets(self) -> PeriodTargets:
        return period_targets(self.start, self.end, self.today)

    @cached_property
    def _thrift(self) -> list[ThriftTable]:
        return thrift_tables([Period.dates(self.start, self.end)]
                             + [Period.dates(*self.year_span(y)) for y in self.years])

    @property
    def thrift(self) -> ThriftTable:
        return self._thrift[0]

    @property
    def thrift_per_year(self) -> dict[int, ThriftTable]:
        return dict(zip(self.years, self._thrift[1:], strict=True))

    @cached_property
    def social(self) -> tuple[social_core.ActivityData, ...]:
        return tuple(social_core.list_activities(self.start, self.end))

    @cached_property
    def funds(self) -> tuple[funds_core.FundPeriod, ...]:
        return funds_core.period_facts(self.start, self.end)

    def funds_in(self, start: dt.date, end: dt.date) -> tuple[funds_core.FundPeriod, ...]:
        return funds_core.period_facts(start, end)

    @cached_property
    def commendations(self) -> tuple[commendations_core.CommendationData, ...]:
        return tuple(commendations_core.list_commendations(self.start, self.end))

    @cached_property
    def violations(self) -> tuple[commendations_core.ViolationData, ...]:
        return tuple(commendations_core.list_violations(self.start, self.end))
