"""Cleaning and validating a plan and its targets before they are saved (Vietnamese messages
per field; a target's are keyed "targets.<i>.<field>")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db.models.members import Member
from desktop_app.nfc import normalize

from .model import (
    COUNT_MEASURES,
    INDICATOR_LABELS,
    KIND_LABELS,
    MAX_TEXT,
    MAX_TITLE,
    MAX_YEAR,
    MIN_YEAR,
    PERIOD_KIND_LABELS,
    STORED_STATUSES,
    PlanData,
    TargetData,
)


def _clean_target(target: TargetData, position: int) -> TargetData:
    return replace(
        target,
        content=normalize(target.content).strip(),
        indicator=clean_line(target.indicator),
        unit=clean_line(target.unit),
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
    count = target.target_count
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        errors["target_count"] = "Số lượng chỉ tiêu phải là một số nguyên (ví dụ: 3)."
    elif count is not None and count < 0:
        errors["target_count"] = "Số lượng chỉ tiêu không được âm."
    elif count is not None and count > 1_000_000:
        errors["target_count"] = "Số lượng chỉ tiêu quá lớn, xin kiểm tra lại."
    elif count is not None and not target.unit:
        errors["unit"] = "Chỉ tiêu số lượng cần đơn vị tính (ví dụ: cuộc kiểm tra, đảng viên)."
    if count is not None and target.target_value is not None:
        errors["target_value"] = "Chỉ tiêu là số lượng hoặc tỷ lệ (%), không cả hai."
    elif isinstance(target.target_value, str):
        errors["target_value"] = "Tỷ lệ phải là một số (ví dụ: 100)."
    elif target.target_value is not None and not 0 <= target.target_value <= 100:
        errors["target_value"] = "Tỷ lệ phải từ 0% đến 100%."
    elif target.indicator_kind in COUNT_MEASURES and count is None:
        errors["target_count"] = "Chỉ tiêu đo bằng số lượng cần có số lượng phải đạt."
    elif target.target_value is None and target.indicator_kind not in ("none", *COUNT_MEASURES):
        errors["target_value"] = "Chỉ tiêu đo được cần có tỷ lệ phải đạt (%)."
    result = target.result_value
    if result is not None and (isinstance(result, bool) or not isinstance(result, int | float)):
        errors["result_value"] = "Kết quả phải là một số."
    elif result is not None and result < 0:
        errors["result_value"] = "Kết quả không được âm."
    if len(target.unit) > 100:
        errors["unit"] = "Đơn vị tính quá dài (tối đa 100 ký tự)."
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
    if data.period_kind not in PERIOD_KIND_LABELS:
        errors["period_kind"] = "Thời gian áp dụng không hợp lệ."
    elif data.period_kind != "year":
        if data.period_start is None:
            errors["period_start"] = "Chưa nhập ngày bắt đầu của thời gian áp dụng."
        if data.period_end is None:
            errors["period_end"] = "Chưa nhập ngày kết thúc của thời gian áp dụng."
        if data.period_start and data.period_end and data.period_end < data.period_start:
            errors["period_end"] = (
                f"Thời gian áp dụng kết thúc ({short_date(data.period_end)}) trước khi bắt đầu "
                f"({short_date(data.period_start)}).")
        elif data.period_start and data.period_end and \
                data.period_end.year - data.period_start.year > 10:
            errors["period_end"] = "Thời gian áp dụng quá dài (tối đa 10 năm)."
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
    _closed_year(data, errors)
    return errors


def plan_columns(data: PlanData) -> dict[str, object]:
    """The plan's row as stored (without its targets and timestamps)."""
    return {
        "year": data.year, "kind": data.kind, "title": data.title, "theme": data.theme,
        "purpose": data.purpose, "requirements": data.requirements,
        "implements": data.implements, "plan_date": data.plan_date, "number": data.number,
        "issued_date": data.issued_date, "period_kind": data.period_kind,
        "period_start": data.span[0], "period_end": data.span[1],
    }


def target_columns(target: TargetData) -> dict[str, object]:
    """A target's row as stored (without its plan and responsibles)."""
    return {
        "position": target.position, "content": target.content,
        "indicator_kind": target.indicator_kind, "target_value": target.target_value,
        "indicator": target.indicator, "deadline": target.deadline, "status": target.status,
        "result_note": target.result_note, "result_date": target.result_date,
        "target_count": target.target_count, "unit": target.unit,
        "result_value": target.result_value,
    }


def _closed_year(data: PlanData, errors: dict[str, str]) -> None:
    """A plan counts in each year of its period, a target in the year it falls due
    (db/year_rules.py): what would change a closed year is said before saving."""
    if any(key in errors for key in ("year", "period_start", "period_end")):
        return
    closing.check_closed_year(errors, "plan", plan_columns(data), data.id)
    if data.id is None:
        return
    for index, target in enumerate(data.targets):
        found = closing.refusal("plan_target", {"plan_id": data.id, **target_columns(target)},
                                target.id)
        if found:
            errors.setdefault(f"targets.{index}.deadline", f"Chỉ tiêu {index + 1}: {found[1]}")
