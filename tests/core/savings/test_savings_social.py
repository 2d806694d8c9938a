"""Social work, commendations, violations and the summary report's facts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.members.roster import MemberData, save_member
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import savings as report_savings
from desktop_app.core.savings import commendations, social
from desktop_app.core.savings import report_facts as savings_report
from desktop_app.core.savings import results as savings_results
from desktop_app.core.savings.commendations import CommendationData, ViolationData
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import thrift_table
from desktop_app.core.savings.social import ActivityData
from desktop_app.errors import ValidationError

from .savings_helpers import category_id, fill_year

pytestmark = pytest.mark.usefixtures("db")

FICO = "Công ty CP Xi măng FiCO Tây Ninh"


def member(name: str) -> int:
    saved = save_member(MemberData(full_name=name))
    assert saved.id is not None
    return saved.id


def test_social_activities_sentences_and_totals():
    an = member("Nguyễn Văn An")
    social.save_activity(ActivityData(dt.date(2008, 4, 19), "charity_house", "nhà tình nghĩa",
                                      39, "căn", None, FICO, member_ids=(an,)))
    social.save_activity(ActivityData(dt.date(2008, 9, 2), "bridge", "cầu nông thôn", 1,
                                      "cầu", None, FICO))
    social.save_activity(ActivityData(dt.date(2009, 3, 26), "charity_house", "nhà tình nghĩa",
                                      2, "căn", 80_000_000, place="Long An",
                                      end_date=dt.date(2010, 12, 15)))
    facts = social.report_facts(dt.date(2007, 1, 1), dt.date(2010, 12, 31))
    assert facts.sentences() == [
        f"Năm 2008, xây 39 căn nhà tình nghĩa, 01 cầu nông thôn do {FICO} tài trợ.",
        "Năm 2009, 2010, tự vận động đóng góp xây 02 căn nhà tình nghĩa (trị giá 80.000.000 "
        "đồng) tại Long An.",
    ]
    assert facts.totals.quantities == {("charity_house", "căn"): 41, ("bridge", "cầu"): 1}
    assert facts.totals.value == 80_000_000
    years = social.per_year(2008, 2010)
    assert years[2008].count == 2 and years[2009].count == 1 and years[2010].count == 0
    # an action over 2009–2010 is in a report of 2010 alone too
    assert len(social.list_activities(dt.date(2010, 1, 1), dt.date(2010, 12, 31))) == 1
    assert social.list_activities()[0].member_ids == (an,)


def test_a_fund_is_never_added_to_what_it_bought():
    social.save_activity(ActivityData(dt.date(2022, 6, 1), "fund", "Quỹ Vì người nghèo",
                                      value=3_000_000))
    social.save_activity(ActivityData(dt.date(2022, 6, 1), "gift", "quà cho học sinh nghèo", 10,
                                      "suất", 2_000_000))
    (sentence,) = social.report_facts(dt.date(2022, 1, 1), dt.date(2022, 12, 31)).sentences()
    assert sentence == ("Năm 2022, tự vận động đóng góp Quỹ Vì người nghèo 3.000.000 đồng, tặng "
                        "10 suất quà cho học sinh nghèo (trị giá 2.000.000 đồng).")
    assert "5.000.000" not in sentence and "đóng góp đóng góp" not in sentence


def test_social_activity_validation_and_empty_period():
    with pytest.raises(ValidationError) as info:
        social.save_activity(ActivityData(dt.date(2009, 5, 1), "bridge", "", 2, "",
                                          -5, end_date=dt.date(2009, 1, 1)))
    assert set(info.value.fields) == {"description", "unit", "value", "end_date"}
    facts = social.report_facts(dt.date(2011, 1, 1), dt.date(2011, 12, 31))
    assert facts.sentences() == ["Trong kỳ chưa ghi nhận hoạt động công tác xã hội nào."]


def test_commendations_and_computed_no_violation():
    ha = member("Trần Thị Hà")
    commendations.save_commendation(CommendationData(
        dt.date(2009, 1, 16), "cell", kind="giay_khen", level="Đảng ủy Khối",
        period="năm 2008", reason="đã có thành tích trong thực hiện Cuộc vận động"))
    commendations.save_commendation(CommendationData(
        dt.date(2010, 5, 19), "member", ha, kind="bieu_duong", level="Đảng ủy Khối"))
    facts = commendations.report_facts(dt.date(2007, 1, 1), dt.date(2010, 12, 31))
    assert facts.sentences() == [
        "Chi bộ được Đảng ủy Khối tặng giấy khen năm 2008 vì đã có thành tích trong "
        "thực hiện Cuộc vận động.",
        "Đồng chí Trần Thị Hà được Đảng ủy Khối biểu dương.",
        "Trong kỳ không có đảng viên vi phạm.",
    ]


def test_violations_are_stated():
    tu = member("Lý Văn Tư")
    with pytest.raises(ValidationError) as info:
        commendations.save_violation(ViolationData(None, None, ""))
    assert set(info.value.fields) == {"member_id", "date", "description"}
    commendations.save_violation(ViolationData(tu, dt.date(2009, 6, 1), "vi phạm quy chế",
                                               "khiển trách"))
    facts = commendations.report_facts(dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert facts.sentences() == [
        "Trong kỳ có 01 đảng viên vi phạm: đồng chí Lý Văn Tư (01/06/2009): vi phạm quy chế; "
        "hình thức kỷ luật: khiển trách."]
    later = commendations.report_facts(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert later.sentences() == ["Trong kỳ không có đảng viên vi phạm."]


def test_commendation_for_a_member_needs_the_member():
    with pytest.raises(ValidationError) as info:
        commendations.save_commendation(CommendationData(dt.date(2009, 1, 1), "member",
                                                         level="Chi bộ"))
    assert "member_id" in info.value.fields


def test_report_facts_wording_for_a_year():
    admin = category_id("Chi hành chính, văn phòng phẩm")
    power = category_id("Điện")
    fill_year(admin, 2007, 1_000_000)
    fill_year(admin, 2008, 888_000)
    fill_year(power, 2007, 2_000_000)
    fill_year(power, 2008, 1_900_000)
    table = thrift_table(Period.year(2008))
    assert savings_report.thrift_sentences(table) == [
        "Năm 2008, thực hành tiết kiệm đạt chỉ tiêu ở 1/2 khoản chi.",
        "Chi hành chính, văn phòng phẩm giảm 11,2% so với năm 2007 (tiết kiệm 1.344.000 "
        "đồng), vượt chỉ tiêu 10%.",
        "Tiền điện giảm 5% so với năm 2007 (tiết kiệm 1.200.000 đồng), chưa đạt chỉ tiêu 10% "
        "(còn thiếu 5%).",
        "Tổng các khoản chi giảm 7,1% so với năm 2007 (tiết kiệm 2.544.000 đồng), chưa đạt "
        "chỉ tiêu 10% (còn thiếu 2,9%).",
    ]
    facts = ReportFacts(start=dt.date(2008, 1, 1), end=dt.date(2008, 12, 31),
                        today=dt.date(2008, 12, 31))
    assert [c.text for c in report_savings.thrift(facts)] == savings_report.thrift_sentences(
        table)  # the report and the printed table say the same
    assert [t.period.label for t in facts.thrift_per_year.values()] == ["năm 2008"]


def test_report_facts_of_an_empty_period_say_so():
    facts = ReportFacts(start=dt.date(2012, 1, 1), end=dt.date(2012, 12, 31),
                        today=dt.date(2012, 12, 31))
    claims = (report_savings.thrift(facts) + report_savings.social(facts)
              + report_savings.funds(facts) + report_savings.recognition(facts))
    assert [c.text for c in claims] == [
        "Trong kỳ chưa ghi nhận trường hợp đảng viên vi phạm nào."]
    assert savings_report.thrift_sentences(thrift_table(Period.year(2012))) == [
        "Trong kỳ chưa ghi nhận số liệu chi tiêu để đánh giá thực hành tiết kiệm."]


def test_per_year_tables():
    admin = category_id("Chi hành chính, văn phòng phẩm")
    fill_year(admin, 2007, 1_000_000)
    fill_year(admin, 2008, 900_000)
    tables = savings_results.per_year(2007, 2008)
    assert list(tables) == [2007, 2008]
    assert tables[2007].rows[0].baseline is None  # no 2006 figures
    assert tables[2008].rows[0].saved_percent == pytest.approx(10)
