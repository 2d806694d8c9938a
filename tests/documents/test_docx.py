"""The Word renderer: the same document, editable in Word."""

from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop_app.core.common import replace as replace_module
from desktop_app.documents.docx import render_docx
from desktop_app.documents.members.jobs import prepare_member_list
from desktop_app.documents.model import Table
from desktop_app.errors import UserError

from .conftest import ISSUE_DATE, NFD_NAME
from .test_pdf import simple_document


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def member_list_docx(small_cell, tmp_path):
    target = tmp_path / "danh-sach.docx"
    render_docx(prepare_member_list(ISSUE_DATE, issue=True), target)
    return docx.Document(str(target))


def test_header_table_and_title(member_list_docx):
    header = member_list_docx.tables[0]  # one table, two rows split alike (as the PDF)
    left, right = (cell.text for cell in header.rows[0].cells)
    assert left.splitlines() == ["ĐẢNG BỘ KHỐI CƠ QUAN", "CHI BỘ VĂN PHÒNG", "*"]
    assert right == "ĐẢNG CỘNG SẢN VIỆT NAM"
    number, dated = (cell.text for cell in header.rows[1].cells)
    assert number == "Số 01-DS/CB"
    assert dated == "Hà Nội, ngày 05 tháng 9 năm 2010"
    cell_name = header.rows[0].cells[0].paragraphs[1]
    assert cell_name.style.name == "Letterhead Cell" and cell_name.style.font.bold
    date = header.rows[1].cells[1].paragraphs[0]
    assert date.style.name == "Letterhead Date" and date.style.font.italic
    party = header.rows[0].cells[1].paragraphs[0]
    assert party.style.font.bold and party.style.font.size == Pt(15)
    # The rule under the Party's name is a bottom border of its paragraph.
    assert party._p.pPr.find(qn("w:pBdr")) is not None
    styles = {p.text: p.style.name for p in member_list_docx.paragraphs}
    assert styles["DANH SÁCH ĐẢNG VIÊN"] == "Title" and styles["-----"] == "Title Rule"


def test_members_table_with_repeated_header_row(member_list_docx):
    table = member_list_docx.tables[1]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Ngày vào Đảng",
                      "Ngày chính thức", "Ghi chú"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    names = [row.cells[1].text for row in table.rows[1:]]
    assert names == ["Nguyễn Văn Đức", "Trần Thị Thu Hà", "Bùi Thị Lan", "Lý Văn Tư", "A <b>&"]
    assert unicodedata.normalize("NFC", NFD_NAME) in names


def test_signature_and_recipients_side_by_side(member_list_docx):
    closing = member_list_docx.tables[-1]
    recipients, signature = (cell.text for cell in closing.rows[0].cells)
    # Nơi nhận names the superior committee of the header (Đảng bộ → Đảng ủy).
    assert recipients.splitlines() == ["Nơi nhận:", "- Đảng ủy Khối cơ quan (để b/c);",
                                       "- Lưu Chi bộ."]
    lines = [line for line in signature.splitlines() if line]
    assert lines == ["T/M CHI BỘ", "BÍ THƯ", "Trần Thị Thu Hà"]


def test_page_setup_font_and_page_numbers(member_list_docx):
    section = member_list_docx.sections[0]
    sizes = [section.page_width, section.page_height, section.top_margin,
             section.bottom_margin, section.left_margin, section.right_margin]
    # Word stores twentieths of a point: compare to a tenth of a millimetre.
    assert [round(size.mm, 1) for size in sizes] == [210, 297, 20, 20, 30, 15]
    normal = member_list_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    # Every paragraph's style is in Times New Roman (runs inherit it).
    fonts = {p.style.font.name or p.style.base_style.font.name
             for p in member_list_docx.paragraphs}
    assert fonts == {"Times New Roman"}
    assert {run.font.name for p in member_list_docx.paragraphs for run in p.runs} <= {None}


def test_empty_table_prints_no_data(tmp_path):
    target = render_docx(simple_document([Table([["STT", "Họ và tên"]], [], [1, 4])]),
                         tmp_path / "empty.docx")
    assert "Không có dữ liệu" in all_text(docx.Document(str(target)))


def test_decomposed_text_is_written_composed(tmp_path):
    nfd = unicodedata.normalize("NFD", "Kết quả học tập")
    doc = simple_document([])
    doc.subject = nfd
    text = all_text(docx.Document(str(render_docx(doc, tmp_path / "nfd.docx"))))
    assert "Kết quả học tập" in text and nfd not in text


def test_file_open_elsewhere_gives_vietnamese_error_and_no_part(tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.docx"

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(replace_module, "_replace", refuse)
    target.write_bytes(b"old")
    with pytest.raises(UserError, match="Không ghi được tệp"):
        render_docx(simple_document([]), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.docx"]


def test_dates_in_header_use_leading_zeros(cell_db, tmp_path):
    doc = simple_document([])
    doc.header.date = dt.date(2011, 1, 3)
    target = render_docx(doc, tmp_path / "d.docx")
    assert "Hà Nội, ngày 03 tháng 01 năm 2011" in all_text(docx.Document(str(target)))


def test_signature_blocks_in_the_body_are_kept_together(tmp_path):
    from .helpers import docx_text
    from .test_pdf import signature_blocks_document

    target = tmp_path / "s.docx"
    render_docx(signature_blocks_document(2), target)
    lines = [line for line in docx_text(target).splitlines() if line.strip()]
    start = lines.index("NGƯỜI TỰ KIỂM ĐIỂM")
    assert lines[start - 1] == "Tự nhận mức xếp loại chất lượng: Hoàn thành nhiệm vụ"
    assert lines[start:start + 7] == [
        "NGƯỜI TỰ KIỂM ĐIỂM", "Ngô Quang Hải", "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY",
        "Đồng chí hoàn thành nhiệm vụ.", "Hà Nội, ngày 18 tháng 12 năm 2010", "T/M CHI ỦY",
        "BÍ THƯ"]
    document = docx.Document(str(target))
    member = document.tables[-2]  # the header comes first
    assert member.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    before = [p for p in document.paragraphs
              if p.text.startswith("Tự nhận mức xếp loại")][0]
    assert before.paragraph_format.keep_with_next
