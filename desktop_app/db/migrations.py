"""Schema versions and the step-by-step upgrade runner.

The schema version lives in ``PRAGMA user_version`` and the file is marked as ours by
``PRAGMA application_id``. A fresh file is created from the models at the current
version. An older file is copied aside by the caller, then upgraded one step at a
time: each step runs inside ``db.atomic()`` together with its version bump, and is
written so that running it again is harmless. Steps are literal SQL, never the current
model classes, so that an old step keeps meaning what it meant.

To change the schema: change the models, add ``STEPS[n]`` (n = the new version), and
commit a fixture ``tests/fixtures/schema_v{n}.db`` with ``scripts/make_schema_fixture.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from peewee import SqliteDatabase

from .connection import APPLICATION_ID
from .models import ALL_MODELS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """One upgrade step from ``version - 1`` to ``version``."""

    run: Callable[[SqliteDatabase], None]
    rebuilds_tables: bool = False  # needs foreign keys off (a rebuild would cascade deletes)


STEPS: dict[int, Step] = {}


def _v2_document_register(db: SqliteDatabase) -> None:
    """Version 2: the document register (sổ văn bản)."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "issued_document" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"term_id" INTEGER NOT NULL, "type_code" VARCHAR(32) NOT NULL CHECK (type_code IN '
        "('BC', 'KH', 'NQ', 'CTr', 'TB', 'BB', 'CV', 'TTr', 'QĐ', 'DS')), "
        '"number" INTEGER NOT NULL, "issued_date" DATE NOT NULL, "subject" TEXT NOT NULL, '
        '"source_kind" VARCHAR(50), "source_id" INTEGER, "file_path" TEXT, '
        '"cancelled" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("term_id") REFERENCES "committee_term" ("id") ON DELETE RESTRICT)'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "issued_document_term_id" ON "issued_document" ("term_id")'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "issued_document_term_id_type_code_number" '
        'ON "issued_document" ("term_id", "type_code", "number")'
    )


STEPS[2] = Step(run=_v2_document_register)


_PLANS_V3 = [
    'CREATE TABLE IF NOT EXISTS "plan" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"year" INTEGER NOT NULL, "kind" VARCHAR(32) NOT NULL CHECK (kind IN '
    "('plan', 'resolution', 'action_programme')), \"number\" INTEGER, \"issued_date\" DATE, "
    '"title" VARCHAR(500) NOT NULL, "theme" TEXT NOT NULL, "purpose" TEXT NOT NULL, '
    '"requirements" TEXT NOT NULL, "implements" TEXT NOT NULL, "plan_date" DATE, '
    '"created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL)',
    'CREATE INDEX IF NOT EXISTS "plan_year" ON "plan" ("year")',
    'CREATE TABLE IF NOT EXISTS "plan_target" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"plan_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "content" TEXT NOT NULL, '
    '"indicator_kind" VARCHAR(32) NOT NULL CHECK (indicator_kind IN '
    "('none', 'attendance', 'reflection', 'commitment', 'savings')), "
    '"target_value" REAL, "indicator" VARCHAR(500) NOT NULL, "deadline" DATE, '
    '"status" VARCHAR(32) NOT NULL CHECK (status IN '
    "('not_started', 'in_progress', 'done')), \"result_note\" TEXT NOT NULL, "
    '"result_date" DATE, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "plan_target_plan_id" ON "plan_target" ("plan_id")',
    'CREATE TABLE IF NOT EXISTS "plan_target_responsible" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"target_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, '
    'FOREIGN KEY ("target_id") REFERENCES "plan_target" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "plan_target_responsible_target_id" '
    'ON "plan_target_responsible" ("target_id")',
    'CREATE INDEX IF NOT EXISTS "plan_target_responsible_member_id" '
    'ON "plan_target_responsible" ("member_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "plan_target_responsible_target_id_member_id" '
    'ON "plan_target_responsible" ("target_id", "member_id")',
]


def _add_plans(db: SqliteDatabase) -> None:
    """Version 3: yearly plans / resolutions / action programmes with their targets."""
    for sql in _PLANS_V3:
        db.execute_sql(sql)


STEPS[3] = Step(run=_add_plans)


# Version 4: study sessions and attendance (issue 5).
_STUDY_SQL = (
    'CREATE TABLE IF NOT EXISTS "study_session" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"date" DATE NOT NULL, "kind" VARCHAR(32) NOT NULL CHECK (kind IN (\'thematic_study\', '
    '\'document_briefing\', \'thematic_meeting\', \'conference\')), '
    '"topic" VARCHAR(500) NOT NULL, "theme" VARCHAR(500) NOT NULL, '
    '"level" VARCHAR(32) NOT NULL CHECK (level IN (\'cell\', \'superior\', \'agency\')), '
    '"place" VARCHAR(200) NOT NULL, "duration_minutes" INTEGER, '
    '"reflection_required" INTEGER NOT NULL, "reflection_due" DATE, "documents" TEXT NOT NULL, '
    '"note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)',
    'CREATE INDEX IF NOT EXISTS "study_session_date" ON "study_session" ("date")',
    'CREATE TABLE IF NOT EXISTS "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"session_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, '
    '"status" VARCHAR(32) NOT NULL CHECK (status IN (\'present\', \'excused_absence\', '
    '\'unexcused_absence\', \'exempt\')), "reason" VARCHAR(300) NOT NULL, '
    '"reflection" VARCHAR(32) NOT NULL CHECK (reflection IN (\'none\', \'submitted\', '
    '\'late\', \'not_submitted\')), "reflection_date" DATE, "grade" VARCHAR(100) NOT NULL, '
    '"note" VARCHAR(300) NOT NULL, '
    'FOREIGN KEY ("session_id") REFERENCES "study_session" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "attendance_member_id" ON "attendance" ("member_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "attendance_session_id_member_id" '
    'ON "attendance" ("session_id", "member_id")',
)


def _add_study(db: SqliteDatabase) -> None:
    for sql in _STUDY_SQL:
        db.execute_sql(sql)


STEPS[4] = Step(run=_add_study)

SCHEMA_VERSION = max(STEPS, default=1)


def column_names(db: SqliteDatabase, table: str) -> set[str]:
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def add_column(db: SqliteDatabase, table: str, definition: str) -> None:
    """ALTER TABLE ADD COLUMN, skipped when the column is already there (re-runnable)."""
    name = definition.split()[0].strip('"')
    if name not in column_names(db, table):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {definition}')


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def _set_version(db: SqliteDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_fresh(db: SqliteDatabase) -> None:
    """Create every table of the current schema and stamp the file as ours."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _set_version(db, SCHEMA_VERSION)


def upgrade(db: SqliteDatabase, from_version: int) -> None:
    """Run the steps after *from_version*, each atomically with its version bump."""
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
