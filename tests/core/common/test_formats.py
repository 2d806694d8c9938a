import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.core.common.formats import (
    cited_date,
    money,
    number,
    parse_date,
    parse_money,
    percent,
    period,
    prose_date,
    ratio_percent,
    short_date,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2010, 9, 5), "ngày 05 tháng 9 năm 2010"),
        (dt.date(2010, 1, 15), "ngày 15 tháng 01 năm 2010"),
        (dt.date(2010, 2, 1), "ngày 01 tháng 02 năm 2010"),
        (dt.date(2010, 3, 10), "ngày 10 tháng 3 năm 2010"),
        (dt.date(2010, 12, 31), "ngày 31 tháng 12 năm 2010"),
    ],
)
def test_prose_dates_follow_leading_zero_rules(day, expected):
    assert prose_date(day) == expected


def test_dated_line_with_place():
    assert prose_date(dt.date(2010, 9, 5), "Hà Nội") == "Hà Nội, ngày 05 tháng 9 năm 2010"


def test_short_and_cited_dates():
    assert short_date(dt.date(2016, 5, 5)) == "05/05/2016"
    assert short_date(None) == ""
    assert cited_date(dt.date(2016, 5, 15)) == "15/5/2016"
    assert period(2007, 2010) == "2007 – 2010"
    assert period(2010, 2010) == "2010"


def test_parse_date_accepts_common_forms_and_explains_errors():
    assert parse_date("05/9/2010") == dt.date(2010, 9, 5)
    assert parse_date("5-9-2010") == dt.date(2010, 9, 5)
    assert parse_date("2010-09-05") == dt.date(2010, 9, 5)
    with pytest.raises(ValueError, match="không tồn tại"):
        parse_date("31/02/2010")
    with pytest.raises(ValueError, match="không phải là ngày"):
        parse_date("hôm qua")


def test_numbers_percentages_money():
    assert number(1234567) == "1.234.567"
    assert number(-1800) == "-1.800"
    assert number(1234.5, 2) == "1.234,5"
    assert percent(95.5555) == "95,56%"
    assert percent(100) == "100%"
    assert percent(11.2) == "11,2%"
    assert percent(None) == "không xác định"
    assert ratio_percent(171, 177) == pytest.approx(96.61, abs=0.01)
    assert ratio_percent(1, 0) is None
    assert money(1200000) == "1.200.000 đồng"


def test_parse_money():
    assert parse_money("1.250.000") == 1250000
    assert parse_money("1250000") == 1250000
    assert parse_money(" 1 250 000 đ") == 1250000
    for bad, message in (
        ("-5", "âm"),
        ("abc", "không phải là số tiền"),
        ("", "Chưa nhập"),
        ("1.25.000", "không phải là số tiền"),
        ("2000000000000", "quá lớn"),
    ):
        with pytest.raises(ValueError, match=message):
            parse_money(bad)


def test_whole_numbers_print_as_the_same_value_rounded_would():
    # Whole numbers take a shorter path than rounded ones: the same text.
    for value in (0, 7, -7, 999, 1000, -1000, 12_345, -1_234_567, 10**12, 98_765_432_109):
        assert number(value) == number(float(value)) == number(Decimal(value))
        assert number(value, 2) == number(float(value), 2)
    assert number(1234567) == "1.234.567" and number(-1000) == "-1.000"
