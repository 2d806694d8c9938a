"""What the preview window needs to show, save and print one document (Qt-free).

A job builds the document for the preview without issuing it, and issues it (takes its
number in the register) only when it is saved or printed, in the same transaction as
the save, so a failed save uses up no number. Each area's jobs (``<area>/jobs.py``) read
the plain data through the core and hand it to the area's builders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import Document

Save = Callable[[Document], object]


@dataclass
class DocumentJob:
    title: str  # window title of the preview
    build: Callable[[dt.date | None], Document]  # for the preview: nothing is recorded
    issue_and_save: Callable[[dt.date | None, Save], Document]
    as_of: dt.date | None = None  # issue date the user may change; None: no choice
    saved_pdf: Callable[[Document, Path], None] | None = None  # remember the archived PDF
    # The kind whose Nơi nhận the secretary may change before issuing (core.cell.recipients);
    # None: the document's Nơi nhận is not changed here (a report's is in its particulars).
    recipients_kind: str | None = None

    def file_stem(self, document: Document) -> str:
        return document.file_stem()


def document_job(document: Document, title: str = "",
                 recipients_kind: str | None = None) -> DocumentJob:
    """A job for a document built elsewhere, with no register entry of its own."""

    def issue_and_save(_as_of: dt.date | None, save: Save) -> Document:
        save(document)
        return document

    return DocumentJob(title=title or document.type_name, build=lambda _as_of: document,
                       issue_and_save=issue_and_save, recipients_kind=recipients_kind)


def default_issue_date(today: dt.date | None = None) -> dt.date:
    """Today when a committee term contains it, else the last day of the latest term.

    (An old database, like the demo cell of 2007–2010, has no term containing today.)
    """
    from desktop_app.core.cell.particulars import current_term

    today = today or dt.date.today()
    term = current_term(today)
    if term is None or term.start_date <= today <= term.end_date:
        return today
    return min(today, term.end_date)


def with_recipients(job: DocumentJob, recipients: list[str]) -> DocumentJob:
    """*job* whose document, previewed or issued, has *recipients* as its Nơi nhận."""
    from dataclasses import replace

    def build(as_of: dt.date | None) -> Document:
        document = job.build(as_of)
        document.recipients = list(recipients)
        return document

    def issue_and_save(as_of: dt.date | None, save: Save) -> Document:
        def save_with(document: Document) -> object:
            document.recipients = list(recipients)
            return save(document)

        return job.issue_and_save(as_of, save_with)

    return replace(job, build=build, issue_and_save=issue_and_save)
