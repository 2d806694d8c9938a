"""The PDF renderer: what a secretary sees on the printed member list and other papers."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest

from desktop_app.core.common import replace as replace_module
from desktop_app.documents.members.jobs import prepare_member_list
from desktop_app.documents.model import (
    BulletList,
    Document,
    Header,
    Heading,
    Paragraph,
    Signature,
    Table,
)
from desktop_app.documents.pdf import render_pdf
from desktop_app.errors import UserError

from .conftest import ISSUE_DATE, NFD_NAME
from .helpers import flat, pdf_fonts, pdf_page_sizes, pdf_pages

A4 = (595.27, 841.89)


def simple_document(blocks, **kw) -> Document:
    return Document(
        header=Header(["Đảng bộ Khối cơ quan"], "Chi bộ Văn phòng", "Số 03-BC/CB", "Hà Nội",
                      dt.date(2010, 2, 1)),
        type_name="Báo cáo", subject="Kết quả thực hiện Cuộc vận động",
        blocks=blocks, signature=Signature(name="Trần Thị Thu Hà"),
        recipients=["- Đảng ủy Khối (để b/c);", "- Lưu Chi bộ."], **kw,
    )


@pytest.fixture
def member_list_pdf(small_cell, tmp_path):
    target = tmp_path / "danh-sach.pdf"
    render_pdf(prepare_member_list(ISSUE_DATE, issue=True), target)
    return target


def test_member_list_header_title_and_signature(member_list_pdf):
    pages = pdf_pages(member_list_pdf)
    first = flat(pages[0])
    assert "ĐẢNG BỘ KHỐI CƠ QUAN" in first
    assert "CHI BỘ VĂN PHÒNG" in first
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first
    assert "Số 01-DS/CB" in first
    assert "Hà Nội, ngày 05 tháng 9 năm 2010" in first
    assert "DANH SÁCH ĐẢNG VIÊN" in first
    last = flat(pages[-1])
    for line in ("T/M CHI BỘ", "BÍ THƯ", "Trần Thị Thu Hà", "Nơi nhận:", "- Lưu Chi bộ."):
        assert line in last


def test_member_list_rows_in_vietnamese_name_order(member_list_pdf):
    text = flat(" ".join(pdf_pages(member_list_pdf)))
    # Given names: & (punctuation sorts last), Đức, Hà, Lan, Tư.
    positions = [text.index(name) for name in
                 ("Nguyễn Văn Đức", "Trần Thị Thu Hà", "Bùi Thị Lan", "Lý Văn Tư", "A <b>&")]
    assert positions == sorted(positions)
    assert "Phan Thị Hồng" not in text  # non-party staff are not on the member list
    assert "Lê Văn Chuyển" not in text  # transferred away before the date
    assert "14/03/1962" in text and "19/05/1986" in text
    assert "Dự bị" in text and "Miễn sinh hoạt từ 10/01/2007" in text


def test_fonts_embedded_no_helvetica_and_a4(member_list_pdf):
    fonts = pdf_fonts(member_list_pdf)
    assert fonts, "no fonts found"
    assert all(embedded for _name, embedded in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)
    for width, height in pdf_page_sizes(member_list_pdf):
        assert abs(width - A4[0]) < 0.1 and abs(height - A4[1]) < 0.1


def test_markup_characters_print_as_typed_and_decomposed_text_as_nfc(member_list_pdf):
    raw = flat(" ".join(pdf_pages(member_list_pdf, raw=True)))
    assert "A <b>&" in raw
    nfc = unicodedata.normalize("NFC", NFD_NAME)
    assert nfc in raw
    assert NFD_NAME not in raw


def test_decomposed_text_in_every_part_is_drawn_composed(tmp_path):
    nfd = unicodedata.normalize("NFD", "Kết quả học tập của Đảng bộ <i>&amp;")
    doc = simple_document([Heading(nfd), Paragraph(nfd), BulletList([nfd]),
                           Table([["Nội dung"]], [[nfd]], [1])])
    doc.subject = nfd
    doc.header.cell_name = nfd
    target = render_pdf(doc, tmp_path / "nfd.pdf")
    raw = " ".join(pdf_pages(target, raw=True))
    nfc = unicodedata.normalize("NFC", nfd)
    assert flat(raw).count(nfc) >= 4
    assert unicodedata.normalize("NFD", "ế") not in raw


def test_page_numbers_from_page_two(tmp_path):
    doc = simple_document([Paragraph("Nội dung báo cáo. " * 60) for _ in range(8)])
    pages = pdf_pages(render_pdf(doc, tmp_path / "long.pdf"))
    assert len(pages) >= 3
    assert not pages[0].strip().startswith("1")
    for number, page in enumerate(pages[1:], start=2):
        assert page.strip().split()[0] == str(number)


def test_long_table_repeats_its_header_row_on_every_page(tmp_path):
    rows = [[str(i), f"Đảng viên số {i}", "05/09/1960"] for i in range(1, 301)]
    doc = simple_document([Table([["STT", "Họ và tên", "Ngày sinh"]], rows, [1, 5, 2])])
    pages = pdf_pages(render_pdf(doc, tmp_path / "300.pdf"))
    assert len(pages) >= 5
    for page in pages:
        assert "Họ và tên" in page and "Ngày sinh" in page
    text = flat(" ".join(pages))
    assert "Đảng viên số 1 " in text and "Đảng viên số 300" in text


def test_empty_table_prints_no_data(tmp_path):
    doc = simple_document([Table([["STT", "Họ và tên"]], [], [1, 4])])
    text = flat(pdf_pages(render_pdf(doc, tmp_path / "empty.pdf"))[0])
    assert "Không có dữ liệu" in text


def test_long_names_and_subjects_wrap_inside_the_page(tmp_path):
    long_name = "Nguyễn Thị Hoàng Phương Thảo " * 6
    doc = simple_document([Table([["STT", "Họ và tên"]], [["1", long_name]], [1, 3])])
    doc.subject = "Kết quả thực hiện Cuộc vận động học tập và làm theo tấm gương " * 4
    text = flat(" ".join(pdf_pages(render_pdf(doc, tmp_path / "wrap.pdf"))))
    assert text.count("Phương Thảo") == 6
    assert text.count("tấm gương") == 4


def test_heading_numbers_and_body(tmp_path):
    doc = simple_document([Heading("Tình hình chung"), Heading("Số lượng", 2),
                           Heading("Chi tiết", 3), Heading("Kết quả", 2),
                           Heading("Phương hướng"), Heading("Mục tiêu", 2),
                           BulletList(["Tiết kiệm điện 10%"])])
    text = flat(pdf_pages(render_pdf(doc, tmp_path / "h.pdf"))[0])
    for expected in ("I. TÌNH HÌNH CHUNG", "1. Số lượng", "a) Chi tiết", "2. Kết quả",
                     "II. PHƯƠNG HƯỚNG", "1. Mục tiêu", "- Tiết kiệm điện 10%"):
        assert expected in text


def test_missing_folder_gives_vietnamese_error_and_no_file(tmp_path):
    target = tmp_path / "khong-co" / "a.pdf"
    with pytest.raises(UserError, match="Không tìm thấy thư mục"):
        render_pdf(simple_document([]), target)
    assert not target.parent.exists()


def test_file_open_elsewhere_keeps_the_old_file_and_leaves_no_part(tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(replace_module, "_replace", refuse)
    with pytest.raises(UserError, match="đang được mở trong chương trình khác"):
        render_pdf(simple_document([]), target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf"]


def _refused_in_read_only_folder(folder):
    with pytest.raises(UserError, match="chỉ cho phép đọc"):
        render_pdf(simple_document([]), folder / "a.pdf")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_gives_vietnamese_error(tmp_path):
    """As a non-root user (root ignores permissions: as root, it runs as another user)."""
    from tests.reliability.support import as_other_user, give_to_other_user, place_for_other_user

    render_pdf(simple_document([]), tmp_path / "warm.pdf")  # fonts loaded before dropping
    with place_for_other_user() as place:
        folder = place / "ro"
        folder.mkdir()
        give_to_other_user(folder)
        folder.chmod(0o500)
        as_other_user(_refused_in_read_only_folder, folder)


def test_failure_while_rendering_leaves_nothing(tmp_path, monkeypatch):
    from desktop_app.documents import pdf

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pdf, "_build", broken)
    with pytest.raises(RuntimeError):
        render_pdf(simple_document([]), tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_pasted_control_characters_and_emoji_do_not_break_the_documents(tmp_path):
    from desktop_app.documents.docx import render_docx

    pasted = "Dòng một\r\nDòng hai\x0b\x00 kết thúc 😀 & <br/>"
    doc = simple_document([Paragraph(pasted), Table([["Nội dung"]], [[pasted]], [1])])
    text = flat(" ".join(pdf_pages(render_pdf(doc, tmp_path / "p.pdf"))))
    assert "Dòng một Dòng hai kết thúc" in text and "& <br/>" in text
    render_docx(doc, tmp_path / "p.docx")  # python-docx refuses control characters


def signature_blocks_document(filler: int) -> Document:
    from desktop_app.documents.model import SignatureBlock

    return simple_document([
        *[Paragraph(f"Đoạn {n} của bản tự kiểm điểm.") for n in range(filler)],
        Paragraph("Tự nhận mức xếp loại chất lượng: Hoàn thành nhiệm vụ"),
        SignatureBlock(title="Người tự kiểm điểm", name="Ngô Quang Hải"),
        Heading("Nhận xét, đánh giá của chi ủy", number=""),
        Paragraph("Đồng chí hoàn thành nhiệm vụ."),
        SignatureBlock(authority="T/M CHI ỦY", title="BÍ THƯ", name="Trần Thị Thu Hà",
                       date_line="Hà Nội, ngày 18 tháng 12 năm 2010"),
    ])


def test_signature_blocks_print_in_order_in_the_body(tmp_path):
    render_pdf(signature_blocks_document(3), tmp_path / "s.pdf")
    text = flat(" ".join(pdf_pages(tmp_path / "s.pdf")))
    order = ["Hoàn thành nhiệm vụ", "NGƯỜI TỰ KIỂM ĐIỂM", "Ngô Quang Hải",
             "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY", "Đồng chí hoàn thành nhiệm vụ.",
             "Hà Nội, ngày 18 tháng 12 năm 2010 T/M CHI ỦY BÍ THƯ", "Trần Thị Thu Hà",
             "T/M CHI BỘ"]  # the document's own signature comes last
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("filler", range(8, 40, 2))
def test_signature_block_is_never_split_nor_alone_on_a_page(tmp_path, filler):
    render_pdf(signature_blocks_document(filler), tmp_path / "s.pdf")
    pages = [flat(page) for page in pdf_pages(tmp_path / "s.pdf")]
    for first, last in (("NGƯỜI TỰ KIỂM ĐIỂM", "Ngô Quang Hải"),
                        ("T/M CHI ỦY", "Trần Thị Thu Hà")):
        [page] = [p for p in pages if first in p]
        assert last in page
    [page] = [p for p in pages if "NGƯỜI TỰ KIỂM ĐIỂM" in p]
    assert "Tự nhận mức xếp loại chất lượng" in page  # the paragraph before it comes along
    [page] = [p for p in pages if "T/M CHI ỦY" in p]
    assert "Đồng chí hoàn thành nhiệm vụ." in page
    assert "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY" in page  # and so does the heading over it


def test_signature_block_first_in_the_body_or_on_the_left(tmp_path):
    from desktop_app.documents.model import SignatureBlock

    with pytest.raises(ValueError):
        SignatureBlock(title="BÍ THƯ", side="middle")  # type: ignore[arg-type]
    document = simple_document([
        SignatureBlock(title="Người đăng ký", name="Ngô Quang Hải", side="left"),
        BulletList([]),
        SignatureBlock(authority="T/M CHI ỦY", title="BÍ THƯ", name="Trần Thị Thu Hà"),
    ])
    render_pdf(document, tmp_path / "s.pdf")
    text = flat(" ".join(pdf_pages(tmp_path / "s.pdf")))
    assert text.index("NGƯỜI ĐĂNG KÝ Ngô Quang Hải") < text.index("T/M CHI ỦY BÍ THƯ")
