"""Table models of the Savings tab: the year × 12-month grid, results, and record lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.common.formats import number
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.results import ThriftResult, ThriftTable
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common.rows_model import reorder_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's plain-data object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally

ERROR_BACKGROUND = QColor("#fde0e0")
ROSE_BACKGROUND = QColor("#fff1d6")
TOTAL_BACKGROUND = QColor("#eeeeee")
REACHED_COLOUR = QColor("#2e7d32")
MISSED_COLOUR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


class GridModel(QAbstractTableModel):
    """Categories × months of one year; typed amounts are saved at once.

    A cell whose text cannot be saved keeps the typed text, shown in red with the
    message as tooltip, and ``error`` is emitted; nothing the user typed is lost.
    """

    error = Signal(str)
    saved = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.year = 0
        self.rows: list[savings.GridRow] = []
        self.pending: dict[tuple[int, int], tuple[str, str]] = {}  # (row, month) → text, error
        self.rose: set[tuple[int, int]] = set()  # (category id, month) above the baseline

    def load(self, year: int, rows: list[savings.GridRow],
             rose: set[tuple[int, int]] | None = None) -> None:
        self.beginResetModel()
        if year != self.year:
            self.pending.clear()
        self.year = year
        self.rows = rows
        self.rose = rose or set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows) + (1 if self.rows else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 14

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Category")
        if section == 13:
            return self.tr("Year total")
        return self.tr("M%1").replace("%1", str(section))

    def is_total_row(self, row: int) -> bool:
        return row == len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 1 <= index.column() <= 12 and not self.is_total_row(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _month_total(self, month: int) -> int | None:
        values = [r.months[month].amount for r in self.rows if month in r.months]
        return sum(values) if values else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        total_row = self.is_total_row(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return self.tr("Total") if total_row else self._label(self.rows[row])
            if (row, column) in self.pending:
                return self.pending[(row, column)][0]
            if column == 13:
                value = (sum(r.total for r in self.rows) if total_row
                         else self.rows[row].total)
                return number(value) if value or not total_row else ""
            if total_row:
                value = self._month_total(column)
                return "" if value is None else number(value)
            entry = self.rows[row].months.get(column)
            return "" if entry is None else number(entry.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if (row, column) in self.pending:
                return QBrush(ERROR_BACKGROUND)
            if total_row or column == 13:
                return QBrush(TOTAL_BACKGROUND)
            category_id = self.rows[row].category.id
            if (category_id, column) in self.rose:
                return QBrush(ROSE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, column) in self.pending:
                return self.pending[(row, column)][1]
            if not total_row and 1 <= column <= 12:
                entry = self.rows[row].months.get(column)
                tips = []
                if (self.rows[row].category.id, column) in self.rose:
                    tips.append(self.tr("Spending rose above the baseline this month."))
                if entry and entry.quantity is not None:
                    unit = self.rows[row].category.quantity_unit or ""
                    tips.append(f"{number(entry.quantity, 2)} {unit}".strip())
                if entry and entry.note:
                    tips.append(entry.note)
                return "\n".join(tips) or None
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _label(self, row: savings.GridRow) -> str:
        unit = row.category.quantity_unit
        return f"{row.category.name} ({unit})" if unit else row.category.name

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        row, month = index.row(), index.column()
        text = "" if value is None else str(value)
        category = self.rows[row].category
        assert category.id is not None
        try:
            savings.set_amount(category.id, self.year, month, text)
        except ValidationError as error:
            message = next(iter(error.fields.values()), str(error))
            self.pending[(row, month)] = (text, message)
            self._changed(row, month)
            self.error.emit(message)
            return True  # the typed text stays on screen, marked in error
        except UserError as error:
            self.pending[(row, month)] = (text, str(error))
            self._changed(row, month)
            self.error.emit(str(error))
            return True
        self.pending.pop((row, month), None)
        amount = savings.parse_amount(text)
        if amount is None:
            self.rows[row].months.pop(month, None)
        else:
            old = self.rows[row].months.get(month)
            self.rows[row].months[month] = savings.MonthEntry(
                amount, old.quantity if old else None, old.note if old else "")
        self._changed(row, month)
        self.saved.emit()
        return True

    def _changed(self, row: int, month: int) -> None:
        self.dataChanged.emit(self.index(row, month), self.index(row, month))
        self.dataChanged.emit(self.index(row, 13), self.index(row, 13))
        last = len(self.rows)
        self.dataChanged.emit(self.index(last, 1), self.index(last, 13))

    def errors(self) -> list[str]:
        return [message for _text, message in self.pending.values()]


@dataclass(frozen=True)
class Column:
    """One column of a record list: header, display text, and a sort key."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class RecordsModel(QAbstractTableModel):
    """A read-only list of plain-data records (social work, commendations, violations)."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self.records, order)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ResultsModel(RecordsModel):
    """Thrift results: one row per category and the total, reached in green, missed in red."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(columns, parent)
        self.table: ThriftTable | None = None

    def set_table(self, table: ThriftTable) -> None:
        self.table = table
        rows = [r for r in table.rows if r.months_recorded]
        self.set_records([*rows, table.total] if rows else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            result: ThriftResult = self.records[index.row()]
            if index.column() >= 4 and result.reached is not None:
                return QBrush(REACHED_COLOUR if result.reached else MISSED_COLOUR)
        if (index.isValid() and role == Qt.ItemDataRole.FontRole
                and self.records[index.row()].category_id is None):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
