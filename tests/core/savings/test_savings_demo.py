"""The demo database reproduces the reference report's thrift and social-work facts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.demo import create_demo_database
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import savings as report_savings
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import thrift_table
from desktop_app.db.connection import close_database, open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db")
    open_database(path)
    yield path
    close_database()


def test_demo_thrift_most_categories_reach_ten_percent_one_misses(demo):
    for period in (Period.year(2009), Period.years(2007, 2010)):
        table = thrift_table(period)
        reached = {row.name: row.reached for row in table.rows}
        assert reached == {"Chi hành chính, văn phòng phẩm": True, "Điện": False,
                           "Nước": True, "Cước điện thoại": True}
        for row in table.rows:
            assert row.target_percent == pytest.approx(10)
            assert row.baseline_label == "năm 2006"
            if row.name != "Điện":
                assert 10 <= row.saved_percent < 16
    power = thrift_table(Period.year(2009)).rows[1]
    assert power.rose_months == ((2009, 7),)


def test_demo_report_facts_reproduce_the_reference(demo):
    facts = ReportFacts(start=dt.date(2007, 1, 1), end=dt.date(2010, 12, 31),
                        today=dt.date(2010, 12, 31))
    text = "\n".join(c.text for c in report_savings.thrift(facts) + report_savings.social(facts)
                     + report_savings.recognition(facts))
    assert ("Năm 2008, tham gia chương trình “Gắn kết ước mơ” xây 39 căn nhà tình nghĩa, "
            "01 cầu nông thôn do Công ty CP Xi măng FiCO Tây Ninh tài trợ.") in text
    assert "Năm 2009, 2010, tự vận động đóng góp xây 02 căn nhà tình nghĩa tại Long An." in text
    assert "Trong kỳ chưa ghi nhận trường hợp đảng viên vi phạm nào." in text
    assert "Tập thể: Chi bộ được Đảng ủy Khối tặng giấy khen năm 2008" in text
    assert "thực hành tiết kiệm đạt chỉ tiêu ở 3/4 khoản chi" in text
    assert "Tiền điện giảm 7,1% so với năm 2006" in text
