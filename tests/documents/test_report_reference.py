"""The reference check (issue 8): `demo`, then `report --from 2007 --to 2010`, must carry
every fact of ../shared/reference/bao-cao-tong-ket-4-nam-cuoc-van-dong.txt."""

from __future__ import annotations

import re

import pytest
from docx import Document as read_docx

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database

from .helpers import flat, pdf_pages


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reference")
    db = create_demo_database(folder / "demo.db")
    pdf, docx = folder / "bao-cao.pdf", folder / "bao-cao.docx"
    assert main(["report", "--db", str(db), "--from", "2007", "--to", "2010",
                 "--out", str(pdf), "--docx", str(docx)]) == 0
    return pdf, docx


@pytest.fixture(scope="module")
def text(report_files):
    return flat(" ".join(pdf_pages(report_files[0])))


def test_header_number_and_dated_line(text):
    assert "ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG" in text
    assert "CHI BỘ VĂN PHÒNG ĐẢNG ỦY KHỐI" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert re.search(r"Số\s*\S*-BC/CB", text)
    assert "TP. Hồ Chí Minh, ngày 31 tháng 12 năm 2010" in text
    assert "BÁO CÁO" in text
    assert ("Tổng kết 04 năm thực hiện Cuộc vận động “Học tập và làm theo tấm gương đạo "
            "đức Hồ Chí Minh”") in text


def test_opening_cites_the_directive_and_the_cell(text):
    assert text.index("Thực hiện Chỉ thị số 06-CT/TW ngày 07/11/2006 của Bộ Chính trị") \
        < text.index("Chi bộ Văn phòng Đảng ủy Khối báo cáo kết quả thực hiện, cụ thể như sau:")


def test_sections_in_the_reference_order(text):
    headings = ["I. KẾT QUẢ THỰC HIỆN", "1. Công tác tổ chức triển khai",
                "2. Kết quả thực hiện", "3. Đánh giá, nhận xét chung", "a) Ưu điểm",
                "b) Tồn tại, nguyên nhân", "c) Bài học kinh nghiệm",
                "II. PHƯƠNG HƯỚNG NHIỆM VỤ TRONG THỜI GIAN TỚI", "III. TỔ CHỨC THỰC HIỆN"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_study_reflections_and_action_programmes(text):
    assert "100% đảng viên, cán bộ chủ chốt tham gia các lớp học tập" in text
    assert "100% đảng viên viết thu hoạch và chương trình hành động cá nhân" in text


def test_yearly_plans_and_the_2009_resolution(text):
    assert "Từng năm đều có xây dựng Kế hoạch thực hiện Cuộc vận động" in text
    assert "năm 2009 xây dựng Nghị quyết thực hiện Cuộc vận động trong thực hành tiết kiệm" \
        in text


def test_thrift_commitment_and_measured_result(text):
    assert ("có bản cam kết thực hiện chương trình tiết kiệm giảm 10% chi hành chính, văn "
            "phòng phẩm, tiền điện, tiền nước, cước điện thoại") in text
    assert "Tổng các khoản chi giảm 10,5% so với năm 2006" in text
    assert "Tiền điện giảm 7,1% so với năm 2006" in text
    assert "NaN" not in text and "0/0" not in text


def test_social_work(text):
    assert ("năm 2008, tham gia chương trình “Gắn kết ước mơ” xây 39 căn nhà tình nghĩa, 01 "
            "cầu nông thôn do Công ty CP Xi măng FiCO Tây Ninh tài trợ") in text
    assert "Năm 2009, 2010, tự vận động đóng góp xây 02 căn nhà tình nghĩa tại Long An" in text


def test_signature_and_distribution(text):
    for words in ("T/M CHI BỘ", "BÍ THƯ", "Trần Thị Thu Hà", "Nơi nhận:", "- Lưu Chi bộ."):
        assert words in text
    assert "./." in text


def test_appendix_figures_and_chart(text):
    assert "PHỤ LỤC" in text
    assert "Kết quả thực hành tiết kiệm, giai đoạn 2007 – 2010" in text


def test_word_file_carries_the_same_facts(report_files):
    document = read_docx(str(report_files[1]))
    body = " ".join(p.text for p in document.paragraphs)
    assert "100% đảng viên, cán bộ chủ chốt tham gia các lớp học tập" in body
    assert "39 căn nhà tình nghĩa, 01 cầu nông thôn" in body
    assert "Kết quả thực hành tiết kiệm, giai đoạn 2007 – 2010" in body
