"""Periods of whole months (tháng, quý, năm, giai đoạn) over which thrift results are told,
each with its Vietnamese label."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

QUARTER_NAMES = {1: "I", 2: "II", 3: "III", 4: "IV"}

YearMonth = tuple[int, int]


@dataclass(frozen=True)
class Period:
    """A run of whole months, with its label in Vietnamese."""

    first: YearMonth
    last: YearMonth
    label: str

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls((year, month), (year, month), f"tháng {month}/{year}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in QUARTER_NAMES:
            raise ValueError("Quý phải từ 1 đến 4.")
        return cls((year, 3 * quarter - 2), (year, 3 * quarter),
                   f"quý {QUARTER_NAMES[quarter]}/{year}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls((year, 1), (year, 12), f"năm {year}")

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        if first == last:
            return cls.year(first)
        return cls((first, 1), (last, 12), f"giai đoạn {first} – {last}")

    @classmethod
    def dates(cls, start: dt.date, end: dt.date) -> Period:
        """The months overlapping [start, end]; whole years get the usual labels."""
        if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
            return cls.years(start.year, end.year)
        first, last = (start.year, start.month), (end.year, end.month)
        label = (f"tháng {first[1]}/{first[0]}" if first == last
                 else f"từ tháng {first[1]}/{first[0]} đến tháng {last[1]}/{last[0]}")
        return cls(first, last, label)

    def months(self) -> list[YearMonth]:
        result = []
        year, month = self.first
        while (year, month) <= self.last:
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    @property
    def year_span(self) -> tuple[int, int]:
        return self.first[0], self.last[0]
