"""Closed years and the records of issue 17 (schema 8): a plan for a committee term counts in
each year of its period, a target in the year it falls due, a fund's name and rule in the
years of its money in and out; the core says so at the field before writing, and the
change log names them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.core.closing import changes, describe, years
from desktop_app.core.plans import plans
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.savings import funds
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.guarded import ClosedYearError
from desktop_app.errors import ValidationError

TODAY = dt.date(2011, 1, 10)
CLOSED = "Năm 2009 đã khóa sổ"


@pytest.fixture
def demo(tmp_path):
    from tests.demo_copy import demo_copy

    open_database(demo_copy(tmp_path))
    yield
    close_database()


@pytest.fixture
def term_plan(demo):
    """A resolution for the term 2007 – 2010 with targets due in 2008, 2009 and (no deadline:
    at the end of the term) 2010; then 2009 is closed."""
    plan = plans.save_plan(PlanData(
        year=2007, kind="resolution", title="Nghị quyết Đại hội Chi bộ nhiệm kỳ 2007 – 2010",
        plan_date=dt.date(2007, 5, 20), period_kind="term",
        period_start=dt.date(2007, 6, 1), period_end=dt.date(2010, 5, 31),
        targets=[TargetData(content="Kết nạp 1 đảng viên", deadline=dt.date(2008, 12, 31)),
                 TargetData(content="Kết nạp thêm 1 đảng viên", deadline=dt.date(2009, 12, 31)),
                 TargetData(content="100% đảng viên hoàn thành nhiệm vụ")]), TODAY)
    years.close_year(2009, backup=False, today=TODAY)
    return plan


def test_a_term_plan_is_closed_while_any_year_of_its_term_is(term_plan):
    renamed = dataclasses.replace(term_plan, title="Nghị quyết (sửa)")
    with pytest.raises(ValidationError) as refused:
        plans.save_plan(renamed, TODAY)
    assert refused.value.fields["year"].startswith(CLOSED)
    assert "kế hoạch" in refused.value.fields["year"]
    years.reopen_year(2009, "đổi tên nghị quyết")
    assert plans.save_plan(renamed, TODAY).title == "Nghị quyết (sửa)"


def test_its_targets_are_closed_by_the_year_they_fall_due(term_plan):
    due_2008, due_2009, due_2010 = term_plan.targets
    saved = plans.mark_done(due_2010.id, dt.date(2010, 5, 20), today=TODAY)  # end of term
    assert next(t for t in saved.targets if t.id == due_2010.id).status == "done"
    plans.mark_done(due_2008.id, dt.date(2008, 12, 1), today=TODAY)  # 2008 is open
    with pytest.raises(ValidationError) as refused:
        plans.mark_done(due_2009.id, dt.date(2009, 12, 1), today=TODAY)
    assert refused.value.fields == {
        "targets.1.deadline": "Chỉ tiêu 2: " + years.refusal(
            "plan_target", {"status": "done"}, due_2009.id)[1]}
    assert CLOSED in refused.value.fields["targets.1.deadline"]
    moved = [dataclasses.replace(due_2010, deadline=dt.date(2009, 6, 30))
             if t.id == due_2010.id
             else t for t in plans.get_plan(term_plan.id).targets]
    with pytest.raises(ValidationError):  # moving a target into the closed year
        plans.save_plan(dataclasses.replace(plans.get_plan(term_plan.id), targets=moved), TODAY)


def test_the_database_itself_refuses_a_target_due_in_the_closed_year(term_plan):
    from desktop_app.db.models.plans import PlanTarget

    due_2009 = term_plan.targets[1]
    with pytest.raises(ClosedYearError):
        PlanTarget.update(result_note="sửa").where(PlanTarget.id == due_2009.id).execute()
    with pytest.raises(ClosedYearError):  # nor a new one due then, added by a query
        PlanTarget.insert(plan=term_plan.id, content="Mới", deadline=dt.date(2009, 3, 1)
                          ).execute()
    PlanTarget.insert(plan=term_plan.id, content="Mới", deadline=dt.date(2010, 3, 1)).execute()


@pytest.fixture
def fund(demo):
    """A fund with money in during 2009 and 2010, then 2009 closed."""
    made = funds.save_fund(funds.FundData(
        name="Quỹ vì người nghèo", purpose="giúp đỡ hộ nghèo", contribution_amount=2000,
        contribution_per="day", contributors="mỗi đảng viên", start_date=dt.date(2009, 1, 1)))
    entries = [funds.save_entry(funds.FundEntryData(
        fund_id=made.id, date=day, direction="in", amount=600_000, description="Góp quý I"))
        for day in (dt.date(2009, 3, 31), dt.date(2010, 3, 31))]
    years.close_year(2009, backup=False, today=TODAY)
    return made, entries


def test_a_fund_entry_of_the_closed_year_is_refused_at_the_date(fund):
    made, (of_2009, of_2010) = fund
    errors = funds.validate_entry(dataclasses.replace(of_2009, amount=700_000))
    assert errors["date"].startswith(CLOSED)
    errors = funds.validate_entry(funds.FundEntryData(
        fund_id=made.id, date=dt.date(2009, 12, 1), direction="in", amount=1000))
    assert errors["date"].startswith(CLOSED) and "khoản thu chi của quỹ" in errors["date"]
    with pytest.raises(ClosedYearError):
        funds.delete_entry(of_2009.id)
    assert funds.save_entry(dataclasses.replace(of_2010, amount=700_000)).amount == 700_000


def test_a_fund_s_name_and_rule_are_closed_but_it_can_still_be_ended(fund):
    made, _entries = fund
    errors = funds.validate_fund(dataclasses.replace(made, contribution_amount=3000))
    assert errors["name"].startswith(CLOSED) and "mức góp quỹ" in errors["name"]
    with pytest.raises(ValidationError):
        funds.save_fund(dataclasses.replace(made, name="Quỹ khác"))
    ended = funds.save_fund(dataclasses.replace(made, end_date=dt.date(2010, 12, 31),
                                                note="Kết thúc"))
    assert ended.end_date == dt.date(2010, 12, 31)
    fresh = funds.save_fund(funds.FundData(name="Quỹ khuyến học",
                                           start_date=dt.date(2009, 6, 1)))
    assert funds.save_fund(dataclasses.replace(fresh, name="Quỹ khuyến học (sửa)")).id


def test_the_log_names_funds_and_targets(fund):
    made, (of_2009, _of_2010) = fund
    years.reopen_year(2009, "sửa số tiền góp quý I")
    funds.save_entry(dataclasses.replace(of_2009, amount=650_000))
    found = describe.describe(changes.record_history("fund", made.id))
    lines = [(line.record, line.field, line.old, line.new, line.year) for line in found
             if line.action == "Sửa"]
    assert lines == [("Khoản thu ngày 31/03/2009 của quỹ “Quỹ vì người nghèo”: Góp quý I",
                      "Số tiền", "600.000 đồng", "650.000 đồng", 2009)]


def test_every_logged_column_has_a_vietnamese_label(demo):
    from desktop_app.core.closing.labels import FIELD_LABELS
    from desktop_app.db import database, history
    from desktop_app.db.year_rules import RULES

    missing = [f"{rule.table}.{column}" for rule in RULES
               for column in history.table_columns(database, rule.table)
               if column not in rule.ignored and column not in FIELD_LABELS.get(rule.table, {})]
    assert missing == []


def test_the_unit_s_kind_and_the_secretary_are_logged(demo):
    from desktop_app.core.cell import particulars

    profile = particulars.load_profile()
    particulars.save_profile(dataclasses.replace(profile, unit_kind="chi_bo_co_so"))
    lines = describe.describe(changes.changes_between())
    assert [(line.record, line.field, line.old, line.new) for line in lines] == [
        ("Thông tin chi bộ", "Loại tổ chức đảng", "Chi bộ (trực thuộc đảng ủy cơ sở)",
         "Chi bộ cơ sở")]
