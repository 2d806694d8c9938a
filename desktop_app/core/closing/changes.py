"""Reading the change log (lịch sử thay đổi): a record's history, the changes of a period,
and what changed in a report's period after the report was issued.

The log is written by the database's triggers (``db/history.py``); nothing here writes it.
How a change reads in Vietnamese is in :mod:`.describe`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.db import database, plain_rows
from desktop_app.db.models.closing import ChangeLog
from desktop_app.db.year_rules import RULES

EPOCH = dt.datetime(1970, 1, 1)


def to_moment(seconds: int) -> dt.datetime:
    """The log's ``at`` (local wall-clock seconds since 1970) as a naive local datetime."""
    return EPOCH + dt.timedelta(seconds=int(seconds))


def to_seconds(moment: dt.datetime) -> int:
    return int((moment.replace(microsecond=0) - EPOCH).total_seconds())


@dataclass(frozen=True)
class Change:
    """One row of the change log."""

    id: int
    at: dt.datetime
    user_name: str
    table: str
    record_id: int
    record_to: int
    owner_id: int | None
    action: str  # insert, update, delete
    field: str | None
    old_value: Any
    new_value: Any
    year: int | None
    old_year: int | None

    @property
    def count(self) -> int:
        """How many records an insert added (one row stands for a run of them)."""
        return self.record_to - self.record_id + 1

    def covers(self, record_id: int) -> bool:
        return self.record_id <= record_id <= self.record_to

    def touches(self, first_year: int, last_year: int) -> bool:
        return any(y is not None and first_year <= y <= last_year
                   for y in (self.year, self.old_year))


_FIELDS = (ChangeLog.id, ChangeLog.at, ChangeLog.user_name, ChangeLog.table_name,
           ChangeLog.record_id, ChangeLog.record_to, ChangeLog.owner_id, ChangeLog.action,
           ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value, ChangeLog.year,
           ChangeLog.old_year)


def _changes(query) -> list[Change]:
    return [Change(row[0], to_moment(row[1]), *row[2:]) for row in plain_rows(query)]


def _select():
    return ChangeLog.select(*_FIELDS)


def _children(table: str) -> list[str]:
    """Tables whose records belong to a record of *table* (attendance to a session)."""
    return [rule.table for rule in RULES if rule.owner and rule.owner[0] == table]


def _own(table: str, ids: set[int]) -> list[Change]:
    """Every entry about the records *ids* of *table*, insert runs covering them included."""
    if not ids:
        return []
    exact = _changes(_select().where((ChangeLog.table_name == table)
                                     & ChangeLog.record_id.in_(sorted(ids))))
    runs = _changes(_select().where(
        (ChangeLog.table_name == table) & (ChangeLog.action == "insert")
        & (ChangeLog.record_to > ChangeLog.record_id)
        & (ChangeLog.record_id <= max(ids)) & (ChangeLog.record_to >= min(ids))))
    seen = {c.id for c in exact}
    return exact + [c for c in runs if c.id not in seen and any(c.covers(i) for i in ids)]


def _parts(table: str, ids: set[int], year: int | None = None) -> list[Change]:
    """Entries of the records that belong to *ids* (and of their own parts, and so on)."""
    found: list[Change] = []
    for child in _children(table):
        query = _select().where((ChangeLog.table_name == child)
                                & ChangeLog.owner_id.in_(sorted(ids)))
        if year is not None:
            query = query.where((ChangeLog.year == year) | (ChangeLog.old_year == year))
        entries = _changes(query)
        found += entries
        child_ids = {i for c in entries for i in range(c.record_id, c.record_to + 1)}
        child_ids |= _current_parts(child, ids)  # parts whose own parts alone changed
        if child_ids:
            found += _parts(child, child_ids)
    return found


def _current_parts(child: str, ids: set[int]) -> set[int]:
    """The records of *child* that belong to *ids* now, when they have parts of their own
    (a plan's targets, whose responsibles may have changed while the target did not)."""
    from desktop_app.db.history import quote
    from desktop_app.db.year_rules import RULES_BY_TABLE

    owner = RULES_BY_TABLE[child].owner
    if owner is None or not ids or not _children(child):
        return set()
    marks = ", ".join("?" for _ in ids)
    rows = database.execute_sql(f"SELECT id FROM {quote(child)} WHERE {quote(owner[1])} "
                                f"IN ({marks})", sorted(ids)).fetchall()
    return {row[0] for row in rows}


def _ordered(changes: Iterable[Change]) -> list[Change]:
    unique = {c.id: c for c in changes}
    return sorted(unique.values(), key=lambda c: c.id)


def record_history(table: str, record_id: int, *, parts: bool = True) -> list[Change]:
    """The history of one record, oldest first; with *parts*, also of the records that
    belong to it (a session's attendance, a plan's targets and their responsibles)."""
    found = _own(table, {record_id})
    if parts:
        found += _parts(table, {record_id})
    return _ordered(found)


def attendance_history(session_id: int, member_id: int) -> list[Change]:
    """The history of one member's attendance at one session (a row of the grid)."""
    from desktop_app.db.models.study import Attendance

    row = Attendance.get_or_none((Attendance.session == session_id)
                                 & (Attendance.member == member_id))
    if row is not None:
        return record_history("attendance", row.id)
    gone = _changes(_select().where(  # deleted: the row the log kept names it
        (ChangeLog.table_name == "attendance") & (ChangeLog.owner_id == session_id)
        & (ChangeLog.action == "delete")))
    ids = {c.record_id for c in gone if f'"member_id":{member_id},' in str(c.old_value)}
    return _ordered(_own("attendance", ids))


def member_year_history(member_id: int, year: int) -> list[Change]:
    """A member's commitment, self-review and ratings of *year*, with their parts: the row
    of the Self-review tab."""
    from desktop_app.db.models.reviews import Commitment, Rating, SelfReview

    found: list[Change] = []
    for table, model in (("commitment", Commitment), ("self_review", SelfReview),
                         ("rating", Rating)):
        entries = _changes(_select().where(
            (ChangeLog.table_name == table) & (ChangeLog.owner_id == member_id)
            & ((ChangeLog.year == year) | (ChangeLog.old_year == year))))
        found += entries
        ids = {i for c in entries for i in range(c.record_id, c.record_to + 1)}
        ids |= {row.id for row in model.select(model.id).where(  # those changed only in parts
            (model.member == member_id) & (model.year == year))}
        found += _own(table, ids) + _parts(table, ids)
    return _ordered(found)


def savings_year_history(year: int, category_id: int | None = None) -> list[Change]:
    """The thrift months and year settings of *year* (of one category, or all)."""
    query = _select().where(ChangeLog.table_name.in_(("savings_entry", "savings_year_setting"))
                            & ((ChangeLog.year == year) | (ChangeLog.old_year == year)))
    if category_id is not None:
        query = query.where(ChangeLog.owner_id == category_id)
    return _ordered(_changes(query))


def changes_between(start: dt.date | None = None, end: dt.date | None = None, *,
                    years: tuple[int, int] | None = None,
                    after: dt.datetime | None = None) -> list[Change]:
    """Changes made from *start* to *end* (days, inclusive) or from the moment *after* on
    (the same second included: the log counts in seconds); with *years*, only those of
    records counted in that span of years."""
    query = _select()
    if start is not None:
        query = query.where(ChangeLog.at >= to_seconds(dt.datetime.combine(start, dt.time())))
    if end is not None:
        following = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        query = query.where(ChangeLog.at < to_seconds(following))
    if after is not None:
        query = query.where(ChangeLog.at >= to_seconds(after))
    if years is not None:
        first, last = years
        query = query.where(ChangeLog.year.between(first, last)
                            | ChangeLog.old_year.between(first, last))
    return _changes(query.order_by(ChangeLog.id))


def changes_since_issued(report_id: int) -> list[Change]:
    """What changed in the records of a report's period after the report was issued."""
    from .years import issued_report

    report = issued_report(report_id)
    if report is None:
        return []
    return changes_between(years=(report.start_year, report.end_year), after=report.issued_at)


def log_size() -> tuple[int, int]:
    """(rows, bytes) of the change log and its indexes; bytes 0 where SQLite was built
    without the dbstat table."""
    rows = ChangeLog.select().count()
    try:
        found = database.execute_sql(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('change_log', "
            "'change_log_table_name_record_id', 'change_log_table_name_owner_id')").fetchone()
    except Exception:  # no dbstat in this build of SQLite
        return rows, 0
    return rows, int(found[0])
