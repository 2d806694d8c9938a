"""Thrift results on hand-computed figures."""

from __future__ import annotations

import pytest

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.categories import YearSetting
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import monthly_series, thrift_table

from .savings_helpers import category_id, fill_year

pytestmark = pytest.mark.usefixtures("db")

ADMIN = "Chi hành chính, văn phòng phẩm"


def row(table, name):
    return next(r for r in table.rows if r.name == name)


def test_fixed_baseline_ten_percent_saving_is_reached():
    cid = category_id(ADMIN)
    savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", 1_000_000, (), 10))
    fill_year(cid, 2009, 900_000)
    result = row(thrift_table(Period.year(2009)), ADMIN)
    assert result.actual == 10_800_000
    assert result.baseline == 12_000_000
    assert result.saved == 1_200_000
    assert result.saved_percent == pytest.approx(10.0)
    assert result.reached is True
    assert result.status_text() == "Đạt"
    assert result.change_text() == "giảm 10%"
    assert result.saved_text() == "tiết kiệm 1.200.000 đồng"
    assert result.sentence() == (
        "chi hành chính, văn phòng phẩm giảm 10% so với mức chi gốc, đạt chỉ tiêu 10%")


def test_previous_year_baseline_and_margin():
    cid = category_id("Điện")
    fill_year(cid, 2007, 2_000_000)
    fill_year(cid, 2008, 1_776_000)  # 11,2% less
    result = row(thrift_table(Period.year(2008)), "Điện")
    assert result.baseline == 24_000_000
    assert result.saved == 2_688_000
    assert result.saved_percent == pytest.approx(11.2)
    assert result.margin_percent == pytest.approx(1.2)
    assert result.margin_amount == 2_688_000 - 2_400_000
    assert result.reached is True
    assert result.status_text() == "Đạt, vượt 1,2%"
    assert result.sentence("tiền điện") == (
        "tiền điện giảm 11,2% so với năm 2007, vượt chỉ tiêu 10%")


def test_overspending_is_described_in_words():
    cid = category_id("Nước")
    fill_year(cid, 2008, 1_000_000)
    fill_year(cid, 2009, 1_032_000)
    result = row(thrift_table(Period.year(2009)), "Nước")
    assert result.saved == -384_000
    assert result.reached is False
    assert result.change_text() == "vượt chi 3,2%"
    assert result.saved_text() == "vượt chi 384.000 đồng"
    assert result.status_text() == "Chưa đạt, thiếu 13,2%"
    sentence = result.sentence("tiền nước")
    assert sentence == "tiền nước vượt chi 3,2% so với năm 2008, không đạt chỉ tiêu giảm 10%"
    assert "-" not in sentence
    assert len(result.rose_months) == 12


def test_saving_below_target():
    cid = category_id("Nước")
    fill_year(cid, 2008, 1_000_000)
    fill_year(cid, 2009, 950_000)
    result = row(thrift_table(Period.year(2009)), "Nước")
    assert result.saved_percent == pytest.approx(5.0)
    assert result.reached is False
    assert result.status_text() == "Chưa đạt, thiếu 5%"
    assert result.sentence("tiền nước") == (
        "tiền nước giảm 5% so với năm 2008, chưa đạt chỉ tiêu 10% (còn thiếu 5%)")


def test_zero_baseline_gives_undefined_percentage():
    cid = category_id("Cước điện thoại")
    savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", 0, (), 10))
    fill_year(cid, 2009, 300_000)
    result = row(thrift_table(Period.year(2009)), "Cước điện thoại")
    assert result.baseline == 0
    assert result.saved_percent is None
    assert result.reached is None
    assert result.change_text() == "không xác định"
    assert result.status_text() == "Không xác định"


def test_missing_previous_year_gives_unknown_baseline():
    cid = category_id("Điện")
    fill_year(cid, 2009, 300_000)
    result = row(thrift_table(Period.year(2009)), "Điện")
    assert result.baseline is None
    assert result.change_text() == "không xác định"
    assert "chưa xác định được tỷ lệ" in result.sentence()


def test_quarter_counts_only_its_months_and_flags_rises():
    cid = category_id("Điện")
    fill_year(cid, 2008, 1_000_000)
    savings.save_grid(2009, {cid: {1: "800.000", 2: "900.000", 3: "1.100.000", 4: "100"}})
    result = row(thrift_table(Period.quarter(2009, 1)), "Điện")
    assert result.actual == 2_800_000
    assert result.baseline == 3_000_000
    assert result.saved_percent == pytest.approx(200_000 * 100 / 3_000_000)
    assert result.rose_months == ((2009, 3),)
    assert result.reached is False


def test_average_baseline_of_chosen_years():
    cid = category_id(ADMIN)
    fill_year(cid, 2006, 1_000_000)
    fill_year(cid, 2007, 1_200_000)
    savings_categories.save_year_setting(YearSetting(cid, 2009, "average", None, (2006, 2007), 10))
    fill_year(cid, 2009, 990_000)
    result = row(thrift_table(Period.year(2009)), ADMIN)
    assert result.baseline == 13_200_000
    assert result.saved_percent == pytest.approx(10.0)
    assert result.baseline_label == "bình quân các năm 2006, 2007"


def test_multi_year_period_and_total_target():
    admin, power = category_id(ADMIN), category_id("Điện")
    fill_year(admin, 2006, 1_000_000)
    fill_year(admin, 2007, 900_000)   # 10% less than 2006
    fill_year(admin, 2008, 810_000)   # 10% less than 2007
    fill_year(power, 2006, 2_000_000)
    fill_year(power, 2007, 1_960_000)  # 2% less, target 2%
    savings_categories.save_year_setting(YearSetting(power, 2007, "previous_year", None, (), 2))
    fill_year(power, 2008, 2_000_000)  # overspend
    table = thrift_table(Period.years(2007, 2008))
    admin_row = row(table, ADMIN)
    assert admin_row.baseline == 12_000_000 + 10_800_000
    assert admin_row.saved == 1_200_000 + 1_080_000
    assert admin_row.saved_percent == pytest.approx(10.0)
    assert admin_row.baseline_label == "năm trước"
    power_row = row(table, "Điện")
    assert power_row.baseline == 24_000_000 + 23_520_000
    assert power_row.saved == 480_000 - 480_000
    assert power_row.target_amount == 480_000 + 2_352_000
    assert power_row.reached is False
    total = table.total
    assert total.actual == 10_800_000 + 9_720_000 + 23_520_000 + 24_000_000
    assert total.baseline == 22_800_000 + 47_520_000
    # the total's target weighs each category's target by its baseline
    assert total.target_amount == 1_200_000 + 1_080_000 + 480_000 + 2_352_000
    assert total.target_percent == pytest.approx(5_112_000 * 100 / 70_320_000)


def test_month_result_and_chart_series():
    cid = category_id("Điện")
    savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", 1_000_000, (), 10))
    savings.save_grid(2009, {cid: {3: 850_000}})
    result = row(thrift_table(Period.month(2009, 3)), "Điện")
    assert result.saved_percent == pytest.approx(15.0)
    series = monthly_series(2009, cid)
    assert series[2].actual == 850_000
    assert series[2].baseline == 1_000_000
    assert series[2].target_line == 900_000
    assert series[0].actual is None


def test_empty_period_has_no_data():
    table = thrift_table(Period.year(2015))
    assert not table.has_data
    assert table.total.change_text() == "không xác định"
