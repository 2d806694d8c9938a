"""Table models of the Self-review tab: year overview, overdue remedies, commitment items,
remedies and feedback. Each has a sort role and a row-object role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..core import forms
from ..core.commitments import CommitmentItemData
from ..core.formats import number, parse_date, short_date
from ..core.ratings import LEVEL_LABELS, OverviewRow
from ..core.reviews import (
    CHANNEL_LABELS,
    REMEDY_STATUS_LABELS,
    FeedbackData,
    OverdueRemedy,
    RemedyData,
)
from ..core.text import collation_key, name_sort_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
WARN = QBrush(QColor("#b00020"))
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    edit: Callable[[Any, str], Any] | None = None  # returns the changed row, raises ValueError
    check: Callable[[Any], bool] | None = None  # a check box column
    set_check: Callable[[Any, bool], Any] | None = None
    warn: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of plain data objects shown through column descriptions."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.on_edit: Callable[[int, Any], Any] | None = None  # save hook, may raise
        self.last_error = ""

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None if column.check else column.display(row)
        if role == Qt.ItemDataRole.CheckStateRole and column.check:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else collation_key(column.display(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole and column.check is None:
            return column.display(row) or None
        return None

    def flags(self, index: _Index):
        base = super().flags(index)
        if not index.isValid():
            return base
        column = self.columns[index.column()]
        if column.edit:
            base |= Qt.ItemFlag.ItemIsEditable
        if column.set_check:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column.set_check:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                changed = column.set_check(row, checked)
            elif role == Qt.ItemDataRole.EditRole and column.edit:
                changed = column.edit(row, str(value))
            else:
                return False
            if self.on_edit is not None:
                changed = self.on_edit(index.row(), changed) or changed
        except ValueError as error:
            self.last_error = str(error)
            return False
        self.last_error = ""
        self.rows[index.row()] = changed
        left, right = self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1)
        self.dataChanged.emit(left, right)
        return True


class SortProxy(QSortFilterProxyModel):
    """Sorts by the Python sort key of SORT_ROLE (tuples, dates: Qt cannot compare them)."""

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a = self.sourceModel().data(left, SORT_ROLE)
        b = self.sourceModel().data(right, SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


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
    ], parent)


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
    ], parent)


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
        Column(translate("ReviewsModels", "Group"), group_title, edit=set_group),
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
    ], parent)


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
        Column(translate("ReviewsModels", "Status"), lambda r: r.status_label, edit=set_status),
        Column(translate("ReviewsModels", "Outcome"),
               lambda r: r.outcome, edit=lambda r, t: replace(r, outcome=t)),
        Column(translate("ReviewsModels", "Outcome date"), lambda r: short_date(r.outcome_date),
               sort=lambda r: r.outcome_date or dt.date.max,
               edit=lambda r, t: replace(r, outcome_date=_date_or_none(t))),
    ], parent)


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
    ], parent)


__all__ = ["OverviewRow", "OverdueRemedy", "RowsModel", "ROW_ROLE", "SORT_ROLE"]
