"""Study in a report's period, with the members and sessions each figure counts.

The same definitions as :mod:`figures` (the Study tab's summary): *expected* party members
leave out the exempt ones, a party member "took part" when present at least once, is exempt
when exempt at every session of the period, and "wrote reflections" when every reflection
owed (present at a session requiring one) was handed in, on time or late. Here each figure
also keeps the ids it counts, so a report's sentence can be traced to its records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.common.text import name_sort_key
from desktop_app.db import database

from .facts import UNEXCUSED_FLAG

THEMATIC_KINDS = ("thematic_study", "thematic_meeting")


@dataclass(frozen=True)
class Flagged:
    member_id: int
    full_name: str
    year: int
    count: int  # unexcused absences that year


@dataclass(frozen=True)
class StudyRecords:
    start: dt.date
    end: dt.date
    sessions: tuple[int, ...]
    sessions_by_kind: dict[str, tuple[int, ...]]
    party_listed: tuple[int, ...]  # party members on any list of the period
    party_expected: tuple[int, ...]
    party_attended: tuple[int, ...]
    party_exempt: tuple[int, ...]
    exempt_names: tuple[str, ...]
    non_party_attended: tuple[int, ...]
    key_cadres_expected: tuple[int, ...]
    key_cadres_attended: tuple[int, ...]
    reflection_required: tuple[int, ...]
    reflection_done: tuple[int, ...]
    attendances_present: int  # lượt
    attendances_expected: int
    reflections_late: int
    flagged: tuple[Flagged, ...]

    @property
    def has_sessions(self) -> bool:
        return bool(self.sessions)


def study_records(start: dt.date, end: dt.date) -> StudyRecords:
    span = (start.isoformat(), end.isoformat())
    by_kind: dict[str, list[int]] = {}
    for session_id, kind in database.execute_sql(
            "SELECT id, kind FROM study_session WHERE date BETWEEN ? AND ? ORDER BY date, id",
            span).fetchall():
        by_kind.setdefault(kind, []).append(session_id)
    listed, expected, attended, exempt, names = [], [], [], [], []
    staff, cadres_expected, cadres_attended, owing, done = [], [], [], [], []
    present_total = expected_total = late_total = 0
    for (member_id, kind, key_cadre, full_name, _rows, present, not_exempt, owed, written,
         late) in database.execute_sql("""
            SELECT m.id, m.kind, m.key_cadre, m.full_name, COUNT(*),
                   SUM(a.status = 'present'), SUM(a.status != 'exempt'),
                   SUM(s.reflection_required AND a.status = 'present'),
                   SUM(s.reflection_required AND a.status = 'present'
                       AND a.reflection IN ('submitted', 'late')),
                   SUM(s.reflection_required AND a.status = 'present' AND a.reflection = 'late')
            FROM attendance a JOIN study_session s ON s.id = a.session_id
            JOIN member m ON m.id = a.member_id
            WHERE s.date BETWEEN ? AND ? GROUP BY m.id ORDER BY m.id""", span).fetchall():
        if kind == "non_party":
            if present:
                staff.append(member_id)
            continue
        listed.append(member_id)
        present_total += present
        expected_total += not_exempt
        late_total += late
        if not_exempt:
            expected.append(member_id)
            if key_cadre:
                cadres_expected.append(member_id)
        else:
            exempt.append(member_id)
            names.append(full_name)
        if present:
            attended.append(member_id)
            if key_cadre:
                cadres_attended.append(member_id)
        if owed:
            owing.append(member_id)
            if written == owed:
                done.append(member_id)
    flagged = tuple(Flagged(member_id, full_name, year, count)
                    for member_id, full_name, year, count in database.execute_sql("""
            SELECT m.id, m.full_name, CAST(strftime('%Y', s.date) AS INTEGER) AS y, COUNT(*)
            FROM attendance a JOIN study_session s ON s.id = a.session_id
            JOIN member m ON m.id = a.member_id
            WHERE s.date BETWEEN ? AND ? AND a.status = 'unexcused_absence'
            GROUP BY m.id, y HAVING COUNT(*) >= ? ORDER BY y, COUNT(*) DESC, m.id""",
            (*span, UNEXCUSED_FLAG)).fetchall())
    return StudyRecords(
        start=start, end=end,
        sessions=tuple(i for ids in by_kind.values() for i in ids),
        sessions_by_kind={k: tuple(v) for k, v in by_kind.items()},
        party_listed=tuple(listed), party_expected=tuple(expected),
        party_attended=tuple(attended), party_exempt=tuple(exempt),
        exempt_names=tuple(sorted(names, key=name_sort_key)),
        non_party_attended=tuple(staff), key_cadres_expected=tuple(cadres_expected),
        key_cadres_attended=tuple(cadres_attended), reflection_required=tuple(owing),
        reflection_done=tuple(done), attendances_present=present_total,
        attendances_expected=expected_total, reflections_late=late_total, flagged=flagged)


@dataclass(frozen=True)
class SessionRecords:
    """One session and who was on its list."""

    id: int
    date: dt.date
    kind: str
    topic: str
    theme: str
    party_present: tuple[int, ...]
    party_expected: tuple[int, ...]
    party_exempt: tuple[int, ...]
    non_party_present: tuple[int, ...]


def session_records(start: dt.date, end: dt.date,
                    kinds: tuple[str, ...] = THEMATIC_KINDS) -> list[SessionRecords]:
    """The sessions of *kinds* in [start, end], oldest first, with their lists."""
    marks = ", ".join("?" * len(kinds))
    sessions = database.execute_sql(
        f"SELECT id, date, kind, topic, theme FROM study_session WHERE date BETWEEN ? AND ? "
        f"AND kind IN ({marks}) ORDER BY date, id",
        (start.isoformat(), end.isoformat(), *kinds)).fetchall()
    lists: dict[int, list[tuple[int, str, str]]] = {row[0]: [] for row in sessions}
    if lists:
        ids = ", ".join(str(int(i)) for i in lists)
        for session_id, member_id, kind, status in database.execute_sql(
                f"SELECT a.session_id, a.member_id, m.kind, a.status FROM attendance a "
                f"JOIN member m ON m.id = a.member_id WHERE a.session_id IN ({ids}) "
                f"ORDER BY a.member_id").fetchall():
            lists[session_id].append((member_id, kind, status))
    result = []
    for session_id, day, kind, topic, theme in sessions:
        rows = lists[session_id]
        party = [r for r in rows if r[1] != "non_party"]
        result.append(SessionRecords(
            id=session_id, date=dt.date.fromisoformat(str(day)[:10]), kind=kind, topic=topic,
            theme=theme, party_present=tuple(r[0] for r in party if r[2] == "present"),
            party_expected=tuple(r[0] for r in party if r[2] != "exempt"),
            party_exempt=tuple(r[0] for r in party if r[2] == "exempt"),
            non_party_present=tuple(r[0] for r in rows if r[1] == "non_party"
                                    and r[2] == "present")))
    return result
