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
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.common.text import collation_key

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

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self.rows, order)

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


class _Cell:
    """Stands for a QModelIndex when a Python model's ``data`` is called from Python:
    reading a few thousand cells through Qt costs a crossing into C++ and back for each."""

    __slots__ = ("_row", "_column")

    def __init__(self, row: int, column: int):
        self._row, self._column = row, column

    def isValid(self) -> bool:
        return True

    def row(self) -> int:
        return self._row

    def column(self) -> int:
        return self._column

    def parent(self) -> QModelIndex:
        return QModelIndex()


def read_cell(model: QAbstractItemModel, row: int, column: int, role: int) -> Any:
    """``model.index(row, column).data(role)``, directly when *model* is written in Python."""
    if getattr(type(model).data, "__code__", None) is not None:  # a Python method
        try:
            return model.data(_Cell(row, column), role)  # type: ignore[arg-type]
        except (AttributeError, TypeError):  # it asked the index for more
            pass
    return model.index(row, column).data(role)


def reorder_rows(model: QAbstractItemModel, rows: list[Any], order: list[int]) -> None:
    """Put *rows* (the list behind *model*, changed in place) in *order* (old row numbers,
    in their new places) as a layout change that keeps selections and current cells."""
    if order == list(range(len(rows))):
        return
    model.layoutAboutToBeChanged.emit()
    new_place = {old: new for new, old in enumerate(order)}
    persistent = model.persistentIndexList()
    rows[:] = [rows[old] for old in order]
    model.changePersistentIndexList(
        persistent, [model.index(new_place[index.row()], index.column())
                     if index.row() in new_place else QModelIndex() for index in persistent])
    model.layoutChanged.emit()


class _Key:
    """A sort key that never fails: values Python cannot compare fall back to text."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __lt__(self, other: _Key) -> bool:
        try:
            return bool(self.value < other.value)
        except TypeError:
            return str(self.value) < str(other.value)


class SortProxy(QSortFilterProxyModel):
    """Sorts by the Python values of the sort role (tuples, dates: Qt cannot compare them).

    Sorting through ``lessThan`` calls Python n·log n times from C++, a quarter of a second
    for a list of a few thousand rows (benchmarks/run.py). When the source model has
    ``reorder(order)``, the proxy reads each row's key once, sorts in Python and has the
    source put its rows in that order, itself showing the source order; a reset or new
    rows are sorted again the same way. Other sources are sorted by ``lessThan`` with each
    row's key read once. Subclasses may override ``sort_key``.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._keys: dict[int, list[Any]] = {}  # sort column -> key of each source row
        self._column = -1  # sorted by the source, in this column
        self._order = Qt.SortOrder.AscendingOrder
        self._sorting = False

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # Connected before the proxy's own handlers (same signals, earlier connection),
        # so that the keys are forgotten before the proxy sorts the changed rows again.
        for signal in (model.modelAboutToBeReset, model.modelReset,
                       model.layoutAboutToBeChanged, model.layoutChanged,
                       model.rowsAboutToBeInserted, model.rowsInserted,
                       model.rowsAboutToBeRemoved, model.rowsRemoved, model.rowsMoved,
                       model.dataChanged):
            signal.connect(self.forget_keys)
        super().setSourceModel(model)
        if hasattr(model, "reorder"):  # after the proxy's handlers: it has caught up
            model.modelReset.connect(self._sort_source)
            model.rowsInserted.connect(self._sort_source)

    def forget_keys(self, *_args: Any) -> None:
        self._keys = {}

    def invalidate(self) -> None:
        self.forget_keys()
        self._sort_source()  # first: the proxy then filters the rows once, in their order
        super().invalidate()

    def sort_key(self, row: int, column: int) -> Any:
        """The key of a source row in a column (the sort role's value)."""
        return read_cell(self.sourceModel(), row, column, self.sortRole())

    def sortColumn(self) -> int:
        return self._column if self._column >= 0 else super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        return self._order if self._column >= 0 else super().sortOrder()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is None or not hasattr(model, "reorder"):
            super().sort(column, order)
            return
        self._column, self._order = column, order
        self._sort_source()

    def _sort_source(self, *_args: Any) -> None:
        model = self.sourceModel()
        if self._column < 0 or self._sorting or model is None:
            return
        self._sorting = True
        try:
            keys = [_Key(self.sort_key(row, self._column)) for row in range(model.rowCount())]
            order = sorted(range(len(keys)), key=keys.__getitem__,
                           reverse=self._order == Qt.SortOrder.DescendingOrder)
            model.reorder(order)
        finally:
            self._sorting = False

    def _key(self, index: _Index) -> Any:
        keys = self._keys.get(index.column())
        if keys is None:
            model = self.sourceModel()
            column = index.column()
            keys = self._keys[column] = [
                self.sort_key(row, column) for row in range(model.rowCount())]
        row = index.row()
        return keys[row] if row < len(keys) else self.sort_key(row, index.column())

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = self._key(left), self._key(right)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
