"""The figures a report quotes about study: attendance, exemptions, reflections.

Everything is counted in SQL (GROUP BY), so a large organisation's years of attendance
(500 members × 200 sessions) still answer at once. Conventions:

- *y* (party members expected) leaves out members marked "Miễn": they are listed apart.
- Over a period, a party member "took part" when present at one session or more where
  they were expected; the per-session average ("bình quân mỗi buổi") counts attendances
  (lượt). A party member "wrote reflections" when every reflection owed in the period
  (sessions requiring one that they attended) was handed in, on time or late.
- A member is flagged when they have 3 or more unexcused absences within one calendar
  year of the period (a rule cells watch).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from desktop_app.core.common.formats import percent, ratio_percent
from desktop_app.core.common.text import name_sort_key
from desktop_app.db import database

from .facts import AbsenceCount, StudyFacts
from .sessions import KIND_LABELS

_PARTY = "m.kind != 'non_party'"


@dataclass(frozen=True)
class SessionFigures:
    """Figures of one session (one row of the sessions table)."""

    session_id: int
    date: dt.date
    kind: str
    topic: str
    reflection_required: bool
    party_present: int
    party_expected: int  # party members not exempt
    party_exempt: int
    party_excused_absent: int
    party_unexcused_absent: int
    non_party_present: int
    non_party_total: int
    reflections_written: int  # submitted or late, by party members present
    reflections_late: int
    reflections_required: int  # party members present at a session requiring one

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def attendance_percent(self) -> float | None:
        return ratio_percent(self.party_present, self.party_expected)

    @property
    def attendance_text(self) -> str:
        """"14/15 (93,33%)", or "" when no party member was expected."""
        if not self.party_expected:
            return ""
        return (f"{self.party_present}/{self.party_expected} "
                f"({percent(self.attendance_percent)})")

    @property
    def reflection_percent(self) -> float | None:
        return ratio_percent(self.reflections_written, self.reflections_required)

    @property
    def reflection_text(self) -> str:
        if not self.reflection_required or not self.reflections_required:
            return ""
        return (f"{self.reflections_written}/{self.reflections_required} "
                f"({percent(self.reflection_percent)})")


def session_figures(start: dt.date, end: dt.date) -> list[SessionFigures]:
    """Figures of every session from *start* to *end* (inclusive), oldest first."""
    cursor = database.execute_sql(f"""
        SELECT s.id, s.date, s.kind, s.topic, s.reflection_required,
          COALESCE(SUM({_PARTY} AND a.status = 'present'), 0),
          COALESCE(SUM({_PARTY} AND a.status != 'exempt'), 0),
          COALESCE(SUM({_PARTY} AND a.status = 'exempt'), 0),
          COALESCE(SUM({_PARTY} AND a.status = 'excused_absence'), 0),
          COALESCE(SUM({_PARTY} AND a.status = 'unexcused_absence'), 0),
          COALESCE(SUM(m.kind = 'non_party' AND a.status = 'present'), 0),
          COALESCE(SUM(m.kind = 'non_party'), 0),
          COALESCE(SUM(s.reflection_required AND {_PARTY} AND a.status = 'present'
                       AND a.reflection IN ('submitted', 'late')), 0),
          COALESCE(SUM(s.reflection_required AND {_PARTY} AND a.status = 'present'
                       AND a.reflection = 'late'), 0),
          COALESCE(SUM(s.reflection_required AND {_PARTY} AND a.status = 'present'), 0)
        FROM study_session s
        LEFT JOIN attendance a ON a.session_id = s.id
        LEFT JOIN member m ON m.id = a.member_id
        WHERE s.date BETWEEN ? AND ?
        GROUP BY s.id
        ORDER BY s.date, s.id
    """, (start.isoformat(), end.isoformat()))
    return [SessionFigures(
        session_id=r[0], date=_day(r[1]), kind=r[2], topic=r[3],
        reflection_required=bool(r[4]), party_present=r[5], party_expected=r[6],
        party_exempt=r[7], party_excused_absent=r[8], party_unexcused_absent=r[9],
        non_party_present=r[10], non_party_total=r[11], reflections_written=r[12],
        reflections_late=r[13], reflections_required=r[14],
    ) for r in cursor.fetchall()]


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def absences(start: dt.date, end: dt.date) -> list[AbsenceCount]:
    """Members with unexcused absences in the period, most absences first."""
    cursor = database.execute_sql("""
        SELECT member_id, full_name, kind, SUM(n), MAX(n) FROM (
          SELECT a.member_id, m.full_name, m.kind, strftime('%Y', s.date) AS year,
                 COUNT(*) AS n
          FROM attendance a
          JOIN study_session s ON s.id = a.session_id
          JOIN member m ON m.id = a.member_id
          WHERE s.date BETWEEN ? AND ? AND a.status = 'unexcused_absence'
          GROUP BY a.member_id, year)
        GROUP BY member_id
        ORDER BY MAX(n) DESC, SUM(n) DESC, member_id
    """, (start.isoformat(), end.isoformat()))
    return [AbsenceCount(member_id=r[0], full_name=r[1], is_party_member=r[2] != "non_party",
                         count=r[3], most_in_a_year=r[4]) for r in cursor.fetchall()]


@dataclass
class _Tally:
    """A member's attendance counts over a stretch of time (one year, or a whole period)."""

    rows: int = 0  # attendance rows
    rows_owing: int = 0  # rows at sessions requiring a reflection
    exempt: int = 0
    not_present: int = 0
    owing_not_present: int = 0
    owed_missing: int = 0  # present at a session requiring one, reflection not handed in
    late: int = 0
    unexcused: int = 0

    @property
    def expected(self) -> int:
        return self.rows - self.exempt

    @property
    def present(self) -> int:
        return self.rows - self.not_present

    @property
    def owed(self) -> int:
        return self.rows_owing - self.owing_not_present

    @property
    def written(self) -> int:
        return self.owed - self.owed_missing


_COUNTS = [f.name for f in fields(_Tally)]
_Tallies = dict[int, dict[int, _Tally]]  # year → member id → counts


def _tallies(start: dt.date, end: dt.date) -> tuple[_Tallies, dict[int, dict[int, int]]]:
    """The members' counts from *start* to *end*, calendar year by calendar year, and their
    unexcused absences in each year (year → member id → count, members with some only).

    Sorting every attendance row by member, with the columns the sums need, is what a
    decade of attendance costs; so the rows are counted per member from the (session,
    member) index alone (no attendance row is read, the sort carries two integers) a year
    at a time (what per_year needs; ten small sorts also cost less than one large one),
    and only the rows that are not a plain "present" (absences, exemptions, reflections
    owed but not handed in on time) are read in full. The figures are those differences.
    """
    tallies: _Tallies = {}
    for year in range(start.year, end.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        tallies[year] = {member_id: _Tally(rows, owing) for member_id, rows, owing in
                         database.execute_sql("""
            SELECT a.member_id, COUNT(*), SUM(s.reflection_required)
            FROM attendance a JOIN study_session s ON s.id = a.session_id
            WHERE s.date BETWEEN ? AND ?
            GROUP BY a.member_id""", (first.isoformat(), last.isoformat())).fetchall()}
    unexcused_in: dict[int, dict[int, int]] = {}
    for (member_id, year, exempt, not_present, owing_not_present, missing, late,
         unexcused) in database.execute_sql("""
            SELECT a.member_id, CAST(strftime('%Y', s.date) AS INTEGER) AS y,
              SUM(a.status = 'exempt'), SUM(a.status != 'present'),
              SUM(s.reflection_required AND a.status != 'present'),
              SUM(s.reflection_required AND a.status = 'present'
                  AND a.reflection NOT IN ('submitted', 'late')),
              SUM(s.reflection_required AND a.status = 'present' AND a.reflection = 'late'),
              SUM(a.status = 'unexcused_absence')
            FROM attendance a JOIN study_session s ON s.id = a.session_id
            WHERE s.date BETWEEN ? AND ?
              AND (a.status != 'present'
                   OR s.reflection_required AND a.reflection != 'submitted')
            GROUP BY a.member_id, y""", (start.isoformat(), end.isoformat())).fetchall():
        tally = tallies[year][member_id]
        tally.exempt, tally.not_present = exempt, not_present
        tally.owing_not_present, tally.owed_missing = owing_not_present, missing
        tally.late, tally.unexcused = late, unexcused
        if unexcused:
            unexcused_in.setdefault(year, {})[member_id] = unexcused
    return tallies, unexcused_in


def _whole(tallies: _Tallies, unexcused_in: dict[int, dict[int, int]]
           ) -> tuple[dict[int, _Tally], dict[int, int]]:
    """The period's counts per member (the sums of its years) and the most unexcused
    absences of each member in one of its years."""
    total: dict[int, _Tally] = {}
    for year in tallies.values():
        for member_id, tally in year.items():
            into = total.setdefault(member_id, _Tally())
            for name in _COUNTS:
                setattr(into, name, getattr(into, name) + getattr(tally, name))
    most: dict[int, int] = {}
    for year_counts in unexcused_in.values():
        for member_id, count in year_counts.items():
            most[member_id] = max(most.get(member_id, 0), count)
    return total, most


def _members(ids: set[int]) -> dict[int, tuple[str, str, bool]]:
    """id → (full name, kind, key cadre) of the members given."""
    found = {}
    for member_id, full_name, kind, key_cadre in database.execute_sql(
            "SELECT id, full_name, kind, key_cadre FROM member").fetchall():
        if member_id in ids:
            found[member_id] = (full_name, kind, bool(key_cadre))
    return found


def _sessions_by_kind(start: dt.date, end: dt.date) -> dict[int, dict[str, int]]:
    """Sessions held per year and kind (every kind present, zero included)."""
    result: dict[int, dict[str, int]] = {}
    for year, kind, count in database.execute_sql(
            "SELECT CAST(strftime('%Y', date) AS INTEGER) AS y, kind, COUNT(*) "
            "FROM study_session WHERE date BETWEEN ? AND ? GROUP BY y, kind",
            (start.isoformat(), end.isoformat())).fetchall():
        result.setdefault(year, dict.fromkeys(KIND_LABELS, 0))[kind] = count
    return result


def _facts(start: dt.date, end: dt.date, by_kind: dict[str, int] | None,
           tallies: dict[int, _Tally], most_in_a_year: dict[int, int],
           members: dict[int, tuple[str, str, bool]]) -> StudyFacts:
    """A period's facts from its members' tallies (member id → counts)."""
    by_kind = by_kind or dict.fromkeys(KIND_LABELS, 0)
    party = [(members[member_id], tally) for member_id, tally in tallies.items()
             if members[member_id][1] != "non_party"]
    absences = sorted(
        (AbsenceCount(member_id=member_id, full_name=members[member_id][0],
                      is_party_member=members[member_id][1] != "non_party",
                      count=tally.unexcused, most_in_a_year=most_in_a_year[member_id])
         for member_id, tally in tallies.items() if tally.unexcused),
        key=lambda a: (-a.most_in_a_year, -a.count, a.member_id))
    return StudyFacts(
        start=start, end=end, sessions_held=sum(by_kind.values()), sessions_by_kind=by_kind,
        party_attended=sum(1 for _, t in party if t.present > 0),
        party_expected=sum(1 for _, t in party if t.expected > 0),
        party_exempt_names=tuple(sorted((m[0] for m, t in party if t.expected == 0),
                                        key=name_sort_key)),
        attendances_present=sum(t.present for _, t in party),
        attendances_expected=sum(t.expected for _, t in party),
        non_party_participants=sum(1 for member_id, t in tallies.items()
                                   if members[member_id][1] == "non_party" and t.present > 0),
        reflection_members_done=sum(1 for _, t in party if t.owed > 0 and t.written == t.owed),
        reflection_members_required=sum(1 for _, t in party if t.owed > 0),
        reflections_written=sum(t.written for _, t in party),
        reflections_late=sum(t.late for _, t in party),
        reflections_required=sum(t.owed for _, t in party),
        key_cadres_attended=sum(1 for m, t in party if m[2] and t.present > 0),
        key_cadres_expected=sum(1 for m, t in party if m[2] and t.expected > 0),
        absences=tuple(absences),
    )


def report_facts(start: dt.date, end: dt.date) -> StudyFacts:
    """The study figures of the period from *start* to *end* (inclusive)."""
    tallies, unexcused_in = _tallies(start, end)
    total, most = _whole(tallies, unexcused_in)
    by_kind = dict.fromkeys(KIND_LABELS, 0)
    for year in _sessions_by_kind(start, end).values():
        for kind, count in year.items():
            by_kind[kind] += count
    return _facts(start, end, by_kind, total, most, _members(set(total)))


def year_facts(year: int) -> StudyFacts:
    return report_facts(dt.date(year, 1, 1), dt.date(year, 12, 31))


def per_year(start_year: int, end_year: int) -> list[StudyFacts]:
    """One StudyFacts per calendar year, for a report's appendix: the same figures as
    ``year_facts`` year by year, from one reading of the whole span."""
    start, end = dt.date(start_year, 1, 1), dt.date(end_year, 12, 31)
    tallies, unexcused_in = _tallies(start, end)
    by_kind = _sessions_by_kind(start, end)
    members = _members({member_id for year in tallies.values() for member_id in year})
    return [_facts(dt.date(year, 1, 1), dt.date(year, 12, 31), by_kind.get(year),
                   tallies[year], unexcused_in.get(year, {}), members)
            for year in range(start_year, end_year + 1)]


def member_tallies(start: dt.date, end: dt.date
                   ) -> tuple[dict[int, dict[int, Tally]], dict[int, dict[int, int]]]:
    """Each member's counts from *start* to *end*, year by year (year → member id →
    counts), and their unexcused absences per year: the same reading as the Study tab's
    figures, for the report's records (``period_records``), which keep the ids."""
    return _tallies(start, end)


def period_tallies(tallies: dict[int, dict[int, Tally]]) -> dict[int, Tally]:
    """The sums of the years' counts, per member."""
    return _whole(tallies, {})[0]


def member_particulars(ids: set[int]) -> dict[int, tuple[str, str, bool]]:
    """id → (full name, kind, key cadre) of the members given."""
    return _members(ids)


Tally = _Tally
