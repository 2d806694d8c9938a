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
