"""The documents a report rests on, with their dates (DOMAIN.md §7: eras of the campaign).

An outline names the period in which it applies and the documents it rests on; a report
cites only the documents dated on or before its own date, and warns when its outline does
not apply to its period. Dates are read from the cited text ("ngày 15/5/2016", "ngày 15
tháng 5 năm 2016") when a basis gives none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.common.formats import period, short_date

_SHORT = re.compile(r"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE)
_LONG = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


@dataclass(frozen=True)
class Basis:
    """A document cited in the opening: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của …"."""

    text: str
    date: dt.date | None = None


def date_in(text: str) -> dt.date | None:
    """The first date written in a cited document's text, or None."""
    for pattern in (_SHORT, _LONG):
        match = pattern.search(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def basis_of(text: str, date: dt.date | None = None) -> Basis:
    return Basis(text.strip().rstrip(" ;."), date or date_in(text))


def cited_on(bases: tuple[Basis, ...] | list[Basis], day: dt.date) -> list[Basis]:
    """The bases a report of *day* may cite: none dated after it."""
    return [b for b in bases if b.date is None or b.date <= day]


def later_than(lines: list[str], day: dt.date) -> list[tuple[str, dt.date]]:
    """Cited lines (the documents a report answers) dated after *day*."""
    found = []
    for line in lines:
        when = date_in(line)
        if when is not None and when > day:
            found.append((line, when))
    return found


def answers_errors(lines: list[str], day: dt.date | None) -> dict[str, str]:
    """A report never cites a document dated after itself: the field's message, if any."""
    if day is None:
        return {}
    late = later_than(lines, day)
    if not late:
        return {}
    line, when = late[0]
    short = line if len(line) <= 80 else line[:77] + "…"
    return {"answers": f"Văn bản “{short}” đề ngày {short_date(when)}, sau ngày báo cáo "
                       f"({short_date(day)}); báo cáo không thể căn cứ văn bản ban hành sau nó."}


@dataclass(frozen=True)
class Applies:
    """The period in which an outline applies (years, inclusive; None: open-ended)."""

    first: int | None = None
    last: int | None = None

    def covers(self, start: dt.date, end: dt.date) -> bool:
        return ((self.first is None or end.year >= self.first)
                and (self.last is None or start.year <= self.last))

    @property
    def label(self) -> str:
        if self.first is None and self.last is None:
            return "mọi năm"
        if self.last is None:
            return f"từ năm {self.first}"
        if self.first is None:
            return f"đến năm {self.last}"
        return f"các năm {period(self.first, self.last)}"


def outline_warning(name: str, applies: Applies, start: dt.date, end: dt.date) -> str | None:
    """A warning when the outline *name* does not apply to the report's period."""
    if applies.covers(start, end):
        return None
    span = period(start.year, end.year)
    years = applies.label
    years = years if years.startswith(("từ", "đến")) else f"cho {years}"
    return (f"Đề cương “{name}” áp dụng {years}; kỳ báo cáo {span} nằm ngoài "
            "thời gian này. Hãy chọn đề cương của thời kỳ đó, hoặc kiểm tra lại kỳ báo cáo.")
