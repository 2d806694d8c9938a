"""How a change reads in Vietnamese: which record, which field, the old and the new value.

A record is named as the secretary knows it ("Điểm danh đồng chí Nguyễn Văn An, buổi ngày
19/02/2009"), from its current row or, once deleted, from the row the log kept. Values are
shown as the tabs show them: dates dd/mm/yyyy, money with "." between thousands, codes by
their Vietnamese labels, members by name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.core.common.formats import money, number, short_date
from desktop_app.db import database
from desktop_app.db.history import quote
from desktop_app.db.year_rules import RULES_BY_TABLE

from .changes import Change
from .labels import FIELD_LABELS, MEMBER_FIELDS, MONEY_FIELDS, YES_NO_FIELDS, value_labels

ACTION_LABELS = {"insert": "Thêm", "update": "Sửa", "delete": "Xóa"}
MAX_TEXT = 120  # a long text is cut in lists (the history dialog shows it whole on demand)


@dataclass(frozen=True)
class ChangeLine:
    """A change as plain Vietnamese text, for the history dialog and the printed list."""

    change_id: int
    at: dt.datetime
    user: str
    action: str
    record: str
    field: str
    old: str
    new: str
    year: int | None

    @property
    def when(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M}"

    @property
    def what(self) -> str:
        """The change in one line: "Sửa Tình trạng: Có mặt → Vắng có lý do"."""
        if not self.field:
            return self.action
        return f"{self.action} {self.field}: {self.old or '(trống)'} → {self.new or '(trống)'}"


class Rows:
    """Rows of the records changes refer to, read once: the current row, or the row the
    log kept when the record was deleted."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], dict[str, Any] | None] = {}

    def get(self, table: str, record_id: int | None) -> dict[str, Any] | None:
        if record_id is None or table not in RULES_BY_TABLE:
            return None
        key = (table, int(record_id))
        if key not in self._cache:
            self._cache[key] = self._read(table, int(record_id))
        return self._cache[key]

    @staticmethod
    def _read(table: str, record_id: int) -> dict[str, Any] | None:
        cursor = database.execute_sql(f"SELECT * FROM {quote(table)} WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is not None:
            return {d[0]: value for d, value in zip(cursor.description, row, strict=True)}
        kept = database.execute_sql(
            "SELECT old_value FROM change_log WHERE table_name = ? AND record_id = ? "
            "AND action = 'delete' ORDER BY id DESC LIMIT 1", (table, record_id)).fetchone()
        if kept is None:
            return None
        try:
            values = json.loads(kept[0])
        except (TypeError, ValueError):
            return None
        return values if isinstance(values, dict) else None


def _day(value: Any) -> str:
    if not value:
        return ""
    try:
        return short_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _cut(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _member(rows: Rows, member_id: Any) -> str:
    row = rows.get("member", member_id)
    return str(row["full_name"]) if row else f"(đảng viên mã {member_id})"


def _labelled(table: str, field: str, code: Any) -> str:
    return value_labels().get((table, field), {}).get(str(code), str(code or ""))


def record_label(rows: Rows, table: str, record_id: int) -> str:  # noqa: C901 (one line per table)
    """The record as the secretary knows it."""
    r = rows.get(table, record_id)
    if r is None:
        noun = RULES_BY_TABLE[table].noun if table in RULES_BY_TABLE else table
        return f"{noun.capitalize()} (mã {record_id})"
    if table == "member":
        return f"Đảng viên {r['full_name']}"
    if table == "cell":
        return "Thông tin chi bộ"
    if table == "committee_term":
        return str(r["name"]) or "Nhiệm kỳ"
    if table == "study_session":
        return f"Buổi học tập ngày {_day(r['date'])}: {_cut(r['topic'])}"
    if table == "attendance":
        session = rows.get("study_session", r["session_id"])
        day = _day(session["date"]) if session else "?"
        return f"Điểm danh đồng chí {_member(rows, r['member_id'])}, buổi ngày {day}"
    if table == "plan":
        return f"{_labelled('plan', 'kind', r['kind'])} năm {r['year']}: {_cut(r['title'])}"
    if table == "plan_target":
        return (f"Chỉ tiêu “{_cut(r['content'], 50)}” của "
                f"{record_label(rows, 'plan', r['plan_id']).lower()}")
    if table == "plan_target_responsible":
        target = rows.get("plan_target", r["target_id"])
        what = f"“{_cut(target['content'], 50)}”" if target else ""
        return f"Người phụ trách chỉ tiêu {what}: {_member(rows, r['member_id'])}".strip()
    if table in ("commitment", "self_review"):
        kind = "Bản đăng ký làm theo" if table == "commitment" else "Bản kiểm điểm"
        return f"{kind} năm {r['year']} của đồng chí {_member(rows, r['member_id'])}"
    if table == "commitment_item":
        return (f"Nội dung đăng ký “{_cut(r['content'], 50)}” ("
                f"{record_label(rows, 'commitment', r['commitment_id']).lower()})")
    if table in ("remedy", "feedback"):
        review = record_label(rows, "self_review", r["review_id"]).lower()
        if table == "remedy":
            return f"Biện pháp khắc phục “{_cut(r['content'], 50)}” ({review})"
        return f"Góp ý ngày {_day(r['date'])} cho {review}"
    if table == "rating":
        stage = _labelled("rating", "stage", r["stage"]).lower()
        return f"Xếp loại năm {r['year']} của đồng chí {_member(rows, r['member_id'])} ({stage})"
    if table == "savings_category":
        return f"Khoản mục tiết kiệm “{r['name']}”"
    if table in ("savings_entry", "savings_year_setting"):
        category = rows.get("savings_category", r["category_id"])
        name = category["name"] if category else "?"
        if table == "savings_entry":
            return f"Chi tiêu “{name}” tháng {r['month']}/{r['year']}"
        return f"Mức gốc và chỉ tiêu tiết kiệm “{name}” năm {r['year']}"
    if table == "social_activity":
        return f"Công tác xã hội ngày {_day(r['date'])}: {_cut(r['description'] or '')}"
    if table == "social_activity_member":
        return (f"Người tham gia {record_label(rows, 'social_activity', r['activity_id']).lower()}"
                f": {_member(rows, r['member_id'])}")
    if table == "commendation":
        who = {"member": lambda: _member(rows, r["member_id"]),
               "group": lambda: r["group_name"]}.get(r["recipient_kind"], lambda: "Chi bộ")()
        return f"Khen thưởng ngày {_day(r['date'])}: {who}"
    if table == "fund":
        return f"Quỹ “{r['name']}”"
    if table == "fund_entry":
        fund = rows.get("fund", r["fund_id"])
        kind = _labelled("fund_entry", "direction", r["direction"]).lower()
        return (f"Khoản {kind} ngày {_day(r['date'])} của quỹ “{fund['name'] if fund else '?'}”"
                f": {_cut(r['description'] or '')}")
    if table == "report_outline":
        return f"Đề cương báo cáo “{_cut(r['name'])}”"
    if table == "congress":
        return f"Đại hội lần thứ {r['number']}, nhiệm kỳ {r['term_start']} – {r['term_end']}"
    if table == "violation":
        return f"Vi phạm ngày {_day(r['date'])} của đồng chí {_member(rows, r['member_id'])}"
    return f"{table} {record_id}"


def _run_label(rows: Rows, change: Change) -> str:
    """An insert that added a run of records at once: "15 dòng điểm danh, buổi ngày …"."""
    rule = RULES_BY_TABLE.get(change.table)
    noun = rule.noun if rule else change.table
    owner = ""
    if rule and rule.owner and change.owner_id is not None:
        owner = " – " + record_label(rows, rule.owner[0], change.owner_id)
    return f"{number(change.count)} {noun}{owner}"


def _review_item(rows: Rows, review_id: int, path: str) -> str:
    """'answers.text.i1' → "Bản kiểm điểm, mục 1. Phẩm chất chính trị… (nội dung)"."""
    from desktop_app.core.reviews import forms

    kinds = {"text": "nội dung", "grades": "tự đánh giá", "scores": "điểm"}
    parts = path.split(".")
    kind = kinds.get(parts[1], parts[1]) if len(parts) > 1 else ""
    item_id = ".".join(parts[2:]).strip('"') if len(parts) > 2 else ""
    review = rows.get("self_review", review_id)
    title = item_id
    template = forms.templates().get(review["template_id"]) if review else None
    if template is not None:
        for item in template.walk():
            if item.id == item_id:
                title = f"{item.number} {item.title}".strip()
                break
    return f"Mục {_cut(title, 70)} ({kind})" if title else "Nội dung bản kiểm điểm"


def field_label(rows: Rows, change: Change) -> str:
    field = change.field or ""
    if change.table == "self_review" and field.startswith("answers."):
        return _review_item(rows, change.record_id, field)
    return FIELD_LABELS.get(change.table, {}).get(field, field)


def value_text(rows: Rows, table: str, field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field.startswith("answers."):
        return _labelled("self_review", "grade", value) if ".grades." in field else \
            _cut(str(value), MAX_TEXT)
    if (table, field) in MEMBER_FIELDS:
        return _member(rows, value)
    if (table, field) in YES_NO_FIELDS:
        return "Có" if value in (1, "1", True) else "Không"
    if (table, field) in MONEY_FIELDS and isinstance(value, int):
        return money(value)
    if (table, field) in value_labels():
        return _labelled(table, field, value)
    if field.endswith("_date") or field in ("date", "deadline", "reflection_due"):
        return _day(value)
    if isinstance(value, float):
        return number(value, 0 if value.is_integer() else 2)
    return _cut(str(value), MAX_TEXT)


def describe(changes: Iterable[Change], rows: Rows | None = None) -> list[ChangeLine]:
    """The changes as lines of Vietnamese text, in their order."""
    rows = rows or Rows()
    lines = []
    for change in changes:
        record = (_run_label(rows, change) if change.action == "insert" and change.count > 1
                  else record_label(rows, change.table, change.record_id))
        field = old = new = ""
        if change.action == "update" and change.field:
            field = field_label(rows, change)
            old = value_text(rows, change.table, change.field, change.old_value)
            new = value_text(rows, change.table, change.field, change.new_value)
        lines.append(ChangeLine(change.id, change.at, change.user_name or "(chưa ghi tên)",
                                ACTION_LABELS.get(change.action, change.action), record, field,
                                old, new, change.year if change.year is not None
                                else change.old_year))
    return lines
