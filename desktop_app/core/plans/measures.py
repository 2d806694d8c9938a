"""What the app measures itself for a plan's targets, per year (Plans tab "Đo được").

Targets whose indicator the app can measure from its own data (attendance, reflections,
commitments, savings) show the measured value beside the target: ``measured_text``,
from the area's function in :data:`DEFAULT_MEASURES` (or one registered in
:data:`MEASURES`); a kind without one shows "chưa đo được".

Each function gives a percentage for *year*, or None when the year has no data yet:
- attendance: party members who took part in study / those expected (excused ones apart);
- reflection: party members who wrote every reflection owed / those who owed one;
- commitment: party members who registered commitments / those expected to (None before
  anyone registered);
- savings: the total saved against the baselines, over all thrift categories;
- admissions, sessions: counts (party members admitted, study sessions held in the year);
  admissions are measured whenever the year has members (none admitted is a true zero).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop_app.core.common.formats import number, percent

from .model import COUNT_MEASURES, NOT_MEASURED, TargetData

log = logging.getLogger(__name__)


def _ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else part * 100 / whole


def attendance(year: int) -> float | None:
    from desktop_app.core.study.figures import year_facts

    facts = year_facts(year)
    return _ratio(facts.party_attended, facts.party_expected)


def reflection(year: int) -> float | None:
    from desktop_app.core.study.figures import year_facts

    facts = year_facts(year)
    return _ratio(facts.reflection_members_done, facts.reflection_members_required)


def commitment(year: int) -> float | None:
    from desktop_app.core.reviews.report_facts import per_year

    (facts,) = per_year(year, year)
    if facts.registered == 0:  # nothing recorded for the year yet
        return None
    return _ratio(facts.registered, facts.members)


def savings(year: int) -> float | None:
    from desktop_app.core.savings.results import per_year

    table = per_year(year, year).get(year)
    return table.total.saved_percent if table is not None and table.has_data else None


def admissions(year: int) -> float | None:
    """Party members admitted (ngày vào Đảng) in *year*: a count, not a percentage."""
    import datetime as dt

    from desktop_app.core.members.census import admitted, census

    if not census(dt.date(year, 12, 31)).party:  # no member list for the year
        return None
    return float(len(admitted(dt.date(year, 1, 1), dt.date(year, 12, 31))))


def sessions(year: int) -> float | None:
    """Study sessions held in *year* (a count)."""
    from desktop_app.db import database

    (count,) = database.execute_sql(
        "SELECT COUNT(*) FROM study_session WHERE strftime('%Y', date) = ?",
        (f"{year:04d}",)).fetchone()
    return float(count) or None  # no session recorded in the year: not measured


DEFAULT_MEASURES: dict[str, Callable[[int], float | None]] = {
    "admissions": admissions,
    "sessions": sessions,
    "attendance": attendance,
    "reflection": reflection,
    "commitment": commitment,
    "savings": savings,
}

# indicator kind -> function(year) -> measured percentage (None when there is no data yet).
# Overrides here win over DEFAULT_MEASURES (tests register their own).
MEASURES: dict[str, Callable[[int], float | None]] = {}


def measured_value(indicator_kind: str, year: int) -> float | None:
    """The app's own measurement for an indicator kind in *year*, or None."""
    measure = MEASURES.get(indicator_kind) or DEFAULT_MEASURES.get(indicator_kind)
    if measure is None:
        return None
    try:
        return measure(year)
    except Exception:  # a broken measurement must not hide the plan
        log.exception("measuring %s for %s failed", indicator_kind, year)
        return None


def measured_text(target: TargetData, year: int) -> str:
    """"95,56%" next to a measurable target, "chưa đo được" when no data; "" otherwise."""
    if target.indicator_kind == "none":
        return ""
    value = measured_value(target.indicator_kind, year)
    if value is None:
        return NOT_MEASURED
    if target.indicator_kind in COUNT_MEASURES:
        return f"{number(value)} {target.unit}".strip()
    return percent(value)
