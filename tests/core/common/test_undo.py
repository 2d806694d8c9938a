"""Undoing a delete puts back the record and everything that went with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.common import undo
from desktop_app.core.members import roster
from desktop_app.core.members.roster import MemberData
from desktop_app.core.plans import plans
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.savings import funds
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db.models.plans import PlanTargetResponsible
from desktop_app.db.models.study import Attendance
from desktop_app.errors import UserError

TODAY = dt.date(2024, 3, 1)


@pytest.fixture
def people(db):
    ha = roster.save_member(MemberData(full_name="Trần Thị Thu Hà", role="secretary",
                                       joined_date=dt.date(2000, 1, 1),
                                       official_date=dt.date(2001, 1, 1)))
    an = roster.save_member(MemberData(full_name="Nguyễn Văn An",
                                       joined_date=dt.date(2000, 1, 1),
                                       official_date=dt.date(2001, 1, 1)))
    return {"ha": ha.id, "an": an.id}


def _plan(people) -> PlanData:
    return plans.save_plan(PlanData(
        year=2024, title="Thực hiện Chỉ thị 05 năm 2024", plan_date=dt.date(2024, 1, 15),
        targets=[
            TargetData(content="Học tập chuyên đề năm", deadline=dt.date(2024, 6, 30),
                       responsible_ids=[people["ha"], people["an"]]),
            TargetData(content="Viết thu hoạch", deadline=dt.date(2024, 7, 31),
                       responsible_ids=[people["an"]]),
        ]), TODAY)


def test_a_member_entered_by_mistake_comes_back_as_it_was(people):
    before = roster.get_member(people["an"])
    deleted = undo.delete_undoably("member", people["an"], "đảng viên Nguyễn Văn An",
                                   lambda: roster.delete_member(people["an"]))
    assert [m.full_name for m in roster.list_members()] == ["Trần Thị Thu Hà"]
    assert undo.restore(deleted) == people["an"]
    assert roster.get_member(people["an"]) == before


def test_a_plan_comes_back_with_its_targets_and_their_responsible_members(people):
    plan = _plan(people)
    assert plan.id is not None
    deleted = undo.delete_undoably("plan", plan.id, "kế hoạch",
                                   lambda: plans.delete_plan(plan.id))
    assert plans.list_plans(2024) == [] and PlanTargetResponsible.select().count() == 0
    assert undo.restore(deleted) == plan.id
    assert plans.get_plan(plan.id) == plan


def test_a_session_comes_back_with_its_attendance(people):
    session = study.create_session(SessionData(date=dt.date(2024, 2, 5), topic="Chuyên đề"),
                                   today=TODAY)
    rows = study.load_grid(session.id)
    rows[0] = replace(rows[0], status="excused_absence", reason="Ốm")
    study.save_grid(session.id, rows, today=TODAY)
    grid = study.load_grid(session.id)
    deleted = undo.delete_undoably("session", session.id, "buổi học tập",
                                   lambda: study.delete_session(session.id))
    assert Attendance.select().count() == 0
    undo.restore(deleted)
    assert study.load_grid(session.id) == grid


def test_a_target_deleted_by_saving_its_plan_without_it_comes_back(people):
    plan = _plan(people)
    target = plan.targets[0]
    deleted = undo.delete_undoably("target", target.id, "chỉ tiêu", lambda: plans.save_plan(
        replace(plan, targets=plan.targets[1:]), TODAY))
    assert [t.content for t in plans.get_plan(plan.id).targets] == ["Viết thu hoạch"]
    undo.restore(deleted)
    again = plans.get_plan(plan.id)
    assert {t.content for t in again.targets} == {"Học tập chuyên đề năm", "Viết thu hoạch"}
    back = next(t for t in again.targets if t.id == target.id)
    assert back.responsible_ids == target.responsible_ids and back.deadline == target.deadline


def test_an_id_taken_meanwhile_gets_the_record_a_new_one(people):
    deleted = undo.delete_undoably("member", people["an"], "đảng viên Nguyễn Văn An",
                                   lambda: roster.delete_member(people["an"]))
    newcomer = roster.save_member(MemberData(full_name="Lê Thị Mới"))
    assert newcomer.id == people["an"]  # SQLite gave the highest id out again
    restored = undo.restore(deleted)
    assert restored != people["an"]
    assert roster.get_member(restored).full_name == "Nguyễn Văn An"
    assert roster.get_member(newcomer.id).full_name == "Lê Thị Mới"


def test_a_plan_whose_id_was_taken_keeps_its_targets(people):
    plan = _plan(people)
    deleted = undo.delete_undoably("plan", plan.id, "kế hoạch",
                                   lambda: plans.delete_plan(plan.id))
    other = plans.save_plan(PlanData(year=2024, title="Kế hoạch khác",
                                     plan_date=dt.date(2024, 2, 1)), TODAY)
    assert other.id == plan.id
    restored = undo.restore(deleted)
    assert [t.content for t in plans.get_plan(restored).targets] == [
        "Học tập chuyên đề năm", "Viết thu hoạch"]
    assert plans.get_plan(other.id).targets == []


def test_a_delete_the_area_refuses_deletes_nothing(people):
    study.create_session(SessionData(date=dt.date(2024, 2, 5), topic="Chuyên đề"),
                         today=TODAY)  # both members now have attendance
    with pytest.raises(UserError, match="không thể xóa"):
        undo.delete_undoably("member", people["an"], "đảng viên",
                             lambda: roster.delete_member(people["an"]))
    assert len(roster.list_members()) == 2


def test_what_cannot_be_put_back_is_refused_whole(people):
    plan = _plan(people)
    target = plan.targets[0]
    first = undo.delete_undoably("target", target.id, "chỉ tiêu", lambda: plans.save_plan(
        replace(plan, targets=plan.targets[1:]), TODAY))
    undo.delete_undoably("plan", plan.id, "kế hoạch", lambda: plans.delete_plan(plan.id))
    with pytest.raises(UserError, match="Không hoàn tác được việc xóa chỉ tiêu"):
        undo.restore(first)  # its plan is gone: nothing is written
    assert PlanTargetResponsible.select().count() == 0


def _fund_with_money():
    fund = funds.save_fund(funds.FundData(name="Quỹ vì người nghèo",
                                          start_date=dt.date(2024, 1, 1)))
    money_in = funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=dt.date(2024, 1, 10), direction="in", amount=500_000,
        description="đảng viên góp"))
    return fund, money_in


def test_an_entry_of_a_fund_comes_back(db):
    fund, money_in = _fund_with_money()
    spent = funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=dt.date(2024, 2, 1), direction="out", amount=200_000,
        description="tặng quà Tết"))
    deleted = undo.delete_undoably("fund_entry", spent.id, "khoản chi",
                                   lambda: funds.delete_entry(spent.id),
                                   funds.check_entry_put_back)
    assert funds.balance(fund.id, dt.date(2024, 12, 31)) == 500_000
    assert undo.restore(deleted) == spent.id
    assert funds.list_entries(fund.id) == [money_in, spent]
    assert funds.fund_of_entry(spent.id) == fund.id


def test_spending_that_would_overdraw_the_fund_is_not_put_back(db):
    fund, _money_in = _fund_with_money()
    spent = funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=dt.date(2024, 2, 1), direction="out", amount=400_000,
        description="tặng quà Tết"))
    deleted = undo.delete_undoably("fund_entry", spent.id, "khoản chi",
                                   lambda: funds.delete_entry(spent.id),
                                   funds.check_entry_put_back)
    funds.save_entry(funds.FundEntryData(  # the money went elsewhere meanwhile
        fund_id=fund.id, date=dt.date(2024, 3, 1), direction="out", amount=300_000,
        description="thăm hỏi"))
    with pytest.raises(UserError, match="vượt số tiền quỹ"):
        undo.restore(deleted)
    assert [e.amount for e in funds.list_entries(fund.id)] == [500_000, 300_000]


def test_an_empty_fund_comes_back(db):
    fund = funds.save_fund(funds.FundData(name="Quỹ khuyến học",
                                          start_date=dt.date(2024, 1, 1)))
    deleted = undo.delete_undoably("fund", fund.id, "quỹ",
                                   lambda: funds.delete_fund(fund.id))
    assert funds.list_funds() == []
    assert undo.restore(deleted) == fund.id
    assert funds.get_fund(fund.id) == fund
