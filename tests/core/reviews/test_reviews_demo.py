"""The demo cell's commitments, reviews and ratings tell the reference report's story."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.demo import create_demo_database
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import duties
from desktop_app.core.reviews import commitments, reviews
from desktop_app.core.reviews import report_facts as review_facts
from desktop_app.core.reviews.remedies import overdue_remedies
from desktop_app.core.reviews.year_records import year_records
from desktop_app.db.connection import close_database, open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db")
    open_database(path)
    yield path
    close_database()


def test_every_party_member_registered_and_reviewed(demo):
    years = year_records(2007, 2010, dt.date(2010, 12, 31))
    assert [y.year for y in years] == [2007, 2008, 2009, 2010]
    for year in years:
        assert len(year.commitments) == len(year.expected) == len(year.reviews)
        assert len(year.ratings) == len(year.expected)
        assert len(year.level("excellent")) >= 1
        assert len(year.level("good")) > len(year.level("excellent"))
    facts = ReportFacts(start=dt.date(2007, 1, 1), end=dt.date(2010, 12, 31),
                        today=dt.date(2010, 12, 31))
    assert duties.commitments(facts)[0].text.startswith(
        "100% đảng viên đăng ký làm theo trong các năm 2007 – 2010")


def test_vague_commitments_in_2007_2008_are_fixed_in_2009_2010(demo):
    by_year = {y.year: y for y in review_facts.per_year(2007, 2010)}
    assert by_year[2007].vague_items > 0 and by_year[2008].vague_items > 0
    assert by_year[2009].vague_items == 0 and by_year[2010].vague_items == 0


def test_several_members_commit_to_the_10_percent_thrift(demo):
    thrift = [
        c for c in commitments.commitments_of_year(2009).values()
        if any(i.target == 10 and i.unit == "%" and i.group == "ethics" for i in c.items)
    ]
    assert len(thrift) >= 5


def test_one_remedy_is_overdue(demo):
    (overdue,) = overdue_remedies(dt.date(2010, 12, 31))
    assert overdue.member_name == "Ngô Quang Hải"
    assert overdue.remedy.deadline == dt.date(2010, 6, 30)
    review = reviews.get_review(overdue.member_id, 2010)
    assert "chưa khắc phục xong" in review.answers.text["III"]
