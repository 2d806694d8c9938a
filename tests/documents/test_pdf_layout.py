"""The PDF renderer's faster layout prints exactly what ReportLab's plain paragraphs print.

Long paragraphs are broken into lines once (and by the app, not ReportLab, when plain),
short table cells are plain strings, empty cells spacers: none of it may move a letter.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as RLParagraph

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.documents import pdf, pdf_flowables, pdf_paragraphs
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.layout import printable
from desktop_app.documents.model import BulletList, Heading, Paragraph, Run, Table

from .test_pdf import simple_document

SENTENCE = ("Năm 2009, tự vận động đóng góp tham gia chương trình “Gắn kết yêu thương”, "
            "tặng 12 phần quà Tết cho gia đình chính sách, trao 17 suất học bổng cho học "
            "sinh nghèo, xây 03 cây cầu giao thông nông thôn. ")


def body_style():
    styles = pdf_paragraphs.Styles(register_fonts(), DocumentSettings())
    return styles.paragraph("justify", True)


@pytest.mark.parametrize("value", [
    SENTENCE * 40,
    "  Chi bộ   tổ chức\thọc tập,  quán triệt  " * 30,  # runs of spaces and tabs
    "Đảng viên\u00a0Nguyễn Văn\u00a0An " * 50,  # no-break spaces
    "x" * 400 + " " + SENTENCE,  # a word longer than a line: ReportLab cuts it
    "học\u00adtập " * 200,  # soft hyphens
    "a < b & c > d " * 60,  # markup characters are text (parsed)
    "Tỷ lệ 95,56% ('đạt') \"tốt\" " * 60,
])
@pytest.mark.parametrize("widths", [[431.7, 467.7], [120.0, 150.0], [60.0, 60.0]])
def test_plain_paragraph_breaks_lines_as_reportlab(value, widths):
    style = body_style()
    ours = pdf_paragraphs.plain_paragraph(value, style)
    theirs = RLParagraph(escape(printable(value)), style)
    assert ours.wrap(widths[1], 10_000) == theirs.wrap(widths[1], 10_000)
    assert lines_of(ours) == lines_of(theirs)


def lines_of(paragraph) -> list:
    """Each line's spare width and words, for either kind of ReportLab line list."""
    if paragraph.blPara.kind == 0:
        return [(space, list(words)) for space, words in paragraph.blPara.lines]
    return [(line.extraSpace, [w.text for w in line.words]) for line in paragraph.blPara.lines]


def page_streams(data: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


def long_document():
    return simple_document([
        Heading("Kết quả"),
        Paragraph(SENTENCE * 70),  # several pages
        BulletList([SENTENCE * 30, "Ngắn.", SENTENCE * 45]),
        Paragraph([Run("Ưu điểm: ", bold=True), Run(SENTENCE * 20)]),
        Table([["STT", "Nội dung", "Ghi chú"]],
              [[str(i), SENTENCE if i % 7 == 0 else f"Buổi học {i}", ""]
               for i in range(1, 120)],
              widths=[1, 6, 2], aligns=["center", "left", "left"]),
    ])


def test_long_document_pages_are_unchanged(monkeypatch):
    """The pages drawn are the very operators ReportLab draws with its own Paragraph for
    every paragraph (lines broken on each wrap) and table cell."""
    document = long_document()
    fast = pdf.render_pdf_bytes(document)
    assert len(page_streams(fast)) >= 8

    monkeypatch.setattr(pdf_paragraphs.Prose, "wrap", RLParagraph.wrap)
    monkeypatch.setattr(pdf_paragraphs.Prose, "split", RLParagraph.split)
    monkeypatch.setattr(pdf_paragraphs.Prose, "breakLines", RLParagraph.breakLines)
    monkeypatch.setattr(pdf_flowables, "table_cell", lambda value, style, room: RLParagraph(
        pdf_paragraphs.text(value), style))
    slow = pdf.render_pdf_bytes(document)
    fast_pages, slow_pages = page_streams(fast), page_streams(slow)
    assert len(fast_pages) == len(slow_pages)
    # Paragraph text and breaks are byte for byte the same; only table cells differ in
    # how their (same) text is written: plain strings instead of one-line paragraphs.
    for fast_page, slow_page in zip(fast_pages, slow_pages, strict=True):
        assert fast_page.count(b" Tj") == slow_page.count(b" Tj")
        assert sorted(line for line in fast_page.split(b"\n") if b"Tw" in line) == \
               sorted(line for line in slow_page.split(b"\n") if b"Tw" in line)


def test_plain_table_cells_keep_the_document_font_and_text():
    document = simple_document([Table([["STT", "Họ và tên", "Ghi chú"]],
                                      [["1", "Nguyễn Thị Hoà", ""], ["2", "Lê Văn Đức", "x"]],
                                      widths=[1, 5, 3])])
    data = pdf.render_pdf_bytes(document)
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(reader.pages[0].extract_text().split())
    assert "1 Nguyễn Thị Hoà" in text and "2 Lê Văn Đức x" in text
    fonts = {str(ref.get_object()["/BaseFont"]) for page in reader.pages
             for ref in page["/Resources"]["/Font"].values()}
    # Helvetica is ReportLab's canvas default resource; no text is drawn in it.
    assert all("Serif" in name or "Times" in name for name in fonts - {"/Helvetica"})
