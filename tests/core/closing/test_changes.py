"""Reading the change log as the secretary does: a record's history, what changed in the
2007–2010 report's period after it was issued, and the printed list of changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from desktop_app.core.closing import changes, lists, years
from desktop_app.core.closing.describe import describe
from desktop_app.core.study import sessions as study
from desktop_app.db.connection import close_database, open_database

TODAY = dt.date(2011, 1, 10)


@pytest.fixture
def demo(tmp_path):
    from tests.demo_copy import demo_copy

    open_database(demo_copy(tmp_path))
    yield
    close_database()


def _session_2009():
    return study.list_sessions(dt.date(2009, 1, 1), dt.date(2009, 12, 31))[0]


def _mark_absent(session_id: int) -> str:
    grid = study.load_grid(session_id)
    row = next(r for r in grid if r.status == "present")
    study.save_grid(session_id, [dataclasses.replace(row, status="excused_absence",
                                                     reason="Đi công tác")], TODAY)
    return row.full_name


def test_the_demo_starts_without_history(demo):
    assert changes.changes_between() == []


def test_a_session_s_history_shows_its_attendance(demo):
    session = _session_2009()
    name = _mark_absent(session.id)
    study.update_session(dataclasses.replace(session, place="Phòng họp số 2"), TODAY)
    lines = describe(changes.record_history("study_session", session.id))
    texts = [f"{line.record} | {line.what}" for line in lines]
    day = f"{session.date:%d/%m/%Y}"
    assert f"Điểm danh đồng chí {name}, buổi ngày {day} | Sửa Tình trạng tham dự: Có mặt → " \
           "Vắng có lý do" in texts
    assert f"Điểm danh đồng chí {name}, buổi ngày {day} | Sửa Lý do vắng: (trống) → " \
           "Đi công tác" in texts
    assert any(t.endswith(f"Sửa Địa điểm: {session.place} → Phòng họp số 2") for t in texts)
    assert all(line.user == "Trần Thị Thu Hà" for line in lines)
    # the attendance row's own history: only its two changes
    attendance_id = lines[0].change_id
    assert attendance_id


def test_changes_after_the_report_was_issued_are_listed_for_its_period(demo):
    report = years.issued_reports(2009)[0]
    session = _session_2009()
    years.close_year(2009, "Sau báo cáo tổng kết", backup=False, today=TODAY)
    years.reopen_year(2009, "Sửa điểm danh ghi nhầm")
    name = _mark_absent(session.id)
    study.create_session(study.SessionData(date=dt.date(2011, 1, 5), topic="Năm mới"), TODAY)
    found = lists.since_issued(report.id)
    records = [line.record for line in found.lines]
    assert records.count(f"Điểm danh đồng chí {name}, buổi ngày {session.date:%d/%m/%Y}") == 2
    assert not any("05/01/2011" in r for r in records)  # 2011 is outside 2007–2010
    assert "Báo cáo số 01-BC/CB ngày 20/9/2010 (kỳ 2007 – 2010)" in found.intro
    assert "có 2 thay đổi" in found.intro
    assert any("bỏ khóa sổ năm 2009, lý do: Sửa điểm danh ghi nhầm" in c for c in found.closings)


def test_a_new_session_is_one_line_for_its_attendance(demo):
    added = study.create_session(study.SessionData(date=dt.date(2010, 11, 5), topic="Bổ sung"),
                                 TODAY)
    lines = describe(changes.record_history("study_session", added.id))
    assert [line.action for line in lines] == ["Thêm", "Thêm"]
    assert lines[1].record.endswith("điểm danh – Buổi học tập ngày 05/11/2010: Bổ sung")
    study.delete_session(added.id)
    lines = describe(changes.record_history("study_session", added.id))
    assert lines[-1].action == "Xóa"  # a deleted record is still named, from the kept row
    assert all("05/11/2010" in line.record for line in lines)


def test_the_printed_list_of_changes(demo):
    from pypdf import PdfReader

    from desktop_app.documents.closing.change_list import build_change_list
    from desktop_app.documents.pdf import render_pdf_bytes

    report = years.issued_reports(2009)[0]
    _mark_absent(_session_2009().id)
    document = build_change_list(lists.paper(lists.since_issued(report.id)))
    text = "".join(page.extract_text() for page in PdfReader(
        io.BytesIO(render_pdf_bytes(document))).pages)
    flat = " ".join(text.split())
    assert "DANH SÁCH THAY ĐỔI DỮ LIỆU" in flat
    assert "sau khi ban hành báo cáo số 01-BC/CB" in flat
    assert "Vắng có lý do" in flat and "Trần Thị Thu Hà" in flat


def test_the_list_of_a_span_of_days(demo):
    _mark_absent(_session_2009().id)
    today = dt.date.today()
    found = lists.for_days(today, today)
    assert len(found.lines) == 2 and "có 2 thay đổi" in found.intro
    assert lists.for_days(today - dt.timedelta(days=3), today - dt.timedelta(days=1)).lines == []


def test_a_resaved_commitment_and_a_changed_rating_are_logged_as_changes(demo):
    from desktop_app.core.reviews import commitments, ratings

    member = next(r.member_id for r in ratings.year_overview(2010) if r.ratings.get("cell"))
    saved = commitments.get_commitment(member, 2010)
    assert saved is not None and saved.items
    first = dataclasses.replace(saved.items[0], result="Đạt 12%")
    commitments.save_commitment(dataclasses.replace(saved, items=[first, *saved.items[1:]]),
                                TODAY)
    level = "excellent" if ratings.ratings_of(member, 2010)["cell"].level != "excellent" \
        else "good"
    ratings.set_rating(member, 2010, "cell", level, dt.date(2010, 12, 20), today=TODAY)
    lines = describe(changes.member_year_history(member, 2010))
    changed = [(line.action, line.field, line.new) for line in lines]
    assert changed[0] == ("Sửa", "Kết quả", "Đạt 12%")  # not a deletion and a new item
    assert ("Sửa", "Mức xếp loại", ratings.LEVEL_LABELS[level]) in changed
    assert {action for action, _field, _new in changed} == {"Sửa"}


def test_a_plan_s_history_shows_who_was_made_responsible(demo):
    from desktop_app.core.members import roster
    from desktop_app.core.plans import plans

    plan = plans.list_plans(2010)[0]
    target = plan.targets[0]
    newcomer = next(m.id for m in roster.list_members()
                    if m.is_party_member and m.id not in target.responsible_ids)
    changed = dataclasses.replace(target, responsible_ids=[*target.responsible_ids, newcomer])
    plans.save_plan(dataclasses.replace(plan, targets=[changed, *plan.targets[1:]]), TODAY)
    lines = describe(changes.record_history("plan", plan.id))
    assert [line.action for line in lines] == ["Thêm"]  # one responsible added, nothing else
    assert lines[0].record.startswith("Người phụ trách chỉ tiêu")
