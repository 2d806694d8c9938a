"""The printable document model (Qt-free, renderer-free): plain dataclasses.

Every printed paper (plan, study sheet, self-review form, report, member list) is built
as a :class:`Document` and handed to a renderer (``pdf.py`` for ReportLab, ``docx.py``
for python-docx). The model follows the Party document format of Hướng dẫn 36-HD/VPTW
(DOMAIN.md §4): header, title block, body, signature, distribution list (nơi nhận).

Text here is what the user typed: renderers normalise it to NFC and escape it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Align = Literal["left", "center", "right", "justify"]

EMPTY_TABLE_TEXT = "Không có dữ liệu"


@dataclass
class Header:
    """The two-column header of a Party document."""

    superior_lines: list[str]  # superior body, one or two lines ("ĐẢNG BỘ KHỐI ...")
    cell_name: str  # issuing cell ("Chi bộ Văn phòng"), printed in capitals
    number: str  # "Số 01-DS/CB"; empty when the document carries no number
    place: str  # địa danh of the dated line
    date: dt.date

    def __post_init__(self) -> None:
        self.superior_lines = [line for line in self.superior_lines if line and line.strip()]


@dataclass
class Run:
    """A piece of a paragraph with its own emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Heading:
    """A numbered heading: level 1 "I." (capitals, bold), 2 "1." (bold), 3 "a)" (italic).

    *number* overrides the automatic numbering (see :func:`heading_numbers`); give ""
    for an unnumbered heading.
    """

    text: str
    level: int = 1
    number: str | None = None

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level}")


@dataclass
class Paragraph:
    """A body paragraph: justified, first-line indent, 6 pt after (by default)."""

    text: str | Sequence[Run]
    bold: bool = False
    italic: bool = False
    align: Align = "justify"
    indent: bool = True  # first-line indent

    def runs(self) -> list[Run]:
        if isinstance(self.text, str):
            return [Run(self.text, self.bold, self.italic)]
        return [Run(r.text, r.bold or self.bold, r.italic or self.italic) for r in self.text]


@dataclass
class BulletList:
    """Items printed as "- item" (the dash bullet of Party documents)."""

    items: list[str]


@dataclass
class Table:
    """A bordered table with header rows repeated on every page.

    *widths* are relative (scaled to the text width); *aligns* apply to body cells
    (header cells are centred and bold). An empty *rows* prints "Không có dữ liệu".
    """

    header_rows: list[list[str]]
    rows: list[list[str]]
    widths: list[float]
    aligns: list[Align] = field(default_factory=list)
    font_size: float | None = None  # None: one point below the body size
    empty_text: str = EMPTY_TABLE_TEXT

    def __post_init__(self) -> None:
        columns = len(self.widths)
        if columns == 0:
            raise ValueError("a table needs at least one column")
        if not self.aligns:
            self.aligns = ["left"] * columns
        if len(self.aligns) != columns:
            raise ValueError("one alignment per column")
        for row in [*self.header_rows, *self.rows]:
            if len(row) != columns:
                raise ValueError(f"row {row!r} has {len(row)} cells, the table {columns} columns")
        if any(w <= 0 for w in self.widths):
            raise ValueError("column widths must be positive")

    @property
    def column_count(self) -> int:
        return len(self.widths)

    def fractions(self) -> list[float]:
        total = sum(self.widths)
        return [w / total for w in self.widths]


@dataclass
class PageBreak:
    """Start a new page."""


@dataclass
class Figure:
    """A chart or picture: a ReportLab ``Drawing`` (vector), centred, with a caption below.

    The PDF draws it as vectors; the DOCX embeds a PNG rendered from it (when the
    renderer is available, else only the caption with a note). Kept renderer-neutral
    here: *drawing* is any object with ``width``/``height`` that ReportLab can draw.
    """

    drawing: Any
    caption: str = ""


@dataclass
class SignatureBlock:
    """A signature inside the body, e.g. a form signed by the member and then by the committee.

    Printed like the document's signature: a column (right by default) of centred lines,
    the optional italic place-date line, *authority* and *title* in bold capitals, room
    for the signature and seal, the *name* in bold; kept together on one page, with the
    paragraph before it.
    """

    authority: str = ""  # "T/M CHI ỦY"; "" for a person signing for themselves
    title: str = ""  # "BÍ THƯ", "NGƯỜI TỰ KIỂM ĐIỂM"
    name: str = ""
    date_line: str | None = None  # "Hà Nội, ngày 18 tháng 12 năm 2010", above the authority
    side: Literal["left", "right"] = "right"

    def __post_init__(self) -> None:
        if self.side not in ("left", "right"):
            raise ValueError(f"signature side must be left or right, not {self.side!r}")


Block = Heading | Paragraph | BulletList | Table | PageBreak | Figure | SignatureBlock


@dataclass
class Signature:
    """The signature block, right column, centred.

    A cell's document: authority "T/M CHI BỘ", title "BÍ THƯ", the name. A paper signed by
    a person for themselves: authority "". A paper signed more than once (the member's
    form, then the committee's assessment) uses :class:`SignatureBlock` in its body instead.
    """

    title: str = "BÍ THƯ"
    name: str = ""
    authority: str = "T/M CHI BỘ"


@dataclass
class Appendix:
    """An appendix (phụ lục) printed on its own pages after the signature."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""
    # Which document it belongs to, under the title: "(Kèm theo Báo cáo số 01-BC/CB
    # ngày 20/9/2010 của Chi bộ …)"; see :func:`appendix_reference`.
    reference: str = ""


@dataclass
class Document:
    """A Party document: header, title block, body, signature and distribution list."""

    header: Header
    type_name: str  # "BÁO CÁO", "DANH SÁCH ĐẢNG VIÊN": printed in capitals
    subject: str = ""  # trích yếu
    blocks: list[Block] = field(default_factory=list)
    draft_mark: str = ""  # "(Dự thảo)" under the title of a draft; "" otherwise
    signature: Signature | None = None
    recipients: list[str] = field(default_factory=list)  # nơi nhận: "- Lưu Chi bộ."
    appendices: list[Appendix] = field(default_factory=list)

    def file_stem(self) -> str:
        """A default file name (without extension) for saving the document."""
        from desktop_app.core.common.text import fold

        words = fold(f"{self.type_name} {self.header.date.isoformat()}").split()
        return "-".join("".join(ch for ch in w if ch.isalnum()) for w in words if w) or "van-ban"


def roman(value: int) -> str:
    """Roman numeral for heading numbers (1 → "I", 14 → "XIV")."""
    from desktop_app.core.common.formats import roman as core_roman

    return core_roman(value)


def _letter(value: int) -> str:
    # a, b, c, ... following the Vietnamese alphabet without the marked letters
    letters = "abcdeghiklmnopqrstuvxy"
    return letters[(value - 1) % len(letters)]


def heading_numbers(blocks: Sequence[Block]) -> dict[int, str]:
    """The printed number of every heading, keyed by position in *blocks*.

    Level 1 counts I., II., ...; level 2 counts 1., 2., ... and restarts under each
    level 1; level 3 counts a), b), ... and restarts under each level 2.
    """
    counters = [0, 0, 0]
    numbers: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        level = block.level
        counters[level - 1] += 1
        for lower in range(level, 3):
            counters[lower] = 0
        if block.number is not None:
            numbers[index] = block.number
        elif level == 1:
            numbers[index] = f"{roman(counters[0])}."
        elif level == 2:
            numbers[index] = f"{counters[1]}."
        else:
            numbers[index] = f"{_letter(counters[2])})"
    return numbers


def appendix_reference(type_name: str, number: str, date: dt.date, issuer: str,
                       presented_to: str = "") -> str:
    """"(Kèm theo Báo cáo số 01-BC/CB ngày 20/9/2010 của Chi bộ …)" for an appendix; a
    document without a number (a congress's political report) is named by its date and
    *presented_to* ("trình Đại hội …") when given."""
    number = number.strip()
    number = number[len("Số"):].strip() if number.startswith("Số") else number
    kind = type_name.strip().capitalize()
    day = f"ngày {date.day}/{date.month}/{date.year}"
    if not number:
        return f"(Kèm theo {kind} {day} {presented_to or 'của ' + issuer})"
    return f"(Kèm theo {kind} số {number} {day} của {issuer})"
