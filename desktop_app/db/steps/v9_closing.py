"""Version 9 (issue 22): closed years (khóa sổ) and the change log (lịch sử thay đổi).

The tables only: the triggers that fill the log and refuse writes into a closed year are
generated from the code's rules (``db/history.py``) and installed by the migration runner
after every upgrade, so this step keeps meaning what it means whatever its number.
Records entered before the upgrade have no history: the log starts with the upgrade.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "year_closing" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"year" INTEGER NOT NULL, "closed_at" DATETIME NOT NULL, "closed_by" VARCHAR(200) '
        'NOT NULL, "note" TEXT NOT NULL, "backup_file" TEXT NOT NULL, "reopened_at" '
        'DATETIME, "reopened_by" VARCHAR(200) NOT NULL, "reopen_reason" TEXT NOT NULL)'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "year_closing_year" ON "year_closing" ("year") '
        'WHERE ("reopened_at" IS NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "change_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" '
        'INTEGER NOT NULL, "user_name" VARCHAR(200) NOT NULL, "table_name" VARCHAR(64) NOT '
        'NULL, "record_id" INTEGER NOT NULL, "record_to" INTEGER NOT NULL, "owner_id" '
        'INTEGER, "action" VARCHAR(32) NOT NULL CHECK (action IN (\'insert\', \'update\', '
        '\'delete\')), "field" VARCHAR(200), "old_value", "new_value", "year" INTEGER, '
        '"old_year" INTEGER)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "change_log_table_name_record_id" ON "change_log" '
        '("table_name", "record_id")'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "change_log_table_name_owner_id" ON "change_log" '
        '("table_name", "owner_id")'
    ),
]


def run(db: SqliteDatabase) -> None:
    for statement in _TABLES:
        db.execute_sql(statement)
