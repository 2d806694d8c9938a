"""Commendations (khen thưởng, biểu dương) and violations (vi phạm, kỷ luật).

"Không có đảng viên vi phạm" is computed from the violations recorded, never typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.savings import Commendation, Violation
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

RECIPIENT_LABELS = {"cell": "Chi bộ", "group": "Tập thể", "member": "Cá nhân"}
KIND_LABELS = {
    "khen_thuong": "Khen thưởng",
    "bieu_duong": "Biểu dương",
    "giay_khen": "Giấy khen",
    "bang_khen": "Bằng khen",
    "other": "Khác",
}
# How a report says it: "Chi bộ được Đảng ủy Khối tặng giấy khen".
KIND_VERBS = {
    "khen_thuong": "khen thưởng",
    "bieu_duong": "biểu dương",
    "giay_khen": "tặng giấy khen",
    "bang_khen": "tặng bằng khen",
    "other": "khen",
}


def _member_name(member_id: int | None) -> str:
    if member_id is None:
        return ""
    row = Member.get_or_none(Member.id == member_id)
    return row.full_name if row else ""


@dataclass
class CommendationData:
    date: dt.date | None = None
    recipient_kind: str = "cell"
    member_id: int | None = None
    group_name: str = ""
    kind: str = "giay_khen"
    level: str = ""  # issuing level, optional: "Đảng ủy Khối"
    period: str = ""  # "năm 2009"
    reason: str = ""
    member_name: str = ""  # filled on reading
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def recipient_text(self) -> str:
        if self.recipient_kind == "member":
            return f"Đồng chí {self.member_name}" if self.member_name else "Một đồng chí"
        if self.recipient_kind == "group":
            return self.group_name or "Tập thể"
        return "Chi bộ"

    def sentence(self) -> str:
        """"Chi bộ được Đảng ủy Khối tặng giấy khen năm 2009 vì ...". Ends with a stop."""
        text = f"{self.recipient_text} được"
        if self.level:
            text += f" {self.level}"
        text += f" {KIND_VERBS[self.kind]}"
        if self.period:
            text += f" {self.period}"
        if self.reason:
            reason = self.reason.rstrip(".")
            text += f" {reason}" if reason.startswith(("vì", "do", "về")) else f" vì {reason}"
        return text + "."


def _commendation(row: Commendation) -> CommendationData:
    return CommendationData(row.date, row.recipient_kind, row.member_id, row.group_name,
                            row.kind, row.level, row.period, row.reason,
                            _member_name(row.member_id), row.id)


def validate_commendation(data: CommendationData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = "Chưa nhập ngày khen thưởng."
    if data.recipient_kind not in RECIPIENT_LABELS:
        errors["recipient_kind"] = "Đối tượng khen thưởng không hợp lệ."
    elif data.recipient_kind == "member":
        if data.member_id is None:
            errors["member_id"] = "Chưa chọn đồng chí được khen thưởng."
        elif not Member.select().where(Member.id == data.member_id).exists():
            errors["member_id"] = "Đồng chí này không còn trong danh sách."
    elif data.recipient_kind == "group" and not data.group_name:
        errors["group_name"] = "Chưa nhập tên tập thể được khen thưởng."
    if data.kind not in KIND_LABELS:
        errors["kind"] = "Hình thức khen thưởng không hợp lệ."
    for name, limit in (("level", 300), ("group_name", 300), ("period", 100), ("reason", 2000)):
        if len(getattr(data, name)) > limit:
            errors[name] = f"Quá dài (tối đa {number(limit)} ký tự)."
    closing.check_closed_year(errors, "commendation", {"date": data.date}, data.id)
    return errors


def save_commendation(data: CommendationData) -> CommendationData:
    data = replace(data, group_name=clean_line(data.group_name), level=clean_line(data.level),
                   period=clean_line(data.period), reason=normalize(data.reason).strip())
    if data.recipient_kind != "member":
        data = replace(data, member_id=None)
    if data.recipient_kind != "group":
        data = replace(data, group_name="")
    errors = validate_commendation(data)
    if errors:
        raise ValidationError(errors)
    values = dict(date=data.date, recipient_kind=data.recipient_kind, member=data.member_id,
                  group_name=data.group_name, kind=data.kind, level=data.level,
                  period=data.period, reason=data.reason)
    with database.atomic():
        if data.id is None:
            row = Commendation.create(**values)
        else:
            if not Commendation.update(**values).where(Commendation.id == data.id).execute():
                raise UserError("Không tìm thấy khen thưởng này (có thể đã bị xóa).")
            row = Commendation.get_by_id(data.id)
    return _commendation(row)


def delete_commendation(commendation_id: int) -> None:
    with database.atomic():
        Commendation.delete().where(Commendation.id == commendation_id).execute()


def list_commendations(start: dt.date | None = None, end: dt.date | None = None
                       ) -> list[CommendationData]:
    query = Commendation.select().order_by(Commendation.date, Commendation.id)
    if start is not None:
        query = query.where(Commendation.date >= start)
    if end is not None:
        query = query.where(Commendation.date <= end)
    return [_commendation(row) for row in query]


@dataclass
class ViolationData:
    member_id: int | None = None
    date: dt.date | None = None
    description: str = ""
    discipline: str = ""  # hình thức kỷ luật: "khiển trách", "cảnh cáo"...
    resolved_date: dt.date | None = None
    member_name: str = ""  # filled on reading
    id: int | None = None

    def sentence(self) -> str:
        text = f"đồng chí {self.member_name} ({short_date(self.date)}): {self.description}"
        if self.discipline:
            text += f"; hình thức kỷ luật: {self.discipline}"
        return text


def _violation(row: Violation) -> ViolationData:
    return ViolationData(row.member_id, row.date, row.description, row.discipline,
                         row.resolved_date, _member_name(row.member_id), row.id)


def validate_violation(data: ViolationData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.member_id is None:
        errors["member_id"] = "Chưa chọn đồng chí vi phạm."
    elif not Member.select().where(Member.id == data.member_id).exists():
        errors["member_id"] = "Đồng chí này không còn trong danh sách."
    if data.date is None:
        errors["date"] = "Chưa nhập ngày vi phạm."
    if not data.description:
        errors["description"] = "Chưa nhập nội dung vi phạm."
    elif len(data.description) > 2000:
        errors["description"] = "Nội dung quá dài (tối đa 2.000 ký tự)."
    if len(data.discipline) > 300:
        errors["discipline"] = "Quá dài (tối đa 300 ký tự)."
    if data.resolved_date and data.date and data.resolved_date < data.date:
        errors["resolved_date"] = f"Ngày xử lý phải từ ngày {short_date(data.date)} trở đi."
    closing.check_closed_year(errors, "violation", {"date": data.date,
                                                  "resolved_date": data.resolved_date}, data.id)
    return errors


def save_violation(data: ViolationData) -> ViolationData:
    data = replace(data, description=normalize(data.description).strip(),
                   discipline=clean_line(data.discipline))
    errors = validate_violation(data)
    if errors:
        raise ValidationError(errors)
    values = dict(member=data.member_id, date=data.date, description=data.description,
                  discipline=data.discipline, resolved_date=data.resolved_date)
    with database.atomic():
        if data.id is None:
            row = Violation.create(**values)
        else:
            if not Violation.update(**values).where(Violation.id == data.id).execute():
                raise UserError("Không tìm thấy vi phạm này (có thể đã bị xóa).")
            row = Violation.get_by_id(data.id)
    return _violation(row)


def delete_violation(violation_id: int) -> None:
    with database.atomic():
        Violation.delete().where(Violation.id == violation_id).execute()


def list_violations(start: dt.date | None = None, end: dt.date | None = None
                    ) -> list[ViolationData]:
    query = Violation.select().order_by(Violation.date, Violation.id)
    if start is not None:
        query = query.where(Violation.date >= start)
    if end is not None:
        query = query.where(Violation.date <= end)
    return [_violation(row) for row in query]


@dataclass(frozen=True)
class RecognitionFacts:
    """Commendations and violations of a period, for the summary report."""

    commendations: tuple[CommendationData, ...]
    violations: tuple[ViolationData, ...]

    @property
    def violating_members(self) -> int:
        return len({v.member_id for v in self.violations})

    def sentences(self) -> list[str]:
        lines = [c.sentence() for c in self.commendations]
        if not self.violations:
            lines.append("Trong kỳ không có đảng viên vi phạm.")
        else:
            count = self.violating_members
            shown = f"{count:02d}" if count < 10 else number(count)
            details = "; ".join(v.sentence() for v in self.violations)
            lines.append(f"Trong kỳ có {shown} đảng viên vi phạm: {details}.")
        return lines


def report_facts(start: dt.date, end: dt.date) -> RecognitionFacts:
    return RecognitionFacts(tuple(list_commendations(start, end)),
                            tuple(list_violations(start, end)))
