"""Study figures counted from the index and the exceptions (see study_figures._tallies)
equal the plain per-member sums over every attendance row, for a period and per year."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop_app.core.study import facts as study_facts
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db import database

from .study_helpers import add_member

TODAY = dt.date(2024, 1, 10)
STATUSES = ["present"] * 6 + ["excused_absence", "unexcused_absence", "exempt"]
REFLECTIONS = ["none", "submitted", "submitted", "late", "not_submitted"]


@pytest.fixture
def mixed_attendance(db):
    """10 party members (3 key cadres, one exempt at every session of 2022), 3 non-party
    staff, 24 sessions over 2021–2023 with random statuses and reflections (Đảng viên 05
    absent without reason at the first four, all in 2021; reflections
    deliberately also on sessions that do not require one: they must not count)."""
    rng = random.Random(11)
    for i in range(1, 11):
        add_member(f"Đảng viên {i:02d}", key_cadre=i <= 3)
    for name in ("Quần chúng Một", "Quần chúng Hai", "Quần chúng Ba"):
        add_member(name, kind="non_party")
    exempt_all_2022, absent_early_2021 = (database.execute_sql(
        "SELECT id FROM member WHERE full_name = ?", (name,)).fetchone()[0]
        for name in ("Đảng viên 10", "Đảng viên 05"))
    for n in range(24):
        day = dt.date(2021, 1, 10) + dt.timedelta(days=46 * n)
        session = study.create_session(SessionData(
            date=day, topic=f"Chuyên đề {n}", reflection_required=n % 3 != 0), today=TODAY)
        for row_id, member_id in database.execute_sql(
                "SELECT id, member_id FROM attendance WHERE session_id = ?",
                (session.id,)).fetchall():
            status = rng.choice(STATUSES)
            if member_id == exempt_all_2022 and day.year == 2022:
                status = "exempt"
            if member_id == absent_early_2021 and n < 4:
                status = "unexcused_absence"
            database.execute_sql("UPDATE attendance SET status = ?, reflection = ? WHERE id = ?",
                                 (status, rng.choice(REFLECTIONS), row_id))


def plain_facts(start: dt.date, end: dt.date) -> dict:
    """The figures summed member by member over every row, the straightforward way."""
    per: dict[int, dict] = {}
    for member_id, kind, key_cadre, name, status, required, reflection in database.execute_sql(
            """SELECT m.id, m.kind, m.key_cadre, m.full_name, a.status,
                      s.reflection_required, a.reflection
               FROM attendance a JOIN study_session s ON s.id = a.session_id
               JOIN member m ON m.id = a.member_id WHERE s.date BETWEEN ? AND ?""",
            (start.isoformat(), end.isoformat())).fetchall():
        m = per.setdefault(member_id, {"party": kind != "non_party", "key": bool(key_cadre),
                                       "name": name, "expected": 0, "present": 0, "owed": 0,
                                       "written": 0, "late": 0})
        m["expected"] += status != "exempt"
        m["present"] += status == "present"
        owed = bool(required) and status == "present"
        m["owed"] += owed
        m["written"] += owed and reflection in ("submitted", "late")
        m["late"] += owed and reflection == "late"
    party = [m for m in per.values() if m["party"]]
    return {
        "party_attended": sum(m["present"] > 0 for m in party),
        "party_expected": sum(m["expected"] > 0 for m in party),
        "party_exempt_names": sorted(m["name"] for m in party if m["expected"] == 0),
        "attendances_present": sum(m["present"] for m in party),
        "attendances_expected": sum(m["expected"] for m in party),
        "non_party_participants": sum(not m["party"] and m["present"] > 0
                                      for m in per.values()),
        "reflection_members_done": sum(m["owed"] > 0 and m["written"] == m["owed"]
                                       for m in party),
        "reflection_members_required": sum(m["owed"] > 0 for m in party),
        "reflections_written": sum(m["written"] for m in party),
        "reflections_late": sum(m["late"] for m in party),
        "reflections_required": sum(m["owed"] for m in party),
        "key_cadres_attended": sum(m["key"] and m["present"] > 0 for m in party),
        "key_cadres_expected": sum(m["key"] and m["expected"] > 0 for m in party),
    }


def figures_of(facts: study_facts.StudyFacts) -> dict:
    values = {name: getattr(facts, name) for name in plain_facts(facts.start, facts.end)}
    values["party_exempt_names"] = sorted(values["party_exempt_names"])
    return values


@pytest.mark.parametrize("start, end", [
    (dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
    (dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    (dt.date(2021, 5, 1), dt.date(2022, 8, 31)),
])
def test_period_figures_equal_the_plain_sums(mixed_attendance, start, end):
    facts = study_figures.report_facts(start, end)
    expected = plain_facts(start, end)
    assert figures_of(facts) == expected
    assert expected["reflections_required"] > expected["reflections_written"] > 0
    assert expected["reflections_late"] > 0
    # the unexcused absences: the same list as study_figures.absences
    assert list(facts.absences) == study_figures.absences(start, end)
    flagged = {a.full_name: a.most_in_a_year for a in facts.flagged}
    if start == dt.date(2021, 1, 1):
        assert flagged["Đảng viên 05"] >= 4


def test_one_member_exempt_all_year(mixed_attendance):
    facts = study_figures.year_facts(2022)
    assert facts.party_exempt_names == ("Đảng viên 10",)
    assert "Đảng viên 10" not in study_figures.year_facts(2021).party_exempt_names


def test_per_year_equals_each_year_alone(mixed_attendance):
    years = study_figures.per_year(2020, 2024)
    assert [f.start.year for f in years] == [2020, 2021, 2022, 2023, 2024]
    for facts in years:
        alone = study_figures.year_facts(facts.start.year)
        assert facts == alone
        assert facts.sentences() == alone.sentences()
        if facts.sessions_held:
            assert figures_of(facts) == plain_facts(facts.start, facts.end)
    assert years[0].sentences() == ["Trong kỳ chưa ghi nhận buổi học tập nào."]
    assert sum(f.sessions_held for f in years) == 24
