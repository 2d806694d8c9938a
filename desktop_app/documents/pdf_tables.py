"""A long table laid out a page at a time (the PDF renderer's tables).

ReportLab splits a table at a page break into the part that fits and a new table of every
remaining row, styled and measured again: each page costs more than the one before (a
400-page list took twice as long a page as a 30-page one). :class:`PagedTable` holds the
rows and gives ReportLab, at each page, a table of the header rows and only as many rows
as could fit on that page; ReportLab splits that one where it would have split the whole
(the split depends only on the rows before it), so the pages are the same and each costs
the same, however long the list.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

TableMaker = Callable[[list[list[str]]], RLTable]


class PagedTable(Flowable):
    """The body rows ``rows[start:]`` (the cells' text) made into ReportLab tables by
    *make* (some body rows → a styled table of the *header_count* header rows, repeated
    on each page, and those rows) a page's worth at a time. *row_height* is a lower
    bound of a body row's height (one line and its padding): a window of rows whose
    bounds exceed the room always overflows it; when rows are shorter than the bound the
    window doubles until it does."""

    def __init__(self, header_count: int, rows: list[list[str]], make: TableMaker,
                 row_height: float, start: int = 0):
        super().__init__()
        self.header_count, self.rows, self.make = header_count, rows, make
        self.row_height = max(row_height, 1.0)
        self.start = start
        self._window: tuple[float, float, int, RLTable] | None = None

    def _table(self, width: float, height: float) -> tuple[int, RLTable]:
        """The table of the rows from *start* that fills *height* (or every row left),
        wrapped at *width* × *height*, and the number of body rows it holds."""
        if self._window and self._window[:2] == (width, height):
            return self._window[2], self._window[3]
        left = len(self.rows) - self.start
        count = min(left, int(height / self.row_height) + 2)
        while True:
            table = self.make(self.rows[self.start:self.start + count])
            _, used = table.wrap(width, height)
            if count >= left or used > height:
                break
            count = min(left, count * 2)  # shorter rows than the bound: a larger window
        self._window = (width, height, count, table)
        return count, table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, table = self._table(availWidth, availHeight)
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        count, table = self._table(availWidth, availHeight)
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        taken = count if len(parts) == 1 else parts[0]._nrows - self.header_count
        rest = self.start + taken
        if rest >= len(self.rows):
            return [parts[0]]
        return [parts[0], PagedTable(self.header_count, self.rows, self.make, self.row_height,
                                     rest)]

    def drawOn(self, canvas, x, y, _sW=0):  # type: ignore[no-untyped-def]
        # Only reached when every row left fits (else the frame splits it first).
        _, table = self._window[2:] if self._window else self._table(self.width, self.height)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn draws the table itself
        raise NotImplementedError
