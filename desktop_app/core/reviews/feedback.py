"""Feedback (góp ý) on a self-review: from a member, at a meeting or on a slip, or
anonymously (phiếu không ghi tên)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.core.common.formats import short_date
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import FEEDBACK_CHANNELS, Feedback, SelfReview
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

CHANNEL_LABELS = {"slip": "Phiếu góp ý", "meeting": "Trực tiếp tại cuộc họp"}


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
