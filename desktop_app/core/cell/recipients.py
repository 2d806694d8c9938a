"""Nơi nhận (the distribution list) built from the cell's particulars.

The superior committee is named after the superior body the header shows (its last line:
the body directly above the cell): "ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG" receives as "Đảng ủy
Khối cơ sở Bộ Xây Dựng" ("để b/c": for its information). A body typed in capitals is
given the usual capitals of a name: each word but the level words ("xã", "tỉnh", "cơ
sở", …) that stand before a name; the secretary corrects it in the document before it is
issued when a name is written otherwise. The unit keeps a copy in its own words ("- Lưu
Chi bộ.", "- Lưu Văn phòng Đảng ủy.": core/cell/units.py).
"""

from __future__ import annotations

import re

from desktop_app.core.cell.units import words as unit_words
from desktop_app.core.common.text import clean_line

# Unit words of the superior body and the committee that receives for it.
_COMMITTEE_OF = (("đảng bộ", "Đảng ủy"), ("chi bộ", "Chi ủy"), ("đảng ủy", "Đảng ủy"),
                 ("ban thường vụ", "Ban Thường vụ"), ("ban cán sự đảng", "Ban cán sự đảng"))
# Words written small inside a name in capitals (level and linking words).
_SMALL_WORDS = {"cơ", "sở", "các", "cơ quan", "quan", "và", "của", "xã", "phường", "thị",
                "trấn", "huyện", "quận", "tỉnh", "thành", "phố", "ấp", "thôn", "bản", "tổ",
                "khu", "trực", "thuộc", "ủy"}
SUPERIOR_FALLBACK = "Đảng ủy cấp trên"


def _is_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _name_case(words: list[str]) -> str:
    """Words typed in capitals as a name is written: "KHỐI CƠ SỞ BỘ XÂY DỰNG" →
    "Khối cơ sở Bộ Xây Dựng" (the first word always capitalised)."""
    out = []
    for index, word in enumerate(words):
        low = word.lower()
        out.append(low if index and low in _SMALL_WORDS else low[:1].upper() + low[1:])
    return " ".join(out)


def superior_committee(superior_lines: list[str]) -> str:
    """The committee of the superior body directly above the cell, for Nơi nhận."""
    lines = [clean_line(line) for line in superior_lines if clean_line(line)]
    if not lines:
        return SUPERIOR_FALLBACK
    body = lines[-1]
    capitals = _is_capitals(body)
    folded = body.lower()
    for unit, committee in _COMMITTEE_OF:
        if folded == unit or folded.startswith(unit + " "):
            rest = body[len(unit):].split()
            name = _name_case(rest) if capitals else " ".join(rest)
            if name and capitals:
                # A level word right after the unit is a name's first word: "Khối", "Tỉnh"…
                # except the level words of place names ("Đảng ủy xã Suối Đá").
                first, *others = name.split(" ")
                if first.lower() in ("xã", "phường", "thị", "huyện", "quận", "tỉnh",
                                     "thành"):
                    name = " ".join([first.lower(), *others])
            return f"{committee} {name}".strip()
    return _name_case(body.split()) if capitals else body


def default_recipients(superior_lines: list[str], unit_kind: str | None = None, *,
                       to_superior: bool = True, members: str = "") -> list[str]:
    """Nơi nhận of a cell's document: the superior committee (để b/c), *members* when the
    document is for them to carry out ("Các đồng chí đảng viên"), the cell's copy."""
    lines = []
    if to_superior:
        lines.append(f"- {superior_committee(superior_lines)} (để b/c);")
    if members:
        lines.append(f"- {members} (để t/h);")
    lines.append(unit_words(unit_kind).archive)  # "- Lưu Chi bộ.", "- Lưu Văn phòng Đảng ủy."
    return lines


_LINE_START = re.compile(r"^\s*[-–•+]\s*")


def clean_recipients(text: str) -> list[str]:
    """The lines the secretary typed, each as a "- …" line, the last ending with "."."""
    lines = [clean_line(_LINE_START.sub("", line)) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return []
    out = [f"- {line.rstrip(' ;.')};" for line in lines[:-1]]
    out.append(f"- {lines[-1].rstrip(' ;.')}.")
    return out


# --- the Nơi nhận of each kind of document, as the secretary last set it ---------------

_SETTING = "recipients."
# Kinds of document with a Nơi nhận, and who besides the superior and the archive gets one.
KIND_MEMBERS = {
    "member_list": "",
    "plan": "Các đồng chí đảng viên",
    "study_sign_in": "",
    "study_summary": "",
    "ratings_summary": "",
    "thrift": "",
    "social": "",
    "report": "",
}
# A sign-in sheet is filed with the session: the cell keeps it, the superior does not get it.
_TO_SUPERIOR = {kind: kind != "study_sign_in" for kind in KIND_MEMBERS}


def default_for(kind: str, unit_kind: str | None = None) -> list[str]:
    """The Nơi nhận a document of *kind* gets when the secretary has not set one; the
    archive line follows *unit_kind* (else the cell's)."""
    from desktop_app.db.models.cell import Cell

    cell = Cell.select().first()
    lines = [cell.superior_line1, cell.superior_line2] if cell is not None else []
    if unit_kind is None and cell is not None:
        unit_kind = cell.unit_kind
    return default_recipients(lines, unit_kind,
                              to_superior=_TO_SUPERIOR.get(kind, True),
                              members=KIND_MEMBERS.get(kind, ""))


def recipients_for(kind: str, unit_kind: str | None = None) -> list[str]:
    """The Nơi nhận of documents of *kind*: as last set in a preview, else the default."""
    from desktop_app.db.models.base import Setting

    row = Setting.get_or_none(Setting.key == _SETTING + kind)
    stored = clean_recipients(row.value) if row is not None else []
    return stored or default_for(kind, unit_kind)


def save_recipients(kind: str, text: str) -> list[str]:
    """Keep the Nơi nhận typed for *kind* (empty text: back to the default)."""
    from desktop_app.db import database
    from desktop_app.db.models.base import Setting

    lines = clean_recipients(text)
    with database.atomic():
        if lines:
            Setting.replace(key=_SETTING + kind, value="\n".join(lines)).execute()
        else:
            Setting.delete().where(Setting.key == _SETTING + kind).execute()
    return lines or default_for(kind)
