"""Every document builder is a function of the plain data the core read: with the data read
first and the database then closed, each still builds (and renders) its document."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.members import roster
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.reviews import papers as review_papers
from desktop_app.core.reviews import ratings
from desktop_app.core.savings import papers as savings_papers
from desktop_app.core.savings.periods import Period
from desktop_app.core.study import papers as study_papers
from desktop_app.core.study import sessions as study
from desktop_app.db import database
from desktop_app.db.connection import close_database
from desktop_app.documents.docx import render_docx
from desktop_app.documents.members.member_list import build_member_list
from desktop_app.documents.pdf import render_pdf_bytes
from desktop_app.documents.plans.plan import build_plan_document
from desktop_app.documents.reviews import forms as review_forms
from desktop_app.documents.savings import tables
from desktop_app.documents.study import sheets

DAY = dt.date(2010, 9, 20)


def _papers() -> dict[str, tuple]:
    """(builder, its arguments) per document, everything read from the demo database."""
    letterhead = cell_core.letterhead()
    plan = plans_core.list_plans(2010)[0]
    member = next(r.member_id for r in ratings.year_overview(2010))
    session = study.list_sessions(dt.date(2010, 1, 1), dt.date(2010, 12, 31))[0]
    assert session.id is not None
    start, end = dt.date(2007, 1, 1), dt.date(2010, 12, 31)
    return {
        "member list": (build_member_list, letterhead, roster.party_members_on(DAY), DAY,
                        "Số 01-DS/CB", "Trần Thị Thu Hà"),
        "plan": (build_plan_document, plan, letterhead, "Số 02-KH/CB", DAY, "Trần Thị Thu Hà"),
        "commitment": (review_forms.commitment_document,
                       review_papers.commitment_paper(member, 2010)),
        "self-review": (review_forms.review_document, review_papers.review_paper(member, 2010)),
        "ratings summary": (review_forms.ratings_summary_document,
                            review_papers.ratings_summary_paper(2010)),
        "sign-in sheet": (sheets.build_sign_in_sheet, study_papers.sign_in_paper(session.id)),
        "attendance summary": (sheets.build_attendance_summary,
                               study_papers.attendance_paper(start, end, DAY)),
        "thrift table": (tables.build_thrift_document,
                         savings_papers.thrift_paper(Period.years(2007, 2010), DAY)),
        "social work": (tables.build_social_document,
                        savings_papers.social_paper(2007, 2010, DAY)),
    }


def test_builders_need_no_database(demo_db, tmp_path):
    papers = _papers()
    close_database()
    assert database.obj is None
    for name, (build, *arguments) in papers.items():
        document = build(*arguments)
        assert render_pdf_bytes(document).startswith(b"%PDF"), name
        assert render_docx(document, tmp_path / "x.docx").read_bytes()[:2] == b"PK", name


def test_a_builder_reading_the_database_would_fail_here(demo_db):
    """The check above can fail: reading after the close raises."""
    close_database()
    with pytest.raises(Exception, match="uninitialized Proxy"):
        cell_core.letterhead()
