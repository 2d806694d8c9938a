"""Version 5 (issue 6): commitments, self-reviews, remedies, feedback, ratings."""

from __future__ import annotations

from peewee import SqliteDatabase

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


def run(db: SqliteDatabase) -> None:
    for statement in _V5_SQL:
        db.execute_sql(statement)
