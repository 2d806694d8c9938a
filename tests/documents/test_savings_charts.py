"""The thrift charts are vector drawings whose text says what the figures say."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.categories import YearSetting
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import monthly_series, thrift_table
from desktop_app.documents.savings.charts import monthly_drawing, saved_percent_drawing
from tests.core.savings.savings_helpers import category_id, fill_year

pytestmark = pytest.mark.usefixtures("db")

def pdf_text(drawing: Drawing) -> str:
    reader = PdfReader(io.BytesIO(renderPDF.drawToString(drawing)))
    return " ".join(page.extract_text() for page in reader.pages)


def test_saved_percent_chart_shows_each_category_against_its_target():
    admin, water = category_id("Chi hành chính, văn phòng phẩm"), category_id("Nước")
    fill_year(admin, 2008, 1_000_000)
    fill_year(admin, 2009, 888_000)
    fill_year(water, 2008, 1_000_000)
    fill_year(water, 2009, 1_032_000)
    drawing = saved_percent_drawing(thrift_table(Period.year(2009)))
    assert isinstance(drawing, Drawing)
    text = pdf_text(drawing)
    assert "Tỷ lệ tiết kiệm theo khoản chi, năm 2009" in text
    assert "11,2%" in text
    assert "vượt chi 3,2%" in text
    assert "Chỉ tiêu" in text and "Chưa đạt" in text
    assert "Điện" not in text  # no figures, no bar


def test_monthly_chart_and_empty_chart():
    power = category_id("Điện")
    savings_categories.save_year_setting(YearSetting(power, 2009, "fixed", 2_000_000, (), 10))
    savings.save_grid(2009, {power: {1: 1_500_000, 2: 2_500_000}})
    text = pdf_text(monthly_drawing(monthly_series(2009, power), "Tiền điện năm 2009"))
    assert "Tiền điện năm 2009" in text and "T12" in text and "Triệu đồng" in text
    assert "Mức chi theo chỉ tiêu" in text
    empty = pdf_text(saved_percent_drawing(thrift_table(Period.year(2015))))
    assert "Chưa có số liệu." in empty
