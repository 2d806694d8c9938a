"""A chart (a ReportLab ``Drawing``) as a PNG picture, for the Word file.

The drawing is written as a one-page vector PDF by ReportLab (the same drawing, fonts and
colours the PDF document shows) and that page is rasterised by PDFium (``pypdfium2``, the
engine Chrome and the app's preview use). ReportLab's own bitmap renderer (renderPM) is
not used: in ReportLab 5 its only backend is rlPyCairo, which needs pycairo, a compiled
extension with no Linux wheels.
"""

from __future__ import annotations

import copy
import io
import threading
from typing import Any

DEFAULT_DPI = 200  # sharp on paper, ~100 KB for a 16 × 8 cm chart

_LOCK = threading.Lock()  # PDFium is not thread-safe: one rasterisation at a time


def drawing_pdf(drawing: Any) -> bytes:
    """The drawing as a one-page PDF, its page the drawing's size."""
    from reportlab.graphics import renderPDF

    from .fonts import register_fonts

    family = register_fonts()
    drawing = copy.copy(drawing)
    drawing.initialFontName = family.regular  # not ReportLab's Helvetica
    return renderPDF.drawToString(drawing, showBoundary=False)


def drawing_png(drawing: Any, dpi: int = DEFAULT_DPI) -> bytes:
    """The drawing as PNG bytes at *dpi*, on a white background."""
    import pypdfium2 as pdfium

    data = drawing_pdf(drawing)
    with _LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            bitmap = pdf[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
            image = bitmap.to_pil().convert("RGB")
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    return out.getvalue()
