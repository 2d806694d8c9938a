"""The report's appendix (phụ lục): figures per year and the thrift chart's data.

Plain JSON-ready data, so an issued report's appendix is frozen with its content and
re-prints exactly as issued. Every figure comes from the areas' ``per_year`` functions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from desktop_app.core.common.formats import number, percent
from desktop_app.core.reviews import report_facts as review_facts
from desktop_app.core.savings import social
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import ThriftResult, ThriftTable, thrift_tables
from desktop_app.core.study import figures as study_figures

COLUMNS = ["Năm", "Buổi học tập", "Đảng viên tham gia học tập", "Viết thu hoạch",
           "Đăng ký làm theo", "Tiết kiệm (tổng các khoản chi)", "Công tác xã hội"]
WIDTHS = [12, 14, 24, 22, 22, 34, 37]
NONE = "–"


def _ratio(part: int, whole: int, share: float | None) -> str:
    return f"{number(part)}/{number(whole)} ({percent(share)})" if whole else NONE


def year_rows(start_year: int, end_year: int,
              thrift_years: list[ThriftTable] | None = None) -> list[list[str]]:
    """One row per year. *thrift_years*: each year's thrift table, when the caller has
    them already."""
    years = range(start_year, end_year + 1)
    studies = {f.start.year: f for f in study_figures.per_year(start_year, end_year)}
    reviews = {f.year: f for f in review_facts.per_year(start_year, end_year)}
    socials = social.per_year(start_year, end_year)
    if thrift_years is None:
        thrift_years = thrift_tables([Period.year(year) for year in years])
    rows = []
    for year, thrift_year in zip(years, thrift_years, strict=True):
        study = studies[year]
        review = reviews[year]
        thrift = thrift_year.total
        rows.append([
            str(year),
            number(study.sessions_held) if study.sessions_held else NONE,
            _ratio(study.party_attended, study.party_expected, study.attendance_percent),
            _ratio(study.reflection_members_done, study.reflection_members_required,
                   study.reflection_percent),
            _ratio(review.registered, review.members,
                   review.registered * 100 / review.members if review.members else None),
            thrift.change_text() if thrift.months_recorded else NONE,
            "; ".join(socials[year].lines()) or NONE,
        ])
    return rows


def thrift_to_json(table: ThriftTable) -> dict[str, Any]:
    return dataclasses.asdict(table)


def thrift_from_json(data: dict[str, Any]) -> ThriftTable:
    def result(item: dict[str, Any]) -> ThriftResult:
        return ThriftResult(**{**item, "rose_months": tuple(tuple(m) for m in
                                                               item["rose_months"])})

    period = data["period"]
    return ThriftTable(
        period=Period(tuple(period["first"]), tuple(period["last"]), period["label"]),
        rows=tuple(result(r) for r in data["rows"]), total=result(data["total"]))


def appendix_content(start: dt.date, end: dt.date) -> dict[str, Any]:
    # the period's thrift table and each year's, from one read of the amounts
    thrift, *thrift_years = thrift_tables(
        [Period.dates(start, end)]
        + [Period.year(year) for year in range(start.year, end.year + 1)])
    return {
        "title": "Phụ lục",
        "subtitle": "Số liệu thực hiện theo từng năm",
        "columns": COLUMNS,
        "widths": WIDTHS,
        "rows": year_rows(start.year, end.year, thrift_years),
        "thrift": thrift_to_json(thrift) if thrift.has_data else None,
    }
