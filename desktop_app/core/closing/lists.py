"""The printable list of changes (danh sách thay đổi dữ liệu), as plain data: for a span of
days, or for a report's period since the report was issued. ``documents/closing`` prints it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.formats import cited_date, number, period, short_date

from . import changes, years
from .describe import ChangeLine, describe


@dataclass(frozen=True)
class ChangeList:
    subject: str  # trích yếu
    intro: str
    lines: list[ChangeLine]
    closings: list[str] = field(default_factory=list)  # closings and reopenings meanwhile
    as_of: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class ChangeListPaper:
    """What the printed list needs (``documents.closing.change_list`` builds it)."""

    letterhead: Letterhead
    changes: ChangeList
    day: dt.date
    secretary_name: str


def paper(changes: ChangeList, day: dt.date | None = None) -> ChangeListPaper:
    """The list with the cell's letterhead and signer (a UserError says what to fill in)."""
    day = day or changes.as_of
    return ChangeListPaper(cell_core.letterhead(), changes, day, cell_core.secretary_on(day))


def _span(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"từ ngày {short_date(start)} đến ngày {short_date(end)}"
    if start:
        return f"từ ngày {short_date(start)}"
    if end:
        return f"đến ngày {short_date(end)}"
    return "từ khi sổ bắt đầu ghi lịch sử thay đổi"


def _closings(after: dt.datetime | None, until: dt.datetime | None,
              span: tuple[int, int] | None = None) -> list[str]:
    def inside(moment: dt.datetime | None) -> bool:
        return moment is not None and (after is None or moment >= after) and (
            until is None or moment < until)

    lines = []
    for c in reversed(years.closings()):
        if span is not None and not span[0] <= c.year <= span[1]:
            continue
        if inside(c.closed_at):
            lines.append(f"Ngày {short_date(c.closed_at.date())}: khóa sổ năm {c.year}"
                         + (f" ({c.note})" if c.note else "") + ".")
        if inside(c.reopened_at):
            assert c.reopened_at is not None
            lines.append(f"Ngày {short_date(c.reopened_at.date())}: bỏ khóa sổ năm {c.year}, "
                         f"lý do: {c.reopen_reason}.")
    return lines


def _count(lines: list[ChangeLine]) -> str:
    return f"{number(len(lines))} thay đổi" if lines else "không có thay đổi nào"


def for_days(start: dt.date | None, end: dt.date | None) -> ChangeList:
    """Every change made from *start* to *end* (inclusive; None: no bound)."""
    found = describe(changes.changes_between(start, end))
    span = _span(start, end)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if end else None
    after = dt.datetime.combine(start, dt.time()) - dt.timedelta(seconds=1) if start else None
    return ChangeList(
        subject=f"Các thay đổi dữ liệu {span}",
        intro=(f"Sổ Chi bộ ghi tự động mọi lần thêm, sửa, xóa dữ liệu mà báo cáo sử dụng. "
               f"{span.capitalize()} có {_count(found)}, kể ra dưới đây."
               if found else f"{span.capitalize()}, dữ liệu không có thay đổi nào."),
        lines=found, closings=_closings(after, until))


def since_issued(report_id: int) -> ChangeList:
    """What changed in a report's period after the report was issued."""
    report = years.issued_report(report_id)
    if report is None:
        raise ValueError(f"report {report_id} is not issued")
    found = describe(changes.changes_since_issued(report_id))
    number_text = report.number.replace("Số ", "số ", 1)  # "Số 01-BC/CB" inside a sentence
    issued = (f"{number_text} ngày {cited_date(report.issued_date)}"
              if report.issued_date else number_text)
    span = period(report.start_year, report.end_year)
    return ChangeList(
        subject=f"Các thay đổi dữ liệu của kỳ báo cáo {span} sau khi ban hành báo cáo "
                f"{number_text}",
        intro=(f"Báo cáo {issued} (kỳ {span}) được lập từ dữ liệu của sổ. Sau khi báo cáo "
               f"được ban hành ({report.issued_at:%d/%m/%Y %H:%M}), dữ liệu của kỳ báo cáo có "
               f"{_count(found)}" + (", kể ra dưới đây." if found else ".")),
        lines=found, closings=_closings(report.issued_at, None,
                                        (report.start_year, report.end_year)))
