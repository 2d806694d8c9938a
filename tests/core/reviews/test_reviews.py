"""Commitments, self-reviews, remedies, feedback, ratings, overview and report facts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.members.roster import MemberData, get_member, save_member
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.sentences import duties
from desktop_app.core.reviews import commitments as cm
from desktop_app.core.reviews import ratings
from desktop_app.core.reviews import reviews as rv
from desktop_app.core.reviews.feedback import FeedbackData, list_feedback, save_feedback
from desktop_app.core.reviews.remedies import RemedyData, overdue_remedies, save_remedy
from desktop_app.core.reviews.year_records import year_records
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.reviews import Rating, SelfReview
from desktop_app.errors import UserError, ValidationError

D = dt.date


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "t.db")
    yield database
    close_database()


@pytest.fixture
def people(db):
    leader = save_member(MemberData(full_name="Trần Thị Thu Hà", role="secretary", key_cadre=True,
                                    joined_date=D(1986, 5, 19), official_date=D(1987, 5, 19)))
    member = save_member(MemberData(full_name="Bùi Thị Lan", joined_date=D(2008, 5, 19),
                                    official_date=D(2009, 5, 19)))
    staff = save_member(MemberData(full_name="Mai Văn Tài", kind="non_party"))
    return leader, member, staff


def thrift_item(**changes):
    values = dict(group="ethics", content="Tiết kiệm điện, nước, điện thoại trong phòng",
                  target=10, unit="%", deadline=D(2010, 12, 31))
    values.update(changes)
    return cm.CommitmentItemData(**values)


def register(member_id, year, items, day=None):
    return cm.save_commitment(cm.CommitmentData(
        member_id=member_id, year=year, registered_date=day or D(year, 2, 10), items=items))


def write_review(member_id, year, template_id="kiem-diem-2019", **answers):
    review = rv.new_review(member_id, year, template_id)
    review.answers.text.update({"I.1": "Lập trường vững vàng.", "I.2": "Hoàn thành công việc.",
                                "II": "Đôi lúc chậm.", "VI": "Sắp xếp công việc khoa học."})
    review.answers.grades.update({"I.1": "good", "I.2": "good", "I.cam_ket": "good"})
    if rv.member_variant(get_member(member_id)) == "leader":
        for key in ("I.3", "I.4", "I.5"):
            review.answers.text[key] = "Đơn vị hoàn thành nhiệm vụ."
            review.answers.grades[key] = "good"
    for key, value in answers.items():
        getattr(review.answers, key).update(value)
    return rv.finish_review(review)


# --- commitments ---------------------------------------------------------------------------

def test_commitment_saved_with_items_and_vague_ones_warned(people):
    _, member, _ = people
    saved = register(member.id, 2010, [
        thrift_item(),
        cm.CommitmentItemData(group="style", content="Rèn luyện tác phong"),  # vague
    ])
    loaded = cm.get_commitment(member.id, 2010)
    assert [i.content for i in loaded.items] == [
        "Tiết kiệm điện, nước, điện thoại trong phòng", "Rèn luyện tác phong"]
    assert loaded.items[0].target_text() == "10%"
    assert cm.vague_items(saved) == [
        "Nội dung 2 còn chung chung: chưa có chỉ tiêu đo được và thời hạn."]


def test_commitment_validation_messages(people):
    _, member, _ = people
    data = cm.CommitmentData(member_id=member.id, year=2010, registered_date=D(2010, 3, 1), items=[
        thrift_item(content=" "),
        thrift_item(target=5, unit=""),
        thrift_item(deadline=D(2010, 1, 5)),
        thrift_item(group="nowhere"),
    ])
    with pytest.raises(ValidationError) as info:
        cm.save_commitment(data)
    fields = info.value.fields
    assert fields["items.0.content"] == "Nội dung thứ 1 còn trống."
    assert "đơn vị" in fields["items.1.unit"]
    assert "trước ngày đăng ký" in fields["items.2.deadline"]
    assert "nowhere" in fields["items.3.group"]


def test_duplicate_commitment_refused(people):
    _, member, _ = people
    register(member.id, 2010, [thrift_item()])
    with pytest.raises(ValidationError) as info:
        register(member.id, 2010, [thrift_item()])
    assert "đã có bản đăng ký năm 2010" in info.value.fields["year"]


def test_copy_last_years_items(people):
    _, member, _ = people
    register(member.id, 2009, [thrift_item(deadline=D(2009, 12, 31), result="Đạt", done=True,
                                           achieved_value=11)])
    copied = cm.copy_previous_items(member.id, 2010)
    assert [(i.content, i.target, i.deadline, i.result, i.done) for i in copied] == [
        ("Tiết kiệm điện, nước, điện thoại trong phòng", 10, D(2010, 12, 31), "", False)]
    assert cm.copy_previous_items(member.id, 2009) == []


# --- reviews and pre-filling ---------------------------------------------------------------

def test_review_prefills_commitments_and_last_years_remedies(people):
    _, member, _ = people
    register(member.id, 2010, [thrift_item(result="Giảm chi điện thoại", achieved_value=12,
                                           done=True)])
    last = write_review(member.id, 2009)
    save_remedy(RemedyData(review_id=last.id, content="Nộp báo cáo đúng hạn",
                           deadline=D(2010, 6, 30), status="done",
                           outcome="Các báo cáo quý nộp đúng hạn",
                           outcome_date=D(2010, 6, 15)))
    save_remedy(RemedyData(review_id=last.id, content="Đọc thêm tài liệu chuyên môn",
                           deadline=D(2010, 9, 30)))
    review = rv.new_review(member.id, 2010)
    assert review.template_id == "kiem-diem-2019"
    cam_ket = review.answers.text["I.cam_ket"]
    assert "hoàn thành 1/1 nội dung" in cam_ket
    assert "chỉ tiêu 10%" in cam_ket and "đạt 12%" in cam_ket and "đã thực hiện" in cam_ket
    section_iii = review.answers.text["III"]
    assert "đã khắc phục 1/2" in section_iii
    assert "Nộp báo cáo đúng hạn (thời hạn 30/06/2010): đã khắc phục ngày 15/06/2010" in section_iii
    assert "Đọc thêm tài liệu chuyên môn (thời hạn 30/09/2010): chưa khắc phục xong." in section_iii


def test_prefill_without_data_says_so(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2010)
    assert review.answers.text["I.cam_ket"] == "Năm 2010 chưa có bản đăng ký làm theo."
    assert "không có biện pháp khắc phục" in review.answers.text["III"]


def test_leader_gets_leader_items(people):
    leader, member, _ = people
    assert rv.member_variant(leader) == "leader"
    assert rv.new_review(leader.id, 2025).template_id == "kiem-diem-2025-2b"
    assert rv.new_review(member.id, 2025).template_id == "kiem-diem-2025-2a"


def test_duplicate_review_refused(people):
    _, member, _ = people
    write_review(member.id, 2010)
    with pytest.raises(ValidationError) as info:
        write_review(member.id, 2010)
    assert "đã có bản kiểm điểm năm 2010" in info.value.fields["year"]
    assert SelfReview.select().count() == 1


def test_finished_review_needs_every_compulsory_part_but_a_draft_does_not(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2010)
    review.answers.text["I.1"] = "Gương mẫu."
    draft = rv.save_draft(review)
    assert draft.draft and draft.id
    assert rv.get_review(member.id, 2010).answers.text["I.1"] == "Gương mẫu."
    with pytest.raises(ValidationError) as info:
        rv.finish_review(draft)
    assert info.value.fields["text.II"].startswith("Chưa viết mục")
    assert "grades.I.1" in info.value.fields
    assert "text.IV" not in info.value.fields  # "(nếu có)"


def test_non_party_staff_do_not_write_party_reviews(people):
    *_, staff = people
    with pytest.raises(ValidationError) as info:
        rv.save_draft(rv.ReviewData(member_id=staff.id, year=2010, template_id="kiem-diem-2019"))
    assert "Chỉ đảng viên" in info.value.fields["member_id"]


def scores_2a(**changes):
    scores = {"I.1": 8, "I.2": 8, "I.3": 7, "I.4": 6, "II.1": 45, "II.dv": 18}
    scores.update(changes)
    return scores


def test_score_above_item_maximum_refused(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2025, "kiem-diem-2025-2a")
    review.answers.scores = scores_2a(**{"I.1": 9})
    with pytest.raises(ValidationError) as info:
        rv.save_draft(review)
    assert info.value.fields["scores.I.1"] == "Điểm mục 1. (9) vượt quá điểm tối đa (8)."


def test_scores_are_totalled(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2025, "kiem-diem-2025-2a")
    review.answers.scores = scores_2a()
    saved = rv.save_draft(review)
    assert saved.total_score == 92


def test_grade_on_an_ungraded_item_refused(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2010)
    review.answers.grades["II"] = "good"
    review.answers.grades["I.1"] = "wonderful"
    with pytest.raises(ValidationError) as info:
        rv.save_draft(review)
    assert set(info.value.fields) == {"grades.II", "grades.I.1"}


# --- ratings -------------------------------------------------------------------------------

def test_rating_before_the_review_exists_is_refused(people):
    _, member, _ = people
    with pytest.raises(ValidationError) as info:
        ratings.set_rating(member.id, 2010, "superior", "good", D(2011, 1, 10))
    assert "Chưa có bản kiểm điểm năm 2010" in info.value.fields["stage"]
    assert Rating.select().count() == 0


def test_three_stages_dated_in_order(people):
    _, member, _ = people
    write_review(member.id, 2010)
    ratings.set_rating(member.id, 2010, "self", "good", D(2010, 12, 10))
    ratings.set_rating(member.id, 2010, "cell", "good", D(2010, 12, 20))
    with pytest.raises(ValidationError) as info:
        ratings.set_rating(member.id, 2010, "superior", "good", D(2010, 12, 15))
    assert "chi bộ đề xuất" in info.value.fields["date"]
    rating, flag = ratings.set_rating(member.id, 2010, "superior", "excellent", D(2011, 1, 12))
    assert flag == ""  # no score on the 2019 form, nothing to compare
    assert rating.level_label == "Hoàn thành xuất sắc nhiệm vụ"
    stored = ratings.ratings_of(member.id, 2010)
    assert {s: r.level for s, r in stored.items()} == {
        "self": "good", "cell": "good", "superior": "excellent"}


def test_rating_inconsistent_with_score_is_flagged_not_blocked(people):
    _, member, _ = people
    review = rv.new_review(member.id, 2025, "kiem-diem-2025-2a")
    review.answers.scores = scores_2a(**{"II.1": 30})  # 77 points: good
    rv.save_draft(review)
    _, flag = ratings.set_rating(member.id, 2025, "cell", "excellent", D(2025, 12, 20),
                                 today=D(2026, 1, 5))
    assert "cao hơn mức theo điểm tự chấm (77 điểm" in flag
    _, flag = ratings.set_rating(member.id, 2025, "self", "good", D(2025, 12, 15),
                                 today=D(2026, 1, 5))
    assert flag == ""
    (stored_flag,) = ratings.rating_flags(member.id, 2025)
    assert stored_flag.startswith("Chi bộ đề xuất: Mức “Hoàn thành xuất sắc nhiệm vụ” cao hơn")
    assert Rating.select().where(Rating.stage == "cell").get().level == "excellent"


def test_superior_rating_needs_a_finished_review(people):
    _, member, _ = people
    rv.save_draft(rv.new_review(member.id, 2010))
    with pytest.raises(ValidationError) as info:
        ratings.set_rating(member.id, 2010, "superior", "good", D(2011, 1, 5))
    assert "bản nháp" in info.value.fields["stage"]


# --- remedies and feedback ----------------------------------------------------------------

def test_overdue_remedies(people):
    leader, member, _ = people
    review = write_review(member.id, 2009)
    save_remedy(RemedyData(review_id=review.id, content="Khắc phục chậm trễ",
                           deadline=D(2010, 6, 30)))
    save_remedy(RemedyData(review_id=review.id, content="Không hạn", deadline=None))
    save_remedy(RemedyData(review_id=review.id, content="Đã xong", deadline=D(2010, 3, 1),
                           status="done", outcome_date=D(2010, 2, 1)))
    overdue = overdue_remedies(D(2010, 9, 1))
    assert [(o.member_name, o.remedy.content, o.days_overdue) for o in overdue] == [
        ("Bùi Thị Lan", "Khắc phục chậm trễ", 63)]
    assert overdue_remedies(D(2010, 6, 30)) == []


def test_remedy_validation(people):
    _, member, _ = people
    review = write_review(member.id, 2010)
    with pytest.raises(ValidationError) as info:
        save_remedy(RemedyData(review_id=review.id, content="", status="done",
                               deadline=D(2009, 1, 1)))
    assert set(info.value.fields) == {"content", "deadline", "outcome_date"}


def test_feedback_anonymous_or_from_another_member(people):
    leader, member, _ = people
    review = write_review(member.id, 2010)
    save_feedback(FeedbackData(review_id=review.id, content="Cần mạnh dạn hơn",
                               channel="slip", date=D(2010, 12, 15)))
    save_feedback(FeedbackData(review_id=review.id, content="Nhiệt tình",
                               channel="meeting", date=D(2010, 12, 20),
                               from_member_id=leader.id))
    listed = list_feedback(review.id)
    assert [(f.channel_label, f.from_member_id) for f in listed] == [
        ("Phiếu góp ý", None), ("Trực tiếp tại cuộc họp", leader.id)]
    with pytest.raises(ValidationError) as info:
        save_feedback(FeedbackData(review_id=review.id, content="Tự khen",
                                   date=D(2010, 12, 20), from_member_id=member.id))
    assert "người khác" in info.value.fields["from_member_id"]


def test_review_with_a_final_rating_cannot_be_deleted(people):
    _, member, _ = people
    review = write_review(member.id, 2010)
    ratings.set_rating(member.id, 2010, "cell", "good", D(2010, 12, 20))
    with pytest.raises(UserError):
        rv.delete_review(review.id)


# --- overview and report facts -------------------------------------------------------------

def test_year_overview_and_distribution(people):
    leader, member, _ = people
    register(leader.id, 2010, [thrift_item(done=True)])
    register(member.id, 2010, [thrift_item()])
    write_review(leader.id, 2010)
    ratings.set_rating(leader.id, 2010, "cell", "excellent", D(2010, 12, 20))
    rows = {r.full_name: r for r in ratings.year_overview(2010)}
    assert set(rows) == {"Trần Thị Thu Hà", "Bùi Thị Lan"}  # non-party staff not listed
    assert rows["Trần Thị Thu Hà"].status_label == "Đã xếp loại"
    assert rows["Bùi Thị Lan"].status_label == "Đã đăng ký"
    assert ratings.distribution(list(rows.values()))["excellent"] == 1
    # Bùi Thị Lan joined in May 2008: not expected in 2007.
    assert [r.full_name for r in ratings.year_overview(2007)] == ["Trần Thị Thu Hà"]
    assert ratings.year_overview(2007)[0].status_label == "Chưa đăng ký"


def test_report_facts(people):
    leader, member, _ = people
    for person in (leader, member):
        register(person.id, 2010, [thrift_item(done=person is leader),
                                   cm.CommitmentItemData(group="style", content="Chung chung",
                                                         done=True)])
        review = write_review(person.id, 2010)
    ratings.set_rating(leader.id, 2010, "superior", "excellent", D(2011, 1, 10))
    ratings.set_rating(member.id, 2010, "cell", "good", D(2010, 12, 20))
    save_remedy(RemedyData(review_id=review.id, content="Sửa chậm", deadline=D(2010, 12, 1)))
    (year,) = year_records(2010, 2010, D(2010, 12, 31))
    assert (len(year.expected), len(year.commitments), len(year.fulfilled),
            len(year.reviews)) == (2, 2, 1, 2)
    assert len(year.level("excellent")) == 1 and len(year.level("good")) == 1
    assert len(year.overdue_remedies) == 1
    text = _sentences(D(2010, 1, 1), D(2010, 12, 31))
    assert text[0] == "100% đảng viên đăng ký làm theo trong năm 2010 (2/2 lượt đảng viên)."
    assert text[1] == ("1/2 lượt đảng viên thực hiện đầy đủ các nội dung đã đăng ký, đạt 50%.")
    assert "Còn 2/4 nội dung đăng ký chung chung" in text[2]
    assert ("Xếp loại chất lượng đảng viên năm 2010 (2 đồng chí): 1 đồng chí hoàn thành xuất sắc "
            "nhiệm vụ (50%); 1 đồng chí hoàn thành tốt nhiệm vụ (50%).") in text
    assert text[-1].startswith("Có 1 biện pháp khắc phục hạn chế đã quá hạn")


def _sentences(start: dt.date, end: dt.date) -> list[str]:
    """What the report states of commitments, reviews and ratings over the period."""
    facts = ReportFacts(start=start, end=end, today=end)
    return [c.text for c in duties.commitments(facts) + duties.ratings(facts)]


def test_report_facts_without_data(db):
    # nothing recorded: nothing said (never "0/N lượt đảng viên đăng ký")
    assert _sentences(D(2007, 1, 1), D(2010, 12, 31)) == []


@pytest.mark.parametrize("value", [10**15, float("inf"), float("nan")])
def test_commitment_figures_have_the_same_upper_limit_as_every_amount(people, value):
    leader = people[0]
    with pytest.raises(ValidationError) as caught:
        register(leader.id, 2010, [thrift_item(target=value, unit="đồng"),
                                   thrift_item(achieved_value=value)])
    assert set(caught.value.fields) == {"items.0.target", "items.1.achieved_value"}
    assert "1.000.000.000.000" in caught.value.fields["items.0.target"]
