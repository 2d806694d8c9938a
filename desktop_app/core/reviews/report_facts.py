"""Facts about commitments, self-reviews and ratings for the summary report.

How many party members registered commitments and fulfilled them, wrote their self-review,
and at which level they were rated, per year of a period; remedies left overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.common.formats import percent, period, ratio_percent, short_date
from desktop_app.db import database, plain_rows
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import RATING_LEVELS

from .ratings import LEVEL_LABELS, takes_part
from .remedies import overdue_remedies


@dataclass(frozen=True)
class YearFacts:
    year: int
    members: int  # party members expected to register and review
    registered: int
    fulfilled: int
    reviewed: int
    rated: int
    levels: tuple[tuple[str, int], ...]  # (level, count) in RATING_LEVELS order
    vague_items: int
    items: int


@dataclass(frozen=True)
class ReviewFacts:
    start: dt.date
    end: dt.date
    years: tuple[YearFacts, ...]
    overdue_remedies: int  # open remedies past their deadline on *end*

    @property
    def members(self) -> int:
        return sum(y.members for y in self.years)

    @property
    def registered(self) -> int:
        return sum(y.registered for y in self.years)

    @property
    def fulfilled(self) -> int:
        return sum(y.fulfilled for y in self.years)

    @property
    def reviewed(self) -> int:
        return sum(y.reviewed for y in self.years)

    def level_count(self, level: str, year: int | None = None) -> int:
        return sum(dict(y.levels)[level] for y in self.years if year in (None, y.year))

    @property
    def vague_items(self) -> int:
        return sum(y.vague_items for y in self.years)

    @property
    def items(self) -> int:
        return sum(y.items for y in self.years)

    @property
    def _which(self) -> str:
        span = period(self.years[0].year, self.years[-1].year)
        return f"năm {span}" if len(self.years) == 1 else f"các năm {span}"

    def action_programme_clause(self) -> str | None:
        """"100% đảng viên xây dựng chương trình hành động cá nhân" (the yearly bản đăng ký
        làm theo), or "9/10 lượt đảng viên (đạt 90%) ..."; None without expected members."""
        if not self.members:
            return None
        if self.registered == self.members:
            return "100% đảng viên xây dựng chương trình hành động cá nhân"
        return (f"{self.registered}/{self.members} lượt đảng viên "
                f"(đạt {percent(ratio_percent(self.registered, self.members))}) xây dựng "
                "chương trình hành động cá nhân")

    def sentences(self) -> list[str]:
        return self.commitment_sentences() + self.rating_sentences()

    def commitment_sentences(self) -> list[str]:
        """Registration and fulfilment of the commitments (đăng ký làm theo)."""
        if not self.years or self.registered == 0 and self.reviewed == 0:
            return ["Trong kỳ chưa ghi nhận bản đăng ký làm theo hay bản kiểm điểm nào."]
        which = self._which
        out = []
        share = ratio_percent(self.registered, self.members)
        if self.registered == self.members:
            out.append(f"100% đảng viên đăng ký làm theo trong {which} "
                       f"({self.registered}/{self.members} lượt đảng viên).")
        else:
            out.append(f"{self.registered}/{self.members} lượt đảng viên đăng ký làm theo "
                       f"trong {which}, đạt {percent(share)}.")
        if self.registered:
            out.append(f"{self.fulfilled}/{self.registered} lượt đảng viên thực hiện đầy đủ các "
                       f"nội dung đã đăng ký, đạt "
                       f"{percent(ratio_percent(self.fulfilled, self.registered))}.")
        vague = sum(y.vague_items for y in self.years)
        if vague:
            out.append(f"Còn {vague}/{sum(y.items for y in self.years)} nội dung đăng ký chung "
                       "chung, chưa có chỉ tiêu đo được hoặc thời hạn thực hiện.")
        return out

    def rating_sentences(self) -> list[str]:
        """Year-end reviews, quality ratings and overdue remedies."""
        if not self.years or self.registered == 0 and self.reviewed == 0:
            return []
        which = self._which
        out = []
        if self.reviewed == self.members:
            out.append(f"100% đảng viên viết bản kiểm điểm, tự phê bình cuối năm trong {which}.")
        else:
            out.append(f"{self.reviewed}/{self.members} lượt đảng viên viết bản kiểm điểm cuối "
                       "năm.")
        for year in self.years:
            if not year.rated:
                continue
            parts = [f"{count} đồng chí {LEVEL_LABELS[level].lower()} "
                     f"({percent(ratio_percent(count, year.rated))})"
                     for level, count in year.levels if count]
            out.append(f"Xếp loại chất lượng đảng viên năm {year.year} ({year.rated} đồng chí): "
                       + "; ".join(parts) + ".")
        if self.overdue_remedies:
            out.append(f"Có {self.overdue_remedies} biện pháp khắc phục hạn chế đã quá hạn "
                       f"mà chưa thực hiện xong (tính đến {short_date(self.end)}).")
        else:
            out.append("Không có biện pháp khắc phục hạn chế nào quá hạn.")
        return out


def per_year(start_year: int, end_year: int) -> list[YearFacts]:
    """The figures of every year, from one query per table over all the years (the
    same counts as ``year_overview`` and ``distribution`` year by year, without building
    its rows: the report asks for a decade of them)."""
    bounds = (start_year, end_year)
    members = list(plain_rows(Member.select(
        Member.id, Member.kind, Member.joined_date, Member.status, Member.status_date)))
    # (year, member id) → what the member has that year
    commitments: dict[tuple[int, int], tuple[int, int, int]] = {
        (year, member_id): (count or 0, done or 0, vague or 0)
        for year, member_id, count, done, vague in database.execute_sql("""
            SELECT c.year, c.member_id, COUNT(i.id), SUM(i.done),
                   SUM(i.id IS NOT NULL AND (i.target IS NULL OR i.deadline IS NULL))
            FROM commitment c LEFT JOIN commitment_item i ON i.commitment_id = c.id
            WHERE c.year BETWEEN ? AND ? GROUP BY c.id""", bounds).fetchall()}
    drafts: dict[tuple[int, int], bool] = {
        (year, member_id): bool(draft) for year, member_id, draft in database.execute_sql(
            "SELECT year, member_id, draft FROM self_review WHERE year BETWEEN ? AND ?",
            bounds).fetchall()}
    finals: dict[tuple[int, int], dict[str, str]] = {}
    for year, member_id, stage, level in database.execute_sql(
            "SELECT year, member_id, stage, level FROM rating WHERE year BETWEEN ? AND ? "
            "AND stage IN ('superior', 'cell')", bounds).fetchall():
        finals.setdefault((year, member_id), {})[stage] = level
    facts = []
    for year in range(start_year, end_year + 1):
        expected = [member_id for member_id, kind, joined, status, status_date in members
                    if takes_part(kind, joined, status, status_date, year)]
        counts = dict.fromkeys(RATING_LEVELS, 0)
        registered = fulfilled = reviewed = vague = items = 0
        for member_id in expected:
            key = (year, member_id)
            stages = finals.get(key, {})
            level = stages.get("superior") or stages.get("cell")
            if level:
                counts[level] += 1
            draft = drafts.get(key)
            commitment = commitments.get(key)
            if level or draft is not None or commitment is not None:
                registered += 1
            if draft is False:
                reviewed += 1
            if commitment is not None:
                count, done, unclear = commitment
                items += count
                vague += unclear
                fulfilled += count > 0 and done == count
        facts.append(YearFacts(
            year=year, members=len(expected), registered=registered, fulfilled=fulfilled,
            reviewed=reviewed, rated=sum(counts.values()), levels=tuple(counts.items()),
            vague_items=vague, items=items))
    return facts


def report_facts(start: dt.date, end: dt.date) -> ReviewFacts:
    """Commitments, reviews, ratings and overdue remedies for the years of the period."""
    years = tuple(y for y in per_year(start.year, end.year) if y.members)
    overdue = [o for o in overdue_remedies(end) if start.year <= o.year <= end.year]
    return ReviewFacts(start=start, end=end, years=years, overdue_remedies=len(overdue))
