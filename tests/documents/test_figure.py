"""The Figure block: a ReportLab drawing in the PDF (vectors) and in Word (a picture)."""

from __future__ import annotations

import datetime as dt

from docx import Document as read_docx
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect, String

from desktop_app.documents.docx import render_docx
from desktop_app.documents.model import Document, Figure, Header, Paragraph
from desktop_app.documents.pdf import render_pdf

from .helpers import flat, pdf_pages


def _document() -> Document:
    drawing = Drawing(900, 200)  # wider than the text: scaled down to fit
    drawing.add(Rect(0, 0, 900, 200, fillColor=None))
    drawing.add(String(20, 100, "Chart label 42"))
    return Document(header=Header(["ĐẢNG BỘ X"], "Chi bộ Y", "", "Hà Nội", dt.date(2010, 9, 5)),
                    type_name="BÁO CÁO", blocks=[Paragraph("Trước biểu đồ."),
                                                 Figure(drawing, caption="Biểu đồ tiết kiệm")])


def test_pdf_draws_the_figure_and_its_caption(tmp_path):
    render_pdf(_document(), tmp_path / "f.pdf")
    text = flat(pdf_pages(tmp_path / "f.pdf")[0])
    assert "Chart label 42" in text
    assert text.index("Trước biểu đồ.") < text.index("Biểu đồ tiết kiệm")
    assert len(PdfReader(str(tmp_path / "f.pdf")).pages) == 1


def test_docx_embeds_the_chart_as_a_picture_at_most_the_text_wide(tmp_path):
    render_docx(_document(), tmp_path / "f.docx")
    word = read_docx(str(tmp_path / "f.docx"))
    captions = [p.text for p in word.paragraphs if p.text.startswith("Biểu đồ tiết kiệm")]
    assert captions == ["Biểu đồ tiết kiệm"]
    assert len(word.inline_shapes) == 1
    assert abs(word.inline_shapes[0].width.mm - 165) < 0.5  # scaled down to the text width
