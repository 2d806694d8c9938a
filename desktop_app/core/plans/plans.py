"""Yearly plans, resolutions and action programmes with their targets (kế hoạch, chỉ tiêu).

A plan holds targets; each target has a deadline and a stored status (chưa làm, đang
làm, hoàn thành). "Quá hạn" is never stored: it is derived from the deadline and the
day it is looked at, so a target becomes overdue without anyone touching it.

Targets whose indicator the app can measure from its own data (attendance, reflections,
commitments, savings) show the measured value beside the target. Each of those areas
registers a function in :data:`MEASURES`; a kind without one shows "chưa đo được".
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from desktop_app.core.common.formats import number, percent, short_date
from desktop_app.core.common.text import clean_line, name_sort_key
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.plans import Plan, PlanTarget, PlanTargetResponsible
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

log = logging.getLogger(__name__)

KIND_LABELS = {
    "plan": "Kế hoạch",
    "resolution": "Nghị quyết",
    "action_programme": "Chương trình hành động",
}
KIND_CODES = {"plan": "KH", "resolution": "NQ", "action_programme": "CTr"}
INDICATOR_LABELS = {
    "none": "Không đo tự động",
    "attendance": "Tỷ lệ tham gia học tập",
    "reflection": "Tỷ lệ viết thu hoạch",
    "commitment": "Tỷ lệ đăng ký làm theo",
    "savings": "Tỷ lệ tiết kiệm",
}
STATUS_LABELS = {
    "not_started": "Chưa làm",
    "in_progress": "Đang làm",
    "done": "Hoàn thành",
    "overdue": "Quá hạn",
}
STORED_STATUSES = ("not_started", "in_progress", "done")
NOT_MEASURED = "chưa đo được"
MAX_TITLE = 500
MAX_TEXT = 20_000
MIN_YEAR, MAX_YEAR = 1990, 2100

# indicator kind -> function(year) -> measured percentage (None when there is no data yet).
# Overrides here win over core.plan_measures.DEFAULT_MEASURES (imported late: heavier areas).
MEASURES: dict[str, Callable[[int], float | None]] = {}


@dataclass
class TargetData:
    """A target or task (chỉ tiêu, nhiệm vụ) as plain data."""

    content: str = ""
    indicator_kind: str = "none"
    target_value: float | None = None
    indicator: str = ""  # "100% đảng viên viết thu hoạch"
    deadline: dt.date | None = None
    status: str = "not_started"
    result_note: str = ""
    result_date: dt.date | None = None
    responsible_ids: list[int] = field(default_factory=list)
    responsible_names: list[str] = field(default_factory=list)  # filled on load, read-only
    position: int = 0
    id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status != "done" and self.deadline is not None and self.deadline < today

    def derived_status(self, today: dt.date) -> str:
        """The stored status, or "overdue" when the deadline passed and it is not done."""
        return "overdue" if self.is_overdue(today) else self.status

    def status_label(self, today: dt.date) -> str:
        return STATUS_LABELS[self.derived_status(today)]

    @property
    def target_text(self) -> str:
        """What the plan promises: the indicator text, else the percentage."""
        if self.indicator:
            return self.indicator
        return percent(self.target_value, 1) if self.target_value is not None else ""


@dataclass
class PlanData:
    """A plan, resolution or action programme as plain data; ``id`` None when unsaved."""

    year: int = 0
    kind: str = "plan"
    title: str = ""  # trích yếu
    theme: str = ""  # chủ đề / chuyên đề năm
    purpose: str = ""
    requirements: str = ""
    implements: str = ""  # superior documents, one per line
    plan_date: dt.date | None = None
    number: int | None = None
    issued_date: dt.date | None = None
    targets: list[TargetData] = field(default_factory=list)
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def type_code(self) -> str:
        return KIND_CODES[self.kind]

    @property
    def is_issued(self) -> bool:
        return self.number is not None

    def document_number(self, cell_code: str = "CB") -> str:
        """"05-KH/CB" once issued, else ""."""
        if self.number is None:
            return ""
        return f"{self.number:02d}-{self.type_code}/{cell_code}"

    @property
    def implements_lines(self) -> list[str]:
        return [clean_line(line) for line in self.implements.splitlines() if line.strip()]

    @property
    def display_name(self) -> str:
        return f"{self.kind_label} {lower_first(self.title)}".strip()


def lower_first(text: str) -> str:
    """"Thực hiện Cuộc vận động" -> "thực hiện Cuộc vận động" (to follow a type name)."""
    return text[:1].lower() + text[1:] if text else text


# ---------------------------------------------------------------- cleaning and validation

def _clean_target(target: TargetData, position: int) -> TargetData:
    return replace(
        target,
        content=normalize(target.content).strip(),
        indicator=clean_line(target.indicator),
        result_note=normalize(target.result_note).strip(),
        responsible_ids=list(dict.fromkeys(target.responsible_ids)),
        position=position,
    )


def clean(data: PlanData) -> PlanData:
    """Normalise text (NFC, trimmed) without judging it."""
    return replace(
        data,
        title=clean_line(data.title),
        theme=normalize(data.theme).strip(),
        purpose=normalize(data.purpose).strip(),
        requirements=normalize(data.requirements).strip(),
        implements="\n".join(PlanData(implements=normalize(data.implements)).implements_lines),
        targets=[_clean_target(t, i) for i, t in enumerate(data.targets)],
    )


def _left_members(ids: Iterable[int]) -> dict[int, Member]:
    ids = list(ids)
    if not ids:
        return {}
    rows = Member.select().where(Member.id.in_(ids))  # type: ignore[attr-defined]
    return {row.id: row for row in rows}


def validate_target(target: TargetData, plan_date: dt.date | None = None,
                    today: dt.date | None = None) -> dict[str, str]:
    """Per-field Vietnamese messages for one target; empty when it can be saved."""
    today = today or dt.date.today()
    target = _clean_target(target, target.position)
    errors: dict[str, str] = {}
    if not target.content:
        errors["content"] = "Chưa nhập nội dung chỉ tiêu, nhiệm vụ."
    elif len(target.content) > MAX_TEXT:
        errors["content"] = f"Nội dung quá dài (tối đa {number(MAX_TEXT)} ký tự)."
    if len(target.indicator) > MAX_TITLE:
        errors["indicator"] = f"Chỉ tiêu quá dài (tối đa {MAX_TITLE} ký tự)."
    if target.indicator_kind not in INDICATOR_LABELS:
        errors["indicator_kind"] = "Loại chỉ tiêu không hợp lệ."
    if target.target_value is not None and not 0 <= target.target_value <= 100:
        errors["target_value"] = "Tỷ lệ phải từ 0% đến 100%."
    elif target.target_value is None and target.indicator_kind not in ("none",):
        errors["target_value"] = "Chỉ tiêu đo được cần có tỷ lệ phải đạt (%)."
    if target.status not in STORED_STATUSES:
        errors["status"] = "Trạng thái không hợp lệ."
    if target.deadline and plan_date and target.deadline < plan_date:
        errors["deadline"] = (
            f"Thời hạn không được trước ngày xây dựng kế hoạch ({short_date(plan_date)})."
        )
    if target.result_date and plan_date and target.result_date < plan_date:
        errors["result_date"] = (
            f"Ngày có kết quả không được trước ngày xây dựng kế hoạch ({short_date(plan_date)})."
        )
    elif target.result_date and target.result_date > today:
        errors["result_date"] = f"Ngày có kết quả không được sau hôm nay ({short_date(today)})."
    # A member who left before the work was due cannot be responsible for it.
    due = target.deadline or plan_date or today
    if target.status == "done" and target.result_date:
        due = min(due, target.result_date)
    members = _left_members(target.responsible_ids)
    problems = []
    for member_id in target.responsible_ids:
        member = members.get(member_id)
        if member is None:
            problems.append("một đảng viên không còn trong danh sách")
        elif member.status in ("transferred", "deceased") and (
                member.status_date is None or member.status_date <= due):
            how = "đã chuyển đi" if member.status == "transferred" else "đã từ trần"
            problems.append(f"đồng chí {member.full_name} {how}")
    if problems:
        errors["responsible_ids"] = (
            "Người phụ trách không hợp lệ: " + "; ".join(problems)
            + ". Hãy chọn người khác."
        )
    return errors


def validate(data: PlanData, today: dt.date | None = None) -> dict[str, str]:
    """Per-field messages for a plan and its targets ("targets.2.deadline" for a target)."""
    today = today or dt.date.today()
    data = clean(data)
    errors: dict[str, str] = {}
    if not MIN_YEAR <= data.year <= MAX_YEAR:
        errors["year"] = f"Năm phải từ {MIN_YEAR} đến {MAX_YEAR}."
    if data.kind not in KIND_LABELS:
        errors["kind"] = "Loại văn bản không hợp lệ."
    if not data.title:
        errors["title"] = "Chưa nhập trích yếu (tên) của văn bản."
    elif len(data.title) > MAX_TITLE:
        errors["title"] = f"Trích yếu quá dài (tối đa {MAX_TITLE} ký tự)."
    for name, label in (("theme", "Chủ đề"), ("purpose", "Mục đích"),
                        ("requirements", "Yêu cầu"), ("implements", "Căn cứ")):
        if len(getattr(data, name)) > MAX_TEXT:
            errors[name] = f"{label} quá dài (tối đa {number(MAX_TEXT)} ký tự)."
    if data.plan_date and "year" not in errors and abs(data.plan_date.year - data.year) > 1:
        errors["plan_date"] = f"Ngày xây dựng phải trong khoảng năm {data.year} (hoặc năm liền kề)."
    if data.number is not None and not 1 <= data.number <= 9999:
        errors["number"] = "Số văn bản phải là số dương."
    if data.number is not None and data.issued_date is None:
        errors["issued_date"] = "Văn bản đã có số cần có ngày ban hành."
    if data.issued_date and data.plan_date and data.issued_date < data.plan_date:
        errors["issued_date"] = (
            f"Ngày ban hành không được trước ngày xây dựng ({short_date(data.plan_date)})."
        )
    for index, target in enumerate(data.targets):
        for name, message in validate_target(target, data.plan_date, today).items():
            errors[f"targets.{index}.{name}"] = f"Chỉ tiêu {index + 1}: {message}"
    return errors


# ---------------------------------------------------------------- storage

def _responsibles(target_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    result: dict[int, list[tuple[int, str]]] = {tid: [] for tid in target_ids}
    if not target_ids:
        return result
    query = (PlanTargetResponsible.select(PlanTargetResponsible.target, Member.id,
                                          Member.full_name)
             .join(Member).where(PlanTargetResponsible.target.in_(target_ids)))
    for row in query:
        result[row.target_id].append((row.member.id, row.member.full_name))
    for people in result.values():
        people.sort(key=lambda p: name_sort_key(p[1]))
    return result


def _to_data(row: Plan) -> PlanData:
    return _to_data_many([row])[0]


def _to_data_many(rows: list[Plan]) -> list[PlanData]:
    """Plans with their targets and responsibles, read in one query each for all of them
    (a decade of plans, not two queries per plan)."""
    by_plan: dict[int, list[PlanTarget]] = {row.id: [] for row in rows}
    if by_plan:
        for target in (PlanTarget.select().where(PlanTarget.plan.in_(list(by_plan)))
                       .order_by(PlanTarget.position, PlanTarget.id)):
            by_plan[target.plan_id].append(target)
    people = _responsibles([t.id for targets in by_plan.values() for t in targets])
    return [PlanData(
        year=row.year, kind=row.kind, title=row.title, theme=row.theme, purpose=row.purpose,
        requirements=row.requirements, implements=row.implements, plan_date=row.plan_date,
        number=row.number, issued_date=row.issued_date, id=row.id, targets=[
            TargetData(
                content=t.content, indicator_kind=t.indicator_kind,
                target_value=t.target_value, indicator=t.indicator, deadline=t.deadline,
                status=t.status, result_note=t.result_note, result_date=t.result_date,
                responsible_ids=[p[0] for p in people[t.id]],
                responsible_names=[p[1] for p in people[t.id]],
                position=t.position, id=t.id,
            )
            for t in by_plan[row.id]
        ],
    ) for row in rows]


_KIND_ORDER = {kind: i for i, kind in enumerate(KIND_LABELS)}


def list_plans(year: int | None = None, *, years: tuple[int, int] | None = None
               ) -> list[PlanData]:
    """Plans of *year* (all years when None; or the *years* from first to last): by year,
    kind, then date."""
    query = Plan.select()
    if year is not None:
        query = query.where(Plan.year == year)
    if years is not None:
        query = query.where(Plan.year.between(*years))
    plans = _to_data_many(list(query))
    return sorted(plans, key=lambda p: (p.year, _KIND_ORDER[p.kind],
                                        p.plan_date or dt.date.max, p.id or 0))


def year_theme(year: int) -> str:
    """The year's theme (chủ đề / chuyên đề năm) from that year's plans, "" when none has one.

    A plan (kế hoạch) is preferred to a resolution or programme of the same year.
    """
    order = {"plan": 0, "resolution": 1, "action_programme": 2}
    rows = (Plan.select(Plan.kind, Plan.theme)
            .where((Plan.year == year) & (Plan.theme != "")).order_by(Plan.id))
    themed = sorted(rows, key=lambda row: order.get(row.kind, 9))
    return themed[0].theme if themed else ""


def plan_years() -> list[int]:
    return [row.year for row in Plan.select(Plan.year).distinct().order_by(Plan.year)]


def get_plan(plan_id: int) -> PlanData:
    row = Plan.get_or_none(Plan.id == plan_id)
    if row is None:
        raise UserError("Không tìm thấy kế hoạch này (có thể đã bị xóa).")
    return _to_data(row)


def save_plan(data: PlanData, today: dt.date | None = None) -> PlanData:
    """Validate and save a plan with its targets in one transaction; returns it as stored."""
    data = clean(data)
    errors = validate(data, today)
    if errors:
        raise ValidationError(errors)
    values = {
        "year": data.year, "kind": data.kind, "title": data.title, "theme": data.theme,
        "purpose": data.purpose, "requirements": data.requirements,
        "implements": data.implements, "plan_date": data.plan_date, "number": data.number,
        "issued_date": data.issued_date,
        "updated_at": dt.datetime.now().replace(microsecond=0),
    }
    with database.atomic():
        if data.id is None:
            plan_id = Plan.create(**values).id
        else:
            if not Plan.update(**values).where(Plan.id == data.id).execute():
                raise UserError("Không tìm thấy kế hoạch này (có thể đã bị xóa).")
            plan_id = data.id
        kept = [t.id for t in data.targets if t.id is not None]
        PlanTarget.delete().where((PlanTarget.plan == plan_id)
                                  & PlanTarget.id.not_in(kept)).execute()
        for target in data.targets:
            _save_target_row(plan_id, target)
    return get_plan(plan_id)


def _save_target_row(plan_id: int, target: TargetData) -> int:
    values = {
        "plan": plan_id, "position": target.position, "content": target.content,
        "indicator_kind": target.indicator_kind, "target_value": target.target_value,
        "indicator": target.indicator, "deadline": target.deadline, "status": target.status,
        "result_note": target.result_note, "result_date": target.result_date,
    }
    if target.id is None:
        target_id = PlanTarget.create(**values).id
    else:
        updated = (PlanTarget.update(**values)
                   .where((PlanTarget.id == target.id) & (PlanTarget.plan == plan_id)).execute())
        if not updated:
            raise UserError("Không tìm thấy chỉ tiêu này (có thể đã bị xóa).")
        target_id = target.id
    PlanTargetResponsible.delete().where(PlanTargetResponsible.target == target_id).execute()
    for member_id in target.responsible_ids:
        PlanTargetResponsible.create(target=target_id, member=member_id)
    return target_id


def mark_done(target_id: int, day: dt.date | None = None, note: str | None = None,
              today: dt.date | None = None) -> PlanData:
    """Mark a target done on *day* (default today); returns its plan as stored."""
    row = PlanTarget.get_or_none(PlanTarget.id == target_id)
    if row is None:
        raise UserError("Không tìm thấy chỉ tiêu này (có thể đã bị xóa).")
    plan = get_plan(row.plan_id)
    targets = [
        replace(t, status="done", result_date=day or today or dt.date.today(),
                result_note=t.result_note if note is None else note)
        if t.id == target_id else t
        for t in plan.targets
    ]
    return save_plan(replace(plan, targets=targets), today)


SOURCE_KIND = "plan"  # how the document register refers to a plan


def issue_plan(plan_id: int, day: dt.date) -> PlanData:
    """Give the plan its number from the register (sổ văn bản) on *day*; keep number and date.

    A plan that already has a number keeps it. The register entry refers back to the plan.
    """
    from desktop_app.core.register import numbering as register

    plan = get_plan(plan_id)
    if plan.number is not None:
        return plan
    with database.atomic():
        entry = register.issue(plan.type_code, day, plan.display_name,
                               source_kind=SOURCE_KIND, source_id=plan_id)
        Plan.update(number=entry.number, issued_date=entry.issued_date).where(
            Plan.id == plan_id).execute()
    return get_plan(plan_id)


def delete_plan(plan_id: int) -> None:
    """Delete a plan and its targets. Register entries (issued documents) are kept.

    The GUI asks first when ``get_plan(plan_id).is_issued``.
    """
    with database.atomic():
        row = Plan.get_or_none(Plan.id == plan_id)
        if row is not None:
            row.delete_instance()  # targets and responsibles go by ON DELETE CASCADE


# ---------------------------------------------------------------- copy to the next year

def _next_year(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _move_year(text: str, year: int) -> str:
    return re.sub(rf"(?<!\d){year}(?!\d)", str(year + 1), text)


def copy_from_last_year(year: int, plan_ids: list[int] | None = None,
                        today: dt.date | None = None) -> list[PlanData]:
    """New plans for ``year + 1`` from the plans of *year* (all, or those in *plan_ids*).

    Dates move one year, the year in the title moves too, statuses and results are reset,
    numbers are cleared (the copy is not issued yet); members who left are dropped.
    """
    sources = [p for p in list_plans(year) if plan_ids is None or p.id in plan_ids]
    if not sources:
        raise UserError(f"Năm {year} chưa có kế hoạch nào để sao chép.")
    existing = {(p.kind, p.title) for p in list_plans(year + 1)}
    left = {row.id for row in Member.select(Member.id)
            .where(Member.status.in_(("transferred", "deceased")))}
    copies = []
    with database.atomic():
        for source in sources:
            title = _move_year(source.title, year)
            if (source.kind, title) in existing:
                raise UserError(
                    f"Năm {year + 1} đã có {source.kind_label.lower()} “{title}”; "
                    "không sao chép lại."
                )
            targets = [
                TargetData(
                    content=t.content, indicator_kind=t.indicator_kind,
                    target_value=t.target_value, indicator=t.indicator,
                    deadline=_next_year(t.deadline),
                    responsible_ids=[m for m in t.responsible_ids if m not in left],
                    position=t.position,
                )
                for t in source.targets
            ]
            copy = PlanData(
                year=year + 1, kind=source.kind, title=title, theme=source.theme,
                purpose=source.purpose, requirements=source.requirements,
                implements=source.implements, plan_date=_next_year(source.plan_date),
                targets=targets,
            )
            copies.append(save_plan(copy, today))
    return copies


# ---------------------------------------------------------------- measuring and summaries

def measured_value(indicator_kind: str, year: int) -> float | None:
    """The app's own measurement for an indicator kind in *year*, or None."""
    from .measures import DEFAULT_MEASURES

    measure = MEASURES.get(indicator_kind) or DEFAULT_MEASURES.get(indicator_kind)
    if measure is None:
        return None
    try:
        return measure(year)
    except Exception:  # a broken measurement must not hide the plan
        log.exception("measuring %s for %s failed", indicator_kind, year)
        return None


def measured_text(target: TargetData, year: int) -> str:
    """"95,56%" next to a measurable target, "chưa đo được" when no data; "" otherwise."""
    if target.indicator_kind == "none":
        return ""
    value = measured_value(target.indicator_kind, year)
    return NOT_MEASURED if value is None else percent(value)


@dataclass(frozen=True)
class TargetSummary:
    total: int
    done: int
    overdue: int

    def text(self) -> str:
        """"3/5 hoàn thành, 1 quá hạn"."""
        if self.total == 0:
            return "Chưa có chỉ tiêu nào."
        return f"{self.done}/{self.total} hoàn thành, {self.overdue} quá hạn"


def summarize(targets: Iterable[TargetData], today: dt.date) -> TargetSummary:
    targets = list(targets)
    return TargetSummary(
        total=len(targets),
        done=sum(1 for t in targets if t.status == "done"),
        overdue=sum(1 for t in targets if t.is_overdue(today)),
    )


def filter_targets(targets: Iterable[TargetData], today: dt.date, *,
                   overdue_only: bool = False,
                   member_id: int | None = None) -> list[TargetData]:
    """The targets a filter keeps: overdue ones, and/or those a member is responsible for."""
    return [
        t for t in targets
        if (not overdue_only or t.is_overdue(today))
        and (member_id is None or member_id in t.responsible_ids)
    ]


# The summary report's facts live beside this module; re-exported for the shared shape.
from .report_facts import PlanFacts, YearFacts, per_year, report_facts  # noqa: E402, F401
