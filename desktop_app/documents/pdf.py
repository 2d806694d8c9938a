"""PDF renderer (ReportLab platypus) of the document model, in the format of DOMAIN.md §4.

A4 portrait; the two-column header; title block; 14 pt justified body; signature and
nơi nhận side by side; page numbers from page 2, centred in the top margin. All text is
NFC-normalised and XML-escaped before it reaches a ``Paragraph``.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.core.common.files import write_atomically
from desktop_app.nfc import normalize

from .fonts import FontFamily, register_fonts
from .metadata import reproducible
from .model import Document
from .pdf_flowables import Builder

Progress = Callable[[int], None]  # percent done, 0–100


# How a byte of text is written inside a PDF string: what ReportLab's escapePDF does
# (octal for control and non-ASCII bytes, a backslash before \\ ( and )), as one table.
_PDF_STRING_ESCAPES = {c: f"\\{c:03o}" if c < 32 or c >= 127 else
                       "\\" + chr(c) if chr(c) in "\\()" else chr(c) for c in range(256)}
_STREAM_SETTINGS = threading.Lock()


class _Canvas(Canvas):
    """ReportLab's canvas, writing its text and its file faster.

    - Text strings are escaped with ``str.translate`` rather than byte by byte in Python
      (ReportLab's C accelerator is not installed), with the same result.
    - Streams are compressed without the ASCII85 wrapping ReportLab adds by default: the
      file is a fifth smaller and needs no pure-Python ASCII85 pass; PDF readers read
      both alike. The setting is global in ReportLab, so it is switched only while this
      canvas writes its file, one canvas at a time.
    """

    def _escape(self, s):  # type: ignore[no-untyped-def]
        if isinstance(s, bytes):  # the byte codes of a TrueType subset: always the case here
            return s.decode("latin-1").translate(_PDF_STRING_ESCAPES)
        return super()._escape(s)

    def save(self) -> None:
        with _STREAM_SETTINGS:
            previous, rl_config.useA85 = rl_config.useA85, 0
            try:
                super().save()
            finally:
                rl_config.useA85 = previous


class _PartyDocTemplate(BaseDocTemplate):
    """A4 with two page templates: the first page without a number, later pages numbered."""

    def __init__(self, stream, settings: DocumentSettings, family: FontFamily,
                 document: Document):
        self.settings = settings
        self.family = family
        super().__init__(
            stream, pagesize=A4,
            leftMargin=settings.margin_left_mm * mm, rightMargin=settings.margin_right_mm * mm,
            topMargin=settings.margin_top_mm * mm, bottomMargin=settings.margin_bottom_mm * mm,
            title=normalize(f"{document.type_name} {document.subject}".strip()),
            author=normalize(document.header.cell_name), creator="Sổ Chi bộ",
            # Real creation dates; fixed ones only when SOURCE_DATE_EPOCH asks (tests).
            invariant=1 if reproducible() else 0,
            initialFontName=family.regular,  # else the canvas starts with a bare Helvetica
            initialFontSize=settings.body_size_pt,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        first = PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later")
        later = PageTemplate(id="later", frames=[frame], onPage=self._page_number)
        self.addPageTemplates([first, later])

    def _page_number(self, canvas, doc) -> None:
        canvas.saveState()
        size = self.settings.body_size_pt
        canvas.setFont(self.family.regular, size)
        width, height = self.pagesize
        x = self.leftMargin + self.width / 2
        y = height - self.topMargin / 2 - size / 3
        canvas.drawCentredString(x, y, str(doc.page))
        canvas.restoreState()


def _build(document: Document, stream, settings: DocumentSettings | None,
           progress: Progress | None) -> None:
    settings = settings or DocumentSettings()
    family = register_fonts()
    template = _PartyDocTemplate(stream, settings, family, document)
    story = [NextPageTemplate("later"), *Builder(document, settings, template.width).flowables()]
    if progress is not None:
        total = max(len(story), 1)

        def callback(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                progress(min(99, int(value * 100 / total)))
            elif kind == "FINISHED":
                progress(100)

        template.setProgressCallBack(callback)
    template.build(story, canvasmaker=_Canvas)


def render_pdf_bytes(document: Document, settings: DocumentSettings | None = None,
                     progress: Progress | None = None) -> bytes:
    """The PDF as bytes (for the preview)."""
    buffer = io.BytesIO()
    _build(document, buffer, settings, progress)
    return buffer.getvalue()


def render_pdf(document: Document, target: Path | str, settings: DocumentSettings | None = None,
               progress: Progress | None = None) -> Path:
    """Write *document* as a PDF at *target* (temporary file, then rename)."""
    return write_atomically(target, lambda stream: _build(document, stream, settings, progress))
