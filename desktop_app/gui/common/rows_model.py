"""The one table model of the app: plain data rows described by columns.

Every list shows its rows (dataclasses) with ``RowsModel([Column(header, display, ...)])``:
display text, sort key (SORT_ROLE: the text in Vietnamese order unless the column gives
a key), the row object (ROW_ROLE), check boxes, in-place edits with a save hook, colours,
tooltips and alignment, and an optional total row below the others. ``sort_proxy.SortProxy``
sorts and filters it.
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
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.common.text import collation_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
WARN = QBrush(QColor("#b00020"))
REFUSED = QBrush(QColor("#fde0e0"))  # behind a typed text that could not be saved
_Index = QModelIndex | QPersistentModelIndex
Paint = Callable[[Any], QColor | QBrush | None]  # a row → its colour, or None

_D = Qt.ItemDataRole  # the roles, read once (each lookup crosses into the binding)
DISPLAY, EDIT, TOOLTIP, CHECK = _D.DisplayRole, _D.EditRole, _D.ToolTipRole, _D.CheckStateRole
FOREGROUND, BACKGROUND, FONT, ALIGN = (_D.ForegroundRole, _D.BackgroundRole, _D.FontRole,
                                       _D.TextAlignmentRole)


@dataclass(frozen=True)
class Column:
    """One column of a list: its header and how it shows, sorts and edits a row."""

    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text in Vietnamese order
    edit: Callable[[Any, str], Any] | None = None  # returns the changed row, raises ValueError
    edit_value: Callable[[Any], Any] | None = None  # what an editor starts from (default: text)
    check: Callable[[Any], bool] | None = None  # a check box column
    set_check: Callable[[Any, bool], Any] | None = None
    warn: Callable[[Any], bool] | None = None  # the text in the warning colour
    tooltip: Callable[[Any], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    background: Paint | None = None
    foreground: Paint | None = None


class RowsModel(QAbstractTableModel):
    """Rows of plain data objects shown through column descriptions.

    Row-wide colours and tooltips (*background*, *foreground*, *tooltip*: a row → value)
    apply where the column gives none. *tips_show_text*: a cell's tooltip is its text
    (long texts cut by a narrow column). *row_numbers*: the vertical header counts the
    rows. *keep_refused*: an edit that cannot be saved keeps the typed text on screen,
    marked, with the message as tooltip, and ``refused`` is emitted (nothing typed is lost).
    """

    edited = Signal(int)  # a row was changed in place (an edit, a check box)
    refused = Signal(str)  # the message of an edit kept but not saved (keep_refused)

    def __init__(self, columns: list[Column], parent: QObject | None = None, *,
                 background: Paint | None = None, foreground: Paint | None = None,
                 tooltip: Callable[[Any], str | None] | None = None,
                 tips_show_text: bool = False, row_numbers: bool = False,
                 keep_refused: bool = False):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.total: Any = None  # a last row (totals): shown in bold, never sorted nor edited
        self.on_edit: Callable[[int, Any], Any] | None = None  # save hook, may raise
        self.last_error = ""
        self.refused_edits: dict[tuple[int, int], tuple[str, str]] = {}  # → (text, message)
        self.background, self.foreground, self.tooltip = background, foreground, tooltip
        self.tips_show_text = tips_show_text
        self.row_numbers = row_numbers
        self.keep_refused = keep_refused
        # No edits, no check boxes (the rows' year is closed); or a test (row, column) → bool
        # for the cells that cannot be edited.
        self.read_only: bool | Callable[[Any, int], bool] = False

    def locked(self, place: int, column: int) -> bool:
        """The cell cannot be edited because of ``read_only``."""
        if callable(self.read_only):
            return self.read_only(self.rows[place], column)
        return bool(self.read_only)

    def set_rows(self, rows: list[Any], total: Any = None, *,
                 forget_refused: bool = True) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = total
        if forget_refused:
            self.refused_edits = {}
        self.endResetModel()

    def row_of(self, row_id: Any) -> int:
        """The place of the row whose ``id`` is *row_id*; -1 when none."""
        return next((n for n, row in enumerate(self.rows)
                     if getattr(row, "id", None) == row_id), -1)

    def reorder(self, order: list[int]) -> None:
        """Put the rows in *order* (old places); the total row stays last."""
        order = [old for old in order if old < len(self.rows)]
        if self.refused_edits:
            place = {old: new for new, old in enumerate(order)}
            self.refused_edits = {(place[row], column): kept for (row, column), kept
                                  in self.refused_edits.items()}
        reorder_rows(self, self.rows, order)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.rows) + (self.total is not None)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1) if self.row_numbers else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place = index.row()
        rows = self.rows
        if 0 <= place < len(rows):
            row = rows[place]
        elif place == len(rows) and self.total is not None:
            row = self.total
        else:
            return None
        column = self.columns[index.column()]
        kept = self.refused_edits.get((place, index.column())) if self.refused_edits else None
        if role in (DISPLAY, EDIT):
            if column.check:
                return None
            if kept is not None:
                return kept[0]
            if role == EDIT and column.edit_value is not None:
                return column.edit_value(row)
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else collation_key(column.display(row))
        if role == ROW_ROLE:
            return row
        if role == FOREGROUND:
            if column.warn is not None and column.warn(row):
                return WARN
            paint = column.foreground(row) if column.foreground else None
            return paint if paint is not None or self.foreground is None else self.foreground(row)
        if role == BACKGROUND:
            if kept is not None:
                return REFUSED
            paint = column.background(row) if column.background else None
            return paint if paint is not None or self.background is None else self.background(row)
        if role == ALIGN:
            return None if column.align is None else int(column.align)
        if role == FONT:
            return _bold() if row is self.total else None
        if role == CHECK:
            if column.check is None:
                return None
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == TOOLTIP:
            return self._tooltip(row, column, kept)
        return None

    def _tooltip(self, row: Any, column: Column, kept: tuple[str, str] | None) -> str | None:
        if kept is not None:
            return kept[1]
        tip = column.tooltip(row) if column.tooltip else None
        if tip is None and self.tooltip is not None:
            tip = self.tooltip(row)
        if tip is None and self.tips_show_text and column.check is None:
            tip = column.display(row) or None
        return tip

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or index.row() >= len(self.rows):  # the total row
            return base
        column = self.columns[index.column()]
        if self.locked(index.row(), index.column()):  # a closed year (gui/common/closed_years)
            return base
        if column.edit:
            base |= Qt.ItemFlag.ItemIsEditable
        if column.set_check:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or self.locked(index.row(), index.column()):
            return False
        place, key = index.row(), (index.row(), index.column())
        column = self.columns[index.column()]
        row = self.rows[place]
        text = "" if value is None else str(value)
        try:
            if role == CHECK and column.set_check:
                changed = column.set_check(row, Qt.CheckState(value) == Qt.CheckState.Checked)
            elif role == EDIT and column.edit:
                changed = column.edit(row, text)
            else:
                return False
            if changed == row and key not in self.refused_edits:
                return True  # nothing to save nor to show
            if self.on_edit is not None:
                changed = self.on_edit(place, changed) or changed
        except ValueError as error:
            self.last_error = str(error)
            if not (self.keep_refused and role == EDIT):
                return False
            self.refused_edits[key] = (text, self.last_error)
            self._row_changed(place)
            self.refused.emit(self.last_error)
            return True  # the typed text stays on screen, marked
        self.last_error = ""
        self.refused_edits.pop(key, None)
        self.rows[place] = changed
        self._row_changed(place)
        self.edited.emit(place)
        return True

    def _row_changed(self, place: int) -> None:
        last = len(self.columns) - 1
        self.dataChanged.emit(self.index(place, 0), self.index(place, last))
        if self.total is not None:
            total = len(self.rows)
            self.dataChanged.emit(self.index(total, 0), self.index(total, last))

    def errors(self) -> list[str]:
        """The messages of the edits kept but not saved."""
        return [message for _text, message in self.refused_edits.values()]


_BOLD: list[QFont] = []


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


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
        persistent, [model.index(new_place.get(index.row(), index.row()), index.column())
                     if index.row() in new_place or index.row() >= len(rows)
                     else QModelIndex() for index in persistent])
    model.layoutChanged.emit()
