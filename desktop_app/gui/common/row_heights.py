"""Rows as tall as their wrapped text, measured only where the list is seen.

``QTableView.resizeRowsToContents()`` measures every cell of every row: on a decade of
social work (2,000 rows) it held the window for two thirds of a second at each reading
of the list, and again at each resize of a column. ``fit_rows(view)`` measures the rows
on screen (and a screenful more) after the list changed, a column was resized or the
list was scrolled, in the next turn of the event loop, once however many changes came.
Rows not yet seen keep the default height until they are scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QTableView

from .views import on_texts_changed

AHEAD = 1.0  # measure a screenful beyond the bottom, so a page down lands on fitted rows


class RowFitter(QObject):
    """Fits the rows of *view* that are on screen; ``refit()`` after the texts changed."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._fitted: set[int] = set()  # rows measured since the last change
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit_visible)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        view.horizontalHeader().sectionResized.connect(lambda *_a: self.refit())
        self._model: QAbstractItemModel | None = None
        self._watch_model()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        on_texts_changed(model, self.refit)

    def refit(self) -> None:
        """The texts or the column widths changed: measure the visible rows again."""
        self._watch_model()
        self._fitted.clear()
        self._timer.start()

    def fit_now(self) -> None:
        """Measure the visible rows at once (tests, and callers that read heights)."""
        self._timer.stop()
        self._fit_visible()

    def _fit_visible(self) -> None:
        view = self.view
        model = view.model()
        if model is None:
            return
        count = model.rowCount()
        if count == 0:
            return
        height = view.viewport().height()
        first = view.rowAt(0)
        if first < 0:
            first = 0
        limit = height * (1 + AHEAD)
        used = 0
        row = first
        while row < count and used <= limit:
            if view.isRowHidden(row):
                row += 1
                continue
            if row not in self._fitted:
                view.resizeRowToContents(row)
                self._fitted.add(row)
            used += view.rowHeight(row)
            row += 1


def fit_rows(view: QTableView) -> RowFitter:
    """Keep the rows of *view* as tall as their text where they are seen."""
    fitter = view.findChild(RowFitter)
    if fitter is None:
        fitter = RowFitter(view)
    fitter.refit()
    return fitter
