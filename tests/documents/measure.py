"""Measuring a rendered PDF as it was measured when the format faults were found.

Text positions come from PDFium's text layer (``pypdfium2``): every character's box, in
points, with the origin at the page's top-left corner (as ``pdftotext -bbox`` gives
them); characters are grouped into words and words into lines. Pages are also rendered
to pictures, to measure where the ink is (printed pages hold pictures or re-encoded
fonts whose text cannot always be read back).
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str  # the font's name in the PDF (without the subset prefix)
    size: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return "bold" in self.font.lower()

    @property
    def italic(self) -> bool:
        return "italic" in self.font.lower()


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)


def open_pdf(source: bytes | Path | str) -> pdfium.PdfDocument:
    if isinstance(source, bytes):
        return pdfium.PdfDocument(io.BytesIO(source))
    return pdfium.PdfDocument(str(source))


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, 256, ctypes.byref(flags))
    name = buffer.raw[:max(length - 1, 0)].decode("utf-8", "replace")
    return name.split("+", 1)[-1]


def page_words(page: pdfium.PdfPage) -> list[Word]:
    """The words of one page, in reading order of the PDF's text layer."""
    height = page.get_height()
    textpage = page.get_textpage()
    words: list[Word] = []
    chars: list[tuple[str, float, float, float, float, str, float]] = []

    def flush() -> None:
        if chars:
            words.append(Word("".join(c[0] for c in chars), min(c[1] for c in chars),
                              max(c[2] for c in chars), min(c[3] for c in chars),
                              max(c[4] for c in chars), chars[0][5], chars[0][6]))
            chars.clear()

    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char or char.isspace() or pdfium_c.FPDFText_IsGenerated(textpage.raw, index) == 1:
            flush()
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        size = round(pdfium_c.FPDFText_GetFontSize(textpage.raw, index), 1)
        font = _font_name(textpage, index)
        if chars:
            previous = chars[-1]
            same_line = abs((height - bottom) - previous[4]) < 0.3 * size
            if not same_line or left - previous[2] > 0.15 * size or font != previous[5]:
                flush()
        chars.append((char, left, right, height - top, height - bottom, font, size))
    flush()
    textpage.close()
    return words


def lines_of(words: Iterable[Word]) -> list[Line]:
    """Words grouped into lines (same baseline, left to right), top to bottom.

    Words of one baseline that are far apart (two columns, a table's cells) are separate
    lines: a gap wider than two spaces of their size starts a new one.
    """
    rows: dict[float, list[Word]] = {}
    for word in sorted(words, key=lambda w: (round(w.bottom, 0), w.x0)):
        key = next((k for k in rows if abs(k - word.bottom) < 0.25 * word.size), word.bottom)
        rows.setdefault(key, []).append(word)
    lines: list[Line] = []
    for key in sorted(rows):
        current: list[Word] = []
        for word in sorted(rows[key], key=lambda w: w.x0):
            if current and word.x0 - current[-1].x1 > 0.6 * word.size:
                lines.append(Line(tuple(current)))
                current = []
            current.append(word)
        lines.append(Line(tuple(current)))
    return lines


def pdf_lines(source: bytes | Path | str) -> list[list[Line]]:
    """The lines of every page."""
    pdf = open_pdf(source)
    try:
        return [lines_of(page_words(page)) for page in pdf]
    finally:
        pdf.close()


def pdf_words(source: bytes | Path | str) -> list[list[Word]]:
    pdf = open_pdf(source)
    try:
        return [page_words(page) for page in pdf]
    finally:
        pdf.close()


def find_line(lines: list[Line], starts: str) -> Line:
    """The first line whose text starts with *starts*."""
    for line in lines:
        if line.text.startswith(starts):
            return line
    raise AssertionError(f"no line starts with {starts!r}: {[line.text for line in lines][:40]}")


def ink_boxes(source: bytes | Path | str, dpi: int = 150) -> list[tuple[float, ...]]:
    """Where the ink is on every page: (left, top, right, bottom) in millimetres from the
    page's top-left corner (grey darker than 60 % counts)."""
    from PIL import ImageOps

    pdf = open_pdf(source)
    boxes = []
    try:
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            ink = ImageOps.invert(image).point(lambda v: 255 if v > 100 else 0)
            box = ink.getbbox() or (0, 0, 0, 0)
            boxes.append(tuple(v * 25.4 / dpi for v in box))
    finally:
        pdf.close()
    return boxes


def page_count(source: bytes | Path | str) -> int:
    pdf = open_pdf(source)
    try:
        return len(pdf)
    finally:
        pdf.close()


def overlapping_words(words: list[Word], tolerance: float = 0.5) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes overlap by more than *tolerance* points both ways."""
    found = []
    ordered = sorted(words, key=lambda w: w.x0)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.x0 > a.x1 - tolerance:
                break
            across = min(a.x1, b.x1) - max(a.x0, b.x0)
            down = min(a.bottom, b.bottom) - max(a.top, b.top)
            # Glyph boxes of two lines touch (accents above, descenders below): only
            # a real overlap, a fifth of the smaller size at least, counts.
            if across > tolerance and down > max(tolerance, 0.2 * min(a.size, b.size)):
                found.append((a, b))
    return found


@dataclass(frozen=True)
class Page:
    """Where a page's text area is: the default margins and body size unless told."""

    left: float = 30 * MM
    right: float = (210 - 15) * MM
    top: float = 20 * MM
    body: float = 14.0
    indent: float = 1.27 / 2.54 * 72

    def is_body(self, line: Line) -> bool:
        """A line of a paragraph or list item (body size, starting at the text's left
        edge or its first-line indent), not a table cell, signature or page number."""
        return (abs(line.size - self.body) < 0.2 and line.top > self.top - 2
                and (abs(line.x0 - self.left) < 1.5 or self.starts_paragraph(line)))

    def starts_paragraph(self, line: Line) -> bool:
        return abs(line.x0 - self.left - self.indent) < 1.5

    def is_full(self, line: Line) -> bool:
        """A justified line reaching the right edge: its paragraph goes on."""
        return line.x1 > self.right - 2

    def is_heading(self, line: Line) -> bool:
        return (abs(line.size - self.body) < 0.2 and all(w.bold for w in line.words)
                and line.x0 < self.left + self.indent + 2)


def content_lines(page_lines: list[Line], geometry: Page) -> list[Line]:
    """The page's lines inside the text area (the page number above it left out)."""
    return [line for line in page_lines if line.top > geometry.top - 2]


def lone_lines(pages: list[list[Line]], geometry: Page | None = None) -> list[str]:
    """Every widow, orphan and stranded heading, described for an assertion message.

    - a widow: a page starts with the last line of a paragraph begun on the page before
      (that page ends with a full justified line, this one's first line is short);
    - an orphan: a page ends with the first line of a paragraph that goes on overleaf;
    - a stranded heading: a page ends with a heading (bold, body size, at the text's
      left edge or indent) and the text under it is overleaf.
    """
    geometry = geometry or Page()
    faults = []
    for number in range(1, len(pages)):
        before = content_lines(pages[number - 1], geometry)
        after = content_lines(pages[number], geometry)
        if not before or not after:
            continue
        last, first = before[-1], after[0]
        if geometry.is_body(last) and geometry.is_body(first):
            if geometry.is_full(last) and not geometry.starts_paragraph(first) \
                    and not geometry.is_full(first):
                faults.append(f"page {number + 1} starts with the last line of a paragraph: "
                              f"{first.text!r}")
            if geometry.starts_paragraph(last) and geometry.is_full(last) \
                    and not geometry.starts_paragraph(first):
                faults.append(f"page {number} ends with the first line of a paragraph: "
                              f"{last.text!r}")
        if geometry.is_heading(last) and (geometry.is_body(first) or first.size < geometry.body):
            faults.append(f"page {number} ends with a heading: {last.text!r}")
    return faults
