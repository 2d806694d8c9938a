"""The floor of the report's figures: the same aggregates in the best SQL we could write.

Run: ``uv run python benchmarks/figures_floor.py DB`` prints each query's EXPLAIN QUERY
PLAN and its time on a copy of DB given the indexes below (``run.py`` times
``floor_figures`` against the app's drafting of the same claims).

What a report of a period counts, area by area (core/report/facts.py), read once each:

- study: per member and year, the sessions expected, attended, exempted, the unexcused
  absences, the reflections owed, written and late, as the app reads them but with every
  row from an index: the attendances per member counted a year at a time from the
  (session, member) index alone (ten small sorts of two integers cost less than one of
  the decade), then only the rows that are not a plain "present" from a covering index
  (session, member, status, reflection), so that no attendance row and no member is read
  (a single pass computing every sum over the decade took 420 ms, twice as long: the
  sums are evaluated on 594,000 rows, and they are sorted by member and year);
  sessions per year and kind;
- reviews: commitments and those fully done, per year; self-reviews per year; final
  ratings per year and level;
- savings: amounts per category, year and month (the year before the period too);
  social work per kind; plans and their targets per year and kind; commendations.

Indexes the floor adds to its copy when the schema lacks them (``FLOOR_INDEXES``):
``attendance(session_id, member_id, status, reflection)`` (covering: the study pass reads
the index alone), ``rating(stage, year, level)``, ``social_activity(date)``.

The plans on the large database (``python benchmarks/figures_floor.py DB`` prints them
all), the two study queries::

    attendances per member, a year:
    SEARCH s USING INDEX study_session_date (date>? AND date<?)
    SEARCH a USING COVERING INDEX attendance_session_id_member_id (session_id=?)
    USE TEMP B-TREE FOR GROUP BY

    the other rows per member and year:
    SEARCH s USING INDEX study_session_date (date>? AND date<?)
    SEARCH a USING COVERING INDEX floor_attendance_cover (session_id=?)
    USE TEMP B-TREE FOR GROUP BY

(the group by sorts: no index gives the rows in member order and in session order at
once, so that sort is part of any plan). Every other query reads a few thousand rows at
most (ratings through ``floor_rating_stage_year``, social work through
``floor_social_activity_date``).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

FLOOR_INDEXES = {
    "floor_attendance_cover":
        "CREATE INDEX IF NOT EXISTS floor_attendance_cover"
        " ON attendance (session_id, member_id, status, reflection)",
    "floor_rating_stage_year":
        "CREATE INDEX IF NOT EXISTS floor_rating_stage_year ON rating (stage, year, level)",
    "floor_social_activity_date":
        "CREATE INDEX IF NOT EXISTS floor_social_activity_date ON social_activity (date)",
}

# Attendances per member, a year at a time (:s and :e are that year's first and last
# day), counted from the index alone: ten small sorts of two integers cost less than one
# sort of the decade, and per year is what the appendix needs ...
PER_YEAR = """
    SELECT a.member_id, COUNT(*), SUM(s.reflection_required)
    FROM study_session s JOIN attendance a ON a.session_id = s.id
    WHERE s.date BETWEEN :s AND :e
    GROUP BY a.member_id"""

QUERIES = {
    # ... then only the rows that are not a plain "present" (absences, exemptions,
    # reflections owed), from the covering index: the counts are those differences.
    "study: the other rows per member and year": """
        SELECT a.member_id, substr(s.date, 1, 4) AS y,
               SUM(a.status = 'exempt'), SUM(a.status != 'present'),
               SUM(s.reflection_required AND a.status != 'present'),
               SUM(s.reflection_required AND a.status = 'present'
                   AND a.reflection NOT IN ('submitted', 'late')),
               SUM(s.reflection_required AND a.status = 'present' AND a.reflection = 'late'),
               SUM(a.status = 'unexcused_absence')
        FROM study_session s JOIN attendance a ON a.session_id = s.id
        WHERE s.date BETWEEN :s AND :e
          AND (a.status != 'present' OR s.reflection_required AND a.reflection != 'submitted')
        GROUP BY a.member_id, y""",
    "study: sessions per year and kind": """
        SELECT substr(date, 1, 4) AS y, kind, COUNT(*) FROM study_session
        WHERE date BETWEEN :s AND :e GROUP BY y, kind""",
    "members": "SELECT id, kind, key_cadre FROM member",
    "reviews: commitments done": """
        SELECT c.year, COUNT(*), SUM(NOT EXISTS (SELECT 1 FROM commitment_item i
               WHERE i.commitment_id = c.id AND NOT i.done))
        FROM commitment c WHERE c.year BETWEEN :ys AND :ye GROUP BY c.year""",
    "reviews: self-reviews": """
        SELECT year, COUNT(*) FROM self_review WHERE year BETWEEN :ys AND :ye GROUP BY year""",
    "reviews: final ratings": """
        SELECT year, level, COUNT(*) FROM rating
        WHERE stage = 'superior' AND year BETWEEN :ys AND :ye GROUP BY year, level""",
    "savings: thrift": """
        SELECT category_id, year, month, SUM(amount) FROM savings_entry
        WHERE year BETWEEN :ys - 1 AND :ye GROUP BY category_id, year, month""",
    "savings: social work": """
        SELECT kind, COUNT(*), SUM(quantity), SUM(value) FROM social_activity
        WHERE date BETWEEN :s AND :e GROUP BY kind""",
    "plans": """
        SELECT p.year, p.kind, COUNT(DISTINCT p.id), COUNT(t.id) FROM plan p
        LEFT JOIN plan_target t ON t.plan_id = p.id WHERE p.year BETWEEN :ys AND :ye
        GROUP BY p.year, p.kind""",
    "commendations": """
        SELECT kind, COUNT(*) FROM commendation WHERE date BETWEEN :s AND :e GROUP BY kind""",
}


def params(start_year: int, end_year: int) -> dict:
    return {"s": f"{start_year}-01-01", "e": f"{end_year}-12-31", "ys": start_year,
            "ye": end_year}


def floor_copy(db: Path, folder: Path) -> Path:
    """A copy of *db* with the floor's indexes (the original is left as it is)."""
    copy = folder / "figures-floor.db"
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as connection:
        for sql in FLOOR_INDEXES.values():
            connection.execute(sql)
        connection.execute("ANALYZE")
    connection.close()
    return copy


def floor_figures(connection: sqlite3.Connection, start_year: int, end_year: int) -> int:
    """Every query once (the first one for each year); the number of rows read back (so
    nothing is optimised away)."""
    values = params(start_year, end_year)
    count = sum(len(connection.execute(PER_YEAR, params(year, year)).fetchall())
                for year in range(start_year, end_year + 1))
    return count + sum(len(connection.execute(sql, values).fetchall())
                       for sql in QUERIES.values())


def plans(connection: sqlite3.Connection, start_year: int, end_year: int) -> dict[str, list]:
    values = params(start_year, end_year)
    queries = {f"study: attendances per member, {start_year}": PER_YEAR, **QUERIES}
    return {name: [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", values)]
            for name, sql in queries.items()}


def main(argv: list[str]) -> int:
    db = Path(argv[0])
    first, last = (int(argv[1]), int(argv[2])) if len(argv) > 2 else (2007, 2016)
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(floor_copy(db, Path(folder)))
        for name, steps in plans(connection, first, last).items():
            began = time.perf_counter()
            connection.execute(QUERIES.get(name, PER_YEAR), params(first, last)).fetchall()
            print(f"{name}: {(time.perf_counter() - began) * 1000:.1f} ms")
            for step in steps:
                print(f"    {step}")
        floor_figures(connection, first, last)
        began = time.perf_counter()
        floor_figures(connection, first, last)
        print(f"all: {(time.perf_counter() - began) * 1000:.1f} ms")
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
