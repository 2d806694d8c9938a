"""Study figures on hand-computed data, report wording, and the demo's 100%."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.demo import fill_demo
from desktop_app.core.members import roster as members_core
from desktop_app.core.study import sessions as study
from desktop_app.core.study.figures import per_year, report_facts, session_figures, year_facts
from desktop_app.core.study.sessions import SessionData
from desktop_app.errors import UserError

from .study_helpers import add_member

TODAY = dt.date(2024, 1, 10)
YEAR = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def mark(session_id: int, changes: dict[str, dict]) -> None:
    rows = [replace(r, **changes.get(r.full_name, {})) for r in study.load_grid(session_id)]
    study.save_grid(session_id, rows, today=TODAY)


@pytest.fixture
def three_sessions(db):
    """15 party members, 1 excused member, 2 non-party staff; 3 sessions in 2023.

    Session 2 (reflection required): Đảng viên 01 absent with reason, Đảng viên 02
    absent without; of the 13 present, Đảng viên 03 has not handed in a reflection.
    Quần chúng Hai is absent without reason at all three sessions.
    """
    for i in range(1, 16):
        add_member(f"Đảng viên {i:02d}", key_cadre=i <= 3)
    add_member("Lý Văn Tư", status="excused", status_date=dt.date(2020, 1, 1))
    add_member("Quần chúng Một", kind="non_party")
    add_member("Quần chúng Hai", kind="non_party")
    ids = []
    for day, required in ((dt.date(2023, 3, 1), False), (dt.date(2023, 6, 1), True),
                          (dt.date(2023, 9, 1), False)):
        session = study.create_session(SessionData(
            date=day, topic="Chuyên đề", reflection_required=required), today=TODAY)
        ids.append(session.id)
        mark(session.id, {"Quần chúng Hai": {"status": "unexcused_absence"}})
    changes = {
        "Đảng viên 01": {"status": "excused_absence", "reason": "Ốm"},
        "Đảng viên 02": {"status": "unexcused_absence"},
        "Quần chúng Hai": {"status": "unexcused_absence"},
    }
    for i in range(4, 16):
        changes[f"Đảng viên {i:02d}"] = {"reflection": "submitted",
                                         "reflection_date": dt.date(2023, 6, 20)}
    mark(ids[1], changes)
    return ids


def test_per_session_figures(three_sessions):
    first, second, third = session_figures(*YEAR)
    assert first.attendance_text == "15/15 (100%)"
    assert (first.party_exempt, first.non_party_present, first.non_party_total) == (1, 1, 2)
    assert second.attendance_text == "13/15 (86,67%)"
    assert (second.party_excused_absent, second.party_unexcused_absent) == (1, 1)
    assert second.reflection_text == "12/13 (92,31%)"
    assert first.reflection_text == ""
    assert third.attendance_text == "15/15 (100%)"


def test_period_figures_and_sentences(three_sessions):
    facts = report_facts(*YEAR)
    assert facts.sessions_held == 3
    assert (facts.attendances_present, facts.attendances_expected) == (43, 45)
    assert (facts.party_attended, facts.party_expected) == (15, 15)
    assert facts.party_exempt_names == ("Lý Văn Tư",)
    assert facts.non_party_participants == 1
    assert (facts.reflection_members_done, facts.reflection_members_required) == (12, 13)
    assert facts.sentences() == [
        "Trong kỳ (2023), chi bộ tổ chức và tham gia 3 buổi học tập, quán triệt "
        "(3 buổi học tập chuyên đề).",
        "15/15 đảng viên (đạt 100%) tham gia học tập; 3/3 cán bộ chủ chốt (đạt 100%) tham gia; "
        "1 đồng chí được miễn (Lý Văn Tư); 1 quần chúng tham gia; "
        "12/13 đảng viên viết thu hoạch (đạt 92,31%).",
        "Bình quân mỗi buổi 95,56% đảng viên có mặt (43/45 lượt).",
        "Vắng không lý do từ 3 buổi trở lên trong năm: Quần chúng Hai (3 buổi).",
    ]


def test_flag_at_three_unexcused_absences_in_a_year(three_sessions):
    absences = {a.full_name: a for a in year_facts(2023).absences}
    assert absences["Quần chúng Hai"].count == 3
    assert absences["Quần chúng Hai"].flagged
    assert absences["Đảng viên 02"].count == 1
    assert not absences["Đảng viên 02"].flagged
    # Two of the three in the first half of the year: not flagged within that period.
    half = report_facts(dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    assert half.flagged == ()
    assert half.period_label == "từ 01/01/2023 đến 30/06/2023"


def test_flag_counts_within_one_calendar_year(db):
    add_member("Đảng viên A")
    for day in (dt.date(2022, 10, 1), dt.date(2022, 12, 1), dt.date(2023, 2, 1)):
        session = study.create_session(SessionData(date=day, topic="Chuyên đề"), today=TODAY)
        mark(session.id, {"Đảng viên A": {"status": "unexcused_absence"}})
    facts = report_facts(dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    (absence,) = facts.absences
    assert (absence.count, absence.most_in_a_year, absence.flagged) == (3, 2, False)


def test_period_without_sessions_says_so(three_sessions):
    facts = year_facts(2022)
    assert facts.sentences() == ["Trong kỳ chưa ghi nhận buổi học tập nào."]
    assert facts.attendance_percent is None
    assert not any("0/0" in s for s in facts.sentences())


def test_member_with_attendance_cannot_be_deleted(three_sessions):
    member = next(m for m in members_core.list_members() if m.full_name == "Quần chúng Hai")
    with pytest.raises(UserError):
        members_core.delete_member(member.id)


def test_demo_reproduces_the_reference_figures(db):
    fill_demo()
    facts = report_facts(dt.date(2007, 1, 1), dt.date(2010, 12, 31))
    sentences = facts.sentences()
    assert sentences[1].startswith("11/11 đảng viên (đạt 100%) tham gia học tập; "
                                   "6/6 cán bộ chủ chốt (đạt 100%) tham gia; "
                                   "1 đồng chí được miễn (Lý Văn Tư); 3 quần chúng tham gia; "
                                   "11/11 đảng viên viết thu hoạch (đạt 100%)")
    for year in per_year(2007, 2010):
        assert year.attendance_percent == 100
        assert year.reflection_percent == 100
        assert year.sessions_by_kind["thematic_study"] == 1
        assert year.sessions_by_kind["document_briefing"] == 1
    # The realistic spread: staff absences and one late reflection, party members all present.
    figures = session_figures(dt.date(2007, 1, 1), dt.date(2010, 12, 31))
    assert sum(f.non_party_total - f.non_party_present for f in figures) == 5
    assert facts.reflections_late == 1
