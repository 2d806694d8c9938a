"""Tables whose columns fit the width they get: no sideways scrollbar, nothing lost.

Fitted to their contents, a table's columns were often wider than the window (a member
list needs some 1,000 pixels): the secretary had to scroll sideways without knowing it.
``fit_to_width`` keeps the columns within the table's width whenever it changes: each
column gets its natural width (header and contents, as ``views.fit_columns`` measures
them) when they all fit, the spare width going to the *stretch* column; otherwise the
columns named in *shrink* give way first, in that order, each down to a minimum, then
the others. A text cut short ends with "…", and hovering it shows it whole (cells and
column headers).
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip

from .rows_model import read_cell
from .views import on_texts_changed

SAMPLE = 100  # rows measured for the natural widths
MINIMUM = 56  # the narrowest a column is made (a few letters and "…")
LAST_RESORT = 36  # narrower still when nothing else fits (two letters and "…")


def _margin(view: QTableView) -> int:
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                         view) + 1) + 6


class WidthFitter(QObject):
    """Lays out one table's columns (see the module); made by :func:`fit_to_width`."""

    def __init__(self, view: QTableView, stretch: int, shrink: Sequence[int],
                 minimum: int, widest: int | None = None, keep: Sequence[int] = ()):
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.shrink = list(shrink)
        self.minimum = minimum
        self.widest = widest  # a cap on the natural width (long texts wrap below it)
        self.keep = list(keep)  # columns never cut below their contents (names, dates)
        self.natural: dict[int, int] = {}  # header and contents whole
        self.contents: dict[int, int] = {}  # the contents whole (the header may be cut)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        self._model: QAbstractItemModel | None = None
        self._watch()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        on_texts_changed(model, self._later.start)

    # measuring --------------------------------------------------------------------------
    def measure(self) -> None:
        """The natural width of each column: its header and its widest cells."""
        view = self.view
        model = view.model()
        if model is None:
            return
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        margin = _margin(view)
        rows = min(source.rowCount(), SAMPLE)
        self.natural, self.contents = {}, {}
        for column in range(header.count()):  # hidden ones too: they may be shown
            widest = 0
            for row in range(rows):
                value = read_cell(source, row, column, Qt.ItemDataRole.DisplayRole)
                if value is None:
                    continue
                font = read_cell(source, row, column, Qt.ItemDataRole.FontRole)
                measure = QFontMetrics(font) if font is not None else metrics
                for line in str(value).splitlines() or [""]:
                    widest = max(widest, measure.horizontalAdvance(line))
            natural = max(header.sectionSizeHint(column), widest + margin)
            contents = max(widest + margin, self.minimum)
            if self.widest is not None:  # long texts wrap; the stretch column gets more
                cap = self.widest * (2 if column == self.stretch else 1)
                natural, contents = min(natural, cap), min(contents, cap)
            self.contents[column] = contents
            self.natural[column] = natural

    def floor(self, column: int) -> int:
        return self.contents.get(column, self.minimum) if column in self.keep \
            else self.minimum

    def available(self) -> int:
        view = self.view
        width = view.viewport().width()
        if width <= 0 or not view.isVisible():
            width = view.width() - 2 * view.frameWidth()
            if view.verticalHeader().isVisible():
                width -= view.verticalHeader().width()
            width -= view.verticalScrollBar().sizeHint().width()
        return max(width, 0)

    def apply(self) -> None:
        """Give each column its width for the space there is now."""
        if not self.natural:
            return
        header = self.view.horizontalHeader()
        columns = [c for c in self.natural if not header.isSectionHidden(c)]
        widths = {c: self.natural[c] for c in columns}
        room = self.available()
        excess = sum(widths.values()) - room
        if excess > 0:  # first the headers wider than their contents give way, evenly
            spare = {c: widths[c] - min(self.contents.get(c, widths[c]), widths[c])
                     for c in widths if c != self.stretch}
            total = sum(spare.values())
            if total:
                share = min(1.0, excess / total)
                for column, extra in spare.items():
                    give = round(extra * share)
                    widths[column] -= give
                    excess -= give
        # then the columns named in *shrink* together, each as it can; then the others
        groups = [[c for c in self.shrink if c in widths],
                  [c for c in widths if c not in self.shrink and c != self.stretch],
                  [self.stretch] if self.stretch in widths and self.stretch not in self.shrink
                  else []]
        # at the last, every column gives way further: the kept ones after the others
        last = [[c for c in widths if c not in self.keep], [c for c in self.keep if c in widths]]
        for number, group in enumerate([*groups, *last]):
            if excess <= 0:
                break
            floor = self.floor if number < len(groups) else (lambda _c: LAST_RESORT)
            room_of = {c: widths[c] - min(floor(c), widths[c]) for c in group}
            total = sum(room_of.values())
            if not total:
                continue
            share = min(1.0, excess / total)
            for column, give in room_of.items():
                give = min(int(give * share), excess)
                widths[column] -= give
                room_of[column] -= give
                excess -= give
            for column in room_of:  # the pixels rounding left, one at a time
                if excess <= 0:
                    break
                if room_of[column] > 0:
                    widths[column] -= 1
                    excess -= 1
        if excess < 0 and self.stretch in widths:
            widths[self.stretch] -= excess  # the spare width (excess is negative)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def refit(self) -> None:
        if not shiboken6.isValid(self.view):
            return
        self._watch()
        self.measure()
        self.apply()

    # events -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view) or event.type() not in (
                QEvent.Type.Resize, QEvent.Type.ToolTip):
            return False  # the view is being destroyed, or the event is not ours
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            if not self.natural:
                self.measure()
            self.apply()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if watched is self.view.viewport():
                return self._cell_tip(event)
            if watched is self.view.horizontalHeader().viewport():
                return self._header_tip(event)
        return False

    def _cut(self, text: str, width: int) -> bool:
        metrics = self.view.fontMetrics()
        return any(metrics.horizontalAdvance(line) + _margin(self.view) > width
                   for line in text.splitlines())

    def _cell_tip(self, event: QHelpEvent) -> bool:
        index: QModelIndex = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip is shown
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or not self._cut(str(text), self.view.visualRect(index).width()):
            return False
        QToolTip.showText(event.globalPos(), str(text), self.view.viewport())
        return True

    def _header_tip(self, event: QHelpEvent) -> bool:
        header = self.view.horizontalHeader()
        column = header.logicalIndexAt(event.pos())
        model = self.view.model()
        if column < 0 or model is None:
            return False
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if text is None or not self._cut(str(text), header.sectionSize(column)):
            return False
        QToolTip.showText(event.globalPos(), str(text), header.viewport())
        return True


def fit_to_width(view: QTableView, stretch: int, shrink: Sequence[int] = (),
                 minimum: int = MINIMUM, widest: int | None = None,
                 keep: Sequence[int] = ()) -> WidthFitter:
    """Keep *view*'s columns within its width (see the module). *stretch*: the column
    that takes the spare width and gives way last; *shrink*: the columns that give way
    first, the least important first (*stretch* among them if it may give way early);
    *widest*: no column wider than this, *stretch* twice (lists whose long texts wrap);
    *keep*: columns never cut below their contents (a name, a date)."""
    existing = view.findChild(WidthFitter)
    if existing is not None:
        existing.stretch, existing.shrink, existing.minimum = stretch, list(shrink), minimum
        existing.widest, existing.keep = widest, list(keep)
        existing.refit()
        return existing
    fitter = WidthFitter(view, stretch, shrink, minimum, widest, keep)
    fitter.refit()
    return fitter
