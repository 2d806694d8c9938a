"""Remedies (biện pháp khắc phục) a self-review sets: a deadline and a status, followed up
until done; those past their deadline are listed (and told in the report)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.core.common.formats import short_date
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import REMEDY_STATUSES, Remedy, SelfReview
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

REMEDY_STATUS_LABELS = {
    "open": "Đang thực hiện", "done": "Đã khắc phục", "dropped": "Không tiếp tục",
}


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
