"""Layout decisions both renderers share, measured with the registered font's metrics.

Liberation Serif is metric-compatible with Times New Roman, so widths measured here
hold in Word too.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.nfc import normalize

from .fonts import register_fonts

HEADER_SIZE = 14  # the header's and the signature's lines


# Control characters but tab and line feed, and the two non-characters U+FFFE, U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def printable(value: str | None) -> str:
    """User text ready to print: NFC, line breaks as "\\n", no control characters.

    Control characters (pasted from other programs) would break the PDF's or the
    .docx file's XML; everything else is printed as typed.
    """
    value = normalize(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def balanced_italic(value: str, width: float, size: float = HEADER_SIZE) -> str:
    """A centred italic line (an appendix's reference) broken into even lines between
    words when it does not fit *width* ("\n" between them), as both renderers print it."""
    from .wrapping import balanced_lines

    return "\n".join(balanced_lines(printable(value), register_fonts().italic, size,
                                    width - 2))


SIGNATURE_LEFT_FRACTION = 0.45  # the signature's column starts here unless it needs more room


def signature_column_width(date_line: str | None, text_width: float) -> float:
    """Width in points of a signature's column: 55% of the text width, or wider so that
    its italic place-date line fits on one line (up to the whole width)."""
    width = text_width * (1 - SIGNATURE_LEFT_FRACTION)
    if date_line:
        need = stringWidth(normalize(date_line), register_fonts().italic, HEADER_SIZE) + 4
        width = min(text_width, max(width, need))
    return width
