"""Version 3 (issue 4): plans, their targets and the members responsible."""

from __future__ import annotations

from peewee import SqliteDatabase

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


def run(db: SqliteDatabase) -> None:
    """Version 3: yearly plans / resolutions / action programmes with their targets."""
    for sql in _PLANS_V3:
        db.execute_sql(sql)
