"""The plans schema steps (version 3, rebuilt by version 8) create exactly what the models
create."""

from __future__ import annotations

from peewee import SqliteDatabase

from desktop_app.db import database
from desktop_app.db.migrations import STEPS
from desktop_app.db.models import ALL_MODELS
from desktop_app.db.models.plans import Plan, PlanTarget, PlanTargetResponsible

PLAN_TABLES = ("plan", "plan_target", "plan_target_responsible")


def _schema(db: SqliteDatabase) -> set[tuple[str, str]]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name IN (?, ?, ?) AND sql IS NOT NULL",
        PLAN_TABLES,
    ).fetchall()
    return {(name, sql) for name, sql in rows}


def test_steps_3_and_8_match_models_and_rerun(tmp_path):
    from_models = SqliteDatabase(str(tmp_path / "models.db"))
    database.initialize(from_models)
    from_models.create_tables(ALL_MODELS)
    expected = _schema(from_models)
    from_models.close()

    stepped = SqliteDatabase(str(tmp_path / "step.db"))
    database.initialize(stepped)
    others = [m for m in ALL_MODELS if m not in (Plan, PlanTarget, PlanTargetResponsible)]
    stepped.create_tables(others)
    for version in (3, 8):
        for _ in range(2):  # safe to run again
            STEPS[version].run(stepped)
    assert _schema(stepped) == expected
    assert len(expected) == 8
    stepped.close()
    database.initialize(None)
