"""Who is in the unit on a day (the report's "đặc điểm tình hình"), with the members counted.

A member is in the unit on *day* when they joined the Party by then (non-party staff have
no Party date) and had not been transferred or died by then. A full member is one whose full
membership (ngày chính thức) began by *day*; the others are probationary then. Members
excused from activities (miễn sinh hoạt) by then are counted apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.db import database


@dataclass(frozen=True)
class Census:
    day: dt.date
    party: tuple[int, ...]
    full: tuple[int, ...]
    probationary: tuple[int, ...]
    excused: tuple[int, ...]
    key_cadres: tuple[int, ...]
    non_party: tuple[int, ...]


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def census(day: dt.date) -> Census:
    party, full, probationary, excused, cadres, staff = [], [], [], [], [], []
    for member_id, kind, joined, official, status, status_date, key_cadre in \
            database.execute_sql("SELECT id, kind, joined_date, official_date, status, "
                                 "status_date, key_cadre FROM member ORDER BY id").fetchall():
        joined, official, since = _date(joined), _date(official), _date(status_date)
        if status in ("transferred", "deceased") and (since is None or since <= day):
            continue
        if kind == "non_party":
            staff.append(member_id)
            continue
        if joined is not None and joined > day:
            continue
        party.append(member_id)
        if kind == "full" and (official is None or official <= day):
            full.append(member_id)
        else:
            probationary.append(member_id)
        if status == "excused" and (since is None or since <= day):
            excused.append(member_id)
        if key_cadre:
            cadres.append(member_id)
    return Census(day, tuple(party), tuple(full), tuple(probationary), tuple(excused),
                  tuple(cadres), tuple(staff))


def admitted(first: dt.date, last: dt.date) -> tuple[int, ...]:
    """Party members admitted (ngày vào Đảng) from *first* to *last*: a target "kết nạp …"."""
    return tuple(row[0] for row in database.execute_sql(
        "SELECT id FROM member WHERE kind != 'non_party' AND joined_date BETWEEN ? AND ? "
        "ORDER BY id", (first.isoformat(), last.isoformat())).fetchall())
