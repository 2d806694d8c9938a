"""Version 4 (issue 5): study sessions and attendance."""

from __future__ import annotations

from peewee import SqliteDatabase

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


def run(db: SqliteDatabase) -> None:
    for sql in _STUDY_SQL:
        db.execute_sql(sql)
