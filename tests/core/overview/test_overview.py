"""The overview answers the secretary's four questions and guides a new file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.overview import read as overview
from desktop_app.core.overview.model import Link
from desktop_app.core.overview.sections import absent_runs, reviews_section
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.reviews import commitments as commitments_core
from desktop_app.core.study import schedule
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db import database
from desktop_app.errors import ValidationError

from ..study.study_helpers import add_member

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 9, 30)


def _path() -> Path:
    return Path(database.obj.database)


def _texts(section) -> str:
    return "\n".join([section.summary, *(f"{i.text} | {i.detail}" for i in section.items)])


def _profile() -> None:
    cell_core.save_profile(cell_core.CellProfile(
        name="Chi bộ Khu phố 3", superior_line1="ĐẢNG BỘ PHƯỜNG 7", place="Cần Thơ",
        term_start=dt.date(2025, 1, 1), term_end=dt.date(2030, 1, 1)))


# --- the demo: the four questions -----------------------------------------------------------

def test_the_demo_opens_on_its_last_year(demo_db):
    result = overview.read_overview(_path(), TODAY, NOW)
    assert result.year == 2010 and not result.is_current_year and not result.new_file
    assert [s.key for s in result.sections] == ["overdue", "study", "reviews", "thrift",
                                                "backup"]


def test_what_is_overdue_names_the_targets_and_remedies_with_their_place(demo_db):
    section = overview.read_overview(_path(), TODAY, NOW).section("overdue")
    assert section.level == "warning"
    assert section.summary == "3 chỉ tiêu, nhiệm vụ và 1 biện pháp khắc phục quá hạn."
    remedy = next(i for i in section.items if i.link.area == "reviews")
    assert remedy.text.startswith("Ngô Quang Hải: ")
    assert "hạn 30/06/2010" in remedy.detail and remedy.link.year == 2009
    targets = [i for i in section.items if i.link.area == "plans"]
    plan = plans_core.get_plan(targets[0].link.record_id)
    assert {t.id for t in plan.targets if t.is_overdue(TODAY)} == {
        i.link.detail_id for i in targets}
    assert all(i.link.year == 2010 for i in targets)


def test_did_everyone_attend_shows_the_last_session(demo_db):
    section = overview.read_overview(_path(), TODAY, NOW).section("study")
    assert "đảng viên có mặt 11/11 (100%)" in _texts(section)
    assert "Không ai vắng 3 buổi liền." in section.summary
    assert "Chưa lên lịch buổi học tập tiếp theo." in section.summary
    assert any(i.link.action == "schedule" for i in section.items)


def test_commitments_and_reviews_of_the_year(demo_db):
    section = overview.read_overview(_path(), TODAY, NOW).section("reviews")
    assert section.summary == ("Năm 2010: 11/11 đã đăng ký làm theo, 11/11 đã kiểm điểm, "
                               "11/11 đã xếp loại.")
    assert section.level == "ok" and section.items == ()


def test_did_we_save_ten_percent(demo_db):
    section = overview.read_overview(_path(), TODAY, NOW).section("thrift")
    assert "giảm 11,6%" in section.summary and "chỉ tiêu tiết kiệm 10%" in section.summary
    assert "đạt, vượt 1,6%" in section.summary and section.level == "ok"
    assert [i.text for i in section.items] == ["Điện: giảm 8,8%, chưa đạt, thiếu 1,2%"]
    assert section.items[0].link == Link("savings", year=2010, record_id=2)


def test_when_was_the_last_backup(demo_db):
    section = overview.read_overview(_path(), TODAY, NOW).section("backup")
    assert section.level == "warning" and "chưa được sao lưu lần nào" in section.summary
    info = create_backup(_path(), reason="manual", now=dt.datetime(2026, 11, 30, 14, 32))
    section = overview.read_overview(_path(), TODAY, NOW).section("backup")
    assert section.summary.startswith("Sao lưu gần nhất: 30/11/2026 14:32 · sao lưu thủ công")
    assert "(2 ngày trước)" in section.summary and str(info.path.parent) in section.summary
    assert section.level == "ok"
    assert "còn nguyên vẹn" in _texts(section)
    assert "nên sao lưu thêm ra ổ USB" in _texts(section)  # beside the data, on the same PC


def test_a_backup_changed_since_it_was_made_is_not_called_intact(demo_db):
    info = create_backup(_path(), reason="manual", now=dt.datetime(2026, 12, 1, 8, 0))
    with info.path.open("r+b") as handle:
        handle.seek(200)
        handle.write(b"\xff\xfe")
    section = overview.read_overview(_path(), TODAY, NOW).section("backup")
    assert section.level == "warning"
    assert "không còn khớp" in _texts(section) and "còn nguyên vẹn" not in _texts(section)


def test_an_old_backup_is_a_warning(demo_db):
    create_backup(_path(), reason="manual", now=dt.datetime(2026, 10, 1, 8, 0))
    section = overview.read_overview(_path(), TODAY, NOW).section("backup")
    assert section.level == "warning" and "62 ngày trước" in section.summary


# --- a new file ---------------------------------------------------------------------------

def test_a_new_file_gets_the_first_steps_and_no_backup_warning(db):
    result = overview.read_overview(_path(), TODAY, NOW)
    assert result.new_file and result.year == 2026
    steps, backup = result.sections
    assert steps.key == "first_steps"
    assert [i.link.area for i in steps.items] == ["cell", "members", "plans", "study",
                                                  "reviews", "savings"]
    assert not any(i.text.startswith("✓") for i in steps.items)
    assert backup.level == "info" and "Chưa có dữ liệu cần sao lưu" in backup.summary


def test_first_steps_tick_what_is_done_and_backups_matter_once_data_is_entered(db):
    _profile()
    result = overview.read_overview(_path(), TODAY, NOW)
    assert result.new_file  # no member yet
    steps = result.section("first_steps")
    assert steps.items[0].text.startswith("✓ ") and steps.summary.startswith("Đã xong 1/6")
    assert result.section("backup").level == "info"  # the particulars alone: no warning
    add_member("Nguyễn Văn An")
    result = overview.read_overview(_path(), TODAY, NOW)
    assert not result.new_file
    assert result.section("backup").level == "warning"
    assert result.section("overdue").summary.startswith("Chưa có kế hoạch năm 2026")


def test_the_year_of_work_is_this_year_once_it_has_records(db):
    _profile()
    add_member("Nguyễn Văn An")
    assert overview.working_year(TODAY) == 2026
    study.create_session(SessionData(date=dt.date(2009, 5, 4), topic="Chuyên đề"), today=TODAY)
    assert overview.working_year(TODAY) == 2009
    study.create_session(SessionData(date=dt.date(2026, 2, 4), topic="Chuyên đề"), today=TODAY)
    assert overview.working_year(TODAY) == 2026


# --- study: runs of absences, the planned session -------------------------------------------------

@pytest.fixture
def cell(db):
    _profile()
    return {"an": add_member("Nguyễn Văn An", role="secretary"),
            "binh": add_member("Trần Thị Bình"), "cuong": add_member("Lê Văn Cường"),
            "dung": add_member("Phạm Thị Dung")}


def _session(day: dt.date, absent: dict[int, str]) -> int:
    saved = study.create_session(SessionData(date=day, topic=f"Buổi {day:%d/%m}"), today=TODAY)
    rows = study.load_grid(saved.id)
    for row in rows:
        if row.member_id in absent:
            row.status = absent[row.member_id]
            row.reason = "ốm" if row.status == "excused_absence" else ""
    study.save_grid(saved.id, rows, today=TODAY)
    return saved.id


def test_members_absent_three_sessions_running_are_named(cell):
    an, binh, cuong, dung = cell["an"], cell["binh"], cell["cuong"], cell["dung"]
    _session(dt.date(2026, 8, 5), {binh: "unexcused_absence", cuong: "excused_absence"})
    _session(dt.date(2026, 9, 5), {binh: "unexcused_absence", cuong: "excused_absence",
                                   dung: "unexcused_absence"})
    _session(dt.date(2026, 10, 5), {binh: "excused_absence", dung: "exempt"})
    _session(dt.date(2026, 11, 5), {binh: "unexcused_absence", cuong: "excused_absence",
                                    dung: "unexcused_absence"})
    runs = absent_runs(TODAY)
    assert [(name, run) for _id, name, run, _last in runs] == [("Trần Thị Bình", 4)]
    assert runs[0][3] == dt.date(2026, 11, 5)
    # Dung: absent 05/09, exempt 05/10 (neither counts nor breaks the run), absent 05/11
    _session(dt.date(2026, 11, 20), {dung: "unexcused_absence"})
    names = [name for _id, name, _run, _last in absent_runs(TODAY)]
    assert names == ["Phạm Thị Dung"]  # Bình came back; Dung: three absences in a row
    section = overview.read_overview(_path(), TODAY, NOW).section("study")
    assert section.level == "warning"
    assert "1 người vắng từ 3 buổi liền trở lên." in section.summary
    item = next(i for i in section.items if "vắng" in i.text)
    assert item.text == "Phạm Thị Dung vắng 3 buổi liền" and item.link.member_id == dung
    assert an not in {r[0] for r in absent_runs(TODAY)}


def test_the_next_session_is_planned_and_shown_until_it_is_recorded(cell):
    _session(dt.date(2026, 11, 5), {})
    planned = schedule.plan_session(schedule.PlannedSession(
        dt.date(2026, 12, 15), "  Quán triệt chuyên đề năm 2027 ", "Hội trường"), TODAY)
    assert planned.topic == "Quán triệt chuyên đề năm 2027"
    section = overview.read_overview(_path(), TODAY, NOW).section("study")
    assert section.summary.startswith(
        "Buổi học tập tới: 15/12/2026 – Quán triệt chuyên đề năm 2027 (Hội trường).")
    # the day passed without the session being recorded
    later = dt.date(2026, 12, 20)
    section = overview.read_overview(_path(), later, NOW).section("study")
    assert section.level == "warning" and "chưa được ghi lại" in section.summary
    study.create_session(SessionData(date=dt.date(2026, 12, 15), topic="Quán triệt"),
                         today=later)
    assert schedule.planned_session() is None
    assert "Chưa lên lịch" in overview.read_overview(_path(), later, NOW).section(
        "study").summary


def test_a_planned_session_is_checked_at_the_field(cell):
    with pytest.raises(ValidationError) as error:
        schedule.plan_session(schedule.PlannedSession(dt.date(2026, 11, 1), ""), TODAY)
    assert set(error.value.fields) == {"date", "topic"}
    assert "từ hôm nay (02/12/2026)" in error.value.fields["date"]
    assert schedule.planned_session() is None


# --- reviews still to do ------------------------------------------------------------------

def test_commitments_not_registered_are_named_and_late_after_march(cell):
    commitments_core.save_commitment(commitments_core.CommitmentData(
        member_id=cell["an"], year=2026, registered_date=dt.date(2026, 2, 1),
        items=[commitments_core.CommitmentItemData(
            content="Đọc sách", target=12, unit="cuốn", deadline=dt.date(2026, 12, 31))]),
        today=TODAY)
    section = reviews_section(2026, dt.date(2026, 2, 10))
    assert section.summary.startswith("Năm 2026: 1/4 đã đăng ký làm theo, 0/4 đã kiểm điểm")
    waiting = section.items[0]
    assert waiting.text == ("Chưa đăng ký làm theo: Trần Thị Bình, Lê Văn Cường, "
                            "Phạm Thị Dung")
    assert waiting.link == Link("reviews", year=2026, member_id=cell["binh"],
                                action="commitments")
    assert waiting.level == "info"  # February: still time to register
    assert reviews_section(2026, dt.date(2026, 4, 2)).items[0].level == "warning"
