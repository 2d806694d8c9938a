"""Claims: the sentences of a report that state figures, each knowing what it counts.

A secretary signs what the app drafts, so a sentence that states a figure must be true of
the records. Every figure-bearing sentence is built as a :class:`Claim`: its text, and for
each number in it a :class:`Figure` naming what it measures (``key``, with ``params`` such
as the year), its value, and the records counted (ids in ``table``) where there are any.
Text copied from the records (a title, a topic, a name) is listed in ``quoted``: it is
printed as typed, and numbers inside it are the secretary's, not the app's.

A claim is made only when the records behind it exist for the period; a section with no
records says so in a sentence without figures (``Claim(kind, text)``), never "0/N (đạt 0%)".
The tests recount every figure of every claim from the database file in plain SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.core.common.formats import cited_date, money, number, percent, ratio_percent

Params = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Figure:
    """One number of a claim, as printed (``text``) and as counted."""

    key: str  # what is measured: "study.party_attended", "fund.in", "label.year"
    value: float | int
    text: str
    records: tuple[int, ...] | None = None  # ids counted, when the figure counts records
    table: str = ""  # the table of ``records``
    params: Params = ()  # what the count is restricted to: (("year", 2021),)
    of: tuple[Figure, Figure] | None = None  # a percentage: (part, whole), printed or not

    def param(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)


@dataclass(frozen=True)
class Claim:
    """A sentence of the report (one bullet, or a paragraph when ``bullet`` is False)."""

    kind: str  # the sentence kind: "study.attendance", "fund.money", "none.study"
    text: str
    figures: tuple[Figure, ...] = ()
    quoted: tuple[str, ...] = ()
    bullet: bool = True

    @property
    def line(self) -> str:
        return f"- {self.text}" if self.bullet else self.text


def section_text(claims: Iterable[Claim]) -> str:
    """A section's stored text: one line per claim ("- " for a bullet)."""
    return "\n".join(claim.line for claim in claims if claim.text)


def two_digits(value: int) -> str:
    """Counts of things under ten as Party reports write them: "02 căn", "01 cầu"."""
    return f"{value:02d}" if 0 <= value < 10 else number(value)


class ClaimBuilder:
    """Collects the figures of one sentence while its text is written:

        b = ClaimBuilder("study.attendance", year=2021)
        text = f"{b.count('study.party_attended', ids, 'member')} đảng viên …"
        claim = b.claim(text)
    """

    def __init__(self, kind: str, **params: Any):
        self.kind = kind
        self.params = params
        self.figures: list[Figure] = []
        self.quoted: list[str] = []

    def _params(self, extra: dict[str, Any]) -> Params:
        return tuple(sorted({**self.params, **extra}.items()))

    def _add(self, figure: Figure) -> str:
        self.figures.append(figure)
        return figure.text

    def figure(self, key: str, ids: Iterable[int], table: str, pad: bool = False,
               **params: Any) -> Figure:
        """A count of records, not (yet) printed: for the part and whole of a percentage."""
        records = tuple(sorted(set(ids)))
        text = two_digits(len(records)) if pad else number(len(records))
        return Figure(key, len(records), text, records, table, self._params(params))

    def value_figure(self, key: str, value: float | int, **params: Any) -> Figure:
        """A counted value without record ids (a sum of attendances, a setting)."""
        return Figure(key, value, number(value, 2), None, "", self._params(params))

    def count(self, key: str, ids: Iterable[int], table: str, pad: bool = False,
              **params: Any) -> str:
        """The number of records *ids* of *table*, printed ("12", or "02" with *pad*)."""
        return self._add(self.figure(key, ids, table, pad, **params))

    def show(self, figure: Figure) -> str:
        return self._add(figure)

    def value(self, key: str, value: float | int, decimals: int = 2, pad: bool = False,
              **params: Any) -> str:
        """A counted value with no record ids to list (lượt, a stored count, a setting);
        with *pad*, a whole number under ten takes a zero ("02 căn")."""
        text = two_digits(int(value)) if pad else number(value, decimals)
        return self._add(Figure(key, value, text, None, "", self._params(params)))

    def amount(self, key: str, value: int, ids: Iterable[int] | None = None, table: str = "",
               **params: Any) -> str:
        """A sum of money: "1.200.000 đồng"."""
        records = None if ids is None else tuple(sorted(set(ids)))
        return self._add(Figure(key, value, money(value), records, table, self._params(params)))

    def percent_figure(self, key: str, part: Figure, whole: Figure, decimals: int = 2,
                       **params: Any) -> Figure:
        share = ratio_percent(int(part.value), int(whole.value))
        assert share is not None, "a percentage of nothing is not a claim"
        return Figure(key, share, percent(share, decimals), None, "", self._params(params),
                      of=(part, whole))

    def percent(self, key: str, part: Figure, whole: Figure, decimals: int = 2,
                **params: Any) -> str:
        """part/whole as "91,67%" (the whole is never zero here: no records, no claim)."""
        return self._add(self.percent_figure(key, part, whole, decimals, **params))

    def rate(self, key: str, value: float, decimals: int = 1, **params: Any) -> str:
        """A percentage computed by an area from its records (thrift), printed as is."""
        return self._add(Figure(key, value, percent(value, decimals), None, "",
                                self._params(params)))

    def year(self, value: int) -> str:
        return self._add(Figure("label.year", value, str(value)))

    def years(self, first: int, last: int) -> str:
        """"2021" or "2020 – 2022"."""
        if first == last:
            return self.year(first)
        return f"{self.year(first)} – {self.year(last)}"

    def label(self, value: int) -> str:
        """A month or another number that names, not counts ("tháng 6/2020")."""
        return self._add(Figure("label.number", value, str(value)))

    def also(self, figure: Figure) -> None:
        """A figure the sentence states without printing its number ("100% đảng viên, cán
        bộ chủ chốt" holds the cadres' share too)."""
        self.figures.append(Figure(figure.key, figure.value, "", figure.records, figure.table,
                                   figure.params, figure.of))

    def date(self, value: dt.date, text: str | None = None) -> str:
        """A date as printed ("15/5/2016" by default): a label, checked against the period."""
        return self._add(Figure("label.date", value.toordinal(), text or cited_date(value)))

    def quote(self, text: str) -> str:
        """Text copied from a record (title, topic, name): printed as typed."""
        if text:
            self.quoted.append(text)
        return text

    def claim(self, text: str, bullet: bool = True) -> Claim:
        return Claim(self.kind, text, tuple(self.figures), tuple(self.quoted), bullet)


def plain(kind: str, text: str, bullet: bool = True) -> Claim:
    """A sentence that states no figure (a judgement, or "chưa ghi nhận …")."""
    return Claim(kind, text, bullet=bullet)
