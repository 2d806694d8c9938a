"""Members' yearly commitments (bản đăng ký / cam kết làm theo).

Each item has a group of the commitment template, a measurable target with its unit and a
deadline; at year end a result, the achieved value and a self-assessment. The reference
report's criticism, commitments "chung chung" without deadlines, is what
:func:`vague_items` points out (a warning, never a refusal: old records had none).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import TOO_LARGE_FIGURE, figure_problem, number, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.reviews import Commitment, CommitmentItem
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from . import forms

MAX_ITEMS = 60
MAX_TEXT = 5_000


@dataclass
class CommitmentItemData:
    """One commitment item; ``target``/``unit`` make it measurable."""

    group: str = "actions"
    content: str = ""
    target: float | None = None
    unit: str = ""
    deadline: dt.date | None = None
    result: str = ""
    achieved_value: float | None = None
    self_assessment: str = ""
    done: bool = False
    id: int | None = None

    def _with_unit(self, value: float | None) -> str:
        if value is None:
            return ""
        gap = "" if self.unit.startswith("%") else " "
        return f"{number(value, 2)}{gap}{self.unit}".strip()

    def target_text(self) -> str:
        return self._with_unit(self.target)

    def achieved_text(self) -> str:
        return self._with_unit(self.achieved_value)


@dataclass
class CommitmentData:
    member_id: int
    year: int
    registered_date: dt.date | None = None
    template_id: str = "dang-ky-lam-theo"
    study: str = ""
    items: list[CommitmentItemData] = field(default_factory=list)
    id: int | None = None

    @property
    def fulfilled(self) -> bool:
        """Every item done (and at least one item)."""
        return bool(self.items) and all(i.done for i in self.items)


def _item_data(row: CommitmentItem) -> CommitmentItemData:
    return CommitmentItemData(
        group=row.group, content=row.content, target=row.target, unit=row.unit,
        deadline=row.deadline, result=row.result, achieved_value=row.achieved_value,
        self_assessment=row.self_assessment, done=row.done, id=row.id,
    )


def _data(row: Commitment) -> CommitmentData:
    items = row.items.order_by(CommitmentItem.position, CommitmentItem.id)
    return CommitmentData(
        member_id=row.member_id, year=row.year, registered_date=row.registered_date,
        template_id=row.template_id, study=row.study,
        items=[_item_data(i) for i in items], id=row.id,
    )


def get_commitment(member_id: int, year: int) -> CommitmentData | None:
    row = Commitment.get_or_none((Commitment.member == member_id) & (Commitment.year == year))
    return _data(row) if row else None


def commitments_of_year(year: int) -> dict[int, CommitmentData]:
    """Every commitment of *year*, by member id."""
    return {row.member_id: _data(row) for row in Commitment.select().where(Commitment.year == year)}


def clean(data: CommitmentData) -> CommitmentData:
    items = [
        replace(
            item, group=clean_line(item.group), content=normalize(item.content).strip(),
            unit=clean_line(item.unit), result=normalize(item.result).strip(),
            self_assessment=normalize(item.self_assessment).strip(),
        )
        for item in data.items
    ]
    return replace(data, study=normalize(data.study).strip(), items=items)


def validate(data: CommitmentData, today: dt.date | None = None) -> dict[str, str]:
    """Per-field Vietnamese messages (keys like ``items.2.deadline``); empty when valid."""
    today = today or dt.date.today()
    data = clean(data)
    errors: dict[str, str] = {}
    template = forms.templates().get(data.template_id)
    if template is None or template.kind != "commitment":
        errors["template_id"] = f"Không có mẫu bản đăng ký “{data.template_id}”."
    if not 1990 <= data.year <= today.year + 1:
        errors["year"] = f"Năm {data.year} không hợp lệ."
    if data.registered_date:
        if data.registered_date > today:
            errors["registered_date"] = (
                f"Ngày đăng ký không được sau hôm nay ({short_date(today)}).")
        elif not data.year - 1 <= data.registered_date.year <= data.year:
            errors["registered_date"] = (
                f"Ngày đăng ký phải trong năm {data.year} (hoặc cuối năm trước).")
    if not data.items:
        errors["items"] = "Bản đăng ký chưa có nội dung làm theo nào."
    if len(data.items) > MAX_ITEMS:
        errors["items"] = f"Bản đăng ký có quá nhiều nội dung (tối đa {MAX_ITEMS})."
    if len(data.study) > MAX_TEXT:
        errors["study"] = f"Nội dung học tập quá dài (tối đa {number(MAX_TEXT)} ký tự)."
    groups = {g.id for g in template.groups} if template else set()
    for index, item in enumerate(data.items):
        key = f"items.{index}"
        if not item.content:
            errors[f"{key}.content"] = f"Nội dung thứ {index + 1} còn trống."
        elif len(item.content) > MAX_TEXT:
            errors[f"{key}.content"] = f"Nội dung thứ {index + 1} quá dài."
        if groups and item.group not in groups:
            errors[f"{key}.group"] = f"Nhóm “{item.group}” không có trong mẫu bản đăng ký."
        if figure_problem(item.target):
            errors[f"{key}.target"] = TOO_LARGE_FIGURE
        elif item.target is not None and item.target <= 0:
            errors[f"{key}.target"] = "Chỉ tiêu phải là số lớn hơn 0."
        elif item.target is not None and not item.unit:
            errors[f"{key}.unit"] = "Chỉ tiêu cần có đơn vị tính (%, lần, đồng, buổi…)."
        if figure_problem(item.achieved_value):
            errors[f"{key}.achieved_value"] = TOO_LARGE_FIGURE
        elif item.achieved_value is not None and item.achieved_value < 0:
            errors[f"{key}.achieved_value"] = "Kết quả đạt được không được âm."
        if item.deadline:
            start = data.registered_date or dt.date(data.year, 1, 1)
            if item.deadline < start:
                errors[f"{key}.deadline"] = (
                    f"Thời hạn ({short_date(item.deadline)}) trước ngày đăng ký "
                    f"({short_date(start)})."
                )
            elif item.deadline.year > data.year + 1:
                errors[f"{key}.deadline"] = "Thời hạn quá xa (chậm nhất là năm sau)."
    closing.check_closed_year(errors, "commitment", {"year": data.year}, data.id)
    return errors


def vague_items(data: CommitmentData) -> list[str]:
    """Warnings for items without a measurable target or a deadline."""
    warnings = []
    for index, item in enumerate(data.items, start=1):
        missing = []
        if item.target is None:
            missing.append("chỉ tiêu đo được")
        if item.deadline is None:
            missing.append("thời hạn")
        if missing:
            warnings.append(f"Nội dung {index} còn chung chung: chưa có {' và '.join(missing)}.")
    return warnings


def save_commitment(data: CommitmentData, today: dt.date | None = None) -> CommitmentData:
    """Validate and save the commitment with all its items (replacing the old items)."""
    data = clean(data)
    errors = validate(data, today)
    if errors:
        raise ValidationError(errors)
    member = Member.get_or_none(Member.id == data.member_id)
    if member is None:
        raise UserError("Không tìm thấy đảng viên này (có thể đã bị xóa).")
    with database.atomic():
        existing = Commitment.get_or_none(
            (Commitment.member == data.member_id) & (Commitment.year == data.year)
        )
        if data.id is None and existing is not None:
            raise ValidationError({"year": (
                f"Đồng chí {member.full_name} đã có bản đăng ký năm {data.year}; "
                "hãy mở bản đó để sửa."
            )})
        if data.id is not None and (existing is None or existing.id != data.id):
            raise UserError("Không tìm thấy bản đăng ký này (có thể đã bị xóa).")
        values = dict(member=data.member_id, year=data.year, template_id=data.template_id,
                      registered_date=data.registered_date, study=data.study,
                      updated_at=dt.datetime.now().replace(microsecond=0))
        if existing is None:
            row = Commitment.create(**values)
        else:
            Commitment.update(**values).where(Commitment.id == existing.id).execute()
            row = Commitment.get_by_id(existing.id)
        # Items are changed in place (kept by id), so that their history says what changed.
        kept = {i.id for i in CommitmentItem.select(CommitmentItem.id)
                .where(CommitmentItem.commitment == row.id)}
        wanted = {item.id for item in data.items if item.id in kept}
        CommitmentItem.delete().where((CommitmentItem.commitment == row.id)
                                      & CommitmentItem.id.not_in(sorted(wanted))  # type: ignore[attr-defined]
                                      ).execute()
        for position, item in enumerate(data.items):
            fields = dict(
                commitment=row.id, position=position, group=item.group, content=item.content,
                target=item.target, unit=item.unit, deadline=item.deadline, result=item.result,
                achieved_value=item.achieved_value, self_assessment=item.self_assessment,
                done=item.done,
            )
            if item.id in wanted:
                CommitmentItem.update(**fields).where(CommitmentItem.id == item.id).execute()
            else:
                CommitmentItem.create(**fields)
    return _data(Commitment.get_by_id(row.id))


def _shift_year(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def copy_previous_items(member_id: int, year: int) -> list[CommitmentItemData]:
    """Last year's items as a start for *year*: same content and targets, deadlines moved on
    by a year, results cleared. Empty when there was no commitment last year."""
    previous = get_commitment(member_id, year - 1)
    if previous is None:
        return []
    return [
        CommitmentItemData(group=item.group, content=item.content, target=item.target,
                           unit=item.unit, deadline=_shift_year(item.deadline, 1))
        for item in previous.items
    ]


def result_summary(data: CommitmentData) -> str:
    """The commitments and their results as prose lines, for the review's "cam kết" section."""
    lines = []
    for item in data.items:
        parts = [item.content.rstrip(".")]
        if item.target is not None:
            parts.append(f"chỉ tiêu {item.target_text()}")
        if item.deadline:
            parts.append(f"thời hạn {short_date(item.deadline)}")
        head = "; ".join(parts)
        if item.result or item.achieved_value is not None:
            outcome = item.result.rstrip(".")
            if item.achieved_value is not None:
                achieved = f"đạt {item.achieved_text()}"
                outcome = f"{outcome} ({achieved})" if outcome else achieved
        else:
            outcome = "chưa ghi kết quả"
        verdict = "đã thực hiện" if item.done else "chưa hoàn thành"
        lines.append(f"- {head}: {outcome}; {verdict}.")
    done = sum(1 for i in data.items if i.done)
    header = (f"Thực hiện bản đăng ký làm theo năm {data.year}: "
              f"hoàn thành {done}/{len(data.items)} nội dung đã đăng ký.")
    return "\n".join([header, *lines])
