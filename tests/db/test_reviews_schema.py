"""Schema step 5 (self-review area) creates exactly what the models describe."""

from __future__ import annotations

from peewee import SqliteDatabase

from desktop_app.db import database, migrations
from desktop_app.db.models.reviews import (
    Commitment,
    CommitmentItem,
    Feedback,
    Rating,
    Remedy,
    SelfReview,
)

MODELS = [Commitment, CommitmentItem, SelfReview, Remedy, Feedback, Rating]


def _schema(db: SqliteDatabase) -> dict[str, str]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").fetchall()
    return dict(rows)


def test_step_5_matches_the_models_and_can_run_twice(tmp_path):
    from_models = SqliteDatabase(tmp_path / "models.db")
    database.initialize(from_models)
    from_models.execute_sql('CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY)')
    from_models.create_tables(MODELS)
    by_step = SqliteDatabase(tmp_path / "step.db")
    by_step.execute_sql('CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY)')
    migrations.STEPS[5].run(by_step)
    migrations.STEPS[5].run(by_step)  # re-runnable
    assert _schema(by_step) == _schema(from_models)
    assert {"commitment", "commitment_item", "self_review", "remedy", "feedback",
            "rating"} <= set(_schema(by_step))
