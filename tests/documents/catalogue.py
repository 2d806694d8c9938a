"""Every document the app prints, built from the demo cell: what the format tests measure.

``documents()`` yields ``(name, Document)`` for each printed paper, in the way the app's
windows build them (the preview jobs, the report's content): the report of each kind on the
older and the newer outline, on the outlines of the demo's era (Chỉ thị 06: năm, sơ kết,
chuyên đề), the congress political report and the issued one, each kind of plan and the
congress's resolution, the member list, a session's sign-in sheet,
the study summary, the self-review form of every template version, the commitment form,
the rating summary, and the thrift and social tables. The database must be the demo
cell's; the self-reviews on the newer templates are added to it (year 2011 onwards).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from desktop_app.documents.model import Document

DAY = dt.date(2010, 9, 20)  # inside the demo cell's committee term (2007 – 2010)
# Each self-review template on a member it applies to (variant), in a year of its own.
REVIEW_TEMPLATES = [
    ("kiem-diem-2019", "Phạm Thị Ánh", 2011),
    ("kiem-diem-2023-02a", "Võ Thị Ngọc Anh", 2011),
    ("kiem-diem-2023-02b", "Trần Thị Thu Hà", 2011),
    ("kiem-diem-2025-2a", "Đặng Hoàng Ân", 2011),
    ("kiem-diem-2025-2b", "Lê Văn Đức", 2011),
    ("kiem-diem-2025-2c", "Huỳnh Minh Dũng", 2011),
]


def _member_id(name: str) -> int:
    from desktop_app.core.members.roster import list_members

    member = next(m for m in list_members() if m.full_name == name)
    assert member.id is not None
    return member.id


def _reports() -> Iterator[tuple[str, Document]]:
    from desktop_app.core.report import issuing
    from desktop_app.core.report import reports as report_core
    from desktop_app.db import database
    from desktop_app.documents.report.summary import report_document

    for outline in ("tong-ket-cuoc-van-dong", "chi-thi-05"):
        for kind, first in (("annual", 2010), ("interim", 2008), ("final", 2007)):
            with database.atomic() as transaction:
                draft = report_core.create_draft(report_core.ReportData(
                    kind=kind, start_year=first, end_year=2010, end_month=9,
                    outline_id=outline, report_date=DAY), today=DAY)
                assert draft.id is not None
                content = issuing.build_content(draft.id)
                transaction.rollback()
            yield f"report-{kind}-{outline}", report_document(content)
    # the outlines of the demo's era (Chỉ thị 06-CT/TW) and the congress political report
    for kind, first, outline in (("annual", 2010, "ct06-nam"), ("interim", 2008, "ct06-so-ket"),
                                 ("theme", 2010, "ct06-chuyen-de"),
                                 ("congress", 2007, "dai-hoi-bao-cao-chinh-tri")):
        with database.atomic() as transaction:
            draft = report_core.create_draft(report_core.ReportData(
                kind=kind, start_year=first, end_year=2010, end_month=9,
                outline_id=outline, report_date=DAY), today=DAY,
                congress=_congress() if kind == "congress" else None)
            assert draft.id is not None
            content = issuing.build_content(draft.id)
            transaction.rollback()
        yield f"report-{kind}-{outline}", report_document(content)
    for report in report_core.list_reports("issued"):
        assert report.id is not None
        yield f"report-issued-{report.id}", report_document(issuing.content_of(report.id))


def _congress():
    """The demo cell's congress of 2010 (its third), electing the committee of 2010 – 2015
    and setting two targets of the new term."""
    from desktop_app.core.plans.model import TargetData
    from desktop_app.core.report.congress import CongressData

    return CongressData(
        number=3, term_start=2010, term_end=2015, date=dt.date(2010, 9, 25),
        place="Hội trường cơ quan", delegates_summoned=11, delegates_present=11,
        targets=[TargetData(content="Kết nạp ít nhất 02 đảng viên mới trong nhiệm kỳ",
                            indicator_kind="admissions", target_count=2, unit="đảng viên"),
                 TargetData(content="Hằng năm 100% đảng viên hoàn thành tốt nhiệm vụ trở lên",
                            target_value=100)])


def _plans() -> Iterator[tuple[str, Document]]:
    from desktop_app.core.plans import plans as plans_core
    from desktop_app.documents.plans.jobs import plan_job

    seen: set[str] = set()
    for plan in plans_core.list_plans():
        if plan.kind in seen or plan.id is None:
            continue
        seen.add(plan.kind)
        yield f"plan-{plan.kind}", plan_job(plan.id).build(DAY)
    # the resolution of the demo cell's congress of 2010 (the congress's own paper)
    from dataclasses import replace

    from desktop_app.core.cell.particulars import load_profile
    from desktop_app.core.report import congress as congress_core
    from desktop_app.db import database

    with database.atomic() as transaction:
        congress = congress_core.save_congress(replace(
            _congress(), pilot=True, committee=["Trần Thị Thu Hà", "Lê Văn Đức", "Phạm Thị Ánh"],
            secretary_name="Trần Thị Thu Hà", deputy_secretary_name="Lê Văn Đức"),
            load_profile().name)
        assert congress.resolution_id is not None
        document = plan_job(congress.resolution_id).build(DAY)
        transaction.rollback()
    yield "plan-congress-resolution", document


def _study() -> Iterator[tuple[str, Document]]:
    from desktop_app.core.study import sessions as study
    from desktop_app.core.study.papers import attendance_paper, sign_in_paper
    from desktop_app.documents.study import sheets

    sessions = study.list_sessions(dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    session = next(s for s in sessions if s.id is not None)
    assert session.id is not None
    yield "study-sign-in", sheets.build_sign_in_sheet(sign_in_paper(session.id))
    yield "study-summary", sheets.build_attendance_summary(attendance_paper(
        dt.date(2007, 1, 1), dt.date(2010, 9, 30), issued_on=DAY))


def _reviews() -> Iterator[tuple[str, Document]]:
    from desktop_app.core.reviews import ratings
    from desktop_app.core.reviews import reviews as reviews_core
    from desktop_app.documents.reviews import jobs as forms

    for template_id, name, year in REVIEW_TEMPLATES:
        member_id = _member_id(name)
        if reviews_core.get_review(member_id, year) is None:
            review = reviews_core.new_review(member_id, year, template_id)
            reviews_core.save_draft(review)
            ratings.set_rating(member_id, year, "self", "good", dt.date(year, 12, 10),
                               today=dt.date(year, 12, 31))
        yield f"review-{template_id}", forms.review_job(member_id, year).build(None)
    secretary = _member_id("Trần Thị Thu Hà")
    yield "review-demo-2010", forms.review_job(secretary, 2010).build(None)
    yield "commitment-2010", forms.commitment_job(secretary, 2010).build(None)
    yield "ratings-summary-2010", forms.ratings_summary_job(2010).build(None)


def _savings() -> Iterator[tuple[str, Document]]:
    from desktop_app.core.savings.periods import Period
    from desktop_app.documents.savings.jobs import social_job, thrift_job

    yield "thrift-2010", thrift_job(Period.year(2010)).build(DAY)
    yield "thrift-2007-2010", thrift_job(Period.years(2007, 2010)).build(DAY)
    yield "social-2007-2010", social_job(2007, 2010).build(DAY)


def _members() -> Iterator[tuple[str, Document]]:
    from desktop_app.documents.members.jobs import member_list_job

    yield "member-list", member_list_job(DAY).build(DAY)


def documents() -> Iterator[tuple[str, Document]]:
    """Every printed document of the demo cell (the database must be open)."""
    yield from _members()
    yield from _reports()
    yield from _plans()
    yield from _study()
    yield from _reviews()
    yield from _savings()
