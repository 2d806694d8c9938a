"""Schema step 2 (document register) makes exactly what the models make, and re-runs."""

from __future__ import annotations

import sqlite3

from peewee import SqliteDatabase

from desktop_app.db import database
from desktop_app.db.migrations import SCHEMA_VERSION, STEPS, schema_version, upgrade
from desktop_app.db.models import ALL_MODELS
from desktop_app.db.models.register import IssuedDocument


def schema_of(path, table: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL", (table,))
        return {row[0] for row in rows}


def test_step_2_matches_the_model_and_is_rerunnable(tmp_path):
    from_models = tmp_path / "models.db"
    db = SqliteDatabase(str(from_models))
    database.initialize(db)
    db.create_tables(ALL_MODELS)
    db.close()

    upgraded = tmp_path / "upgraded.db"
    db = SqliteDatabase(str(upgraded), pragmas={"foreign_keys": 1})
    database.initialize(db)
    db.create_tables([m for m in ALL_MODELS if m is not IssuedDocument])
    upgrade(db, 1)
    assert schema_version(db) == SCHEMA_VERSION >= 2
    STEPS[2].run(db)  # running it again is harmless
    db.close()
    database.initialize(None)

    assert schema_of(upgraded, "issued_document") == schema_of(from_models, "issued_document")
    assert len(schema_of(upgraded, "issued_document")) == 3  # table and two indexes
