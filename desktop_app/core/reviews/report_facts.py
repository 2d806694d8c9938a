"""Commitments, self-reviews and ratings counted per year (the Plans tab's measure and the
year papers); the summary report counts them with their records in ``year_records``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.db import database, plain_rows
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import RATING_LEVELS

from .ratings import takes_part


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
