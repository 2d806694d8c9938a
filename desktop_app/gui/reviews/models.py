"""Table models of the Self-review tab: year overview, overdue remedies, commitment items,
remedies and feedback, each a ``rows_model.RowsModel`` with its columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from desktop_app.core.common.formats import number, parse_date, short_date
from desktop_app.core.common.text import name_sort_key
from desktop_app.core.reviews import forms
from desktop_app.core.reviews.commitments import CommitmentItemData
from desktop_app.core.reviews.feedback import CHANNEL_LABELS, FeedbackData
from desktop_app.core.reviews.ratings import LEVEL_LABELS, OverviewRow
from desktop_app.core.reviews.remedies import REMEDY_STATUS_LABELS, OverdueRemedy, RemedyData
from desktop_app.gui.common.rows_model import ROW_ROLE, SORT_ROLE, Column, RowsModel


def _date_or_none(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


def _number_or_none(text: str) -> float | None:
    raw = text.strip().replace(".", "").replace(",", ".") if "," in text else text.strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"“{text}” không phải là số.") from None


def overview_model(parent=None) -> RowsModel:
    translate = QCoreApplication.translate
    def rating(stage):
        return lambda r: LEVEL_LABELS[r.ratings[stage].level] if stage in r.ratings else ""

    return RowsModel([
        Column(translate("ReviewsModels", "Member"),
               lambda r: r.full_name, sort=lambda r: name_sort_key(r.full_name)),
        Column(translate("ReviewsModels", "Status"), lambda r: r.status_label),
        Column(translate("ReviewsModels", "Commitments done"),
               lambda r: f"{r.items_done}/{r.items}" if r.items else "",
               sort=lambda r: (r.items_done, r.items)),
        Column(translate("ReviewsModels", "Score"),
               lambda r: "" if r.score is None else str(r.score),
               sort=lambda r: -1 if r.score is None else r.score),
        Column(translate("ReviewsModels", "Self-rating"), rating("self")),
        Column(translate("ReviewsModels", "Cell proposal"), rating("cell")),
        Column(translate("ReviewsModels", "Superior decision"), rating("superior")),
        Column(translate("ReviewsModels", "Warnings"),
               lambda r: " ".join(r.flags), warn=lambda r: bool(r.flags)),
    ], parent, tips_show_text=True)


def overdue_model(parent=None) -> RowsModel:
    translate = QCoreApplication.translate
    return RowsModel([
        Column(translate("ReviewsModels", "Member"),
               lambda o: o.member_name, sort=lambda o: name_sort_key(o.member_name)),
        Column(translate("ReviewsModels", "Review year"),
               lambda o: str(o.year), sort=lambda o: o.year),
        Column(translate("ReviewsModels", "Remedy"), lambda o: o.remedy.content),
        Column(translate("ReviewsModels", "Deadline"), lambda o: short_date(o.remedy.deadline),
               sort=lambda o: o.remedy.deadline),
        Column(translate("ReviewsModels", "Days overdue"), lambda o: number(o.days_overdue),
               sort=lambda o: o.days_overdue, warn=lambda o: True),
    ], parent, tips_show_text=True)


def commitment_items_model(template: forms.FormTemplate | None, parent=None) -> RowsModel:
    translate = QCoreApplication.translate
    def group_title(item: CommitmentItemData) -> str:
        return template.group_title(item.group) if template else item.group

    def set_group(item, text):
        if template:
            for group in template.groups:
                if text in (group.id, group.title):
                    return replace(item, group=group.id)
            raise ValueError(f"Không có nhóm “{text}”.")
        return replace(item, group=text)

    return RowsModel([
        Column(translate("ReviewsModels", "Group"), group_title, edit=set_group,
               edit_value=lambda i: i.group),
        Column(translate("ReviewsModels", "Content"),
               lambda i: i.content, edit=lambda i, t: replace(i, content=t)),
        Column(translate("ReviewsModels", "Target"),
               lambda i: "" if i.target is None else number(i.target, 2),
               edit=lambda i, t: replace(i, target=_number_or_none(t)),
               warn=lambda i: i.target is None),
        Column(translate("ReviewsModels", "Unit"),
               lambda i: i.unit, edit=lambda i, t: replace(i, unit=t)),
        Column(translate("ReviewsModels", "Deadline"), lambda i: short_date(i.deadline),
               sort=lambda i: i.deadline or dt.date.max,
               edit=lambda i, t: replace(i, deadline=_date_or_none(t)),
               warn=lambda i: i.deadline is None),
        Column(translate("ReviewsModels", "Result"),
               lambda i: i.result, edit=lambda i, t: replace(i, result=t)),
        Column(translate("ReviewsModels", "Achieved"),
               lambda i: "" if i.achieved_value is None else number(i.achieved_value, 2),
               edit=lambda i, t: replace(i, achieved_value=_number_or_none(t))),
        Column(translate("ReviewsModels", "Self-assessment"), lambda i: i.self_assessment,
               edit=lambda i, t: replace(i, self_assessment=t)),
        Column(translate("ReviewsModels", "Done"), lambda i: "", check=lambda i: i.done,
               set_check=lambda i, v: replace(i, done=v)),
    ], parent, tips_show_text=True)


def remedies_model(parent=None) -> RowsModel:
    translate = QCoreApplication.translate
    def set_status(remedy: RemedyData, text: str) -> RemedyData:
        for code, label in REMEDY_STATUS_LABELS.items():
            if text in (code, label):
                return replace(remedy, status=code)
        raise ValueError(f"Không có trạng thái “{text}”.")

    return RowsModel([
        Column(translate("ReviewsModels", "Remedy"),
               lambda r: r.content, edit=lambda r, t: replace(r, content=t)),
        Column(translate("ReviewsModels", "Deadline"), lambda r: short_date(r.deadline),
               sort=lambda r: r.deadline or dt.date.max,
               edit=lambda r, t: replace(r, deadline=_date_or_none(t)),
               warn=lambda r: r.deadline is None or r.is_overdue(dt.date.today())),
        Column(translate("ReviewsModels", "Status"), lambda r: r.status_label, edit=set_status,
               edit_value=lambda r: r.status),
        Column(translate("ReviewsModels", "Outcome"),
               lambda r: r.outcome, edit=lambda r, t: replace(r, outcome=t)),
        Column(translate("ReviewsModels", "Outcome date"), lambda r: short_date(r.outcome_date),
               sort=lambda r: r.outcome_date or dt.date.max,
               edit=lambda r, t: replace(r, outcome_date=_date_or_none(t))),
    ], parent, tips_show_text=True)


def feedback_model(names: dict[int, str], parent=None) -> RowsModel:
    translate = QCoreApplication.translate
    def who(f: FeedbackData) -> str:
        if f.from_member_id is None:
            return translate("ReviewsModels", "Anonymous")
        return names.get(f.from_member_id, "")

    return RowsModel([
        Column(translate("ReviewsModels", "Date"),
               lambda f: short_date(f.date), sort=lambda f: f.date),
        Column(translate("ReviewsModels", "From"), who),
        Column(translate("ReviewsModels", "Channel"), lambda f: CHANNEL_LABELS[f.channel]),
        Column(translate("ReviewsModels", "Feedback"), lambda f: f.content),
    ], parent, tips_show_text=True)


__all__ = ["OverviewRow", "OverdueRemedy", "RowsModel", "ROW_ROLE", "SORT_ROLE"]
