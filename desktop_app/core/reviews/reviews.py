"""Year-end self-reviews (kiểm điểm, tự phê bình), remedies and feedback.

A review is written on a form template (core/forms.py); its answers are kept as JSON keyed
by the template's item ids: texts, self-grades and scores. The "cam kết" item is
pre-filled from the member's commitments and results, section III from last year's
remedies and their outcome. Remedies (biện pháp khắc phục) are in :mod:`.remedies`,
feedback (góp ý) in :mod:`.feedback`, ratings and the year overview in :mod:`.ratings`, the
report's facts in :mod:`.report_facts`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from desktop_app.core.common.formats import number
from desktop_app.core.members.roster import MemberData, get_member
from desktop_app.db import database
from desktop_app.db.models.reviews import Rating, SelfReview
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from . import commitments as commitments_core
from . import forms
from .remedies import list_remedies, remedy_line

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
    with database.atomic():
        row = SelfReview.get_or_none(SelfReview.id == review_id)
        if row is None:
            return
        if Rating.select().where((Rating.member == row.member_id) & (Rating.year == row.year)
                                 & (Rating.stage != "self")).exists():
            raise UserError("Bản kiểm điểm đã được chi bộ xếp loại nên không thể xóa.")
        row.delete_instance(recursive=True)
