"""Year-end self-reviews (kiểm điểm, tự phê bình), remedies and feedback.

A review is written on a form template (core/forms.py); its answers are kept as JSON keyed
by the template's item ids: texts, self-grades and scores. The "cam kết" item is
pre-filled from the member's commitments and results, section III from last year's
remedies and their outcome. Remedies (biện pháp khắc phục) carry a deadline and a
status and are followed up; feedback (góp ý) comes from a member or anonymously.
Ratings, the year overview and the report facts are in core/ratings.py.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from desktop_app.core.common.formats import number, short_date
from desktop_app.core.members.roster import MemberData, get_member
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import (
    FEEDBACK_CHANNELS,
    REMEDY_STATUSES,
    Feedback,
    Remedy,
    SelfReview,
)
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from . import commitments as commitments_core
from . import forms

REMEDY_STATUS_LABELS = {
    "open": "Đang thực hiện", "done": "Đã khắc phục", "dropped": "Không tiếp tục",
}
CHANNEL_LABELS = {"slip": "Phiếu góp ý", "meeting": "Trực tiếp tại cuộc họp"}
MAX_TEXT = 20_000


@dataclass
class Answers:
    """What the member wrote, keyed by template item id."""

    text: dict[str, str] = field(default_factory=dict)
    grades: dict[str, str] = field(default_factory=dict)
    scores: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "grades": self.grades, "scores": self.scores},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> Answers:
        data = json.loads(raw or "{}")
        return cls(text=dict(data.get("text", {})), grades=dict(data.get("grades", {})),
                   scores={k: int(v) for k, v in data.get("scores", {}).items()})


@dataclass
class ReviewData:
    member_id: int
    year: int
    template_id: str
    answers: Answers = field(default_factory=Answers)
    total_score: int | None = None
    draft: bool = True
    id: int | None = None
    updated_at: dt.datetime | None = None


def member_variant(member: MemberData) -> str:
    """Leaders (key cadres, secretary, deputy) get the leader variant of a form."""
    if member.key_cadre or member.role in ("secretary", "deputy_secretary"):
        return "leader"
    return "non_leader"


def review_variant(template: forms.FormTemplate, member: MemberData) -> str:
    variant = member_variant(member)
    return variant if variant in template.variants else template.variants[0]


def default_template(member: MemberData, year: int) -> forms.FormTemplate:
    template = forms.templates().choose("self_review", year, member_variant(member))
    if template is None:
        raise UserError("Không có mẫu bản kiểm điểm nào dùng được (kiểm tra thư mục mẫu biểu).")
    return template


def _template(template_id: str) -> forms.FormTemplate:
    template = forms.templates().get(template_id)
    if template is None or template.kind != "self_review":
        raise ValidationError({"template_id": f"Không có mẫu bản kiểm điểm “{template_id}”."})
    return template


# --- pre-filling -------------------------------------------------------------------------

def prefill_commitments(member_id: int, year: int) -> str:
    commitment = commitments_core.get_commitment(member_id, year)
    if commitment is None or not commitment.items:
        return f"Năm {year} chưa có bản đăng ký làm theo."
    return commitments_core.result_summary(commitment)


def remedy_line(remedy: RemedyData) -> str:
    head = remedy.content.rstrip(".")
    if remedy.deadline:
        head += f" (thời hạn {short_date(remedy.deadline)})"
    if remedy.status == "done":
        when = f" ngày {short_date(remedy.outcome_date)}" if remedy.outcome_date else ""
        outcome = f"đã khắc phục{when}"
        if remedy.outcome:
            outcome += f": {remedy.outcome.rstrip('.')}"
    elif remedy.status == "dropped":
        outcome = "không tiếp tục" + (f": {remedy.outcome.rstrip('.')}" if remedy.outcome else "")
    else:
        outcome = "chưa khắc phục xong"
    return f"- {head}: {outcome}."


def prefill_previous_remedies(member_id: int, year: int) -> str:
    previous = get_review(member_id, year - 1)
    remedies = list_remedies(previous.id) if previous and previous.id else []
    if not remedies:
        return f"Kỳ kiểm điểm năm {year - 1} không có biện pháp khắc phục nào được ghi nhận."
    done = sum(1 for r in remedies if r.status == "done")
    header = (f"Thực hiện {len(remedies)} biện pháp khắc phục đề ra khi kiểm điểm năm {year - 1}: "
              f"đã khắc phục {done}/{len(remedies)}.")
    return "\n".join([header, *(remedy_line(r) for r in remedies)])


def prefill(template: forms.FormTemplate, member_id: int, year: int,
            variant: str | None = None) -> dict[str, str]:
    """The pre-filled texts of *template*'s items, by item id."""
    texts = {}
    for item in template.walk(variant):
        if item.prefill == "commitments":
            texts[item.id] = prefill_commitments(member_id, year)
        elif item.prefill == "previous_remedies":
            texts[item.id] = prefill_previous_remedies(member_id, year)
    return texts


def new_review(member_id: int, year: int, template_id: str | None = None) -> ReviewData:
    """An unsaved review on the chosen (or default) template, pre-filled."""
    member = get_member(member_id)
    template = _template(template_id) if template_id else default_template(member, year)
    texts = prefill(template, member_id, year, review_variant(template, member))
    return ReviewData(member_id=member_id, year=year, template_id=template.id,
                      answers=Answers(text=texts))


# --- reviews -----------------------------------------------------------------------------

def _review_data(row: SelfReview) -> ReviewData:
    return ReviewData(member_id=row.member_id, year=row.year, template_id=row.template_id,
                      answers=Answers.from_json(row.answers), total_score=row.total_score,
                      draft=row.draft, id=row.id, updated_at=row.updated_at)


def get_review(member_id: int, year: int) -> ReviewData | None:
    row = SelfReview.get_or_none((SelfReview.member == member_id) & (SelfReview.year == year))
    return _review_data(row) if row else None


def reviews_of_year(year: int) -> dict[int, ReviewData]:
    rows = SelfReview.select().where(SelfReview.year == year)
    return {r.member_id: _review_data(r) for r in rows}


def total_score(template: forms.FormTemplate, answers: Answers, variant: str | None) -> int | None:
    if not template.has_scores:
        return None
    return sum(answers.scores.get(i.id, 0) for i in template.score_items(variant))


def clean_answers(answers: Answers) -> Answers:
    return Answers(
        text={k: normalize(v).strip() for k, v in answers.text.items() if normalize(v).strip()},
        grades={k: v for k, v in answers.grades.items() if v},
        scores=dict(answers.scores),
    )


def validate_review(data: ReviewData, member: MemberData) -> dict[str, str]:
    """Messages keyed by ``text.<id>``, ``grades.<id>``, ``scores.<id>`` or a field name."""
    errors: dict[str, str] = {}
    template = _template(data.template_id)
    variant = review_variant(template, member)
    answers = data.answers
    if not member.is_party_member:
        errors["member_id"] = "Chỉ đảng viên mới viết bản kiểm điểm đảng viên."
    if not 1990 <= data.year <= dt.date.today().year + 1:
        errors["year"] = f"Năm {data.year} không hợp lệ."
    known = {i.id for i in template.walk(variant)} | {template.committee.id}
    for key, value in answers.text.items():
        if key not in known:
            errors[f"text.{key}"] = f"Mục “{key}” không có trong mẫu {template.name}."
        elif len(value) > MAX_TEXT:
            errors[f"text.{key}"] = f"Nội dung quá dài (tối đa {number(MAX_TEXT)} ký tự)."
    for key, grade in answers.grades.items():
        item = template.item(key)
        if item is None or not item.grade:
            errors[f"grades.{key}"] = f"Mục “{key}” không tự đánh giá mức độ."
        elif grade not in forms.GRADES:
            errors[f"grades.{key}"] = "Mức tự đánh giá chỉ là Xuất sắc, Tốt, Trung bình hoặc Kém."
    for key, score in answers.scores.items():
        item = template.item(key)
        if item is None or not item.scored:
            errors[f"scores.{key}"] = f"Mục “{key}” không chấm điểm."
        elif isinstance(score, bool) or not isinstance(score, int) or score < 0:
            errors[f"scores.{key}"] = "Điểm phải là số nguyên không âm."
        elif score > (item.max_score or 0):
            errors[f"scores.{key}"] = (
                f"Điểm mục {item.number or item.id} ({score}) vượt quá điểm tối đa "
                f"({item.max_score})."
            )
    for section in template.sections:
        if section.max_score is None or not section.items:
            continue
        subtotal = sum(answers.scores.get(i.id, 0) for i in section.items if i.scored)
        if subtotal > section.max_score:
            errors[f"scores.{section.id}"] = (
                f"Tổng điểm phần {section.number} ({subtotal}) vượt quá {section.max_score} điểm."
            )
    if not data.draft:  # a finished review has every compulsory part
        for item in template.walk(variant):
            if item.items:
                continue
            label = f"{item.number} {item.title}".strip()
            compulsory = item.text and not item.optional and not item.prefill
            if compulsory and not answers.text.get(item.id):
                errors.setdefault(f"text.{item.id}", f"Chưa viết mục “{label}”.")
            if item.grade and template.grades and not answers.grades.get(item.id):
                errors.setdefault(f"grades.{item.id}", f"Chưa tự đánh giá mục “{label}”.")
            if item.scored and item.id not in answers.scores:
                errors.setdefault(f"scores.{item.id}", f"Chưa chấm điểm mục “{label}”.")
    return errors


def save_review(data: ReviewData) -> ReviewData:
    """Validate and save; a second review for the same member and year is refused."""
    member = get_member(data.member_id)
    data = replace(data, answers=clean_answers(data.answers))
    errors = validate_review(data, member)
    if errors:
        raise ValidationError(errors)
    template = _template(data.template_id)
    score = total_score(template, data.answers, review_variant(template, member))
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        existing = SelfReview.get_or_none(
            (SelfReview.member == data.member_id) & (SelfReview.year == data.year)
        )
        if data.id is None and existing is not None:
            raise ValidationError({"year": (
                f"Đồng chí {member.full_name} đã có bản kiểm điểm năm {data.year}; "
                "hãy mở bản đó để sửa."
            )})
        if data.id is not None and (existing is None or existing.id != data.id):
            raise UserError("Không tìm thấy bản kiểm điểm này (có thể đã bị xóa).")
        values = dict(member=data.member_id, year=data.year, template_id=data.template_id,
                      answers=data.answers.to_json(), total_score=score, draft=data.draft,
                      updated_at=now)
        if existing is None:
            row = SelfReview.create(created_at=now, **values)
        else:
            SelfReview.update(**values).where(SelfReview.id == existing.id).execute()
            row = SelfReview.get_by_id(existing.id)
    return _review_data(row)


def save_draft(data: ReviewData) -> ReviewData:
    """Autosave while typing: kept as a draft, completeness not required."""
    return save_review(replace(data, draft=True))


def finish_review(data: ReviewData) -> ReviewData:
    return save_review(replace(data, draft=False))


def delete_review(review_id: int) -> None:
    from desktop_app.db.models.reviews import Rating

    with database.atomic():
        row = SelfReview.get_or_none(SelfReview.id == review_id)
        if row is None:
            return
        if Rating.select().where((Rating.member == row.member_id) & (Rating.year == row.year)
                                 & (Rating.stage != "self")).exists():
            raise UserError("Bản kiểm điểm đã được chi bộ xếp loại nên không thể xóa.")
        row.delete_instance(recursive=True)


# --- remedies ----------------------------------------------------------------------------

@dataclass
class RemedyData:
    review_id: int
    content: str = ""
    deadline: dt.date | None = None
    status: str = "open"
    outcome: str = ""
    outcome_date: dt.date | None = None
    id: int | None = None

    @property
    def status_label(self) -> str:
        return REMEDY_STATUS_LABELS[self.status]

    def is_overdue(self, on: dt.date) -> bool:
        return self.status == "open" and self.deadline is not None and self.deadline < on


def _remedy_data(row: Remedy) -> RemedyData:
    return RemedyData(review_id=row.review_id, content=row.content, deadline=row.deadline,
                      status=row.status, outcome=row.outcome, outcome_date=row.outcome_date,
                      id=row.id)


def list_remedies(review_id: int) -> list[RemedyData]:
    rows = Remedy.select().where(Remedy.review == review_id).order_by(Remedy.position, Remedy.id)
    return [_remedy_data(r) for r in rows]


def validate_remedy(data: RemedyData, year: int, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.content:
        errors["content"] = "Chưa nhập nội dung biện pháp khắc phục."
    if data.status not in REMEDY_STATUSES:
        errors["status"] = "Trạng thái không hợp lệ."
    if data.deadline and data.deadline < dt.date(year, 1, 1):
        errors["deadline"] = f"Thời hạn phải từ năm {year} trở đi."
    if data.status == "done" and data.outcome_date is None:
        errors["outcome_date"] = "Đã khắc phục thì cần ghi ngày khắc phục."
    if data.status == "dropped" and not data.outcome:
        errors["outcome"] = "Ghi lý do không tiếp tục biện pháp này."
    if data.outcome_date:
        if data.outcome_date > today:
            errors["outcome_date"] = f"Ngày khắc phục không được sau hôm nay ({short_date(today)})."
        elif data.outcome_date < dt.date(year, 1, 1):
            errors["outcome_date"] = f"Ngày khắc phục phải từ năm {year} trở đi."
    return errors


def save_remedy(data: RemedyData, today: dt.date | None = None) -> RemedyData:
    today = today or dt.date.today()
    review = SelfReview.get_or_none(SelfReview.id == data.review_id)
    if review is None:
        raise UserError("Cần lưu bản kiểm điểm trước khi ghi biện pháp khắc phục.")
    data = replace(data, content=normalize(data.content).strip(),
                   outcome=normalize(data.outcome).strip())
    errors = validate_remedy(data, review.year, today)
    if errors:
        raise ValidationError(errors)
    values = dict(review=data.review_id, content=data.content, deadline=data.deadline,
                  status=data.status, outcome=data.outcome, outcome_date=data.outcome_date)
    with database.atomic():
        if data.id is None:
            position = Remedy.select().where(Remedy.review == data.review_id).count()
            row = Remedy.create(position=position, **values)
        else:
            if not Remedy.update(**values).where(Remedy.id == data.id).execute():
                raise UserError("Không tìm thấy biện pháp khắc phục này.")
            row = Remedy.get_by_id(data.id)
    return _remedy_data(row)


def delete_remedy(remedy_id: int) -> None:
    with database.atomic():
        row = Remedy.get_or_none(Remedy.id == remedy_id)
        if row is not None:
            row.delete_instance()


@dataclass(frozen=True)
class OverdueRemedy:
    remedy: RemedyData
    member_id: int
    member_name: str
    year: int  # the review year that set the remedy
    days_overdue: int


def overdue_remedies(on: dt.date | None = None) -> list[OverdueRemedy]:
    """Remedies past their deadline on *on* (default today) and not done by then.

    A remedy done after *on* counts as overdue on *on*, so a past period is told as it was.
    """
    on = on or dt.date.today()
    not_done = (Remedy.status == "open") | (
        (Remedy.status == "done") & (Remedy.outcome_date > on))
    query = (Remedy.select(Remedy, SelfReview, Member).join(SelfReview).join(Member)
             .where(not_done & Remedy.deadline.is_null(False) & (Remedy.deadline < on))
             .order_by(Remedy.deadline, Member.full_name))
    return [
        OverdueRemedy(remedy=_remedy_data(row), member_id=row.review.member.id,
                      member_name=row.review.member.full_name, year=row.review.year,
                      days_overdue=(on - (row.deadline or on)).days)
        for row in query
    ]


# --- feedback ----------------------------------------------------------------------------

@dataclass
class FeedbackData:
    review_id: int
    content: str = ""
    channel: str = "meeting"
    date: dt.date | None = None
    from_member_id: int | None = None  # None: anonymous (phiếu không ghi tên)
    id: int | None = None

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS[self.channel]


def _feedback_data(row: Feedback) -> FeedbackData:
    return FeedbackData(review_id=row.review_id, content=row.content, channel=row.channel,
                        date=row.date, from_member_id=row.from_member_id, id=row.id)


def list_feedback(review_id: int) -> list[FeedbackData]:
    rows = (Feedback.select().where(Feedback.review == review_id)
            .order_by(Feedback.date, Feedback.id))
    return [_feedback_data(r) for r in rows]


def save_feedback(data: FeedbackData, today: dt.date | None = None) -> FeedbackData:
    today = today or dt.date.today()
    review = SelfReview.get_or_none(SelfReview.id == data.review_id)
    if review is None:
        raise UserError("Cần lưu bản kiểm điểm trước khi ghi ý kiến góp ý.")
    data = replace(data, content=normalize(data.content).strip())
    errors: dict[str, str] = {}
    if not data.content:
        errors["content"] = "Chưa nhập nội dung góp ý."
    if data.channel not in FEEDBACK_CHANNELS:
        errors["channel"] = "Hình thức góp ý chỉ là phiếu hoặc trực tiếp tại cuộc họp."
    if data.date is None:
        errors["date"] = "Chưa nhập ngày góp ý."
    elif data.date > today:
        errors["date"] = f"Ngày góp ý không được sau hôm nay ({short_date(today)})."
    elif not review.year <= data.date.year <= review.year + 1:
        errors["date"] = f"Ngày góp ý phải trong năm {review.year} hoặc đầu năm sau."
    if data.from_member_id is not None:
        if data.from_member_id == review.member_id:
            errors["from_member_id"] = (
                "Người góp ý phải là người khác, không phải người tự kiểm điểm.")
        elif Member.get_or_none(Member.id == data.from_member_id) is None:
            errors["from_member_id"] = "Không tìm thấy người góp ý."
    if errors:
        raise ValidationError(errors)
    values = dict(review=data.review_id, content=data.content, channel=data.channel,
                  date=data.date, from_member=data.from_member_id)
    with database.atomic():
        if data.id is None:
            row = Feedback.create(**values)
        else:
            if not Feedback.update(**values).where(Feedback.id == data.id).execute():
                raise UserError("Không tìm thấy ý kiến góp ý này.")
            row = Feedback.get_by_id(data.id)
    return _feedback_data(row)


def delete_feedback(feedback_id: int) -> None:
    with database.atomic():
        row = Feedback.get_or_none(Feedback.id == feedback_id)
        if row is not None:
            row.delete_instance()


def report_facts(start: dt.date, end: dt.date):
    """Facts for the summary report (see core/ratings.py: ReviewFacts)."""
    from .ratings import report_facts as facts

    return facts(start, end)
