"""The appendix (phụ lục): figures per year, each cell a claim; a column only for an area
with records in the period, and "–" in a year that holds none (never "0/N")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from desktop_app.core.common.formats import number
from desktop_app.core.savings.social import KIND_LABELS as SOCIAL_LABELS

from .claims import Claim, ClaimBuilder, Figure
from .facts import ReportFacts

NONE = "–"
YEAR_WIDTH = 12
TOTAL_WIDTH = 165


@dataclass
class AppendixTable:
    columns: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    note: str = ""


def _ratio(b: ClaimBuilder, part_key: str, whole_key: str, part: tuple[int, ...],
           whole: tuple[int, ...], table: str, **params) -> str:
    p = b.figure(part_key, part, table, **params)
    w = b.figure(whole_key, whole, table, **params)
    return f"{b.show(p)}/{b.show(w)} ({b.percent('appendix.share', p, w)})"


def appendix_table(facts: ReportFacts) -> AppendixTable:
    years = facts.years
    study = facts.study_per_year
    records = {y.year: y for y in facts.year_records}
    thrift = facts.thrift_per_year
    social: dict[int, list] = defaultdict(list)
    for item in facts.social:
        assert item.date is not None
        social[item.date.year].append(item)
    funds = {year: facts.funds_in(*facts.year_span(year)) for year in years} \
        if facts.funds else {}

    def sessions(year: int, b: ClaimBuilder) -> str | None:
        ids = study[year].sessions
        return b.count("study.sessions", ids, "study_session") if ids else None

    def attendance(year: int, b: ClaimBuilder) -> str | None:
        s = study[year]
        if not s.party_expected:
            return None
        return _ratio(b, "study.party_attended", "study.party_expected", s.party_attended,
                      s.party_expected, "member")

    def reflections(year: int, b: ClaimBuilder) -> str | None:
        s = study[year]
        if not s.reflection_required:
            return None
        return _ratio(b, "study.reflection_done", "study.reflection_required", s.reflection_done,
                      s.reflection_required, "member")

    def commitments(year: int, b: ClaimBuilder) -> str | None:
        r = records.get(year)
        if r is None or not r.commitments or not r.expected:
            return None
        part = b.figure("reviews.registered", r.commitments, "commitment")
        value = len(r.expected)
        whole = Figure("reviews.expected", value, number(value), None, "", (("year", year),))
        return f"{b.show(part)}/{b.show(whole)} ({b.percent('appendix.share', part, whole)})"

    def saving(year: int, b: ClaimBuilder) -> str | None:
        total = thrift[year].total
        if not total.months_recorded or total.saved_percent is None:
            return None
        value = total.saved_percent
        if abs(value) < 0.05:
            return "bằng mức gốc"
        verb = "giảm" if value > 0 else "vượt chi"
        return f"{verb} {b.rate('thrift.saved_percent', abs(value), category=None)}"

    def social_work(year: int, b: ClaimBuilder) -> str | None:
        items = social.get(year)
        if not items:
            return None
        quantities: dict[tuple[str, str], list] = defaultdict(list)
        values: dict[str, list] = defaultdict(list)
        for item in items:
            if item.quantity is not None:
                quantities[(item.kind, item.unit)].append(item)
            elif item.value:
                values[item.kind].append(item)
        parts = []
        for (kind, unit), group in quantities.items():
            total = sum(i.quantity or 0 for i in group)
            text = b.value("social.quantities", total, 0,
                           activities=tuple(sorted(i.id for i in group)))
            parts.append(f"{SOCIAL_LABELS[kind]}: {text} {b.quote(unit)}".rstrip())
        for kind, group in values.items():
            total = sum(i.value or 0 for i in group)
            text = b.amount("social.values", total, activities=tuple(sorted(i.id for i in group)))
            parts.append(f"{SOCIAL_LABELS[kind]}: {text}")
        return "; ".join(parts) or None

    def fund_money(year: int, b: ClaimBuilder) -> str | None:
        found = funds.get(year, ())
        if not found:
            return None
        parts = []
        for record in found:
            fund = record.fund.id
            money_in = b.amount("fund.in", record.money_in, record.in_ids, "fund_entry",
                                fund=fund)
            part = f"{b.quote(record.fund.name)}: thu {money_in}"
            if record.money_out:
                money_out = b.amount("fund.out", record.money_out, record.out_ids, "fund_entry",
                                     fund=fund)
                part += f", chi {money_out}"
            parts.append(part)
        return "; ".join(parts)

    candidates = [
        ("Buổi học tập", sessions), ("Đảng viên tham gia học tập", attendance),
        ("Viết thu hoạch", reflections), ("Đăng ký làm theo", commitments),
        ("Tiết kiệm (tổng các khoản chi)", saving), ("Công tác xã hội", social_work),
        ("Quỹ", fund_money),
    ]
    table = AppendixTable()
    cells: dict[str, dict[int, tuple[str, Claim | None]]] = {}
    for title, make in candidates:
        column: dict[int, tuple[str, Claim | None]] = {}
        for year in years:
            b = ClaimBuilder("appendix." + make.__name__, year=year)
            text = make(year, b)
            column[year] = (NONE, None) if text is None else (text, b.claim(text))
        if any(claim is not None for _text, claim in column.values()):
            cells[title] = column
    table.columns = ["Năm", *cells]
    others = len(cells)
    table.widths = [YEAR_WIDTH] + [round((TOTAL_WIDTH - YEAR_WIDTH) / others, 1)] * others \
        if others else [YEAR_WIDTH]
    for year in years:
        row = [str(year)]
        for values in cells.values():
            text, claim = values[year]
            row.append(text)
            if claim is not None:
                table.claims.append(claim)
        table.rows.append(row)
    if any(NONE in row for row in table.rows):
        table.note = f"Ghi chú: “{NONE}”: năm đó chưa ghi nhận số liệu."
    return table
