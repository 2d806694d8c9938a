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
# Version 5 (issue 6): commitments, self-reviews, remedies, feedback, ratings.
_V5_SQL = (
    'CREATE TABLE IF NOT EXISTS "commitment" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"member_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "registered_date" DATE, '
    '"template_id" VARCHAR(100) NOT NULL, "study" TEXT NOT NULL, "updated_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "commitment_member_id" ON "commitment" ("member_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "commitment_member_id_year" '
    'ON "commitment" ("member_id", "year")',
    'CREATE TABLE IF NOT EXISTS "commitment_item" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"commitment_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "group" VARCHAR(50) NOT NULL, '
    '"content" TEXT NOT NULL, "target" REAL, "unit" VARCHAR(50) NOT NULL, "deadline" DATE, '
    '"result" TEXT NOT NULL, "achieved_value" REAL, "self_assessment" TEXT NOT NULL, '
    '"done" INTEGER NOT NULL, '
    'FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "commitment_item_commitment_id" '
    'ON "commitment_item" ("commitment_id")',
    'CREATE TABLE IF NOT EXISTS "self_review" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"member_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "template_id" VARCHAR(100) NOT NULL, '
    '"answers" TEXT NOT NULL, "total_score" INTEGER, "draft" INTEGER NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "self_review_member_id" ON "self_review" ("member_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "self_review_member_id_year" '
    'ON "self_review" ("member_id", "year")',
    'CREATE TABLE IF NOT EXISTS "remedy" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"review_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "content" TEXT NOT NULL, '
    '"deadline" DATE, "status" VARCHAR(32) NOT NULL '
    "CHECK (status IN ('open', 'done', 'dropped')), "
    '"outcome" TEXT NOT NULL, "outcome_date" DATE, '
    'FOREIGN KEY ("review_id") REFERENCES "self_review" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "remedy_review_id" ON "remedy" ("review_id")',
    'CREATE TABLE IF NOT EXISTS "feedback" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"review_id" INTEGER NOT NULL, "from_member_id" INTEGER, "channel" VARCHAR(32) NOT NULL '
    "CHECK (channel IN ('slip', 'meeting')), "
    '"content" TEXT NOT NULL, "date" DATE NOT NULL, '
    'FOREIGN KEY ("review_id") REFERENCES "self_review" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("from_member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "feedback_review_id" ON "feedback" ("review_id")',
    'CREATE INDEX IF NOT EXISTS "feedback_from_member_id" ON "feedback" ("from_member_id")',
    'CREATE TABLE IF NOT EXISTS "rating" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"member_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "stage" VARCHAR(32) NOT NULL '
    "CHECK (stage IN ('self', 'cell', 'superior')), "
    '"level" VARCHAR(32) NOT NULL '
    "CHECK (level IN ('excellent', 'good', 'completed', 'not_completed')), "
    '"date" DATE NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX IF NOT EXISTS "rating_member_id" ON "rating" ("member_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "rating_member_id_year_stage" '
    'ON "rating" ("member_id", "year", "stage")',
)


def _v5_reviews(db: SqliteDatabase) -> None:
    for statement in _V5_SQL:
        db.execute_sql(statement)


STEPS[5] = Step(run=_v5_reviews)


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

# Rows a fresh database starts with (the same rows the steps insert on upgrade).
FRESH_SEEDS: list[Callable[[SqliteDatabase], None]] = []


# --- Version 6: savings (thrift), social work, commendations and violations -------------------

_V6_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "savings_category" ("id" INTEGER NOT NULL PRIMARY '
        'KEY, "name" VARCHAR(200) NOT NULL, "unit" VARCHAR(20) NOT NULL, "quantity_unit" '
        'VARCHAR(20), "is_default" INTEGER NOT NULL, "position" INTEGER NOT NULL, '
        '"archived" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "savings_category_name" ON "savings_category" ("name")',
    (
        'CREATE TABLE IF NOT EXISTS "savings_year_setting" ("id" INTEGER NOT NULL PRIMARY'
        ' KEY, "category_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "baseline_mode" '
        "VARCHAR(32) NOT NULL CHECK (baseline_mode IN ('previous_year', 'fixed', "
        '\'average\')), "baseline_fixed" INTEGER, "baseline_years" VARCHAR(100) NOT NULL, '
        '"target_percent" REAL NOT NULL, FOREIGN KEY ("category_id") REFERENCES '
        '"savings_category" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "savings_year_setting_category_id" ON '
        '"savings_year_setting" ("category_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "savings_year_setting_category_id_year" ON '
        '"savings_year_setting" ("category_id", "year")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "savings_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"category_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT '
        'NULL CHECK (month BETWEEN 1 AND 12), "amount" INTEGER NOT NULL CHECK (amount >= '
        '0), "quantity" REAL, "note" TEXT NOT NULL, FOREIGN KEY ("category_id") '
        'REFERENCES "savings_category" ("id") ON DELETE RESTRICT)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "savings_entry_category_id" ON "savings_entry" '
        '("category_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "savings_entry_category_id_year_month" ON '
        '"savings_entry" ("category_id", "year", "month")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "social_activity" ("id" INTEGER NOT NULL PRIMARY KEY,'
        ' "date" DATE NOT NULL, "end_date" DATE, "kind" VARCHAR(32) NOT NULL CHECK (kind '
        "IN ('charity_house', 'bridge', 'fund', 'gift', 'scholarship', 'other')), "
        '"description" TEXT NOT NULL, "quantity" INTEGER, "unit" VARCHAR(30) NOT NULL, '
        '"value" INTEGER CHECK (value IS NULL OR value >= 0), "sponsor" VARCHAR(300) NOT '
        'NULL, "programme" VARCHAR(300) NOT NULL, "place" VARCHAR(300) NOT NULL, "note" '
        'TEXT NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "social_activity_member" ("id" INTEGER NOT NULL '
        'PRIMARY KEY, "activity_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, '
        'FOREIGN KEY ("activity_id") REFERENCES "social_activity" ("id") ON DELETE '
        'CASCADE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE '
        'RESTRICT)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "social_activity_member_activity_id" ON '
        '"social_activity_member" ("activity_id")'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "social_activity_member_member_id" ON '
        '"social_activity_member" ("member_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "social_activity_member_activity_id_member_id"'
        ' ON "social_activity_member" ("activity_id", "member_id")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "commendation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"recipient_kind" VARCHAR(32) NOT NULL CHECK (recipient_kind IN (\'cell\', \'group\','
        ' \'member\')), "member_id" INTEGER, "group_name" VARCHAR(300) NOT NULL, "kind" '
        "VARCHAR(32) NOT NULL CHECK (kind IN ('khen_thuong', 'bieu_duong', 'giay_khen', "
        '\'bang_khen\', \'other\')), "level" VARCHAR(300) NOT NULL, "date" DATE NOT NULL, '
        '"period" VARCHAR(100) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY '
        '("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "commendation_member_id" ON "commendation" ("member_id")',
    (
        'CREATE TABLE IF NOT EXISTS "violation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"member_id" INTEGER NOT NULL, "date" DATE NOT NULL, "description" TEXT NOT NULL,'
        ' "discipline" VARCHAR(300) NOT NULL, "resolved_date" DATE, FOREIGN KEY '
        '("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "violation_member_id" ON "violation" ("member_id")',
]

# The default thrift categories (DOMAIN.md §3); names are the ones users know from reports.
_V6_DEFAULT_CATEGORIES = (
    "INSERT OR IGNORE INTO \"savings_category\" "
    "(\"name\", \"unit\", \"quantity_unit\", \"is_default\", \"position\", \"archived\") VALUES "
    "('Chi hành chính, văn phòng phẩm', 'đồng', NULL, 1, 1, 0), "
    "('Điện', 'đồng', 'kWh', 1, 2, 0), "
    "('Nước', 'đồng', 'm³', 1, 3, 0), "
    "('Cước điện thoại', 'đồng', NULL, 1, 4, 0)"
)


def seed_savings_categories(db: SqliteDatabase) -> None:
    """The four default thrift categories, unless a category of that name exists."""
    db.execute_sql(_V6_DEFAULT_CATEGORIES)


def _v6_savings(db: SqliteDatabase) -> None:
    for statement in _V6_TABLES:
        db.execute_sql(statement)
    seed_savings_categories(db)


STEPS[6] = Step(run=_v6_savings)
FRESH_SEEDS.append(seed_savings_categories)

_V7_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "report" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" '
        "VARCHAR(32) NOT NULL CHECK (kind IN ('annual', 'interim', 'final')), \"start_year\" "
        'INTEGER NOT NULL, "start_month" INTEGER NOT NULL, "end_year" INTEGER NOT NULL, '
        '"end_month" INTEGER NOT NULL, "outline_id" VARCHAR(100) NOT NULL, "title" '
        'VARCHAR(300) NOT NULL, "subject" TEXT NOT NULL, "answers" TEXT NOT NULL, '
        '"report_date" DATE NOT NULL, "place" VARCHAR(200) NOT NULL, "signer_name" '
        'VARCHAR(200) NOT NULL, "distribution" TEXT NOT NULL, "appendix" INTEGER NOT NULL, '
        "\"status\" VARCHAR(32) NOT NULL CHECK (status IN ('draft', 'issued')), \"version\" "
        'INTEGER NOT NULL, "corrects_id" INTEGER, "register_entry_id" INTEGER, '
        '"issued_number" VARCHAR(50) NOT NULL, "issued_date" DATE, "archive_path" TEXT, '
        '"frozen_content" TEXT, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT '
        'NULL, FOREIGN KEY ("corrects_id") REFERENCES "report" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("register_entry_id") REFERENCES "issued_document" ("id") ON DELETE '
        'RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "report_corrects_id" ON "report" ("corrects_id")',
    'CREATE INDEX IF NOT EXISTS "report_register_entry_id" ON "report" ("register_entry_id")',
    (
        'CREATE TABLE IF NOT EXISTS "report_section" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"report_id" INTEGER NOT NULL, "key" VARCHAR(100) NOT NULL, "text" TEXT NOT NULL, '
        '"generated_text" TEXT NOT NULL, "generated_at" DATETIME, "edited" INTEGER NOT NULL, '
        '"fingerprint" VARCHAR(64) NOT NULL, FOREIGN KEY ("report_id") REFERENCES "report" '
        '("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "report_section_report_id" ON "report_section" ("report_id")',
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "report_section_report_id_key" ON "report_section" '
        '("report_id", "key")'
    ),
]


def _v7_report(db: SqliteDatabase) -> None:
    for statement in _V7_TABLES:
        db.execute_sql(statement)


STEPS[7] = Step(run=_v7_report)

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
        for seed in FRESH_SEEDS:
            seed(db)
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
