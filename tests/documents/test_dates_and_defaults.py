"""A self-review keeps its own date; Word files carry real dates; ``member-list``
without ``--date`` falls back like the window."""

from __future__ import annotations

import datetime as dt

from docx import Document as read_docx

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database
from desktop_app.core.reviews import ratings
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.documents.docx import render_docx
from desktop_app.documents.reviews import jobs as review_jobs

from .helpers import flat, pdf_pages
from .measure import pdf_lines


def dated_line(document) -> str:
    from desktop_app.documents.pdf import render_pdf_bytes

    lines = pdf_lines(render_pdf_bytes(document))[0]
    return next(line.text for line in lines if ", ngày " in line.text and line.top < 200)


def test_a_review_keeps_its_date_when_a_typo_is_fixed(demo_db):
    member = next(r.member_id for r in ratings.year_overview(2010)
                  if r.full_name == "Ngô Quang Hải")
    before = dated_line(review_jobs.review_job(member, 2010).build(None))
    assert "năm 2010" in before
    review = reviews_core.get_review(member, 2010)
    assert review is not None
    key = next(iter(review.answers.text))
    review.answers.text[key] = review.answers.text[key] + " (sửa lỗi chính tả)"
    reviews_core.save_review(review)  # edited today
    assert dated_line(review_jobs.review_job(member, 2010).build(None)) == before


def test_the_review_is_dated_by_the_members_own_rating(demo_db):
    member = next(r.member_id for r in ratings.year_overview(2010)
                  if r.full_name == "Ngô Quang Hải")
    ratings.set_rating(member, 2010, "self", "good", dt.date(2010, 12, 8),
                       today=dt.date(2011, 1, 5))
    document = review_jobs.review_job(member, 2010).build(None)
    assert "ngày 08 tháng 12 năm 2010" in dated_line(document)


def test_word_files_carry_real_dates(demo_db, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    from desktop_app.documents.members.jobs import member_list_job

    before = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    target = tmp_path / "ds.docx"
    render_docx(member_list_job(dt.date(2010, 9, 5)).build(dt.date(2010, 9, 5)), target)
    properties = read_docx(str(target)).core_properties
    for when in (properties.created, properties.modified):
        assert when is not None
        when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        assert when >= before


def test_member_list_without_a_date_uses_the_end_of_the_last_term(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    pdf = tmp_path / "ds.pdf"
    assert main(["member-list", "--db", str(db), "--pdf", str(pdf)]) == 0, \
        capsys.readouterr().err
    text = flat(" ".join(pdf_pages(pdf)))
    assert "ngày 31 tháng 12 năm 2010" in text  # the demo's term ends on 31/12/2010
