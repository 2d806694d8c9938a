"""What the app measures itself for a plan's targets, per year (Plans tab "Đo được").

Each function gives a percentage for *year*, or None when the year has no data yet:
- attendance: party members who took part in study / those expected (excused ones apart);
- reflection: party members who wrote every reflection owed / those who owed one;
- commitment: party members who registered commitments / those expected to (None before
  anyone registered);
- savings: the total saved against the baselines, over all thrift categories.
"""

from __future__ import annotations

from collections.abc import Callable


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
    from desktop_app.core.reviews.ratings import per_year

    (facts,) = per_year(year, year)
    if facts.registered == 0:  # nothing recorded for the year yet
        return None
    return _ratio(facts.registered, facts.members)


def savings(year: int) -> float | None:
    from desktop_app.core.savings.thrift import per_year

    table = per_year(year, year).get(year)
    return table.total.saved_percent if table is not None and table.has_data else None


DEFAULT_MEASURES: dict[str, Callable[[int], float | None]] = {
    "attendance": attendance,
    "reflection": reflection,
    "commitment": commitment,
    "savings": savings,
}
