"""Study figures at scale: 500 members × 200 sessions (100,000 attendance rows).

Run: ``uv run python benchmarks/study_figures.py``. Prints each operation's time and its
ratio to a baseline full scan of the attendance table, so results compare across
machines. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import sessions as study
from desktop_app.db import database
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.members import Member

MEMBERS = 500
SESSIONS = 200


def timed(label: str, func, baseline: float | None = None) -> float:
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    ratio = f"{elapsed / baseline:8.1f}× baseline" if baseline else ""
    print(f"{label:<48} {elapsed * 1000:8.1f} ms {ratio}")
    return elapsed


def build() -> list[int]:
    rng = random.Random(5)
    with database.atomic():
        Member.insert_many([{
            "full_name": f"Đảng viên số {i:03d}",
            "kind": "non_party" if i % 5 == 0 else "full",
            "role": "none" if i % 5 == 0 else "member",
            "joined_date": None if i % 5 == 0 else dt.date(1990, 1, 1),
            "status": "excused" if i % 50 == 1 else "active",
            "status_date": dt.date(2000, 1, 1) if i % 50 == 1 else None,
        } for i in range(MEMBERS)]).execute()
    ids = []
    first = dt.date(2010, 1, 5)
    for n in range(SESSIONS):
        session = study.create_session(study.SessionData(
            date=first + dt.timedelta(days=18 * n), topic=f"Chuyên đề {n}",
            reflection_required=n % 2 == 0))
        rows = [replace(r, status=rng.choice(["excused_absence", "unexcused_absence"]))
                if r.status == "present" and rng.random() < 0.05 else r
                for r in study.load_grid(session.id)]
        study.save_grid(session.id, rows)
        ids.append(session.id)
    return ids


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        try:
            timed("build 500 members × 200 sessions", build)
            count = database.execute_sql("SELECT COUNT(*) FROM attendance").fetchone()[0]
            print(f"attendance rows: {count}")
            base = timed("baseline: scan attendance (SUM over rows)", lambda: database.execute_sql(
                "SELECT SUM(status = 'present') FROM attendance").fetchone())
            start, end = dt.date(2010, 1, 1), dt.date(2019, 12, 31)
            timed("session_figures, all 200 sessions", lambda: study_figures.session_figures(
                start, end), base)
            timed("session_figures, one year", lambda: study_figures.year_facts(2012), base)
            timed("report_facts, whole period", lambda: study_figures.report_facts(start, end),
                  base)
            timed("per_year, 10 years", lambda: study_figures.per_year(2010, 2019), base)
            session_id = database.execute_sql("SELECT MAX(id) FROM study_session").fetchone()[0]
            timed("load_grid of one session (500 rows)", lambda: study.load_grid(session_id), base)
            rows = study.load_grid(session_id)
            timed("save_grid of one session (500 rows)",
                  lambda: study.save_grid(session_id, rows), base)
            member_id = database.execute_sql("SELECT MIN(id) FROM member").fetchone()[0]
            timed("member_history (200 rows)", lambda: study.member_history(member_id), base)
        finally:
            close_database()


if __name__ == "__main__":
    main()
