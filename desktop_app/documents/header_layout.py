"""Where the two columns of a Party document's header stand, and how their lines break.

Both renderers lay the header out from :func:`header_layout`, measured with the
registered font's metrics (Liberation Serif has Times New Roman's):

- one split for both rows, so that the number stands centred under the star and the
  cell's name, and the dated line centred under "ĐẢNG CỘNG SẢN VIỆT NAM";
- the right column is as wide as its widest line (the Party's name or the dated line,
  which never wraps when the column can hold it), the left column takes the rest; when
  both fit, the slack is shared equally; a long header may first reach into the (binding)
  left margin, then the left column's lines wrap;
- a line that wraps breaks between words into lines of even length
  (:func:`wrapping.balanced_lines`): "… DƯƠNG MINH CHÂU" is never left with one word.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.common.formats import prose_date
from desktop_app.nfc import normalize

from .fonts import register_fonts
from .layout import HEADER_SIZE
from .model import Header
from .wrapping import balanced_lines

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
PARTY_NAME_SIZE = 15
HEADER_GAP = 10  # pt at least between the two columns
HEADER_MAX_OUTDENT = 10 * mm  # how far a long header may reach into the left margin
RIGHT_MAX_FRACTION = 0.56  # the right column never takes more of the width
SLACK = 2  # pt a line needs beyond its measured width (rounding in either renderer)


@dataclass(frozen=True)
class HeaderLayout:
    """The header's columns in points and its lines as they are printed."""

    outdent: float  # both rows start this far left of the text
    width: float  # text width + outdent
    left: float  # width of the left column; the right column has the rest
    superior: tuple[tuple[str, ...], ...]  # each superior line, in capitals, broken
    cell: tuple[str, ...]  # the cell's name in capitals, broken
    number: str
    dated: tuple[str, ...]  # the place-date line (one line unless it cannot fit)

    @property
    def right(self) -> float:
        return self.width - self.left

    @property
    def centres(self) -> tuple[float, float]:
        """Centre of each column, from the text's left edge (the outdent taken off)."""
        return (self.left / 2 - self.outdent, self.left + self.right / 2 - self.outdent)


def party_name_width() -> float:
    return stringWidth(PARTY_NAME, register_fonts().bold, PARTY_NAME_SIZE)


def header_layout(header: Header, text_width: float) -> HeaderLayout:
    f = register_fonts()
    superior = [normalize(line).upper() for line in header.superior_lines]
    cell = normalize(header.cell_name).upper()
    number = normalize(header.number)
    dated = normalize(prose_date(header.date, header.place))
    left_need = max([stringWidth(line, f.regular, HEADER_SIZE) for line in superior]
                    + [stringWidth(cell, f.bold, HEADER_SIZE),
                       stringWidth(number, f.regular, HEADER_SIZE)]) + SLACK
    right_need = max(party_name_width(), stringWidth(dated, f.italic, HEADER_SIZE)) + SLACK
    outdent = min(max(0.0, left_need + right_need + HEADER_GAP - text_width),
                  HEADER_MAX_OUTDENT)
    width = text_width + outdent
    if left_need + right_need + HEADER_GAP <= width:
        left = left_need + (width - left_need - right_need) / 2
    else:
        left = width - min(right_need, width * RIGHT_MAX_FRACTION)
    room_left, room_right = left - HEADER_GAP / 2 - SLACK, width - left - SLACK
    return HeaderLayout(
        outdent=outdent, width=width, left=left,
        superior=tuple(tuple(balanced_lines(line, f.regular, HEADER_SIZE, room_left))
                       for line in superior),
        cell=tuple(balanced_lines(cell, f.bold, HEADER_SIZE, room_left)),
        number=number,
        dated=tuple(balanced_lines(dated, f.italic, HEADER_SIZE, room_right)))
