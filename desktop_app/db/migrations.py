"""Schema versions and the step-by-step upgrade runner.

The schema version lives in ``PRAGMA user_version`` and the file is marked as ours by
``PRAGMA application_id``. A fresh file is created from the models at the current
version. An older file is copied aside by the caller, then upgraded one step at a
time: each step runs inside ``db.atomic()`` together with its version bump, and is
written so that running it again is harmless. Steps are literal SQL, never the current
model classes, so that an old step keeps meaning what it meant.

To change the schema: change the models, write the step as ``steps/v<n>_<area>.py`` (n = the
new version), add it to ``STEPS``, and commit a fixture ``tests/fixtures/schema_v{n}.db`` made
with ``scripts/make_schema_fixture.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from peewee import SqliteDatabase

from . import triggers
from .models import ALL_MODELS
from .steps import (
    v2_register,
    v3_plans,
    v4_study,
    v5_reviews,
    v6_savings,
    v7_report,
    v8_reports,
    v9_closing,
    v10_outlines,
)

log = logging.getLogger(__name__)

APPLICATION_ID = 0x53434842  # "SCHB": marks a file as a Sổ Chi bộ database


@dataclass(frozen=True)
class Step:
    """One upgrade step from ``version - 1`` to ``version``."""

    run: Callable[[SqliteDatabase], None]
    rebuilds_tables: bool = False  # needs foreign keys off (a rebuild would cascade deletes)


STEPS: dict[int, Step] = {
    2: Step(run=v2_register.run),
    3: Step(run=v3_plans.run),
    4: Step(run=v4_study.run),
    5: Step(run=v5_reviews.run),
    6: Step(run=v6_savings.run),
    7: Step(run=v7_report.run),
    8: Step(run=v8_reports.run, rebuilds_tables=True),
    9: Step(run=v9_closing.run),  # issue 22
    10: Step(run=v10_outlines.run, rebuilds_tables=True),
}

# Rows a fresh database starts with (the same rows the steps insert on upgrade).
FRESH_SEEDS: list[Callable[[SqliteDatabase], None]] = [v6_savings.seed_savings_categories,
                                                       v10_outlines.seed_builtin_outlines]


SCHEMA_VERSION = max(STEPS, default=1)


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def _set_version(db: SqliteDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_fresh(db: SqliteDatabase) -> None:
    """Create every table of the current schema and stamp the file as ours."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        for seed in FRESH_SEEDS:
            seed(db)
        triggers.install(db)
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _set_version(db, SCHEMA_VERSION)


def upgrade(db: SqliteDatabase, from_version: int) -> None:
    """Run the steps after *from_version*, each atomically with its version bump.

    The app's triggers (change log, closed years) are dropped first and made again from the
    code once the file is at the current version: a step's own writes are not a user's
    changes, and a step that rebuilds a table would lose them anyway.
    """
    with db.atomic():
        triggers.drop_triggers(db)
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        step = STEPS[version]
        log.info("upgrading schema to version %s", version)
        if step.rebuilds_tables:
            db.execute_sql("PRAGMA foreign_keys = OFF")  # no effect inside a transaction
        try:
            with db.atomic():
                step.run(db)
                if step.rebuilds_tables:
                    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"foreign key check failed: {problems[:5]}")
                _set_version(db, version)
        finally:
            if step.rebuilds_tables:
                db.execute_sql("PRAGMA foreign_keys = ON")
    with db.atomic():
        triggers.install(db)
