"""Plans core: validation, derived overdue status, copy to the next year, report facts."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from desktop_app.core import demo
from desktop_app.core.cell import particulars as cell
from desktop_app.core.members.roster import MemberData, save_member
from desktop_app.core.plans import measures as plan_measures
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans import plans
from desktop_app.core.plans import validation as plans_validation
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.register import numbering as register
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import duties
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.plans import Plan, PlanTarget, PlanTargetResponsible
from desktop_app.errors import UserError, ValidationError

D = dt.date


@pytest.fixture
def members(db):
    ha = save_member(MemberData(full_name="Trần Thị Thu Hà", role="secretary"))
    tu = save_member(MemberData(full_name="Lý Văn Tư", status="transferred",
                                status_date=D(2010, 3, 1)))
    return {"ha": ha.id, "tu": tu.id}


def _plan(year=2010, **changes) -> PlanData:
    values = dict(
        year=year, title=f"Thực hiện Cuộc vận động năm {year}", plan_date=D(year, 2, 22),
        targets=[
            TargetData(content="Học tập chuyên đề", indicator_kind="attendance",
                       target_value=100, indicator="100% đảng viên tham gia học tập",
                       deadline=D(year, 5, 31)),
            TargetData(content="Viết thu hoạch", indicator_kind="reflection", target_value=100,
                       indicator="100% đảng viên viết thu hoạch", deadline=D(year, 7, 31)),
        ],
    )
    values.update(changes)
    return PlanData(**values)


# ---------------------------------------------------------------- validation

def test_bad_input_gives_messages_at_the_fields_and_saves_nothing(db, members):
    bad = _plan(title="  ", targets=[
        TargetData(content="Học tập", deadline=D(2010, 1, 5)),  # before the plan's date
        TargetData(content="   "),
        TargetData(content="Tiết kiệm", indicator_kind="savings", target_value=110),
        TargetData(content="Viết thu hoạch", deadline=D(2010, 12, 31),
                   responsible_ids=[members["tu"]]),
    ])
    with pytest.raises(ValidationError) as caught:
        plans.save_plan(bad)
    fields = caught.value.fields
    assert fields["title"] == "Chưa nhập trích yếu (tên) của văn bản."
    assert "trước ngày xây dựng kế hoạch (22/02/2010)" in fields["targets.0.deadline"]
    assert fields["targets.1.content"] == "Chỉ tiêu 2: Chưa nhập nội dung chỉ tiêu, nhiệm vụ."
    assert fields["targets.2.target_value"] == "Chỉ tiêu 3: Tỷ lệ phải từ 0% đến 100%."
    assert "Lý Văn Tư đã chuyển đi" in fields["targets.3.responsible_ids"]
    assert Plan.select().count() == 0 and PlanTarget.select().count() == 0


def test_member_who_left_after_the_deadline_may_stay_responsible(db, members):
    old = _plan(2009, targets=[TargetData(content="Học tập", deadline=D(2009, 6, 30),
                                          responsible_ids=[members["tu"]])])
    saved = plans.save_plan(old)
    assert saved.targets[0].responsible_names == ["Lý Văn Tư"]


def test_issued_number_needs_a_date(db):
    errors = plans_validation.validate(_plan(number=3))
    assert errors == {"issued_date": "Văn bản đã có số cần có ngày ban hành."}


def test_save_keeps_target_ids_and_replaces_responsibles(db, members):
    saved = plans.save_plan(_plan())
    first = saved.targets[0]
    first.responsible_ids = [members["ha"]]
    saved.targets = [first, TargetData(content="Tổng kết", deadline=D(2010, 10, 31))]
    again = plans.save_plan(saved)
    assert [t.content for t in again.targets] == ["Học tập chuyên đề", "Tổng kết"]
    assert again.targets[0].id == first.id
    assert again.targets[0].responsible_names == ["Trần Thị Thu Hà"]
    assert sorted(t.content for t in PlanTarget.select()) == ["Học tập chuyên đề", "Tổng kết"]


def test_text_is_stored_in_nfc(db):
    title = "Thực hiện Cuộc vận động"
    saved = plans.save_plan(_plan(title=unicodedata.normalize("NFD", title)))
    assert Plan.get_by_id(saved.id).title == unicodedata.normalize("NFC", title)


# ---------------------------------------------------------------- derived status and filters

def test_overdue_is_derived_from_the_deadline_and_the_day(db, members):
    saved = plans.save_plan(_plan())
    study, reflection = saved.targets
    assert study.derived_status(D(2010, 5, 31)) == "not_started"
    assert study.derived_status(D(2010, 6, 1)) == "overdue"
    assert study.status_label(D(2010, 6, 1)) == "Quá hạn"
    assert PlanTarget.get_by_id(study.id).status == "not_started"  # never stored
    done = plans.mark_done(study.id, D(2010, 6, 5))
    assert done.targets[0].derived_status(D(2011, 1, 1)) == "done"
    assert done.targets[0].result_date == D(2010, 6, 5)
    summary = plans_model.summarize(done.targets, D(2010, 8, 1))
    assert summary.text() == "1/2 hoàn thành, 1 quá hạn"
    assert plans_model.summarize([], D(2010, 8, 1)).text() == "Chưa có chỉ tiêu nào."


def test_filters_overdue_and_by_member(db, members):
    plan = _plan()
    plan.targets[1].responsible_ids = [members["ha"]]
    saved = plans.save_plan(plan)
    today = D(2010, 6, 15)
    overdue = plans_model.filter_targets(saved.targets, today, overdue_only=True)
    assert [t.content for t in overdue] == ["Học tập chuyên đề"]
    assert [t.content for t in plans_model.filter_targets(saved.targets, today,
                                                    member_id=members["ha"])] == ["Viết thu hoạch"]
    assert plans_model.filter_targets(saved.targets, today, overdue_only=True,
                                member_id=members["ha"]) == []


def test_measured_value_from_the_registry(db, monkeypatch):
    saved = plans.save_plan(_plan())
    monkeypatch.setitem(plan_measures.MEASURES, "reflection",
                        lambda year: 95.555 if year == 2010 else None)
    assert plan_measures.measured_text(saved.targets[1], 2010) == "95,56%"
    assert plan_measures.measured_text(saved.targets[1], 2009) == "chưa đo được"
    assert plan_measures.measured_text(saved.targets[0], 2010) == "chưa đo được"  # no records yet
    assert plan_measures.measured_text(TargetData(content="x"), 2010) == ""


# ---------------------------------------------------------------- copy, delete

def test_copy_from_last_year_moves_dates_and_resets_statuses(db, members):
    plan = _plan(number=13, issued_date=D(2010, 2, 25), plan_date=D(2010, 2, 22))
    plan.targets[0].responsible_ids = [members["ha"]]
    plan.targets[1].responsible_ids = [members["ha"], members["tu"]]
    plan.targets[1].deadline = D(2010, 2, 28)
    saved = plans.save_plan(plan)
    plans.mark_done(saved.targets[0].id, D(2010, 5, 20))

    (copy,) = plans.copy_from_last_year(2010)
    assert copy.year == 2011 and copy.title == "Thực hiện Cuộc vận động năm 2011"
    assert copy.plan_date == D(2011, 2, 22)
    assert copy.number is None and copy.issued_date is None
    assert [t.deadline for t in copy.targets] == [D(2011, 5, 31), D(2011, 2, 28)]
    assert [t.status for t in copy.targets] == ["not_started", "not_started"]
    assert [t.result_date for t in copy.targets] == [None, None]
    assert copy.targets[1].responsible_names == ["Trần Thị Thu Hà"]  # who left is dropped
    assert len(plans.list_plans(2010)) == 1  # the original stays
    with pytest.raises(UserError, match="Năm 2011 đã có kế hoạch"):
        plans.copy_from_last_year(2010)
    with pytest.raises(UserError, match="Năm 2005 chưa có kế hoạch"):
        plans.copy_from_last_year(2005)


def test_delete_removes_targets_and_responsibles(db, members):
    plan = _plan()
    plan.targets[0].responsible_ids = [members["ha"]]
    saved = plans.save_plan(plan)
    plans.delete_plan(saved.id)
    assert Plan.select().count() == 0
    assert PlanTarget.select().count() == 0 and PlanTargetResponsible.select().count() == 0


def test_issue_gives_a_register_number_and_delete_keeps_the_entry(db):
    cell.save_profile(cell.CellProfile(
        name="Chi bộ Văn phòng", superior_line1="Đảng bộ Khối", place="Hà Nội",
        term_name="Nhiệm kỳ 2007 – 2010", term_start=D(2007, 1, 15), term_end=D(2010, 12, 31),
        secretary_name="Trần Thị Thu Hà"))
    first = plans.save_plan(_plan(2009))
    second = plans.save_plan(_plan(2010, kind="resolution"))
    issued = plans.issue_plan(second.id, D(2010, 3, 5))
    assert (issued.number, issued.issued_date) == (1, D(2010, 3, 5))
    assert issued.document_number("CB") == "01-NQ/CB" and issued.is_issued
    assert plans.issue_plan(second.id, D(2010, 4, 1)).number == 1  # keeps its number
    assert plans.issue_plan(first.id, D(2009, 2, 1)).document_number("CB") == "01-KH/CB"
    plans.delete_plan(second.id)
    (entry,) = [e for e in register.list_entries() if e.type_code == "NQ"]
    assert (entry.source_kind, entry.source_id, entry.cancelled) == ("plan", second.id, False)


# ---------------------------------------------------------------- report facts

def _issued(start, end, today):
    facts = ReportFacts(start=start, end=end, today=today)
    (claim,) = duties.issued(facts)
    return facts, claim.text


def test_report_facts_on_hand_made_plans(db):
    for year in (2007, 2008):
        plans.save_plan(_plan(year))
        plans.save_plan(_plan(year, kind="action_programme", targets=[]))
    plans.save_plan(_plan(2009, targets=[]))
    plans.save_plan(_plan(2009, kind="resolution", title="Về thực hành tiết kiệm",
                          targets=[TargetData(content="Giảm 10% chi hành chính",
                                              indicator_kind="savings", target_value=10,
                                              deadline=D(2009, 12, 31), status="done",
                                              result_date=D(2009, 12, 31))]))
    facts, text = _issued(D(2007, 1, 1), D(2009, 12, 31), D(2026, 1, 1))
    targets = facts.targets
    assert (len(targets.due), len(targets.met), len(targets.overdue)) == (5, 1, 4)
    assert text == ("Từng năm đều có xây dựng Kế hoạch thực hiện Cuộc vận động; năm 2007, 2008 "
                    "xây dựng Chương trình hành động thực hiện Cuộc vận động; năm 2009 xây dựng "
                    "Nghị quyết về thực hành tiết kiệm.")
    (summary, *_) = duties.targets(facts)
    assert summary.text == ("Đã hoàn thành 1/5 chỉ tiêu, nhiệm vụ đến hạn trong kỳ của các kế "
                            "hoạch, nghị quyết (đạt 20%); 4 chỉ tiêu quá hạn chưa hoàn thành.")
    # As of early 2008 the 2008 targets are due within the year, not yet overdue.
    mid, text = _issued(D(2008, 1, 1), D(2008, 12, 31), D(2008, 3, 1))
    assert (len(mid.targets.due), len(mid.targets.overdue), len(mid.targets.open)) == (2, 0, 2)
    assert text == ("Năm 2008 xây dựng Kế hoạch thực hiện Cuộc vận động, Chương trình hành động "
                    "thực hiện Cuộc vận động.")


def test_a_title_is_printed_as_typed(db):
    plans.save_plan(_plan(2021, title="Kế hoạch thực hiện Kết luận 01-KL/TW năm 2021"))
    plans.save_plan(_plan(2022, kind="resolution", title="Nghị quyết Đại hội Chi bộ lần thứ V, "
                                                         "nhiệm kỳ 2022 – 2025", targets=[]))
    _facts, text = _issued(D(2021, 1, 1), D(2022, 12, 31), D(2026, 1, 1))
    assert "Kế hoạch thực hiện Kết luận 01-KL/TW" in text and "hoạch kế hoạch" not in text.lower()
    assert "Nghị quyết Đại hội Chi bộ lần thứ V, nhiệm kỳ 2022 – 2025" in text


def test_the_next_terms_targets_are_not_results(db):
    plans.save_plan(PlanData(year=2022, kind="resolution", title="Nghị quyết Đại hội nhiệm kỳ "
                             "2022 – 2025", plan_date=D(2022, 6, 10), period_kind="term",
                             period_start=D(2022, 7, 1), period_end=D(2025, 6, 30),
                             targets=[TargetData(content="Kết nạp 2 đảng viên mới",
                                                 indicator_kind="admissions", target_count=2,
                                                 unit="đảng viên")]))
    facts = ReportFacts(start=D(2020, 6, 1), end=D(2022, 6, 30), today=D(2022, 6, 20))
    assert facts.targets.due == () and len(facts.targets.upcoming) == 1
    assert duties.targets(facts) == []
    (claim,) = duties.upcoming(facts)
    assert claim.text == ("Thực hiện các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2022 – 2025 đề ra: "
                          "Kết nạp 2 đảng viên mới.")


def test_report_facts_of_an_empty_period(db):
    facts = ReportFacts(start=D(2011, 1, 1), end=D(2011, 12, 31), today=D(2026, 1, 1))
    assert duties.issued(facts) == [] and duties.targets(facts) == []


# ---------------------------------------------------------------- demo

def test_demo_plans_reproduce_the_reference_report(tmp_path):
    demo.create_demo_database(tmp_path / "demo.db")
    open_database(tmp_path / "demo.db")
    try:
        _facts, first = _issued(D(2007, 1, 1), D(2010, 12, 31), D(2026, 1, 1))
        assert first.startswith("Từng năm đều có xây dựng Kế hoạch thực hiện Cuộc vận động")
        assert ("năm 2009 xây dựng Nghị quyết thực hiện Cuộc vận động trong thực hành tiết "
                "kiệm, nâng cao ý thức trách nhiệm trong công tác được giao") in first
        assert "năm 2007, 2008 xây dựng Chương trình hành động" in first
        (resolution,) = [p for p in plans.list_plans(2009) if p.kind == "resolution"]
        assert resolution.document_number("CB") == "01-NQ/CB"
        savings = [t for t in resolution.targets if t.indicator_kind == "savings"]
        assert savings[0].target_value == 10
        (plan_2010,) = plans.list_plans(2010)
        assert plan_2010.document_number("CB") == "04-KH/CB"  # 4th plan of the 2007–2010 term
        entries = [e for e in register.list_entries() if e.source_kind == "plan"]
        assert sorted(e.number_text for e in entries if e.type_code == "KH") == [
            "Số 01-KH/CB", "Số 02-KH/CB", "Số 03-KH/CB", "Số 04-KH/CB"]
        assert {e.source_id for e in entries} == {p.id for p in plans.list_plans()}
        today = D(2026, 1, 1)
        assert plans_model.summarize(plan_2010.targets, today).text() == "3/6 hoàn thành, 3 quá hạn"
        reflection = [t for t in plan_2010.targets if t.indicator_kind == "reflection"][0]
        assert reflection.indicator == "100% đảng viên viết thu hoạch"
        assert reflection.responsible_names == ["Lê Văn Đức"]
    finally:
        close_database()


def test_year_theme_comes_from_the_years_plan(demo_db):
    assert "thực hành tiết kiệm" in plans.year_theme(2009)
    assert plans.year_theme(1999) == ""
