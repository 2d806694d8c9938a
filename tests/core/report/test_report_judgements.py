"""The judgement sections a draft suggests say what the data says, and nothing else: the
sentences on unfulfilled commitments and on thrift appear exactly when they are true."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.report import reports as report
from desktop_app.db.models.cell import CommitteeTerm

UNFULFILLED = "lượt đảng viên chưa thực hiện đầy đủ các nội dung đã đăng ký làm theo"
THRIFT_REACHED = "Thực hành tiết kiệm đạt kết quả"


def _section(year: int, key: str) -> str:
    if not CommitteeTerm.select().where(CommitteeTerm.start_date <= dt.date(year, 12, 31),
                                        CommitteeTerm.end_date >= dt.date(year, 1, 1)).exists():
        CommitteeTerm.create(name=f"Nhiệm kỳ {year}", start_date=dt.date(year, 1, 1),
                             end_date=dt.date(year, 12, 31))  # a report lies inside a term
    draft = report.create_draft(report.ReportData(kind="annual", start_year=year,
                                                  end_year=year,
                                                  report_date=dt.date(year, 12, 31)),
                                today=dt.date(year, 12, 31))
    assert draft.id is not None
    return next(s.text for s in report.sections(draft.id) if s.key == key)


@pytest.mark.parametrize(("year", "expected"), [
    (2010, "- Còn 1/11 lượt đảng viên chưa thực hiện đầy đủ"),  # one of 11 fell short
    (2007, "- Còn 6/9 lượt đảng viên chưa thực hiện đầy đủ"),
])
def test_unfulfilled_commitments_are_counted_when_some_fell_short(demo_db, year, expected):
    assert expected in _section(year, "ton-tai")


def test_no_unfulfilled_sentence_when_every_commitment_was_fulfilled(demo_db):
    weaknesses = _section(2008, "ton-tai")  # 10 of 10 registered fulfilled theirs
    assert UNFULFILLED not in weaknesses and "Còn 0/" not in weaknesses


def test_thrift_is_a_strength_only_when_the_target_was_reached(demo_db):
    reached = _section(2008, "uu-diem")
    assert f"- {THRIFT_REACHED}: tổng các khoản chi giảm" in reached
    assert THRIFT_REACHED not in _section(2007, "uu-diem")  # 2007 missed the target


def test_thrift_without_figures_is_not_a_strength(demo_db):
    assert THRIFT_REACHED not in _section(2030, "uu-diem")  # nothing recorded: unknown
