"""Text as ReportLab paragraphs for the PDF renderer: escaping, the styles of a document,
and paragraphs broken into lines once (``Prose``), the way ReportLab breaks them.

All text is NFC-normalised and XML-escaped before it reaches a ``Paragraph``.
"""

from __future__ import annotations

import re
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.nfc import normalize

from .fonts import FontFamily
from .layout import printable
from .model import Align, Run

FIRST_LINE_INDENT = 1.27 * cm
RECIPIENTS_SIZE = 12
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def text(value: str | None) -> str:
    """User text made safe for Paragraph markup: NFC, escaped, line breaks kept."""
    return escape(printable(value)).replace("\n", "<br/>")


def upper(value: str | None) -> str:
    return normalize(value).upper()


class Styles:
    """Every paragraph style of a document, all in the one registered family."""

    def __init__(self, family: FontFamily, settings: DocumentSettings):
        size = settings.body_size_pt
        self.family = family
        self.body_size = size

        def style(name: str, font: str = family.regular, font_size: float = size,
                  align: int = TA_JUSTIFY, **kw) -> ParagraphStyle:
            # No paragraph leaves its last line alone at the top of a page (a widow);
            # ReportLab already never leaves a first line alone at the foot (an orphan).
            kw.setdefault("allowWidows", 0)
            return ParagraphStyle(name, fontName=font, fontSize=font_size,
                                  leading=round(font_size * 1.2, 1), alignment=align, **kw)

        self.header_regular = style("header", font_size=14, align=TA_CENTER)
        self.header_bold = style("header_bold", family.bold, 14, TA_CENTER)
        self.header_italic = style("header_italic", family.italic, 14, TA_CENTER)
        self.title = style("title", family.bold, 15, TA_CENTER, spaceBefore=12, keepWithNext=1)
        self.subject = style("subject", family.bold, 14, TA_CENTER, keepWithNext=1)
        self.dashes = style("dashes", family.regular, 14, TA_CENTER, spaceAfter=12)
        # "(Dự thảo)" under the title of a draft
        self.draft_mark = style("draft_mark", family.italic, 14, TA_CENTER, keepWithNext=1)
        self.body = style("body", firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6)
        # A heading is kept with what follows it (never the last thing on a page).
        self.headings = {
            1: style("h1", family.bold, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6,
                     spaceBefore=6, keepWithNext=1),
            2: style("h2", family.bold, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6,
                     keepWithNext=1),
            3: style("h3", family.italic, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6,
                     keepWithNext=1),
        }
        self.signature = style("signature", family.bold, 14, TA_CENTER)
        self.signature_date = style("signature_date", family.italic, 14, TA_CENTER)
        self.recipients_title = style("recipients_title", family.bold_italic, RECIPIENTS_SIZE,
                                      TA_LEFT)
        self.recipients = style("recipients", family.regular, RECIPIENTS_SIZE, TA_LEFT)
        self.appendix_title = style("appendix_title", family.bold, 14, TA_CENTER,
                                    keepWithNext=1)
        self.caption = style("caption", family.italic, RECIPIENTS_SIZE, TA_CENTER,
                             spaceBefore=4, spaceAfter=6)
        self.appendix_subtitle = style("appendix_subtitle", family.italic, 14, TA_CENTER,
                                       spaceAfter=12)
        self.appendix_line = style("appendix_line", family.italic, 14, TA_CENTER,
                                   keepWithNext=1)
        self._paragraphs: dict[tuple[Align, bool], ParagraphStyle] = {}
        self._cells: dict[tuple[float, Align, bool, bool], ParagraphStyle] = {}

    def paragraph(self, align: Align, indent: bool) -> ParagraphStyle:
        """The body style aligned *align*, with or without its first-line indent (made
        once per document, shared by every such paragraph)."""
        key = (align, indent)
        if key not in self._paragraphs:
            self._paragraphs[key] = ParagraphStyle(
                f"p-{align}-{indent}", parent=self.body, alignment=_ALIGN[align],
                firstLineIndent=FIRST_LINE_INDENT if indent else 0)
        return self._paragraphs[key]

    def cell(self, font_size: float, align: Align, bold: bool = False,
             italic: bool = False) -> ParagraphStyle:
        key = (font_size, align, bold, italic)
        if key not in self._cells:
            font = {(False, False): self.family.regular, (True, False): self.family.bold,
                    (False, True): self.family.italic, (True, True): self.family.bold_italic}
            self._cells[key] = ParagraphStyle(
                f"cell-{font_size}-{align}-{bold}-{italic}", fontName=font[(bold, italic)],
                fontSize=font_size, leading=round(font_size * 1.15, 1),
                alignment=_ALIGN[align])
        return self._cells[key]


_MARKUP_CHARS = re.compile("[\n&<>]")


class _StyleCache:
    """What plain paragraphs of one style share during a build: the fragment the markup
    parser makes for them, and the width of each word already measured."""

    def __init__(self, style: ParagraphStyle):
        self.fragment: Any = RLParagraph("x", style).frags[0]
        self.widths: dict[tuple[str, float], dict[str, float]] = {}


# Styles are made per document (``Styles``), so a cache lives as long as its build.
_STYLE_CACHES: WeakKeyDictionary[ParagraphStyle, _StyleCache] = WeakKeyDictionary()


def _style_cache(style: ParagraphStyle) -> _StyleCache:
    cache = _STYLE_CACHES.get(style)
    if cache is None:
        cache = _STYLE_CACHES[style] = _StyleCache(style)
    return cache


def plain_paragraph(value: str | None, style: ParagraphStyle, prefix: str = "") -> Prose:
    """A paragraph of plain user text (one font, no bold or italic run) in *style*.

    What ReportLab's markup parser would make of the escaped text — one fragment in the
    style's font, holding the text with its spaces collapsed — is built directly, from a
    fragment parsed once per style: parsing costs more than laying out a short paragraph.
    Text with line breaks or & < > (or nothing to print) goes through the parser as
    markup.
    """
    plain = prefix + printable(value)
    # The parser splits escaped & < > into fragments of their own: those go through it.
    words = cleanBlockQuotedText(plain) if not _MARKUP_CHARS.search(plain) else ""
    if not words:
        return Prose(escape(prefix) + text(value), style)
    paragraph = Prose(None, style, frags=[_style_cache(style).fragment.clone(text=words)])
    paragraph._plain_text = True
    return paragraph


_BLANK_BOX = {"\n", "\u00a0"}


def table_cell(value: str | None, style: ParagraphStyle, room: float) -> Flowable | str:
    """A table cell: the plain one-line string when it fits in *room* (the column's width
    inside its padding), else a Paragraph that wraps it.

    Only text a Paragraph would print as it is goes plain: no line break, tab or other
    space than U+0020 (``isprintable``), runs of spaces collapsed as a Paragraph does. An
    empty cell takes no height, as an empty Paragraph did (an empty string would take a
    line); lines of no-break spaces only take their lines' height, as their Paragraph did.
    """
    line = printable(value)
    lines = line.split("\n")
    if len(lines) > 1 and all(lines) and set(line) <= _BLANK_BOX:
        # A blank box some lines high (room to sign: no-break spaces on each line): its
        # height, nothing to draw, rather than a Paragraph through the markup parser.
        return Spacer(0, style.leading * len(lines))
    if line.isprintable():
        line = " ".join(line.split())  # isprintable(): U+0020 is its only space
        if not line:
            return Spacer(0, 0)  # what an empty Paragraph is: no height, nothing drawn
        if stringWidth(line, style.fontName, style.fontSize) <= room:
            return line
    return plain_paragraph(value, style)


class Prose(RLParagraph):
    """A Paragraph broken into lines once, however many pages it runs over.

    ReportLab breaks a paragraph into lines each time it is wrapped: to see whether it
    fits, again for the part kept on the page after a split, and again for the rest on
    each following page, so a paragraph of several pages is measured word by word
    several times over. When a plain paragraph (one font, no hyphenation or long-word
    splitting) is wrapped or split, it and its parts keep the lines already found;
    wrapped again at the same width they take them instead of breaking their words
    again. Breaking the same words at the same widths gives the same lines, so the page
    is unchanged. A paragraph of plain text (``plain_paragraph``) is also broken by
    ``_plain_lines``, ReportLab's rule with each distinct word measured once.
    """

    _known: tuple[float, Any] | None = None  # (width, lines) from a wrap or a split
    _plain_text = False  # made by plain_paragraph(): one fragment of plain text

    def breakLines(self, width):  # type: ignore[no-untyped-def]  # noqa: N802
        lines = self._plain_lines(width) if self._plain_text else None
        return lines if lines is not None else super().breakLines(width)

    def _plain_lines(self, width: float | list[float]) -> Any:
        """ReportLab's line breaking of a one-font paragraph (``breakLines``, first
        case), the same lines to the last digit, measuring each distinct word once per
        style and build instead of summing its glyph widths again for every occurrence.
        None (ReportLab breaks the lines) when a word needs cutting or hyphenating, or
        the style asks for anything but plain greedy breaking."""
        style = self.style
        if (self.bulletText or style.endDots or style.wordWrap or style.shaping
                or style.hyphenationLang or style.uriWasteReduce
                or style.embeddedHyphenation):
            return None
        fragment = self.frags[0]
        words_text = rl_strip(fragment.text)
        if not words_text or "\xad" in words_text:  # soft hyphens: ReportLab's way
            return None
        widths = list(width) if isinstance(width, list | tuple) else [width]
        last_width = len(widths) - 1
        font, size, encoding = fragment.fontName, fragment.fontSize, self.encoding
        measured = _style_cache(style).widths.setdefault((font, size), {})
        space = stringWidth(" ", font, size, encoding)
        shrink = style.spaceShrinkage * space
        cut_long = style.splitLongWords
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current, number, widest = -space, 0, 0.0
        max_width = widths[0]
        for word in rl_split(words_text):
            word_width = measured.get(word)
            if word_width is None:
                word_width = measured[word] = stringWidth(word, font, size, encoding)
            new_width = current + space + word_width
            limit = max_width + shrink * len(line)
            if new_width > limit and cut_long \
                    and word_width > widths[min(number, last_width)]:
                return None  # longer than a line: ReportLab cuts it
            if new_width <= limit or not line:
                line.append(word)
                current = new_width
            else:
                widest = max(widest, current)
                lines.append((max_width - current, line))
                line = [word]
                current = word_width
                number += 1
                max_width = widths[min(number, last_width)]
        if line:
            widest = max(widest, current)
            lines.append((max_width - current, line))
        self._width_max = widest
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = getAscentDescent(font, size)
        return fragment.clone(kind=0, lines=lines, ascent=ascent, descent=descent,
                              fontSize=size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known, self._known = self._known, None
        style = self.style
        if known is not None and known[0] == availWidth:
            self._known = known  # a later wrap at this width (after a failed split) too
            indent = style.leftIndent + style.rightIndent
            self.width = availWidth
            self._wrapWidths = [availWidth - indent - style.firstLineIndent,
                                availWidth - indent]
            self._splitLongWordCount = self._hyphenations = 0
            self.blPara = known[1]
            self.height = len(self.blPara.lines) * style.leading
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if self._reusable():  # wrapped again at this width (moved to the next page): reuse
            self._known = (availWidth, self.blPara)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        bl_para = getattr(self, "blPara", None)
        if len(parts) == 2 and bl_para is not None and self.width == availWidth \
                and self._reusable():
            first, rest = parts
            count = len(first.blPara.lines)
            first._known = (availWidth, bl_para.clone(lines=bl_para.lines[:count]))
            rest._known = (availWidth, bl_para.clone(lines=bl_para.lines[count:]))
        return parts

    def _reusable(self) -> bool:
        """Whether the lines found can stand for a new breaking at the same width: one
        font (lines of words), no automatic leading, bullet, dots, hyphenation or
        long word cut."""
        style = self.style
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        bl_para = getattr(self, "blPara", None)
        return (bl_para is not None and bl_para.kind == 0 and auto in ("", "off", None)
                and not style.wordWrap and not self.bulletText and not style.endDots
                and not getattr(self, "_splitLongWordCount", 0)
                and not getattr(self, "_hyphenations", 0))


def runs_markup(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        value = text(run.text)
        if run.bold:
            value = f"<b>{value}</b>"
        if run.italic:
            value = f"<i>{value}</i>"
        parts.append(value)
    return "".join(parts)
