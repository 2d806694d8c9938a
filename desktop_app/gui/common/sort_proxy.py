"""The one sort proxy of the app: sorts by Python keys (Vietnamese order), filters by row.

``SortProxy`` sorts by the SORT_ROLE values with Python's comparison (tuples from
``core.common.text.collation_key``, dates), which Qt cannot compare itself, and shows only
the rows that ``accepts`` (a filter on the row objects: ``set_filter``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt

from .rows_model import ROW_ROLE, SORT_ROLE, RowsModel, _Index, read_cell


@runtime_checkable
class Reorderable(Protocol):
    """A source model that can put its own rows in an order (``RowsModel.reorder``)."""

    def reorder(self, order: list[int]) -> None: ...


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
    row's key read once. Subclasses may override ``sort_key`` and ``accepts``.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._keys: dict[int, list[Any]] = {}  # sort column -> key of each source row
        self._column = -1  # sorted by the source, in this column
        self._order = Qt.SortOrder.AscendingOrder
        self._sorting = False
        self._accepts: Callable[[Any], bool] | None = None

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
        if isinstance(model, Reorderable):  # after the proxy's handlers: it has caught up
            model.modelReset.connect(self._sort_source)
            model.rowsInserted.connect(self._sort_source)

    # filtering ---------------------------------------------------------------------------
    def set_filter(self, accepts: Callable[[Any], bool] | None) -> None:
        """Show only the rows whose row object (ROW_ROLE) *accepts*; None shows all."""
        self.refilter(lambda: setattr(self, "_accepts", accepts))

    def accepts(self, row: Any) -> bool:
        """Whether the row object *row* is shown (the total row of a RowsModel always is)."""
        return self._accepts is None or self._accepts(row)

    def refilter(self, change: Callable[[], Any] | None = None) -> None:
        """Make *change* to the filter's settings, then filter the rows again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateRowsFilter is deprecated
            self.beginFilterChange()
            if change is not None:
                change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            if change is not None:
                change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._accepts is None and type(self).accepts is SortProxy.accepts:
            return True  # no filter
        model = self.sourceModel()
        if isinstance(model, RowsModel):
            if source_row >= len(model.rows):
                return True  # the total row
            return self.accepts(model.rows[source_row])
        return self.accepts(read_cell(model, source_row, 0, ROW_ROLE))

    # sorting -----------------------------------------------------------------------------
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
        if not isinstance(model, Reorderable):
            super().sort(column, order)
            return
        self._column, self._order = column, order
        self._sort_source()

    def _sort_source(self, *_args: Any) -> None:
        model = self.sourceModel()
        if self._column < 0 or self._sorting or not isinstance(model, Reorderable):
            return
        self._sorting = True
        try:
            rows = self.sourceModel().rowCount()
            keys = [_Key(self.sort_key(row, self._column)) for row in range(rows)]
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
