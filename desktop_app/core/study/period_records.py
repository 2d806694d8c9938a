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
from .figures import (
    Tally,
    member_particulars,
    member_tallies,
    period_tallies,
    session_figures,
)

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


def _records(start: dt.date, end: dt.date, by_kind: dict[str, list[int]],
             tallies: dict[int, Tally], members: dict[int, tuple[str, str, bool]],
             unexcused_in: dict[int, dict[int, int]]) -> StudyRecords:
    listed, expected, attended, exempt, names = [], [], [], [], []
    staff, cadres_expected, cadres_attended, owing, done = [], [], [], [], []
    present_total = expected_total = late_total = 0
    for member_id in sorted(tallies):
        tally = tallies[member_id]
        full_name, kind, key_cadre = members[member_id]
        if kind == "non_party":
            if tally.present:
                staff.append(member_id)
            continue
        listed.append(member_id)
        present_total += tally.present
        expected_total += tally.expected
        late_total += tally.late
        if tally.expected:
            expected.append(member_id)
            if key_cadre:
                cadres_expected.append(member_id)
        else:
            exempt.append(member_id)
            names.append(full_name)
        if tally.present:
            attended.append(member_id)
            if key_cadre:
                cadres_attended.append(member_id)
        if tally.owed:
            owing.append(member_id)
            if tally.written == tally.owed:
                done.append(member_id)
    flagged = tuple(sorted(
        (Flagged(member_id, members[member_id][0], year, count)
         for year, counts in unexcused_in.items() for member_id, count in counts.items()
         if count >= UNEXCUSED_FLAG and member_id in tallies),
        key=lambda f: (f.year, -f.count, f.member_id)))
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


def study_records_by_year(start: dt.date, end: dt.date
                          ) -> tuple[StudyRecords, dict[int, StudyRecords]]:
    """The period's records and each of its years', from one reading of the attendance
    (the Study tab's tallies, which a decade of a large committee's rows answers fast)."""
    per_year, unexcused_in = member_tallies(start, end)
    members = member_particulars({m for year in per_year.values() for m in year})
    sessions: dict[int, dict[str, list[int]]] = {}
    for session_id, kind, year in database.execute_sql(
            "SELECT id, kind, CAST(strftime('%Y', date) AS INTEGER) FROM study_session "
            "WHERE date BETWEEN ? AND ? ORDER BY date, id",
            (start.isoformat(), end.isoformat())).fetchall():
        sessions.setdefault(year, {}).setdefault(kind, []).append(session_id)
    whole_kinds: dict[str, list[int]] = {}
    for kinds in sessions.values():
        for kind, ids in kinds.items():
            whole_kinds.setdefault(kind, []).extend(ids)
    years = {}
    for year in range(start.year, end.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        years[year] = _records(first, last, sessions.get(year, {}), per_year.get(year, {}),
                               members, {year: unexcused_in.get(year, {})})
    whole = _records(start, end, whole_kinds, period_tallies(per_year), members, unexcused_in)
    return whole, years


def study_records(start: dt.date, end: dt.date) -> StudyRecords:
    """The study records of [start, end] (see :func:`study_records_by_year`)."""
    return study_records_by_year(start, end)[0]


@dataclass(frozen=True)
class SessionRecords:
    """One session and the counts of its list (the Study tab's session figures)."""

    id: int
    date: dt.date
    kind: str
    topic: str
    theme: str
    party_present: int
    party_expected: int
    party_exempt: int
    non_party_present: int


TOPICS_LISTED = 6  # a year with more thematic sessions names its topics, not each list


def session_records(start: dt.date, end: dt.date,
                    kinds: tuple[str, ...] = THEMATIC_KINDS) -> list[SessionRecords]:
    """The sessions of *kinds* in [start, end], oldest first, with their lists' counts; in
    a year of more than TOPICS_LISTED such sessions the counts are not read (0)."""
    marks = ", ".join("?" * len(kinds))
    rows = database.execute_sql(
        f"SELECT id, date, kind, topic, theme FROM study_session WHERE date BETWEEN ? AND ? "
        f"AND kind IN ({marks}) ORDER BY date, id",
        (start.isoformat(), end.isoformat(), *kinds)).fetchall()
    per_year: dict[int, int] = {}
    for row in rows:
        year = int(str(row[1])[:4])
        per_year[year] = per_year.get(year, 0) + 1
    result = []
    for session_id, day, kind, topic, theme in rows:
        date = dt.date.fromisoformat(str(day)[:10])
        counts = (0, 0, 0, 0)
        if per_year[date.year] <= TOPICS_LISTED:
            f = next(f for f in session_figures(date, date) if f.session_id == session_id)
            counts = (f.party_present, f.party_expected, f.party_exempt, f.non_party_present)
        result.append(SessionRecords(session_id, date, kind, topic, theme, *counts))
    return result
