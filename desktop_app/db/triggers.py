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


def ensure(db: AnyDatabase) -> bool:
    """Recreate the triggers when the file's differ from the code's; True when it did."""
    if installed_triggers(db) == expected_triggers(db):
        return False
    with db.atomic():
        install(db)
    return True
