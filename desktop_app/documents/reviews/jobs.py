"""The area's papers for the preview window: the core reads each paper
(``core.reviews.papers``), the builders (``forms``) make the documents. None of them
carries a register number: each is built afresh on every refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.core.members.roster import get_member
from desktop_app.core.reviews import papers
from desktop_app.documents.jobs import DocumentJob, Save
from desktop_app.documents.model import Document

from . import forms


def _job(title: str, build: Callable[[], Document],
         recipients_kind: str | None = None) -> DocumentJob:
    """A preview job for a form without a register number: built afresh on each refresh."""

    def issue_and_save(_as_of: dt.date | None, save: Save) -> Document:
        document = build()
        save(document)
        return document

    return DocumentJob(title=title, build=lambda _as_of: build(), issue_and_save=issue_and_save,
                       recipients_kind=recipients_kind)


def commitment_job(member_id: int, year: int) -> DocumentJob:
    name = get_member(member_id).full_name
    return _job(f"Bản đăng ký làm theo năm {year} – {name}",
                lambda: forms.commitment_document(papers.commitment_paper(member_id, year)))


def review_job(member_id: int, year: int) -> DocumentJob:
    name = get_member(member_id).full_name
    return _job(f"Bản kiểm điểm năm {year} – {name}",
                lambda: forms.review_document(papers.review_paper(member_id, year)))


def ratings_summary_job(year: int) -> DocumentJob:
    return _job(f"Tổng hợp xếp loại đảng viên năm {year}",
                lambda: forms.ratings_summary_document(papers.ratings_summary_paper(year)),
                "ratings_summary")
