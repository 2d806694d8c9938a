"""Closing a year through the core: a backup first, the checks before, the refusal of the
core's own write functions (study, plans, reviews, savings, members), reopening with a
reason kept with its date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.core.backup.backups import list_backups
from desktop_app.core.closing import years
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.guarded import ClosedYearError
from desktop_app.errors import UserError, ValidationError

TODAY = dt.date(2011, 1, 10)


@pytest.fixture
def demo(tmp_path):
    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    db = open_database(path)
    yield path
    close_database()
    assert db.is_closed()


def test_closing_makes_a_backup_first_and_is_kept_with_its_date(demo):
    closing = years.close_year(2009, "Đã ban hành Số 01-BC/CB", today=TODAY)
    assert years.closed_years() == [2009] and years.is_closed(2009)
    backups = list_backups(demo)
    assert [b.reason for b in backups] == ["before_closing"]
    assert closing.backup_file == str(backups[0].path)
    assert closing.closed_by == "Trần Thị Thu Hà"  # the secretary of the demo's term
    assert closing.note == "Đã ban hành Số 01-BC/CB"


def test_a_year_cannot_be_closed_twice_nor_in_the_future(demo):
    years.close_year(2009, backup=False, today=TODAY)
    with pytest.raises(ValidationError) as twice:
        years.close_year(2009, backup=False, today=TODAY)
    assert twice.value.fields == {"year": "Năm 2009 đã khóa sổ rồi."}
    with pytest.raises(ValidationError) as later:
        years.close_year(2012, backup=False, today=TODAY)
    assert "đến năm nay (2011)" in later.value.fields["year"]


def test_reopening_needs_a_reason_and_keeps_it(demo):
    years.close_year(2009, backup=False, today=TODAY)
    with pytest.raises(ValidationError) as empty:
        years.reopen_year(2009, "   ")
    assert "lý do" in empty.value.fields["reason"]
    reopened = years.reopen_year(2009, "Sửa điểm danh buổi 19/02/2009 ghi nhầm")
    assert years.closed_years() == []
    history = years.closings(2009)
    assert history[0].reopen_reason == "Sửa điểm danh buổi 19/02/2009 ghi nhầm"
    assert history[0].reopened_at == reopened.reopened_at is not None
    with pytest.raises(UserError):
        years.reopen_year(2009, "lần nữa")
    years.close_year(2009, backup=False, today=TODAY)  # closed again: a second closing
    assert [c.is_open for c in years.closings(2009)] == [False, True]


def test_the_check_before_closing_names_what_is_unfinished(demo):
    from desktop_app.db.models.report import Report
    from desktop_app.db.models.reviews import Remedy, SelfReview

    check = years.check_year(2009, TODAY)
    assert [r.number for r in check.issued_reports] == ["Số 01-BC/CB"]
    assert check.warnings == []
    review = SelfReview.select().where(SelfReview.year == 2009).first()
    SelfReview.update(draft=True).where(SelfReview.id == review.id).execute()
    Remedy.create(review=review.id, content="Đọc thêm tài liệu", deadline=dt.date(2009, 11, 30))
    Report.update(status="draft").where(Report.id == 1).execute()
    check = years.check_year(2009, TODAY)
    text = "\n".join(check.warnings)
    assert "Chưa có báo cáo nào của năm 2009 được ban hành" in text
    assert "Báo cáo còn là bản nháp" in text
    assert f"Bản kiểm điểm năm 2009 còn là bản nháp: {review.member.full_name}" in text
    assert "Đọc thêm tài liệu (hạn 30/11/2009)" in text


def test_the_core_write_functions_refuse_the_closed_year(demo):
    from desktop_app.core.members import roster
    from desktop_app.core.plans import plans
    from desktop_app.core.reviews import ratings
    from desktop_app.core.savings import thrift
    from desktop_app.core.study import sessions as study

    years.close_year(2009, backup=False, today=TODAY)
    session = study.list_sessions(dt.date(2009, 1, 1), dt.date(2009, 12, 31))[0]
    plan = plans.list_plans(2009)[0]
    rating = next(r for r in ratings.year_overview(2009) if r.ratings)
    member = next(m for m in roster.list_members() if m.official_date
                  and m.official_date.year == 2009)
    attempts = [
        lambda: study.update_session(dataclasses.replace(session, topic="sửa"), TODAY),
        lambda: study.save_grid(session.id, study.load_grid(session.id), TODAY),
        lambda: study.delete_session(session.id),
        lambda: plans.save_plan(dataclasses.replace(plan, title="sửa"), TODAY),
        lambda: plans.delete_plan(plan.id),
        lambda: thrift.set_amount(thrift.list_categories()[0].id, 2009, 5, "1.000.000"),
        lambda: ratings.set_rating(rating.member_id, 2009, "cell", "good", dt.date(2009, 12, 20),
                                   today=TODAY),
        lambda: roster.save_member(dataclasses.replace(member, official_date=dt.date(2010, 1, 2)),
                                   TODAY),
    ]
    for attempt in attempts:  # the validators say it first, else the database refuses
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert "Năm 2009 đã khóa sổ" in str(refused.value)
        assert not isinstance(refused.value, ClosedYearError) or refused.value.year == 2009
    # 2010 is open
    later = study.list_sessions(dt.date(2010, 1, 1), dt.date(2010, 12, 31))[0]
    study.update_session(dataclasses.replace(later, note="ghi chú"), TODAY)
    roster.save_member(dataclasses.replace(member, job_title="Chuyên viên chính"), TODAY)
