"""The unit's congress (đại hội chi bộ / đảng bộ) and its political report (báo cáo chính trị).

A congress has its number ("lần thứ XI"), the new term, its date and place, whether it is a
pilot (đại hội điểm), its delegates and the election results (the new committee, bí thư,
phó bí thư). The new term's targets, entered with the congress, are kept as the congress's
resolution: a plan of kind "resolution" for the new term, so the Plans tab shows them and
the next term's reports count them (issue 17's periods and targets).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop_app.core.common.formats import period, roman, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.plans.validation import validate_target
from desktop_app.db import database
from desktop_app.db.models.report import Congress
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize


@dataclass
class CongressData:
    """A congress as plain data; ``id`` None when not saved yet."""

    number: int | None = None  # lần thứ
    term_start: int | None = None  # the new term
    term_end: int | None = None
    date: dt.date | None = None
    place: str = ""
    pilot: bool = False  # đại hội điểm
    delegates_summoned: int | None = None
    delegates_present: int | None = None
    committee: list[str] = field(default_factory=list)  # the new committee, one name each
    secretary_name: str = ""
    deputy_secretary_name: str = ""
    targets: list[TargetData] = field(default_factory=list)  # the new term's main targets
    resolution_id: int | None = None
    id: int | None = None

    @property
    def number_text(self) -> str:
        """"XI" (congresses are numbered in Roman numerals)."""
        return roman(self.number) if self.number else "…"

    @property
    def term_text(self) -> str:
        if self.term_start is None or self.term_end is None:
            return "…"
        return period(self.term_start, self.term_end)

    def title(self, unit_name: str) -> str:
        """"Đại hội Chi bộ … lần thứ XI" (the letterhead of the congress's documents)."""
        unit = clean_line(unit_name) or "Chi bộ"
        return f"Đại hội {unit} lần thứ {self.number_text}"

    def name(self, unit_name: str) -> str:
        """"Đại hội Chi bộ … lần thứ XI, nhiệm kỳ 2022 – 2025"."""
        return f"{self.title(unit_name)}, nhiệm kỳ {self.term_text}"


def _lines(text: str) -> list[str]:
    return [clean_line(line) for line in text.splitlines() if clean_line(line)]


def _data(row: Congress) -> CongressData:
    targets = plans_core.get_plan(row.resolution_id).targets if row.resolution_id else []
    return CongressData(
        number=row.number, term_start=row.term_start, term_end=row.term_end, date=row.date,
        place=row.place, pilot=bool(row.pilot), delegates_summoned=row.delegates_summoned,
        delegates_present=row.delegates_present, committee=_lines(row.committee),
        secretary_name=row.secretary_name, deputy_secretary_name=row.deputy_secretary_name,
        targets=targets, resolution_id=row.resolution_id, id=row.id)


def get_congress(congress_id: int) -> CongressData:
    row = Congress.get_or_none(Congress.id == congress_id)
    if row is None:
        raise UserError("Không tìm thấy thông tin đại hội này (có thể đã bị xóa).")
    return _data(row)


def congress_of_resolution(plan_id: int) -> CongressData | None:
    """The congress whose resolution (the new term's targets) is the plan *plan_id*."""
    row = Congress.select().where(Congress.resolution == plan_id).first()
    return _data(row) if row is not None else None


def latest_congress() -> CongressData | None:
    row = Congress.select().order_by(Congress.term_start.desc(),  # type: ignore[attr-defined]
                                      Congress.id.desc()).first()  # type: ignore[attr-defined]
    return _data(row) if row is not None else None


def _count(value: int | None, name: str, errors: dict[str, str], label: str) -> None:
    if value is not None and (not isinstance(value, int) or value < 0 or value > 100_000):
        errors[name] = f"{label} phải là một số nguyên không âm."


def validate_congress(data: CongressData) -> dict[str, str]:
    """Per-field messages (Vietnamese); the targets' under ``targets``."""
    errors: dict[str, str] = {}
    if not isinstance(data.number, int) or not 1 <= data.number <= 99:
        errors["number"] = "Cần ghi đại hội lần thứ mấy (một số từ 1 đến 99)."
    years_ok = True
    for name, year in (("term_start", data.term_start), ("term_end", data.term_end)):
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            errors[name] = "Năm của nhiệm kỳ phải từ 1990 đến 2100."
            years_ok = False
    if years_ok and data.term_end is not None and data.term_start is not None:
        if data.term_end <= data.term_start:
            errors["term_end"] = "Nhiệm kỳ phải kết thúc sau năm bắt đầu (ví dụ 2022 – 2025)."
        elif data.term_end - data.term_start > 5:
            errors["term_end"] = "Một nhiệm kỳ không quá 5 năm."
    if data.date is None:
        errors["date"] = "Cần ghi ngày đại hội."
    elif years_ok and data.term_start is not None and abs(data.date.year - data.term_start) > 1:
        errors["date"] = (f"Ngày đại hội ({short_date(data.date)}) không khớp với nhiệm kỳ "
                          f"{data.term_text}.")
    _count(data.delegates_summoned, "delegates_summoned", errors, "Số được triệu tập")
    _count(data.delegates_present, "delegates_present", errors, "Số có mặt")
    if ("delegates_present" not in errors and data.delegates_present is not None
            and data.delegates_summoned is not None
            and data.delegates_present > data.delegates_summoned):
        errors["delegates_present"] = "Số có mặt không thể nhiều hơn số được triệu tập."
    committee = {normalize(n).casefold() for n in data.committee}
    for name, person, label in (("secretary_name", data.secretary_name, "Bí thư"),
                                ("deputy_secretary_name", data.deputy_secretary_name,
                                 "Phó bí thư")):
        if committee and clean_line(person) and normalize(clean_line(person)).casefold() \
                not in committee:
            errors[name] = f"{label} phải là một trong các đồng chí trúng cử cấp ủy."
    for index, target in enumerate(data.targets, start=1):
        problems = validate_target(target)
        if problems:
            errors["targets"] = f"Chỉ tiêu {index}: " + " ".join(problems.values())
            break
    return errors


def _resolution(data: CongressData, unit_name: str) -> PlanData:
    """The congress's resolution holding the new term's targets (a plan for the term)."""
    assert data.term_start is not None and data.term_end is not None and data.date is not None
    start = data.date
    try:
        end = start.replace(year=data.term_end) - dt.timedelta(days=1)
    except ValueError:  # 29/2
        end = dt.date(data.term_end, 2, 28)
    existing = plans_core.get_plan(data.resolution_id) if data.resolution_id else None
    title = f"Nghị quyết {data.name(unit_name)}"
    base = existing or PlanData()
    return replace(base, year=data.term_start, kind="resolution",
                   title=base.title if existing else title, plan_date=data.date,
                   period_kind="term", period_start=start, period_end=end,
                   targets=[replace(t, position=i) for i, t in enumerate(data.targets)])


def save_congress(data: CongressData, unit_name: str) -> CongressData:
    """Save the congress and its resolution (the new term's targets) in one transaction."""
    data = replace(data, place=clean_line(data.place),
                   committee=[clean_line(n) for n in data.committee if clean_line(n)],
                   secretary_name=clean_line(data.secretary_name),
                   deputy_secretary_name=clean_line(data.deputy_secretary_name))
    errors = validate_congress(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        resolution_id = data.resolution_id
        if resolution_id is not None and not _plan_exists(resolution_id):
            resolution_id = None
        data = replace(data, resolution_id=resolution_id)
        plan_id = resolution_id
        if data.targets or resolution_id is not None:
            try:
                plan_id = plans_core.save_plan(_resolution(data, unit_name)).id
            except ValidationError as error:
                raise ValidationError({"targets": " ".join(error.fields.values())}) from None
        values = dict(number=data.number, term_start=data.term_start, term_end=data.term_end,
                      date=data.date, place=data.place, pilot=data.pilot,
                      delegates_summoned=data.delegates_summoned,
                      delegates_present=data.delegates_present,
                      committee="\n".join(data.committee), secretary_name=data.secretary_name,
                      deputy_secretary_name=data.deputy_secretary_name, resolution=plan_id)
        if data.id is None:
            congress_id = Congress.create(**values).id
        else:
            if not Congress.update(**values).where(Congress.id == data.id).execute():
                raise UserError("Không tìm thấy thông tin đại hội này (có thể đã bị xóa).")
            congress_id = data.id
    return get_congress(congress_id)


def _plan_exists(plan_id: int) -> bool:
    from desktop_app.db.models.plans import Plan

    return Plan.select().where(Plan.id == plan_id).exists()
