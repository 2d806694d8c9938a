"""What the Savings tab shows for a year and a period, read off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.savings import categories
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.results import (
    MonthPoint,
    Period,
    ThriftTable,
    monthly_series,
    thrift_table,
)


def rose_months(table: ThriftTable, year: int) -> set[tuple[int, int]]:
    """(category, month) of *year* whose spending rose above the baseline."""
    return {(r.category_id, m) for r in table.rows if r.category_id is not None
            for (y, m) in r.rose_months if y == year}


@dataclass
class ResultsView:
    """The results page for a period, read off the UI thread (``read_results``)."""

    year: int
    period: Period
    table: ThriftTable
    series: list[MonthPoint]  # the year's monthly chart


def read_results(year: int, period: Period, category_id: int | None) -> ResultsView:
    return ResultsView(year, period, thrift_table(period), monthly_series(year, category_id))


@dataclass
class YearView:
    """The grid of a year and its results, read off the UI thread (``read_year``)."""

    year: int
    grid: list[savings.GridRow]
    rose: set[tuple[int, int]]
    categories: list[categories.Category]
    results: ResultsView


def read_year(year: int, period: Period, category_id: int | None) -> YearView:
    results = read_results(year, period, category_id)
    year_table = results.table if period == Period.year(year) else thrift_table(
        Period.year(year))
    return YearView(year, savings.load_grid(year), rose_months(year_table, year),
                    categories.list_categories(), results)
