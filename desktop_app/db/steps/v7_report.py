"""Version 7 (issue 8): summary reports and their sections."""

from __future__ import annotations

from peewee import SqliteDatabase

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


def run(db: SqliteDatabase) -> None:
    for statement in _V7_TABLES:
        db.execute_sql(statement)
