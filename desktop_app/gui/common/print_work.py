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

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.cell.page_setup import load_document_settings
from desktop_app.documents.jobs import DocumentJob
from desktop_app.documents.model import Document
from desktop_app.errors import UserError

MAX_PRINT_DPI = 600  # a 600 dpi A4 page is already ~140 MB as an image
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


def print_pdf(data: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint every page of the PDF *data* on *printer*, at its resolution; returns pages."""
    pdf = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    if pdf.status() != QPdfDocument.Status.Ready:
        raise UserError(QCoreApplication.translate(
            "PreviewDialog", "The document could not be prepared for printing."))
    count = pdf.pageCount()
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate(
            "PreviewDialog",
            "The printer could not be started. Check that it is switched on and connected."))
    try:
        for page in range(count):
            if page:
                printer.newPage()
            size = pdf.pagePointSize(page)
            image = pdf.render(page, (size * dpi / 72).toSize())
            # Actual size on A4; on other paper shrunk to fit, never stretched.
            resolution = printer.resolution()
            paper = printer.pageLayout().fullRectPixels(resolution)
            width, height = size.width() * resolution / 72, size.height() * resolution / 72
            scale = min(1.0, paper.width() / width, paper.height() / height)
            painter.drawImage(QRect(0, 0, round(width * scale), round(height * scale)), image)
            if progress is not None:
                progress(page + 1, count)
    finally:
        painter.end()
    return count


def issue_and_print(job: DocumentJob, as_of: dt.date | None, printer: QPrinter,
                    progress: Progress | None = None) -> int:
    from desktop_app.documents.pdf import render_pdf_bytes

    settings = load_document_settings()
    pages = 0

    def send(document: Document) -> None:
        nonlocal pages
        pages = print_pdf(render_pdf_bytes(document, settings), printer, progress)

    job.issue_and_save(as_of, send)
    return pages
