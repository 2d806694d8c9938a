"""The report's appendix (phụ lục): figures per year and the thrift chart's data.

Plain JSON-ready data, so an issued report's appendix is frozen with its content and
re-prints exactly as issued. Every cell is a claim (``appendix_claims``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import ThriftResult, ThriftTable

from .appendix_claims import appendix_table
from .facts import ReportFacts


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


def appendix_content(facts: ReportFacts) -> dict[str, Any]:
    """The appendix of a report: a column per area with records in the period, a row per
    year ("–" where a year holds none), and the thrift chart when spending was recorded."""
    table = appendix_table(facts)
    thrift = facts.thrift
    return {
        "title": "Phụ lục",
        "subtitle": "Số liệu thực hiện theo từng năm",
        "columns": table.columns,
        "widths": table.widths,
        "rows": table.rows,
        "note": table.note,
        "thrift": thrift_to_json(thrift) if thrift.has_data else None,
    }
