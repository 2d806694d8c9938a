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
_SPARE_ROWS = 3  # a window holds this many rows more than the page before took
# Asked for its height with no limit (a KeepTogether measuring what it holds), a table
# answers with the rows that fill this much, more than any page holds (A4 is 842 pt
# high): a height past it decides as the whole would (it does not fit), without making
# every cell of the list.
_TALLEST = 900.0


class PagedTable(Flowable):
    """The body rows ``rows[start:]`` (the cells' text) made into ReportLab tables by
    *make* (some body rows → a styled table of the *header_count* header rows, repeated
    on each page, and those rows) a page's worth at a time. *row_height* is a lower
    bound of a body row's height (one line and its padding): a window of rows whose
    bounds exceed the room always overflows it; when rows are shorter than the bound the
    window doubles until it does. After the first page a window holds *hint* rows, what
    the page before took and a few more: rows taller than the bound (two lines, say) are
    not made into cells twice over."""

    def __init__(self, header_count: int, rows: list[list[str]], make: TableMaker,
                 row_height: float, start: int = 0, hint: int | None = None):
        super().__init__()
        self.hint = hint
        self.header_count, self.rows, self.make = header_count, rows, make
        self.row_height = max(row_height, 1.0)
        self.start = start
        self._window: tuple[float, float, int, RLTable] | None = None

    def _table(self, width: float, height: float) -> tuple[int, RLTable]:
        """The table of the rows from *start* that fills *height* (or every row left),
        wrapped at *width* × *height*, and the number of body rows it holds."""
        if self._window and self._window[0] == width and height <= self._window[1]:
            # asked again with less room (the frame splitting what it could not place):
            # the rows that overflowed the room overflow less room too
            count, table = self._window[2], self._window[3]
            if height < self._window[1]:
                table.wrap(width, min(height, _TALLEST))
            return count, table
        asked, height = height, min(height, _TALLEST)
        left = len(self.rows) - self.start
        # no more rows than could fit (a few, in the room left at a page's foot)
        count = min(left, self.hint or left, int(height / self.row_height) + 2)
        while True:
            table = self.make(self.rows[self.start:self.start + count])
            _, used = table.wrap(width, height)
            if count >= left or used > height:
                break
            count = min(left, count * 2)  # shorter rows than the bound: a larger window
        self._window = (width, asked, count, table)
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
                                     rest, taken + _SPARE_ROWS)]

    def drawOn(self, canvas, x, y, _sW=0):  # type: ignore[no-untyped-def]
        # Only reached when every row left fits (else the frame splits it first).
        _, table = self._window[2:] if self._window else self._table(self.width, self.height)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn draws the table itself
        raise NotImplementedError
