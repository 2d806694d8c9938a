"""Storing yearly plans, resolutions and action programmes with their targets (kế hoạch).

The plain data and labels are in :mod:`.model`, validation in :mod:`.validation`. A plan is
saved whole with its targets in one transaction; issuing gives it its number from the
register; a year's plans can be copied to the next year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from desktop_app.core.common.text import name_sort_key
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.plans import Plan, PlanTarget, PlanTargetResponsible
from desktop_app.errors import UserError, ValidationError

from .model import KIND_LABELS, PlanData, TargetData
from .validation import clean, plan_columns, target_columns, validate


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
        number=row.number, issued_date=row.issued_date, id=row.id,
        period_kind=row.period_kind or "year", period_start=row.period_start,
        period_end=row.period_end, targets=[
            TargetData(
                content=t.content, indicator_kind=t.indicator_kind,
                target_value=t.target_value, indicator=t.indicator, deadline=t.deadline,
                status=t.status, result_note=t.result_note, result_date=t.result_date,
                responsible_ids=[p[0] for p in people[t.id]],
                responsible_names=[p[1] for p in people[t.id]],
                position=t.position, id=t.id, target_count=t.target_count, unit=t.unit,
                result_value=t.result_value,
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
    values = {**plan_columns(data), "updated_at": dt.datetime.now().replace(microsecond=0)}
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
    values = {"plan": plan_id, **target_columns(target)}
    if target.id is None:
        target_id = PlanTarget.create(**values).id
    else:
        updated = (PlanTarget.update(**values)
                   .where((PlanTarget.id == target.id) & (PlanTarget.plan == plan_id)).execute())
        if not updated:
            raise UserError("Không tìm thấy chỉ tiêu này (có thể đã bị xóa).")
        target_id = target.id
    # only who changed is written (the history then says who was added or taken off)
    chosen = set(target.responsible_ids)
    PlanTargetResponsible.delete().where((PlanTargetResponsible.target == target_id)
                                         & PlanTargetResponsible.member.not_in(sorted(chosen))
                                         ).execute()
    there = {r.member_id for r in PlanTargetResponsible.select(PlanTargetResponsible.member)
             .where(PlanTargetResponsible.target == target_id)}
    for member_id in target.responsible_ids:
        if member_id not in there:
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
                    position=t.position, target_count=t.target_count, unit=t.unit,
                )
                for t in source.targets
            ]
            copy = PlanData(
                year=year + 1, kind=source.kind, title=title, theme=source.theme,
                purpose=source.purpose, requirements=source.requirements,
                implements=source.implements, plan_date=_next_year(source.plan_date),
                targets=targets, period_kind=source.period_kind,
                period_start=_next_year(source.period_start) if source.period_kind != "year"
                else None,
                period_end=_next_year(source.period_end) if source.period_kind != "year"
                else None,
            )
            copies.append(save_plan(copy, today))
    return copies
