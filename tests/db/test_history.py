"""The change log is written by triggers, in the same transaction as the change, for every
way the app (or anyone) writes: model saves, update/delete queries, insert_many, prepared
upserts on the raw cursor, cascades and raw SQL."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from desktop_app.core.cell import particulars as cell_core
from desktop_app.db import triggers
from desktop_app.db.models.closing import ChangeLog
from desktop_app.db.models.members import Member
from desktop_app.db.models.savings import SavingsCategory, SavingsEntry
from desktop_app.db.models.study import Attendance, StudySession
from desktop_app.db.year_rules import RULES


def log(**where):
    query = ChangeLog.select().order_by(ChangeLog.id)
    for name, value in where.items():
        query = query.where(getattr(ChangeLog, name) == value)
    return list(query)


def profile(secretary="Nguyễn Văn Bí Thư"):
    today = dt.date.today()
    cell_core.save_profile(cell_core.CellProfile(
        name="Chi bộ Thử", superior_line1="ĐẢNG BỘ THỬ", place="Hà Nội",
        term_start=today.replace(year=today.year - 2), term_end=today.replace(year=today.year + 2),
        secretary_name=secretary))


@pytest.fixture
def cell(db):
    profile()
    member = Member.create(full_name="Lê Thị Hoa", kind="full", joined_date=dt.date(2000, 1, 1))
    session = StudySession.create(date=dt.date(2009, 2, 19), topic="Chuyên đề 2009")
    return member, session


def test_every_logged_table_has_its_three_triggers(db):
    names = set(triggers.installed_triggers(db))
    for rule in RULES:
        assert {f"history_{rule.table}_insert", f"history_{rule.table}_delete"} <= names
        assert f"history_{rule.table}_update" in names
    assert triggers.ensure(db) is False  # the file holds exactly the code's triggers


def test_insert_update_delete_are_logged_with_user_time_and_year(db, cell):
    member, session = cell
    before = dt.datetime.now().replace(microsecond=0)
    row = Attendance.create(session=session.id, member=member.id)
    Attendance.update(status="excused_absence", reason="ốm").where(
        Attendance.id == row.id).execute()
    row.delete_instance()
    entries = log(table_name="attendance")
    assert [e.action for e in entries] == ["insert", "update", "update", "delete"]
    insert, status, reason, delete = entries
    assert insert.record_id == insert.record_to == row.id
    assert insert.owner_id == session.id and insert.year == 2009
    assert {(e.field, e.old_value, e.new_value) for e in (status, reason)} == {
        ("status", "present", "excused_absence"), ("reason", "", "ốm")}
    assert all(e.user_name == "Nguyễn Văn Bí Thư" for e in entries)
    stamp = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=insert.at)
    assert before - dt.timedelta(seconds=1) <= stamp <= dt.datetime.now() + dt.timedelta(seconds=1)
    kept = json.loads(delete.old_value)
    assert kept["status"] == "excused_absence" and kept["member_id"] == member.id


def test_an_update_that_changes_nothing_is_not_logged(db, cell):
    member, session = cell
    StudySession.update(topic="Chuyên đề 2009").where(StudySession.id == session.id).execute()
    StudySession.update(updated_at=dt.datetime(2020, 1, 1)).where(
        StudySession.id == session.id).execute()  # bookkeeping only
    assert log(table_name="study_session", action="update") == []


def test_raw_sql_and_bulk_queries_are_logged(db, cell):
    member, session = cell
    db.execute_sql("INSERT INTO attendance (session_id, member_id, status, reason, reflection,"
                   " grade, note) VALUES (?, ?, 'present', '', 'none', '', '')",
                   (session.id, member.id))
    Attendance.update(note="sửa hàng loạt").execute()
    other = Member.create(full_name="Trần Văn Nam")
    Attendance.insert_many([{"session": session.id, "member": other.id}]).execute()
    Attendance.delete().execute()
    actions = [(e.action, e.field) for e in log(table_name="attendance")]
    assert actions == [("insert", None), ("update", "note"), ("insert", None),
                       ("delete", None), ("delete", None)]


def test_a_run_of_inserts_is_one_row_and_the_upsert_of_a_grid_logs_only_changes(db, cell):
    from desktop_app.core.study import sessions as study

    _member, _session = cell
    for n in range(5):
        Member.create(full_name=f"Đảng viên {n}", kind="full", joined_date=dt.date(2000, 1, 1))
    today = dt.date(2009, 6, 1)
    saved = study.create_session(study.SessionData(date=today, topic="Buổi mới"), today)
    runs = log(table_name="attendance", action="insert")
    assert len(runs) == 1 and runs[0].record_to - runs[0].record_id + 1 == 6
    grid = study.load_grid(saved.id)
    grid[2].status, grid[2].reason = "excused_absence", "đi công tác"
    study.save_grid(saved.id, grid, today)  # an upsert of every row
    updates = log(table_name="attendance", action="update")
    assert {(e.field, e.new_value) for e in updates} == {
        ("status", "excused_absence"), ("reason", "đi công tác")}


def test_a_cascade_keeps_the_year_of_the_children(db, cell):
    member, session = cell
    Attendance.create(session=session.id, member=member.id)
    session.delete_instance()  # attendance goes by ON DELETE CASCADE
    deleted = log(action="delete")
    assert [(e.table_name, e.year) for e in deleted] == [("study_session", 2009),
                                                        ("attendance", 2009)]


def test_the_log_is_in_the_same_transaction(db, cell):
    _member, session = cell
    count = ChangeLog.select().count()
    with pytest.raises(RuntimeError), db.atomic():
        StudySession.update(topic="đổi rồi hủy").where(StudySession.id == session.id).execute()
        raise RuntimeError("the save failed")
    assert ChangeLog.select().count() == count
    assert StudySession.get_by_id(session.id).topic == "Chuyên đề 2009"


def test_json_answers_are_logged_key_by_key(db, cell):
    from desktop_app.db.models.reviews import SelfReview

    member, _session = cell
    review = SelfReview.create(member=member.id, year=2009, template_id="hd21-2019",
                               answers=json.dumps({"text": {"a": "cũ", "b": "giữ"}}))
    SelfReview.update(answers=json.dumps({"text": {"a": "mới", "b": "giữ"},
                                          "grades": {"a": "good"}})).where(
        SelfReview.id == review.id).execute()
    fields = {(e.field, e.old_value, e.new_value)
              for e in log(table_name="self_review", action="update")}
    assert fields == {("answers.text.a", "cũ", "mới"), ("answers.grades.a", None, "good")}


def test_the_user_is_the_secretary_of_the_current_term(db, cell):
    member, _session = cell
    profile("Phạm Thị Mới")
    Member.update(note="x").where(Member.id == member.id).execute()
    assert log(table_name="member", action="update")[-1].user_name == "Phạm Thị Mới"


def test_a_tool_without_the_app_writes_to_the_log_too(db, cell, tmp_path):
    member, _session = cell
    con = sqlite3.connect(tmp_path / "test.db")
    con.execute("UPDATE member SET job_title = 'Kế toán' WHERE id = ?", (member.id,))
    con.commit()
    con.close()
    entry = log(table_name="member", action="update")[-1]
    assert (entry.field, entry.new_value, entry.user_name) == (
        "job_title", "Kế toán", "Nguyễn Văn Bí Thư")


def test_ensure_puts_back_triggers_that_were_removed(db):
    db.execute_sql('DROP TRIGGER "history_member_update"')
    assert triggers.ensure(db) is True
    assert "history_member_update" in triggers.installed_triggers(db)


def test_savings_month_is_logged_under_its_category(db):
    category = SavingsCategory.get(SavingsCategory.name == "Điện")
    entry = SavingsEntry.create(category=category.id, year=2009, month=3, amount=1_200_000)
    SavingsEntry.update(amount=1_000_000).where(SavingsEntry.id == entry.id).execute()
    update = log(table_name="savings_entry", action="update")[0]
    assert (update.owner_id, update.year, update.old_value, update.new_value) == (
        category.id, 2009, 1_200_000, 1_000_000)


def test_an_upgraded_file_has_the_triggers_of_a_fresh_one(tmp_path):
    import shutil
    from pathlib import Path

    from desktop_app.db.connection import close_database, open_database

    fresh = open_database(tmp_path / "fresh.db")
    expected = triggers.installed_triggers(fresh)
    close_database()
    oldest = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"
    shutil.copy(oldest, tmp_path / "old.db")
    from desktop_app.core.backup.backups import backup_before_upgrade

    upgraded = open_database(tmp_path / "old.db", backup_before_upgrade=backup_before_upgrade)
    try:
        assert triggers.installed_triggers(upgraded) == expected
        assert not ChangeLog.select().exists()  # the upgrade's own writes are not logged
    finally:
        close_database()
