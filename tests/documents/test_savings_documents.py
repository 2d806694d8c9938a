"""The printed thrift table and social-work list: the text a reader finds in the PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.categories import YearSetting
from desktop_app.core.savings.papers import social_paper, thrift_paper
from desktop_app.core.savings.periods import Period
from desktop_app.documents.pdf import render_pdf_bytes
from desktop_app.documents.savings.tables import build_social_document, build_thrift_document

DAY = dt.date(2010, 12, 20)


def pdf_text(document) -> str:
    reader = PdfReader(io.BytesIO(render_pdf_bytes(document)))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_thrift_table_of_the_demo_period(demo_db):
    text = flat(pdf_text(build_thrift_document(thrift_paper(Period.years(2007, 2010), DAY))))
    assert "BẢNG TỔNG HỢP" in text
    assert "Kết quả thực hành tiết kiệm giai đoạn 2007 – 2010" in text
    assert "194.861.000 220.000.000 25.139.000" in text  # chi hành chính: actual, baseline, saved
    assert "Chưa đạt" in text  # electricity misses its target
    assert "Kết quả từng năm" in text and "Năm 2009" in text
    assert "Tiền điện giảm 7,1% so với năm 2006" in text
    assert "vượt chỉ tiêu 10%./." in text  # the last sentence closes the document
    assert "T/M CHI BỘ" in text and "Trần Thị Thu Hà" in text


def test_overspending_is_printed_in_words(demo_db):
    water = next(c.id for c in savings_categories.list_categories() if c.name == "Nước")
    savings_categories.save_year_setting(YearSetting(water, 2011, "fixed", 500_000, (), 10))
    savings.save_grid(2011, {water: {1: "600.000"}})
    text = flat(pdf_text(build_thrift_document(thrift_paper(Period.month(2011, 1), DAY))))
    assert "vượt chi 100.000" in text
    assert "vượt chi 20%" in text
    assert "-100.000" not in text and "-20" not in text


def test_social_work_list_of_the_demo(demo_db):
    text = flat(pdf_text(build_social_document(social_paper(2007, 2010, DAY))))
    assert "DANH SÁCH" in text
    assert "Hoạt động công tác xã hội giai đoạn 2007 – 2010" in text
    assert "39 căn nhà tình nghĩa" in text and "01 cầu nông thôn" in text
    assert "Công ty CP Xi măng FiCO Tây Ninh" in text
    assert "Chi bộ tự vận động" in text and "Long An" in text
    assert "Năm 2009, 2010, tự vận động đóng góp xây 02 căn nhà tình nghĩa tại Long An./." in text


def test_empty_periods_say_so(demo_db):
    thrift = flat(pdf_text(build_thrift_document(thrift_paper(Period.year(2015), DAY))))
    assert "Không có dữ liệu" in thrift
    assert "Trong kỳ chưa ghi nhận số liệu chi tiêu" in thrift
    social = flat(pdf_text(build_social_document(social_paper(2015, 2015, DAY))))
    assert "Trong kỳ chưa ghi nhận hoạt động công tác xã hội nào./." in social


def test_documents_need_the_cell_particulars(db):
    from desktop_app.errors import UserError

    with pytest.raises(UserError, match="Thông tin chi bộ"):
        build_thrift_document(thrift_paper(Period.year(2009), DAY))
