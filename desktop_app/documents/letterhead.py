"""The head of a cell's document, from the letterhead the core reads (``core.cell``)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.text import clean_line

from .model import Header, Signature


def cell_header(letterhead: Letterhead, date: dt.date, number: str = "") -> Header:
    """The two-column head: superior body and cell, *number* ("" for none), dated line."""
    return Header(superior_lines=list(letterhead.superior_lines),
                  cell_name=letterhead.cell_name, number=number, place=letterhead.place,
                  date=date)


def blank_number(letterhead: Letterhead, type_code: str) -> str:
    """"Số      -DS/CB": the number line of a paper the register does not number (a
    working list, an annex), with room to write the number by hand."""
    return f"Số {chr(0xA0) * 6}-{type_code}/{letterhead.code}"


def recipients(letterhead: Letterhead, kind: str) -> list[str]:
    """Nơi nhận of a document of *kind*, as the core built or the secretary set it."""
    return list(letterhead.recipients.get(kind, ()))


def unit_signature(letterhead: Letterhead, secretary_name: str) -> Signature:
    """The unit's own signature: "T/M CHI BỘ" for a chi bộ, "T/M ĐẢNG ỦY" for a đảng bộ,
    over "BÍ THƯ" and the secretary's name."""
    return Signature(authority=letterhead.words.authority, title="BÍ THƯ", name=secretary_name)


def unit_name(letterhead: Letterhead) -> str:
    """The unit as a sentence names it: "Chi bộ Văn phòng", "Đảng bộ Cục Thuế" (its name
    when the name says what it is, else the kind's noun before the name)."""
    name = clean_line(letterhead.cell_name)
    if name.casefold().startswith(("chi bộ", "đảng bộ")):
        return name
    return f"{letterhead.words.Unit} {name}".strip()
