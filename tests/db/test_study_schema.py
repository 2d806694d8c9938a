"""Schema step 4 (study sessions, attendance) makes what the models make, and re-runs."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import IntegrityError, SqliteDatabase

from desktop_app.db import database
from desktop_app.db.migrations import STEPS
from desktop_app.db.models import ALL_MODELS
from desktop_app.db.models.members import Member
from desktop_app.db.models.study import Attendance, StudySession

QUERY = ("SELECT type, name, sql FROM sqlite_master "
         "WHERE tbl_name IN ('study_session', 'attendance') ORDER BY name")


@pytest.fixture
def two_databases(tmp_path):
    from_models = SqliteDatabase(tmp_path / "models.db", pragmas={"foreign_keys": 1})
    database.initialize(from_models)
    from_models.create_tables(ALL_MODELS)
    stepped = SqliteDatabase(tmp_path / "step.db", pragmas={"foreign_keys": 1})
    database.initialize(stepped)
    stepped.create_tables([m for m in ALL_MODELS if m not in (StudySession, Attendance)])
    yield from_models, stepped
    database.initialize(None)
    from_models.close()
    stepped.close()


def test_step_4_equals_the_models_and_can_run_twice(two_databases):
    from_models, stepped = two_databases
    STEPS[4].run(stepped)
    STEPS[4].run(stepped)
    expected = from_models.execute_sql(QUERY).fetchall()
    assert len(expected) == 5  # two tables, three indexes
    assert stepped.execute_sql(QUERY).fetchall() == expected


def test_attendance_is_unique_per_session_and_member(two_databases):
    _, stepped = two_databases
    STEPS[4].run(stepped)
    member = Member.create(full_name="Nguyễn Văn An")
    session = StudySession.create(date=dt.date(2023, 1, 1), topic="Chuyên đề")
    Attendance.create(session=session, member=member)
    with pytest.raises(IntegrityError):
        Attendance.create(session=session, member=member)
