"""The print path of the preview: the work run on the thread pool (``tasks.py``).

Rendering the preview, saving a PDF or a Word file, and printing: each issues the document
(its register number) and writes or prints it in one transaction (``DocumentJob``), so a
file that cannot be written or a printer that fails uses up no number. The renderers
(ReportLab, python-docx) are imported on first use, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.cell.page_setup import load_document_settings
from desktop_app.documents.jobs import DocumentJob
from desktop_app.documents.model import Document

from .printing import print_pdf

Progress = Callable[..., None]  # progress(done, total, text="") from tasks.py


@dataclass
class Rendered:
    document: Document
    pdf: bytes


def _percent(progress: Progress | None) -> Callable[[int], None] | None:
    return None if progress is None else (lambda percent: progress(percent, 100))


def render_preview(job: DocumentJob, as_of: dt.date | None,
                   progress: Progress | None = None) -> Rendered:
    from desktop_app.documents.pdf import render_pdf_bytes

    document = job.build(as_of)
    pdf = render_pdf_bytes(document, load_document_settings(), _percent(progress))
    return Rendered(document, pdf)


def save_pdf(job: DocumentJob, as_of: dt.date | None, path: Path,
             progress: Progress | None = None) -> Document:
    from desktop_app.documents.pdf import render_pdf

    settings = load_document_settings()
    document = job.issue_and_save(
        as_of, lambda doc: render_pdf(doc, path, settings, _percent(progress)))
    if job.saved_pdf is not None:
        job.saved_pdf(document, path)
    return document


def save_docx(job: DocumentJob, as_of: dt.date | None, path: Path,
              progress: Progress | None = None) -> Document:
    from desktop_app.documents.docx import render_docx

    settings = load_document_settings()
    return job.issue_and_save(
        as_of, lambda doc: render_docx(doc, path, settings, _percent(progress)))


def issue_and_print(job: DocumentJob, as_of: dt.date | None, printer: QPrinter,
                    progress: Progress | None = None) -> int:
    from desktop_app.documents.pdf import render_pdf_bytes

    settings = load_document_settings()
    pages = 0

    def send(document: Document) -> None:
        nonlocal pages
        title = f"{document.type_name} {document.header.number}".strip()
        pages = print_pdf(render_pdf_bytes(document, settings, _percent(progress)), printer,
                          progress, title).pages

    job.issue_and_save(as_of, send)
    return pages
