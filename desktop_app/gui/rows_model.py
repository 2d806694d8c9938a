"""A table model of plain data rows described by columns, and a proxy sorting by Python keys.

Any list of dataclasses can be shown with ``RowsModel([Column(header, display, sort=...)])``:
display, sort (SORT_ROLE), row object (ROW_ROLE), check boxes, in-place edits with a save hook,
and a warning colour. ``SortProxy`` sorts by the SORT_ROLE values with Python's comparison
(tuples from ``core.text.collation_key``, dates), which Qt cannot compare itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..core.text import collation_key

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
