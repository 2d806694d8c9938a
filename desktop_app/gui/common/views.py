"""Shared settings and sizing of the list views, and the plain sortable table."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from .rows_model import RowsModel, read_cell
from .sort_proxy import SortProxy

# Fitting columns to their contents reads the rows' text through Python; Qt reads up to
# 1,000 rows by default, and asks every cell for its font, icon, check state, alignment
# and size hint, which made a decade's lists slow to appear (benchmarks/run.py). The widths
# come from this many rows, measured with the view's font; the user can still widen a
# column.
FIT_ROWS = 100
CANDIDATES = 4  # the longest texts of a column that are measured


def on_texts_changed(model: QAbstractItemModel, slot: Callable[[], None]) -> None:
    """Call *slot* whenever the texts a view shows of *model* may have changed: a reset, a
    new order, rows in or out, edited cells (what the fitters of widths and heights redo)."""
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                   model.rowsRemoved, model.dataChanged):
        signal.connect(slot)  # a bound method: disconnected when its object is deleted


def _widest(view: QTableView, column: int, rows: int) -> int:
    """The advance of the widest text among the first *rows* cells of *column*: the
    longest few in the view's font, and any cell in a font of its own (a bold total)."""
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):  # the same texts, read without mapping
        model = model.sourceModel()
    plain: list[str] = []
    widest = 0
    for row in range(rows):
        value = read_cell(model, row, column, Qt.ItemDataRole.DisplayRole)
        if value is None:
            continue
        lines = str(value).splitlines()
        font = read_cell(model, row, column, Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            metrics = QFontMetrics(font)
            widest = max([widest, *(metrics.horizontalAdvance(line) for line in lines)])
        else:
            plain += lines
    metrics = view.fontMetrics()
    for text in sorted(plain, key=len, reverse=True)[:CANDIDATES]:
        widest = max(widest, metrics.horizontalAdvance(text))
    return widest


def fit_columns(view: QTableView, *, widest: int | None = None, sample: int = FIT_ROWS,
                wrap_rows: bool = False, skip: tuple[int, ...] = ()) -> None:
    """Size *view*'s columns to their header and the first *sample* rows, in one pass.

    Columns that stretch (their own mode, or the last one with stretchLastSection) are
    left to the header, and the *skip* columns keep their width. *widest* caps a column;
    with *wrap_rows*, rows whose text is cut by the cap are made tall enough for the
    lines it wraps to (word wrap is on by default).
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           view) + 1) + 6
    rows = min(model.rowCount(), sample)
    columns = model.columnCount()
    lines_needed = [1] * rows
    for column in range(columns):
        if header.isSectionHidden(column) or column in skip:
            continue
        stretches = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and column == columns - 1)
        if stretches:
            continue
        width = max(header.sectionSizeHint(column), _widest(view, column, rows) + margin)
        if widest is not None:
            width = min(width, widest)
        view.setColumnWidth(column, width)
        if wrap_rows and widest is not None and width == widest:
            for row in range(rows):
                value = model.index(row, column).data()  # in the view's order
                if value:
                    advance = metrics.horizontalAdvance(str(value)) + margin
                    lines_needed[row] = max(lines_needed[row],
                                            math.ceil(advance / max(widest - margin, 1)))
    if wrap_rows:
        base = view.verticalHeader().defaultSectionSize()
        for row, lines in enumerate(lines_needed):
            if lines > 1:
                view.setRowHeight(row, base + (lines - 1) * metrics.lineSpacing())


def stretch_column(view: QTableView, stretch: int) -> None:
    """One column takes the spare width; the others are fitted to their contents after
    each load (``fit_columns``: Qt's own fitting re-reads every cell at each change,
    which paused the window on a decade of records)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setDefaultSectionSize(24)


def make_table(model: RowsModel, sortable: bool = True) -> QTableView:
    """A table of *model* behind a SortProxy: whole rows selected one at a time, the
    last column stretched, no row numbers."""
    proxy = SortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def selected_source_row(view: QTableView) -> int | None:
    """The selected row of *view*, as a row of its proxy's source."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return proxy.mapToSource(rows[0]).row()
