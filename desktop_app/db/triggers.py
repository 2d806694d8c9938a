"""The app's triggers in a file: the change log's (``history.py``) and the closed years'
(``closed_years.py``). They belong to the code, like views: ``install`` drops and makes
them again (a fresh file, an upgrade, closing or reopening a year), ``ensure`` does so when
the file holds other definitions than the code's (a file another version of the code made).
"""

from __future__ import annotations

from .closed_years import closed_year_triggers
from .history import CLOSED_PREFIX, HISTORY_PREFIX, AnyDatabase, history_triggers, quote


def expected_triggers(db: AnyDatabase) -> dict[str, str]:
    """Every trigger of the app the file should hold: the change log and the closed years."""
    return {**history_triggers(db), **closed_year_triggers(db)}


def installed_triggers(db: AnyDatabase) -> dict[str, str]:
    rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {name: sql for name, sql in rows
            if name.startswith((HISTORY_PREFIX, CLOSED_PREFIX))}


def drop_triggers(db: AnyDatabase) -> None:
    for name in installed_triggers(db):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {quote(name)}")


def install(db: AnyDatabase) -> None:
    """Drop the app's triggers and create them anew; the caller holds the transaction."""
    drop_triggers(db)
    for sql in expected_triggers(db).values():
        db.execute_sql(sql)


def expected_names(db: AnyDatabase) -> set[str]:
    """The names of the triggers the file should hold, without making their SQL."""
    from .closed_years import closed_years
    from .history import existing_tables
    from .year_rules import RULES

    tables = existing_tables(db)
    if "change_log" not in tables:
        return set()
    closed = bool(closed_years(db))
    names = set()
    for rule in RULES:
        if rule.table in tables:
            names |= {f"{HISTORY_PREFIX}{rule.table}_{kind}"
                      for kind in ("insert", "update", "delete")}
            if closed and rule.facets:
                names |= {f"{CLOSED_PREFIX}{rule.table}_{kind}"
                          for kind in ("insert", "update", "delete")}
    return names


def ensure(db: AnyDatabase, *, full: bool = False) -> bool:
    """Make the triggers again when the file lacks some (a tool dropped them) or holds
    others, or, with *full*, when any differs from the code's; True when it did. Opening a
    file asks the quick way (a name check, ~1 ms); the full one makes every trigger's SQL."""
    installed = installed_triggers(db)
    if full:
        wanted = expected_triggers(db)
        if installed == wanted:
            return False
    elif set(installed) == expected_names(db):
        return False
    with db.atomic():
        install(db)
    return True
