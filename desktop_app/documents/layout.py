"""Layout decisions both renderers share, measured with the registered font's metrics.

Liberation Serif is metric-compatible with Times New Roman, so widths measured here
hold in Word too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.common.formats import prose_date
from desktop_app.nfc import normalize

from .fonts import register_fonts
from .model import Header

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
HEADER_SIZE = 14
PARTY_NAME_SIZE = 15
HEADER_LEFT_FRACTION = 0.45
HEADER_GAP = 14  # pt at least between the two header columns
HEADER_MAX_OUTDENT = 10 * mm  # how far a long header may reach into the (binding) left margin


# Control characters but tab and line feed, and the two non-characters U+FFFE, U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def printable(value: str | None) -> str:
    """User text ready to print: NFC, line breaks as "\\n", no control characters.

    Control characters (pasted from other programs) would break the PDF's or the
    .docx file's XML; everything else is printed as typed.
    """
    value = normalize(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


@dataclass(frozen=True)
class HeaderSplit:
    """Widths in points of the header rows: both rows start *outdent* left of the text."""

    outdent: float
    width: float  # text width + outdent
    top_left: float  # left column of the first row (superior body, cell, star)
    bottom_left: float  # left column of the second row (number | place-date line)
    number_indent: float | None  # left indent that centres the number under the star


def party_name_width() -> float:
    return stringWidth(PARTY_NAME, register_fonts().bold, PARTY_NAME_SIZE)


def header_split(header: Header, text_width: float) -> HeaderSplit:
    """Fit each header line on one line when possible.

    The slack is shared equally between the columns; a long superior body may first use
    part of the left margin, then wraps. The number stays under the cell's name unless
    the dated line needs the room.
    """
    f = register_fonts()
    left_need = max(
        [stringWidth(normalize(line).upper(), f.regular, HEADER_SIZE)
         for line in header.superior_lines]
        + [stringWidth(normalize(header.cell_name).upper(), f.bold, HEADER_SIZE)]
    ) + 2
    party_need = party_name_width() + 2
    outdent = min(max(0.0, left_need + party_need + HEADER_GAP - text_width), HEADER_MAX_OUTDENT)
    width = text_width + outdent
    if left_need + party_need + HEADER_GAP <= width:
        top_left = left_need + (width - left_need - party_need) / 2
    else:
        top_left = max(width - party_need - HEADER_GAP, width * HEADER_LEFT_FRACTION)
    number_need = stringWidth(normalize(header.number), f.regular, HEADER_SIZE) + 2
    date_need = stringWidth(normalize(prose_date(header.date, header.place)), f.italic,
                            HEADER_SIZE) + 2
    bottom_left = min(top_left, max(width - date_need, number_need))
    # A narrower second row would shift the centred number: indent it from the left instead.
    number_indent = None
    if bottom_left < top_left:
        indent = (top_left - number_need) / 2
        if indent >= 0 and indent + number_need <= bottom_left:
            number_indent = indent
    return HeaderSplit(outdent, width, top_left, bottom_left, number_indent)


SIGNATURE_LEFT_FRACTION = 0.45  # the signature's column starts here unless it needs more room


def signature_column_width(date_line: str | None, text_width: float) -> float:
    """Width in points of a signature's column: 55% of the text width, or wider so that
    its italic place-date line fits on one line (up to the whole width)."""
    width = text_width * (1 - SIGNATURE_LEFT_FRACTION)
    if date_line:
        need = stringWidth(normalize(date_line), register_fonts().italic, HEADER_SIZE) + 4
        width = min(text_width, max(width, need))
    return width
