"""Version 10 (issue 18): report kinds and outlines for every era and occasion.

- ``report_outline``: the outlines, in the database so that they travel in backups and
  handover packages; the built-in ones are seeded from ``resources/report_outlines/`` as
  shipped with this version (read-only in the app);
- ``congress``: a congress of the unit (number, new term, date, place, pilot, delegates,
  election results) and the resolution holding the new term's targets;
- ``register_start``: the number from which a type is counted in a term (documents issued
  on paper before the app);
- ``report``: the kinds "theme" (the year's theme) and "congress" (the CHECK changes, so the
  table is rebuilt, foreign keys off, see the runner), the outline as drafted on
  (``outline_version``, ``outline_snapshot``: filled for existing reports from the built-in
  outline of their code), the draft mark and the congress.
"""

from __future__ import annotations

import json

from peewee import SqliteDatabase

from desktop_app.nfc import normalize
from desktop_app.paths import resource_path

_NEW_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "report_outline" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"code" VARCHAR(100) NOT NULL, "name" VARCHAR(300) NOT NULL, "kind" VARCHAR(32) NOT '
        "NULL CHECK (kind IN ('annual', 'interim', 'final', 'theme', 'congress')), "
        '"builtin" INTEGER NOT NULL, "version" INTEGER NOT NULL, "definition" TEXT NOT NULL, '
        '"copied_from" VARCHAR(100) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" '
        "DATETIME NOT NULL)"
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "report_outline_code" ON "report_outline" ("code")',
    (
        'CREATE TABLE IF NOT EXISTS "congress" ("id" INTEGER NOT NULL PRIMARY KEY, "number" '
        'INTEGER NOT NULL, "term_start" INTEGER NOT NULL, "term_end" INTEGER NOT NULL, '
        '"date" DATE, "place" VARCHAR(300) NOT NULL, "pilot" INTEGER NOT NULL, '
        '"delegates_summoned" INTEGER, "delegates_present" INTEGER, "committee" TEXT NOT '
        'NULL, "secretary_name" VARCHAR(200) NOT NULL, "deputy_secretary_name" VARCHAR(200) '
        'NOT NULL, "resolution_id" INTEGER, FOREIGN KEY ("resolution_id") REFERENCES "plan" '
        '("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "congress_resolution_id" ON "congress" ("resolution_id")',
    (
        'CREATE TABLE IF NOT EXISTS "register_start" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"term_id" INTEGER NOT NULL, "type_code" VARCHAR(32) NOT NULL CHECK (type_code IN '
        "('BC', 'KH', 'NQ', 'CTr', 'TB', 'BB', 'CV', 'TTr', 'QĐ', 'DS')), \"next_number\" "
        'INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("term_id") '
        'REFERENCES "committee_term" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "register_start_term_id" ON "register_start" ("term_id")',
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "register_start_term_id_type_code" ON '
        '"register_start" ("term_id", "type_code")'
    ),
]

_REPORT = (
    'CREATE TABLE "report__v10" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(32) NOT '
    "NULL CHECK (kind IN ('annual', 'interim', 'final', 'theme', 'congress')), \"start_year\" "
    'INTEGER NOT NULL, "start_month" INTEGER NOT NULL, "end_year" INTEGER NOT NULL, '
    '"end_month" INTEGER NOT NULL, "outline_id" VARCHAR(100) NOT NULL, "title" VARCHAR(300) '
    'NOT NULL, "subject" TEXT NOT NULL, "answers" TEXT NOT NULL, "report_date" DATE NOT '
    'NULL, "place" VARCHAR(200) NOT NULL, "signer_name" VARCHAR(200) NOT NULL, '
    '"distribution" TEXT NOT NULL, "appendix" INTEGER NOT NULL, "status" VARCHAR(32) NOT NULL '
    "CHECK (status IN ('draft', 'issued')), \"version\" INTEGER NOT NULL, \"corrects_id\" "
    'INTEGER, "register_entry_id" INTEGER, "issued_number" VARCHAR(50) NOT NULL, '
    '"issued_date" DATE, "archive_path" TEXT, "frozen_content" TEXT, "created_at" DATETIME '
    'NOT NULL, "updated_at" DATETIME NOT NULL, "unit_kind" VARCHAR(32) NOT NULL CHECK '
    "(unit_kind IN ('chi_bo', 'chi_bo_co_so', 'dang_bo_co_so', 'dang_bo_bo_phan')), "
    '"outline_version" INTEGER NOT NULL, "outline_snapshot" TEXT, "draft_mark" INTEGER NOT '
    'NULL, "congress_id" INTEGER, FOREIGN KEY ("corrects_id") REFERENCES "report" ("id") '
    'ON DELETE RESTRICT, FOREIGN KEY ("register_entry_id") REFERENCES "issued_document" '
    '("id") ON DELETE RESTRICT, FOREIGN KEY ("congress_id") REFERENCES "congress" ("id") '
    "ON DELETE RESTRICT)"
)
_REPORT_COLUMNS = (
    '"id", "kind", "start_year", "start_month", "end_year", "end_month", "outline_id", '
    '"title", "subject", "answers", "report_date", "place", "signer_name", "distribution", '
    '"appendix", "status", "version", "corrects_id", "register_entry_id", "issued_number", '
    '"issued_date", "archive_path", "frozen_content", "created_at", "updated_at", "unit_kind"'
)
_REPORT_COPY = (
    f'INSERT INTO "report__v10" ({_REPORT_COLUMNS}, "outline_version", "outline_snapshot", '
    f'"draft_mark", "congress_id") SELECT {_REPORT_COLUMNS}, 1, NULL, 1, NULL FROM "report"'
)
_REPORT_INDEXES = [
    'CREATE INDEX IF NOT EXISTS "report_corrects_id" ON "report" ("corrects_id")',
    'CREATE INDEX IF NOT EXISTS "report_register_entry_id" ON "report" ("register_entry_id")',
    'CREATE INDEX IF NOT EXISTS "report_congress_id" ON "report" ("congress_id")',
]


def _columns(db: SqliteDatabase, table: str) -> set[str]:
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def seed_builtin_outlines(db: SqliteDatabase) -> None:
    """The built-in outlines (``resources/report_outlines/*.json``), each once by its code;
    the files are checked by the core and by the tests (here only read)."""
    folder = resource_path("report_outlines")
    for path in sorted(folder.glob("*.json")):
        text = normalize(path.read_text(encoding="utf-8"))
        data = json.loads(text)
        db.execute_sql(
            'INSERT OR IGNORE INTO "report_outline" ("code", "name", "kind", "builtin", '
            '"version", "definition", "copied_from", "created_at", "updated_at") VALUES '
            "(?, ?, ?, 1, 1, ?, '', datetime('now', 'localtime'), "
            "datetime('now', 'localtime'))",
            (data["id"], data["name"], data.get("kind", "annual"), text))


def run(db: SqliteDatabase) -> None:
    for statement in _NEW_TABLES:
        db.execute_sql(statement)
    if "outline_snapshot" not in _columns(db, "report"):
        db.execute_sql('DROP TABLE IF EXISTS "report__v10"')
        db.execute_sql(_REPORT)
        db.execute_sql(_REPORT_COPY)
        db.execute_sql('DROP TABLE "report"')
        db.execute_sql('ALTER TABLE "report__v10" RENAME TO "report"')
    for statement in _REPORT_INDEXES:
        db.execute_sql(statement)
    seed_builtin_outlines(db)
    # a report keeps the outline it was drafted on (the built-in of its code)
    db.execute_sql(
        'UPDATE "report" SET "outline_snapshot" = (SELECT "definition" FROM "report_outline" '
        'WHERE "code" = "report"."outline_id") WHERE "outline_snapshot" IS NULL')
