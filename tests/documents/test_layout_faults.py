"""The layout faults measured on documents made to show them: a long unit name in the
header, long thrift category names in the chart, a paragraph whose last line would fall
alone onto the next page, a heading at the foot of a page.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document as read_docx

from desktop_app.core.savings import categories as savings
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import thrift_table
from desktop_app.documents.docx import render_docx
from desktop_app.documents.model import (
    Document,
    Figure,
    Header,
    Heading,
    Paragraph,
    Signature,
    Table,
)
from desktop_app.documents.pdf import render_pdf_bytes
from desktop_app.documents.savings.charts import monthly_drawing, saved_percent_drawing
from tests.core.savings.savings_helpers import category_id, fill_year

from .measure import MM, Line, lone_lines, overlapping_words, pdf_lines, pdf_words

LONG_SUPERIOR = "ĐẢNG BỘ XÃ SUỐI ĐÁ HUYỆN DƯƠNG MINH CHÂU"
LONG_CELL = "Chi bộ Ấp Phước Bình xã Suối Đá huyện Dương Minh Châu"
WORDS = ("Chi bộ tổ chức học tập, quán triệt chuyên đề năm cho toàn thể đảng viên và quần "
         "chúng, viết thu hoạch, đăng ký làm theo với chỉ tiêu và thời hạn cụ thể. ")


def document(blocks, superior=LONG_SUPERIOR, cell=LONG_CELL, place="Dương Minh Châu"):
    return Document(
        header=Header([superior], cell, "Số 12-BC/CB", place, dt.date(2010, 12, 25)),
        type_name="Báo cáo", subject="Kết quả thực hiện Cuộc vận động", blocks=blocks,
        signature=Signature(name="Trần Thị Thu Hà"),
        recipients=["- Đảng ủy xã Suối Đá (để b/c);", "- Lưu Chi bộ."])


def left_header_lines(pdf: bytes):
    lines = pdf_lines(pdf)[0]
    star = next(line for line in lines if line.text == "*")
    return [line for line in lines if line.bottom < star.top and line.x1 < star.centre * 2
            and line.x0 < star.centre]


def test_a_long_unit_name_breaks_between_words_into_even_lines(tmp_path):
    pdf = render_pdf_bytes(document([Paragraph("Nội dung.")]))
    lines = [line.text for line in left_header_lines(pdf)]
    # Never one word alone on a line, never "… DƯƠNG MINH / CHÂU".
    assert all(len(text.split()) >= 2 for text in lines), lines
    assert any("DƯƠNG MINH CHÂU" in text for text in lines), lines
    widths = [line.x1 - line.x0 for line in left_header_lines(pdf)
              if line.words[0].font.endswith("Bold")]
    assert max(widths) - min(widths) < 40  # balanced: no long line over a short one
    # Word breaks the lines at the same places (explicit line breaks).
    target = tmp_path / "h.docx"
    render_docx(document([Paragraph("Nội dung.")]), target)
    cell = read_docx(str(target)).tables[0].rows[0].cells[0]
    docx_lines = [line for p in cell.paragraphs for line in p.text.split("\n") if line.strip()]
    assert docx_lines[:len(lines)] == lines


def test_a_long_place_name_keeps_the_dated_line_under_the_partys_name():
    pdf = render_pdf_bytes(document([Paragraph("Nội dung.")],
                                    place="Thành phố Thủ Dầu Một, tỉnh Bình Dương"))
    lines = pdf_lines(pdf)[0]
    party = next(line for line in lines if line.text == "ĐẢNG CỘNG SẢN VIỆT NAM")
    dated = next(Line(tuple(w for w in line.words if w.italic)) for line in lines
                 if ", ngày " in line.text)
    assert abs(party.centre - dated.centre) <= 0.5 * MM
    assert dated.x1 <= (210 - 15) * MM + 0.5 * MM


@pytest.mark.usefixtures("db")
def test_long_category_names_never_run_into_the_legend_or_each_other():
    names = ["Chi hội nghị, tiếp khách, công tác phí và các khoản chi hành chính khác",
             "Cước điện thoại cố định, di động và internet của cơ quan",
             "Văn phòng phẩm, mực in, giấy in và vật tư tiêu hao"]
    for name in names:
        category = savings.save_category(savings.Category(name=name))
        assert category.id is not None
        fill_year(category.id, 2009, 1_000_000)
        fill_year(category.id, 2010, 900_000)
    table = thrift_table(Period.year(2010))
    for drawing in (saved_percent_drawing(table),
                    monthly_drawing([], "Chi hội nghị, tiếp khách, công tác phí năm 2010")):
        pdf = render_pdf_bytes(document([Figure(drawing, caption="Biểu đồ")]))
        for words in pdf_words(pdf):
            assert [(a.text, b.text) for a, b in overlapping_words(words)] == []


def test_a_paragraphs_last_line_never_starts_a_page_alone():
    # Paragraphs long enough that, one line at a time, a page break falls after all but
    # the last line of one of them, and a heading falls at the foot of a page.
    for lines_before in range(30, 44):
        blocks = [Paragraph("Mở đầu. " * lines_before * 9)]
        blocks += [Heading("Kết quả thực hiện"), Paragraph(WORDS * 12),
                   Heading("Phương hướng"), Paragraph(WORDS * 12)]
        pages = pdf_lines(render_pdf_bytes(document(blocks)))
        assert lone_lines(pages) == [], lines_before


def test_a_short_last_table_goes_with_the_signature_rather_than_leave_it_alone():
    # The study summary ends with the short table of absences: wherever the page breaks,
    # the signature's page holds the table (and its heading), never the signature alone.
    for words_before in range(150, 450, 8):
        blocks = [Paragraph("Mở đầu. " * words_before), Heading("Vắng không lý do", 2),
                  Table(header_rows=[["STT", "Họ và tên", "Số buổi"]],
                        rows=[["1", "Châu Thị Kim Ngân", "1"], ["2", "Lê Văn Đức", "2"]],
                        widths=[15, 100, 50])]
        pages = pdf_lines(render_pdf_bytes(document(blocks)))
        signed = next(page for page in pages if any(line.text == "T/M CHI BỘ" for line in page))
        texts = " ".join(line.text for line in signed)
        assert "Lê Văn Đức" in texts and "Vắng không lý do" in texts, words_before


def test_word_keeps_headings_with_their_text_and_controls_widows(tmp_path):
    target = tmp_path / "w.docx"
    render_docx(document([Heading("Kết quả"), Paragraph(WORDS), Heading("Chi tiết", 2),
                          Paragraph(WORDS)]), target)
    word = read_docx(str(target))
    headings = [p for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert [p.style.name for p in headings] == ["Heading 1", "Heading 2"]
    for paragraph in headings:
        assert paragraph.style.paragraph_format.keep_with_next
    body = [p for p in word.paragraphs if p.text.startswith("Chi bộ tổ chức")]
    assert body and all(p.style.name == "Body Text" for p in body)
    assert all(p.style.paragraph_format.widow_control for p in body)



@pytest.mark.usefixtures("db")
def test_the_chart_is_a_picture_in_word(tmp_path):
    from PIL import Image

    power = category_id("Điện")
    fill_year(power, 2009, 1_000_000)
    fill_year(power, 2010, 900_000)
    drawing = saved_percent_drawing(thrift_table(Period.year(2010)))
    target = tmp_path / "chart.docx"
    render_docx(document([Figure(drawing, caption="Kết quả thực hành tiết kiệm")]), target)
    word = read_docx(str(target))
    assert len(word.inline_shapes) == 1
    assert abs(word.inline_shapes[0].width.cm - 16) < 0.1  # the drawing's own width
    image = next(part for part in word.part.package.parts
                 if part.content_type == "image/png")
    picture = Image.open(io.BytesIO(image.blob))
    assert picture.width >= 1200  # 16 cm at 200 dpi: sharp on paper
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Kết quả thực hành tiết kiệm" in text
    assert "xem trong bản PDF" not in text
