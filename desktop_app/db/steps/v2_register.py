"""Version 2: the document register (sổ văn bản)."""

from __future__ import annotations

from peewee import SqliteDatabase


def run(db: SqliteDatabase) -> None:
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
