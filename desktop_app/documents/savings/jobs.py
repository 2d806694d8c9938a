"""The thrift table and the social-work list for the preview window: the core reads each
paper (``core.savings.papers``), the builders (``tables``) make the documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.core.savings import papers
from desktop_app.core.savings.periods import Period
from desktop_app.documents.jobs import DocumentJob, Save, default_issue_date
from desktop_app.documents.model import Document

from . import tables


def _job(title: str, build: Callable[[dt.date | None], Document],
         recipients_kind: str) -> DocumentJob:
    """A preview job with a chosen date and no register number (an annex)."""

    def issue_and_save(day: dt.date | None, save: Save) -> Document:
        document = build(day)
        save(document)
        return document

    return DocumentJob(title=title, build=build, issue_and_save=issue_and_save,
                       as_of=default_issue_date(), recipients_kind=recipients_kind)


def thrift_job(period: Period) -> DocumentJob:
    return _job(f"Kết quả thực hành tiết kiệm {period.label}",
                lambda day: tables.build_thrift_document(papers.thrift_paper(period, day)),
                "thrift")


def social_job(first_year: int, last_year: int) -> DocumentJob:
    label = f"năm {first_year}" if first_year == last_year else f"{first_year} – {last_year}"
    return _job(f"Hoạt động công tác xã hội {label}",
                lambda day: tables.build_social_document(
                    papers.social_paper(first_year, last_year, day)), "social")
