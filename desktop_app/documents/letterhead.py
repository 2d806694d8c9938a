"""The head of a cell's document, from the letterhead the core reads (``core.cell``)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.cell.particulars import Letterhead

from .model import Header


def cell_header(letterhead: Letterhead, date: dt.date, number: str = "") -> Header:
    """The two-column head: superior body and cell, *number* ("" for none), dated line."""
    return Header(superior_lines=list(letterhead.superior_lines),
                  cell_name=letterhead.cell_name, number=number, place=letterhead.place,
                  date=date)
