"""A year of many thematic sessions names its topics (six, then how many more), and each
figure of it is what the file holds."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import people

from . import cells as c
from .checks import report_problems
from .recount import Period, Recount

D = dt.date


def test_a_year_of_many_sessions_names_six_topics_and_counts_the_rest(db, tmp_path):
    c.profile("Đảng bộ Kiểm thử", "ĐẢNG ỦY CẤP TRÊN", "dang_bo_co_so",
              [(D(2020, 1, 1), D(2025, 12, 31), "Nguyễn Văn An", "")])
    for i in range(5):
        c.member(c.name(i))
    for i in range(9):
        c.session(D(2022, 1 + i, 10), f"Chuyên đề {i % 8 + 1} về đạo đức",
                  kind="thematic_meeting" if i % 2 else "thematic_study")
    c.session(D(2023, 3, 1), "Học tập chuyên đề năm 2023")  # a year of one: its list
    facts = ReportFacts(start=D(2022, 1, 1), end=D(2023, 12, 31), today=D(2024, 1, 1),
                        unit_kind="dang_bo_co_so")
    many, one = people.topics(facts)
    assert many.text.startswith("Năm 2022, đảng bộ tổ chức 9 buổi học tập, sinh hoạt chuyên "
                                "đề: “Chuyên đề 1 về đạo đức”")
    assert many.text.endswith("và 2 chuyên đề khác.")
    assert "5/5 đảng viên tham gia" in one.text
    recount = Recount(tmp_path / "test.db", Period(facts.start, facts.end, facts.today))
    try:
        assert report_problems([many, one], recount) == []
    finally:
        recount.close()


def test_a_topic_that_is_the_years_theme_is_named_once_with_its_quotes_nested(db, tmp_path):
    """The demo's 2010 session: its topic and the year's theme are the same words typed with
    other quotes; the report names it once, its inner quotes single inside “…”."""
    c.profile("Chi bộ Kiểm thử", "ĐẢNG ỦY CẤP TRÊN", "chi_bo",
              [(D(2010, 1, 1), D(2012, 12, 31), "Nguyễn Văn An", "")])
    for i in range(3):
        c.member(c.name(i))
    c.session(D(2010, 5, 10), "Xây dựng tổ chức Đảng thực sự ‘là đạo đức, là văn minh’",
              theme="Xây dựng tổ chức Đảng thực sự “là đạo đức, là văn minh”.")
    c.session(D(2011, 5, 10), "Nêu gương về “đạo đức cách mạng”", theme="Chủ đề năm 2011")
    facts = ReportFacts(start=D(2010, 1, 1), end=D(2011, 12, 31), today=D(2012, 1, 1))
    first, second = people.topics(facts)
    assert first.text.startswith("Năm 2010, chi bộ học tập chuyên đề “Xây dựng tổ chức Đảng "
                                 "thực sự ‘là đạo đức, là văn minh’”: 3/3 đảng viên tham gia")
    assert "chủ đề" not in first.text
    assert second.text.startswith("Năm 2011, chi bộ học tập chuyên đề “Nêu gương về ‘đạo đức "
                                  "cách mạng’” (chủ đề năm 2011)")
    recount = Recount(tmp_path / "test.db", Period(facts.start, facts.end, facts.today))
    try:
        assert report_problems([first, second], recount) == []
    finally:
        recount.close()
