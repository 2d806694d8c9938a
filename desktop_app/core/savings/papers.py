"""The plain data of the area's printed papers (``documents.savings.tables`` builds them):
the thrift results of a period and the social-work list of some years. Both are annexes
to a report, so they carry no register number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import ThriftResult, ThriftTable, thrift_table

from . import social
from .report_facts import thrift_sentences


@dataclass(frozen=True)
class ThriftPaper:
    """The thrift table of a period, each year's total when it spans several, the wording."""

    letterhead: Letterhead
    period: Period
    as_of: dt.date
    table: ThriftTable
    # (year, its total) for every year of a period over several years that has data
    yearly: list[tuple[int, ThriftResult]]
    sentences: list[str]  # the report's thrift paragraph over this table
    secretary_name: str


def thrift_paper(period: Period, as_of: dt.date | None = None) -> ThriftPaper:
    as_of = as_of or dt.date.today()
    table = thrift_table(period)
    first, last = period.year_span
    yearly = ([(year, thrift_table(Period.year(year)).total) for year in range(first, last + 1)]
              if last > first and table.has_data else [])
    start = dt.date(period.first[0], period.first[1], 1)
    end_year, end_month = period.last
    end = (dt.date(end_year + 1, 1, 1) if end_month == 12
           else dt.date(end_year, end_month + 1, 1)) - dt.timedelta(days=1)
    # The wording of the report's thrift paragraph, over the period's table already made
    # (not the whole report area: social work and commendations are not printed here).
    facts_period = Period.dates(start, end)
    facts_table = table if facts_period == period else thrift_table(facts_period)
    return ThriftPaper(cell_core.letterhead(), period, as_of, table, yearly,
                       list(thrift_sentences(facts_table)), cell_core.secretary_on())


@dataclass(frozen=True)
class SocialPaper:
    """The social-work actions of the years *first_year*–*last_year*, with their totals."""

    letterhead: Letterhead
    first_year: int
    last_year: int
    as_of: dt.date
    facts: social.SocialFacts
    secretary_name: str


def social_paper(first_year: int, last_year: int, as_of: dt.date | None = None) -> SocialPaper:
    as_of = as_of or dt.date.today()
    facts = social.report_facts(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))
    return SocialPaper(cell_core.letterhead(), first_year, last_year, as_of, facts,
                       cell_core.secretary_on())
