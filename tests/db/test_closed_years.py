"""A closed year refuses every write into it, in every table the reports count, whoever
writes (here: raw SQL, the lowest level; the core and the GUI are tested elsewhere), with a
Vietnamese message naming the year; other years stay writable; reopening allows it again."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.closing import years
from desktop_app.db import history, triggers
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.guarded import ClosedYearError
from desktop_app.db.year_rules import RULES

# table → (a condition finding one of its 2009 records in the demo, a change to one field)
CASES = {
    "member": ("substr(official_date, 1, 4) = '2009'", "official_date = '2009-12-01'"),
    "plan": ("year = 2009", "title = title || ' (sửa)'"),
    "plan_target": ("plan_id IN (SELECT id FROM plan WHERE year = 2009)",
                    "content = content || ' (sửa)'"),
    "plan_target_responsible": (
        "target_id IN (SELECT t.id FROM plan_target t JOIN plan p ON p.id = t.plan_id "
        "WHERE p.year = 2009)", "member_id = (SELECT max(id) FROM member)"),
    "study_session": ("substr(date, 1, 4) = '2009'", "topic = topic || ' (sửa)'"),
    "attendance": ("session_id IN (SELECT id FROM study_session WHERE date LIKE '2009%')",
                   "note = 'sửa'"),
    "commitment": ("year = 2009", "study = study || ' (sửa)'"),
    "commitment_item": ("commitment_id IN (SELECT id FROM commitment WHERE year = 2009)",
                        "result = 'sửa'"),
    "self_review": ("year = 2009", "total_score = 90"),
    "remedy": ("review_id IN (SELECT id FROM self_review WHERE year = 2009)",
               "content = content || ' (sửa)'"),
    "feedback": ("review_id IN (SELECT id FROM self_review WHERE year = 2009)",
                 "content = content || ' (sửa)'"),
    "rating": ("year = 2009", "note = 'sửa'"),
    "savings_year_setting": ("year = 2009", "target_percent = 12"),
    "savings_entry": ("year = 2009", "amount = amount + 1000"),
    "social_activity": ("substr(date, 1, 4) = '2009'", "place = 'Long An (sửa)'"),
    "social_activity_member": (
        "activity_id IN (SELECT id FROM social_activity WHERE date LIKE '2009%')",
        "member_id = (SELECT max(id) FROM member)"),
    "commendation": ("substr(date, 1, 4) = '2009'", "reason = reason || ' (sửa)'"),
    "violation": ("substr(date, 1, 4) = '2009'", "discipline = 'Cảnh cáo'"),
    "fund_entry": ("substr(date, 1, 4) = '2009'", "amount = amount + 1000"),
    "congress": ("substr(date, 1, 4) = '2009'", "place = place || ' (sửa)'"),
    "fund": ("id IN (SELECT fund_id FROM fund_entry WHERE date LIKE '2009%')",
             "contribution_amount = 3000"),
}
# A copy of a fund is a new fund without money in or out: of no year yet.
NOT_OF_A_YEAR_WHEN_NEW = {"fund"}


def test_every_table_with_a_year_has_a_case():
    assert {rule.table for rule in RULES if rule.facets} == set(CASES)


@pytest.fixture
def demo_db(tmp_path):
    """The demo cell (a copy of one built once for the run)."""
    from tests.demo_copy import demo_copy

    db = open_database(demo_copy(tmp_path))
    yield db
    close_database()


@pytest.fixture
def closed_2009(demo_db):
    demo_db.execute_sql(
        "INSERT INTO violation (member_id, date, description, discipline) "
        "SELECT id, '2009-05-04', 'Vi phạm mẫu', 'Khiển trách' FROM member LIMIT 1")
    demo_db.execute_sql(
        "INSERT INTO fund (name, purpose, contributors, start_date, note) VALUES "
        "('Quỹ vì người nghèo', '', 'mỗi đảng viên', '2008-01-01', '')")
    demo_db.execute_sql(
        "INSERT INTO fund_entry (fund_id, date, direction, amount, description, beneficiary, "
        "note) SELECT max(id), '2009-03-31', 'in', 600000, 'Góp quý I', '', '' FROM fund")
    demo_db.execute_sql(
        "INSERT INTO congress (number, term_start, term_end, date, place, pilot, committee, "
        "secretary_name, deputy_secretary_name) VALUES (3, 2009, 2012, '2009-06-20', "
        "'Hội trường', 0, '', '', '')")
    years.close_year(2009, backup=False, today=dt.date(2011, 1, 10))
    return demo_db


def _one(db, table, where):
    row = db.execute_sql(f'SELECT id FROM "{table}" WHERE {where} LIMIT 1').fetchone()
    assert row is not None, f"the demo has no 2009 row in {table}"
    return row[0]


@pytest.mark.parametrize("table", sorted(CASES))
def test_writes_into_the_closed_year_are_refused(closed_2009, table):
    db = closed_2009
    where, change = CASES[table]
    record = _one(db, table, where)
    columns = [c for c in history.table_columns(db, table) if c != "id"]
    copied = ", ".join(f'"{c}"' for c in columns)
    attempts = {
        "update": f'UPDATE "{table}" SET {change} WHERE id = {record}',
        "delete": f'DELETE FROM "{table}" WHERE id = {record}',
        "insert": f'INSERT INTO "{table}" ({copied}) SELECT {copied} FROM "{table}" '
                  f"WHERE id = {record}",
    }
    before = db.execute_sql(f'SELECT * FROM "{table}" WHERE id = {record}').fetchone()
    count = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    for action, sql in attempts.items():
        if action == "insert" and table in NOT_OF_A_YEAR_WHEN_NEW:
            continue
        with pytest.raises(ClosedYearError) as refused:
            db.execute_sql(sql)
        assert refused.value.year == 2009, action
        assert "Năm 2009 đã khóa sổ" in str(refused.value)
    assert db.execute_sql(f'SELECT * FROM "{table}" WHERE id = {record}').fetchone() == before
    assert db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count


def test_other_years_stay_writable_and_reopening_allows_the_year_again(closed_2009):
    db = closed_2009
    db.execute_sql("UPDATE study_session SET note = 'ghi thêm' WHERE date LIKE '2010%'")
    with pytest.raises(ClosedYearError):
        db.execute_sql("UPDATE study_session SET note = 'ghi thêm' WHERE date LIKE '2009%'")
    years.reopen_year(2009, "Sửa điểm danh ghi nhầm")
    db.execute_sql("UPDATE study_session SET note = 'ghi thêm' WHERE date LIKE '2009%'")
    assert triggers.installed_triggers(db).keys() == history.history_triggers(db).keys()


def test_moving_a_record_into_or_out_of_a_closed_year_is_refused(closed_2009):
    db = closed_2009
    with pytest.raises(ClosedYearError):
        db.execute_sql("UPDATE study_session SET date = '2010-03-01' WHERE date LIKE '2009%'")
    with pytest.raises(ClosedYearError):
        db.execute_sql("UPDATE study_session SET date = '2009-03-01' WHERE date LIKE '2010%'")


def test_a_member_s_name_may_change_but_not_a_date_in_the_closed_year(closed_2009):
    db = closed_2009
    member = _one(db, "member", "substr(official_date, 1, 4) = '2009'")
    db.execute_sql(f"UPDATE member SET job_title = 'Phó phòng' WHERE id = {member}")
    with pytest.raises(ClosedYearError) as refused:
        db.execute_sql(f"UPDATE member SET official_date = '2010-01-05' WHERE id = {member}")
    assert refused.value.fields.keys() == {"official_date"}
    with pytest.raises(ClosedYearError):  # a new member who joined in the closed year
        db.execute_sql("INSERT INTO member (full_name, role, kind, key_cadre, job_title, "
                       "joined_date, status, note, created_at, updated_at) VALUES ('Mới', "
                       "'member', 'probationary', 0, '', '2009-06-01', 'active', '', "
                       "datetime('now'), datetime('now'))")


def test_the_outcome_of_a_remedy_belongs_to_the_year_of_its_deadline(closed_2009):
    db = closed_2009
    review = _one(db, "self_review", "year = 2009")
    db.execute_sql("PRAGMA foreign_keys = ON")
    years.reopen_year(2009, "thêm biện pháp có hạn năm 2010")
    db.execute_sql(f"INSERT INTO remedy (review_id, position, content, deadline, status, outcome)"
                   f" VALUES ({review}, 9, 'Khắc phục trong năm sau', '2010-06-30', 'open', '')")
    years.close_year(2009, backup=False, today=dt.date(2011, 1, 10))
    remedy = db.execute_sql("SELECT max(id) FROM remedy").fetchone()[0]
    db.execute_sql(f"UPDATE remedy SET status = 'done', outcome = 'Đã sửa', "
                   f"outcome_date = '2010-06-01' WHERE id = {remedy}")  # recorded in 2010
    with pytest.raises(ClosedYearError):  # what was to be done belongs to the 2009 review
        db.execute_sql(f"UPDATE remedy SET content = 'khác' WHERE id = {remedy}")


def test_nothing_is_refused_when_no_year_is_closed(demo_db):
    assert not any(name.startswith("closed_") for name in triggers.installed_triggers(demo_db))
    demo_db.execute_sql("UPDATE attendance SET note = 'ghi chú'")


def test_the_quick_check_at_opening_knows_every_trigger(closed_2009):
    assert triggers.expected_names(closed_2009) == set(triggers.expected_triggers(closed_2009))
    assert triggers.ensure(closed_2009) is False
    assert triggers.ensure(closed_2009, full=True) is False
