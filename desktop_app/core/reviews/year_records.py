"""Commitments, self-reviews, ratings and remedies of each year, with the records counted.

For the summary report: which party members take part each year (``ratings.takes_part``),
which of them registered commitments (bản đăng ký làm theo), whose commitments were
assessed at year end and fulfilled, which reviews were finished, the final ratings, and the
remedies overdue on the report's last day. An area with no record in a year says nothing
of that year: "0/N" is never the count of what was not entered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.db import database

from .ratings import takes_part


@dataclass(frozen=True)
class YearRecords:
    year: int
    expected: tuple[int, ...]  # party members taking part that year (member ids)
    commitments: tuple[int, ...]  # their commitments (commitment ids)
    assessed: tuple[int, ...]  # commitments with a year-end result on an item
    fulfilled: tuple[int, ...]  # assessed, every item done
    items: tuple[int, ...]  # commitment items (ids)
    vague: tuple[int, ...]  # items without a measurable target or a deadline
    reviews: tuple[int, ...]  # finished self-reviews (ids)
    ratings: tuple[tuple[int, str], ...]  # final ratings (rating id, level)
    overdue_remedies: tuple[int, ...]  # remedies set that year, overdue on the report's end

    def level(self, level: str) -> tuple[int, ...]:
        return tuple(rid for rid, found in self.ratings if found == level)


def year_records(start_year: int, end_year: int, on: dt.date) -> list[YearRecords]:
    """One YearRecords per year from *start_year* to *end_year*; remedies as of *on*."""
    bounds = (start_year, end_year)
    members = database.execute_sql(
        "SELECT id, kind, joined_date, status, status_date FROM member").fetchall()
    commitments: dict[int, list[tuple]] = {}
    for row in database.execute_sql("""
            SELECT c.year, c.id, c.member_id, COUNT(i.id), COALESCE(SUM(i.done), 0),
                   COALESCE(SUM(i.done OR i.result != '' OR i.achieved_value IS NOT NULL), 0)
            FROM commitment c LEFT JOIN commitment_item i ON i.commitment_id = c.id
            WHERE c.year BETWEEN ? AND ? GROUP BY c.id ORDER BY c.id""", bounds).fetchall():
        commitments.setdefault(row[0], []).append(row[1:])
    items: dict[int, list[tuple]] = {}
    for year, item_id, member_id, vague in database.execute_sql("""
            SELECT c.year, i.id, c.member_id, i.target IS NULL OR i.deadline IS NULL
            FROM commitment_item i JOIN commitment c ON c.id = i.commitment_id
            WHERE c.year BETWEEN ? AND ?""", bounds).fetchall():
        items.setdefault(year, []).append((item_id, member_id, bool(vague)))
    reviews: dict[int, list[tuple[int, int]]] = {}
    for year, review_id, member_id in database.execute_sql(
            "SELECT year, id, member_id FROM self_review WHERE year BETWEEN ? AND ? "
            "AND NOT draft", bounds).fetchall():
        reviews.setdefault(year, []).append((review_id, member_id))
    finals: dict[tuple[int, int], tuple[int, str]] = {}
    for year, rating_id, member_id, _stage, level in database.execute_sql(
            "SELECT year, id, member_id, stage, level FROM rating WHERE year BETWEEN ? AND ? "
            "AND stage IN ('cell', 'superior') ORDER BY stage = 'superior'",
            bounds).fetchall():
        finals[(year, member_id)] = (rating_id, level)  # the superior's decision wins
    overdue: dict[int, list[tuple[int, int]]] = {}
    day = on.isoformat()
    for year, remedy_id, member_id in database.execute_sql("""
            SELECT v.year, r.id, v.member_id FROM remedy r JOIN self_review v ON v.id = r.review_id
            WHERE v.year BETWEEN ? AND ? AND r.deadline IS NOT NULL AND r.deadline < ?
              AND (r.status = 'open' OR (r.status = 'done' AND r.outcome_date > ?))""",
            (*bounds, day, day)).fetchall():
        overdue.setdefault(year, []).append((remedy_id, member_id))
    result = []
    for year in range(start_year, end_year + 1):
        expected = {m[0] for m in members if takes_part(m[1], _date(m[2]), m[3], _date(m[4]),
                                                         year)}
        own = [c for c in commitments.get(year, []) if c[1] in expected]
        assessed = [c for c in own if c[4]]
        result.append(YearRecords(
            year=year, expected=tuple(sorted(expected)),
            commitments=tuple(c[0] for c in own), assessed=tuple(c[0] for c in assessed),
            fulfilled=tuple(c[0] for c in assessed if c[2] and c[3] == c[2]),
            items=tuple(i[0] for i in items.get(year, []) if i[1] in expected),
            vague=tuple(i[0] for i in items.get(year, []) if i[1] in expected and i[2]),
            reviews=tuple(r[0] for r in reviews.get(year, []) if r[1] in expected),
            ratings=tuple(v for (y, member_id), v in sorted(finals.items())
                          if y == year and member_id in expected),
            overdue_remedies=tuple(r[0] for r in overdue.get(year, []))))
    return result


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
