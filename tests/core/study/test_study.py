"""Study sessions and attendance: defaults, validation, the grid saved whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.study import attendance
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db.models.study import Attendance, StudySession
from desktop_app.errors import UserError, ValidationError

from .study_helpers import add_member

TODAY = dt.date(2024, 1, 10)


@pytest.fixture
def cell(db):
    """Four party members (one excused, one joined late, one who left) and two staff."""
    return {
        "an": add_member("Nguyễn Văn An", role="secretary"),
        "binh": add_member("Trần Thị Bình"),
        "tu": add_member("Lý Văn Tư", status="excused", status_date=dt.date(2020, 1, 1)),
        "mai": add_member("Đỗ Thị Mai", kind="probationary", joined_date=dt.date(2023, 6, 1)),
        "cuong": add_member("Phạm Văn Cường", status="transferred",
                            status_date=dt.date(2023, 3, 1)),
        "hong": add_member("Phan Thị Hồng", kind="non_party"),
        "tai": add_member("Mai Văn Tài", kind="non_party"),
    }


def session_on(day: dt.date, **values) -> SessionData:
    return study.create_session(SessionData(date=day, topic="Học tập chuyên đề năm", **values),
                                today=TODAY)


def by_name(rows):
    return {r.full_name: r for r in rows}


def test_new_session_lists_members_taking_part_with_default_status(cell):
    session = session_on(dt.date(2023, 5, 10))
    rows = by_name(study.load_grid(session.id))
    # Cường left on 01/3/2023 and Mai joined on 01/6/2023: neither is on the list.
    assert set(rows) == {"Nguyễn Văn An", "Trần Thị Bình", "Lý Văn Tư", "Phan Thị Hồng",
                         "Mai Văn Tài"}
    assert rows["Lý Văn Tư"].status_label == "Miễn"
    assert rows["Trần Thị Bình"].status_label == "Có mặt"
    assert rows["Phan Thị Hồng"].status_label == "Có mặt"
    assert all(r.saved for r in rows.values())
    assert Attendance.select().count() == 5


def test_member_who_left_later_is_listed_for_an_earlier_session(cell):
    rows = by_name(study.load_grid(session_on(dt.date(2023, 2, 1)).id))
    assert "Phạm Văn Cường" in rows
    assert "Đỗ Thị Mai" not in rows


def test_reflection_required_makes_present_members_owe_one(cell):
    session = session_on(dt.date(2023, 7, 1), reflection_required=True,
                         reflection_due=dt.date(2023, 7, 31))
    rows = by_name(study.load_grid(session.id))
    assert rows["Trần Thị Bình"].reflection_label == "Chưa nộp"
    assert rows["Lý Văn Tư"].reflection_label == ""


def test_session_in_the_future_is_refused_and_nothing_saved(cell):
    with pytest.raises(ValidationError) as error:
        session_on(dt.date(2024, 2, 1))
    assert error.value.fields["date"].startswith("Ngày học tập không được sau hôm nay (10/01/2024)")
    assert StudySession.select().count() == 0
    assert Attendance.select().count() == 0


def test_session_needs_a_topic_and_a_sane_due_date(db):
    errors = study.validate_session(SessionData(date=dt.date(2023, 5, 1), topic="  ",
                                                reflection_required=True,
                                                reflection_due=dt.date(2023, 4, 1),
                                                duration_minutes=0), today=TODAY)
    assert errors == {
        "topic": "Chưa nhập nội dung học tập.",
        "reflection_due": "Hạn nộp thu hoạch phải từ ngày học tập (01/05/2023) trở đi.",
        "duration_minutes": "Thời lượng phải lớn hơn 0 và không quá 7 ngày.",
    }


def test_attendance_for_member_who_left_is_refused_whole(cell):
    session = session_on(dt.date(2023, 5, 10))
    rows = study.load_grid(session.id)
    rows = [replace(r, status="unexcused_absence") if r.full_name == "Trần Thị Bình" else r
            for r in rows]
    rows.append(attendance.AttendanceRow(member_id=cell["cuong"], status="present"))
    with pytest.raises(ValidationError) as error:
        study.save_grid(session.id, rows, today=TODAY)
    assert error.value.fields == {f"member_{cell['cuong']}": (
        "Đồng chí Phạm Văn Cường đã chuyển đi từ ngày 01/03/2023, không thể điểm danh "
        "buổi ngày 10/05/2023.")}
    # Nothing half-saved: Bình is still present.
    assert by_name(study.load_grid(session.id))["Trần Thị Bình"].status == "present"


def test_attendance_before_member_joined_is_refused(cell):
    session = session_on(dt.date(2023, 5, 10))
    rows = study.load_grid(session.id) + [attendance.AttendanceRow(member_id=cell["mai"])]
    with pytest.raises(ValidationError) as error:
        study.save_grid(session.id, rows, today=TODAY)
    assert error.value.fields[f"member_{cell['mai']}"] == (
        "Đồng chí Đỗ Thị Mai vào Đảng ngày 01/06/2023, sau ngày của buổi học (10/05/2023).")


def test_reflection_submitted_for_absent_member_is_refused(cell):
    session = session_on(dt.date(2023, 7, 1), reflection_required=True)
    rows = [replace(r, status="excused_absence", reflection="submitted")
            if r.full_name == "Trần Thị Bình" else r for r in study.load_grid(session.id)]
    with pytest.raises(ValidationError) as error:
        study.save_grid(session.id, rows, today=TODAY)
    assert error.value.fields[f"member_{cell['binh']}"] == (
        "Đồng chí Trần Thị Bình vắng có lý do nên không thể ghi là đã nộp thu hoạch.")


def test_duplicate_row_in_grid_is_refused(cell):
    session = session_on(dt.date(2023, 5, 10))
    rows = study.load_grid(session.id)
    twice = next(r for r in rows if r.full_name == "Mai Văn Tài")
    with pytest.raises(ValidationError) as error:
        study.save_grid(session.id, [*rows, replace(twice, status="unexcused_absence")],
                        today=TODAY)
    assert error.value.fields[f"member_{cell['tai']}"] == (
        "Đồng chí Mai Văn Tài có hơn một dòng điểm danh trong buổi này.")


def test_entering_the_grid_twice_makes_no_duplicates(cell):
    session = session_on(dt.date(2023, 5, 10))
    for status in ("unexcused_absence", "excused_absence"):
        rows = [replace(r, status=status, reason="Ốm") if r.full_name == "Mai Văn Tài" else r
                for r in study.load_grid(session.id)]
        study.save_grid(session.id, rows, today=TODAY)
    assert Attendance.select().where(Attendance.member == cell["tai"]).count() == 1
    assert Attendance.select().count() == 5
    tai = by_name(study.load_grid(session.id))["Mai Văn Tài"]
    assert (tai.status_label, tai.reason) == ("Vắng có lý do", "Ốm")


def test_everyone_present_keeps_exempt_members(cell):
    session = session_on(dt.date(2023, 5, 10))
    rows = [replace(r, status="unexcused_absence") if r.status != "exempt" else r
            for r in study.load_grid(session.id)]
    study.save_grid(session.id, rows, today=TODAY)
    rows = by_name(study.mark_all_present(session.id, today=TODAY))
    assert rows["Lý Văn Tư"].status_label == "Miễn"
    assert {r.status_label for n, r in rows.items() if n != "Lý Văn Tư"} == {"Có mặt"}


def test_late_reflection_is_marked_late(cell):
    session = session_on(dt.date(2023, 7, 1), reflection_required=True,
                         reflection_due=dt.date(2023, 7, 31))
    rows = [replace(r, reflection="submitted", reflection_date=dt.date(2023, 8, 5))
            if r.full_name == "Trần Thị Bình" else r for r in study.load_grid(session.id)]
    rows = by_name(study.save_grid(session.id, rows, today=TODAY))
    assert rows["Trần Thị Bình"].reflection_label == "Nộp muộn"


def test_member_added_after_the_session_appears_unsaved(cell):
    session = session_on(dt.date(2023, 5, 10))
    add_member("Châu Thị Kim Ngân", kind="non_party")
    rows = by_name(study.load_grid(session.id))
    assert rows["Châu Thị Kim Ngân"].saved is False
    study.save_grid(session.id, list(rows.values()), today=TODAY)
    assert by_name(study.load_grid(session.id))["Châu Thị Kim Ngân"].saved is True


def test_changing_date_before_a_listed_member_joined_is_refused(cell):
    session = session_on(dt.date(2023, 7, 1))  # Mai (joined 01/6/2023) is on the list
    with pytest.raises(ValidationError) as error:
        study.update_session(replace(session, date=dt.date(2023, 5, 1)), today=TODAY)
    assert "Đỗ Thị Mai vào Đảng ngày 01/06/2023" in error.value.fields["date"]
    assert study.get_session(session.id).date == dt.date(2023, 7, 1)


def test_reflection_requirement_cannot_be_dropped_after_submissions(cell):
    session = session_on(dt.date(2023, 7, 1), reflection_required=True)
    rows = [replace(r, reflection="submitted") if r.full_name == "Trần Thị Bình" else r
            for r in study.load_grid(session.id)]
    study.save_grid(session.id, rows, today=TODAY)
    with pytest.raises(ValidationError) as error:
        study.update_session(replace(session, reflection_required=False), today=TODAY)
    assert "Trần Thị Bình" in error.value.fields["reflection_required"]


def test_member_history_survives_leaving_and_session_delete_removes_rows(cell):
    first = session_on(dt.date(2023, 1, 5))
    session_on(dt.date(2023, 2, 5))
    history = study.member_history(cell["cuong"])
    assert [(h.date, h.status_label) for h in history] == [
        (dt.date(2023, 1, 5), "Có mặt"), (dt.date(2023, 2, 5), "Có mặt")]
    study.delete_session(first.id)
    assert len(study.member_history(cell["cuong"])) == 1
    with pytest.raises(UserError):
        study.get_session(first.id)


def test_grid_saved_in_one_upsert_keeps_text_normalised_and_rows_unique(cell):
    import unicodedata

    session = session_on(dt.date(2023, 12, 5))
    rows = by_name(study.load_grid(session.id))
    decomposed = unicodedata.normalize("NFD", "Đi công tác")
    changed = replace(rows["Trần Thị Bình"], status="excused_absence", reason=decomposed)
    study.save_grid(session.id, [changed], today=TODAY)
    study.save_grid(session.id, [changed], today=TODAY)  # saved again: updated, not doubled
    stored = Attendance.get((Attendance.session == session.id)
                            & (Attendance.member == cell["binh"]))
    assert stored.reason == "Đi công tác" and stored.status == "excused_absence"
    assert Attendance.select().where(Attendance.session == session.id).count() == len(rows)
