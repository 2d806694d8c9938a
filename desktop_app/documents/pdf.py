"""PDF renderer (ReportLab platypus) of the document model, in the format of DOMAIN.md §4.

A4 portrait; the two-column header; title block; 14 pt justified body; signature and
nơi nhận side by side; page numbers from page 2, centred in the top margin. All text is
NFC-normalised and XML-escaped before it reaches a ``Paragraph``.
"""

from __future__ import annotations

import copy
import io
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.core.common.files import write_atomically
from desktop_app.core.common.formats import prose_date
from desktop_app.nfc import normalize

from .fonts import FontFamily, register_fonts
from .layout import PARTY_NAME, header_split, printable, signature_column_width
from .model import (
    Align,
    BulletList,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
    heading_numbers,
)

FIRST_LINE_INDENT = 1.27 * cm
SIGNATURE_LEFT_FRACTION = 0.45
RECIPIENTS_SIZE = 12
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}

Progress = Callable[[int], None]  # percent done, 0–100


def text(value: str | None) -> str:
    """User text made safe for Paragraph markup: NFC, escaped, line breaks kept."""
    return escape(printable(value)).replace("\n", "<br/>")


def upper(value: str | None) -> str:
    return normalize(value).upper()


class _Styles:
    """Every paragraph style of a document, all in the one registered family."""

    def __init__(self, family: FontFamily, settings: DocumentSettings):
        size = settings.body_size_pt
        self.family = family
        self.body_size = size

        def style(name: str, font: str = family.regular, font_size: float = size,
                  align: int = TA_JUSTIFY, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=font_size,
                                  leading=round(font_size * 1.2, 1), alignment=align, **kw)

        self.header_regular = style("header", font_size=14, align=TA_CENTER)
        self.header_bold = style("header_bold", family.bold, 14, TA_CENTER)
        self.header_italic = style("header_italic", family.italic, 14, TA_CENTER)
        self.title = style("title", family.bold, 15, TA_CENTER, spaceBefore=12)
        self.subject = style("subject", family.bold, 14, TA_CENTER)
        self.dashes = style("dashes", family.regular, 14, TA_CENTER, spaceAfter=12)
        self.body = style("body", firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6)
        self.headings = {
            1: style("h1", family.bold, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6,
                     spaceBefore=6),
            2: style("h2", family.bold, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6),
            3: style("h3", family.italic, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6),
        }
        self.signature = style("signature", family.bold, 14, TA_CENTER)
        self.signature_date = style("signature_date", family.italic, 14, TA_CENTER)
        self.recipients_title = style("recipients_title", family.bold_italic, RECIPIENTS_SIZE,
                                      TA_LEFT)
        self.recipients = style("recipients", family.regular, RECIPIENTS_SIZE, TA_LEFT)
        self.appendix_title = style("appendix_title", family.bold, 14, TA_CENTER)
        self.caption = style("caption", family.italic, RECIPIENTS_SIZE, TA_CENTER,
                             spaceBefore=4, spaceAfter=6)
        self.appendix_subtitle = style("appendix_subtitle", family.italic, 14, TA_CENTER,
                                       spaceAfter=12)
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


_CELL_PADDING = 3  # pt left and right of a table cell's text
_CELL_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


_MARKUP_CHARS = re.compile("[\n&<>]")


class _StyleCache:
    """What plain paragraphs of one style share during a build: the fragment the markup
    parser makes for them, and the width of each word already measured."""

    def __init__(self, style: ParagraphStyle):
        self.fragment: Any = RLParagraph("x", style).frags[0]
        self.widths: dict[tuple[str, float], dict[str, float]] = {}


# Styles are made per document (``_Styles``), so a cache lives as long as its build.
_STYLE_CACHES: WeakKeyDictionary[ParagraphStyle, _StyleCache] = WeakKeyDictionary()


def _style_cache(style: ParagraphStyle) -> _StyleCache:
    cache = _STYLE_CACHES.get(style)
    if cache is None:
        cache = _STYLE_CACHES[style] = _StyleCache(style)
    return cache


def _paragraph(value: str | None, style: ParagraphStyle, prefix: str = "") -> _Prose:
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
        return _Prose(escape(prefix) + text(value), style)
    paragraph = _Prose(None, style, frags=[_style_cache(style).fragment.clone(text=words)])
    paragraph._plain_text = True
    return paragraph


def _cell(value: str | None, style: ParagraphStyle, room: float) -> Flowable | str:
    """A table cell: the plain one-line string when it fits in *room* (the column's width
    inside its padding), else a Paragraph that wraps it.

    Only text a Paragraph would print as it is goes plain: no line break, tab or other
    space than U+0020 (``isprintable``), runs of spaces collapsed as a Paragraph does. An
    empty cell takes no height, as an empty Paragraph did (an empty string would take a
    line).
    """
    line = printable(value)
    if line.isprintable():
        line = " ".join(line.split())  # isprintable(): U+0020 is its only space
        if not line:
            return Spacer(0, 0)  # what an empty Paragraph is: no height, nothing drawn
        if stringWidth(line, style.fontName, style.fontSize) <= room:
            return line
    return _paragraph(value, style)


class _Prose(RLParagraph):
    """A Paragraph broken into lines once, however many pages it runs over.

    ReportLab breaks a paragraph into lines each time it is wrapped: to see whether it
    fits, again for the part kept on the page after a split, and again for the rest on
    each following page, so a paragraph of several pages is measured word by word
    several times over. When a plain paragraph (one font, no hyphenation or long-word
    splitting) is wrapped or split, it and its parts keep the lines already found;
    wrapped again at the same width they take them instead of breaking their words
    again. Breaking the same words at the same widths gives the same lines, so the page
    is unchanged. A paragraph of plain text (``_paragraph``) is also broken by
    ``_plain_lines``, ReportLab's rule with each distinct word measured once.
    """

    _known: tuple[float, Any] | None = None  # (width, lines) from a wrap or a split
    _plain_text = False  # made by _paragraph(): one fragment of plain text

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


class PartyNameWithRule(Flowable):
    """"ĐẢNG CỘNG SẢN VIỆT NAM", 15 pt bold, centred, with a solid rule exactly its width."""

    def __init__(self, font: str, size: float = 15, label: str = PARTY_NAME):
        super().__init__()
        self.font, self.size, self.label = font, size, label
        self.text_width = stringWidth(label, font, size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.size * 1.2 + 5
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = 5 + self.size * 0.3
        canvas.setFont(self.font, self.size)
        canvas.drawCentredString(self.width / 2, baseline, self.label)
        left = (self.width - self.text_width) / 2
        canvas.setLineWidth(0.8)
        canvas.line(left, 1.5, left + self.text_width, 1.5)


def _runs_markup(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        value = text(run.text)
        if run.bold:
            value = f"<b>{value}</b>"
        if run.italic:
            value = f"<i>{value}</i>"
        parts.append(value)
    return "".join(parts)


class _Builder:
    """Turns a Document into platypus flowables."""

    def __init__(self, document: Document, settings: DocumentSettings, width: float):
        self.document = document
        self.settings = settings
        self.width = width
        self.styles = _Styles(register_fonts(), settings)

    def flowables(self) -> list[Flowable]:
        doc = self.document
        story: list[Flowable] = [self.header(), *self.title()]
        body = self.blocks(doc.blocks)
        closing = self.closing()
        if closing is not None:
            # The signature never stands alone on a page: it keeps the last paragraph with it.
            last = doc.blocks[-1] if doc.blocks else None
            kept: list[Flowable] = []
            if isinstance(last, Paragraph | BulletList) and body:
                kept.append(body.pop())
            story.extend(body)
            story.append(KeepTogether([*kept, Spacer(1, 6), closing]))
        else:
            story.extend(body)
        for appendix in doc.appendices:
            story.append(RLPageBreak())
            story.append(_Prose(text(upper(appendix.title)), self.styles.appendix_title))
            if appendix.subtitle:
                story.append(_Prose(text(appendix.subtitle),
                                         self.styles.appendix_subtitle))
            else:
                story.append(Spacer(1, 12))
            story.extend(self.blocks(appendix.blocks))
        return story

    def header(self) -> Flowable:
        """Two centred columns: issuing body on the left, the Party's name on the right.

        The first row holds the superior body, the cell (bold), the star and, on the
        right, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule; the second row holds the number
        level with the italic place-date line. Each row is split so that its lines fit
        on one line when they can.
        """
        h = self.document.header
        s = self.styles
        left: list[Flowable] = [_Prose(text(upper(line)), s.header_regular)
                                for line in h.superior_lines]
        left.append(_Prose(text(upper(h.cell_name)), s.header_bold))
        left.append(_Prose("*", s.header_regular))
        right: list[Flowable] = [PartyNameWithRule(s.family.bold, 15)]
        number = _Prose(text(h.number), s.header_regular) if h.number else Spacer(1, 1)
        dated = _Prose(text(prose_date(h.date, h.place)), s.header_italic)

        split = header_split(h, self.width)
        if h.number and split.number_indent is not None:
            number = _Prose(text(h.number), ParagraphStyle(
                "number", parent=s.header_regular, alignment=TA_LEFT,
                leftIndent=split.number_indent))
        return KeepTogether([Indenter(left=-split.outdent),
                             self._row([left, right], split.width, split.top_left),
                             self._row([number, dated], split.width, split.bottom_left),
                             Indenter(left=split.outdent)])

    def _row(self, cells: list, width: float, left_width: float) -> Flowable:
        table = RLTable([cells], colWidths=[left_width, width - left_width])
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.styles.family.regular),  # never Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def title(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [_Prose(text(upper(self.document.type_name)), s.title)]
        if self.document.subject:
            story.append(_Prose(text(self.document.subject), s.subject))
        story.append(_Prose("-----", s.dashes))
        return story

    def blocks(self, blocks: list) -> list[Flowable]:
        s = self.styles
        numbers = heading_numbers(blocks)
        story: list[Flowable] = []
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                label = upper(block.text) if block.level == 1 else normalize(block.text)
                number = numbers.get(index, "")
                # A heading never ends a page: it needs room for itself and a few lines.
                story.append(CondPageBreak(self.settings.body_size_pt * 5))
                story.append(_paragraph(label, s.headings[block.level],
                                        f"{printable(number)} " if number else ""))
            elif isinstance(block, Paragraph):
                style = s.paragraph(block.align, block.indent)
                runs = block.runs()
                if len(runs) == 1 and not runs[0].bold and not runs[0].italic:
                    story.append(_paragraph(runs[0].text, style))
                else:
                    story.append(_Prose(_runs_markup(runs), style))
            elif isinstance(block, BulletList):
                story.extend(_paragraph(item, s.body, "- ") for item in block.items)
            elif isinstance(block, Table):
                story.append(self.table(block))
                story.append(Spacer(1, 6))
            elif isinstance(block, PageBreak):
                story.append(RLPageBreak())
            elif isinstance(block, Figure):
                story.append(self.figure(block))
            elif isinstance(block, SignatureBlock):
                # Never split, never alone on a page: the paragraph before it comes along.
                previous = blocks[index - 1] if index else None
                kept: list[Flowable] = []
                printed = isinstance(previous, Paragraph) or (
                    isinstance(previous, BulletList) and previous.items)
                if printed and story:
                    kept.append(story.pop())
                    single = not isinstance(previous, BulletList) or len(previous.items) == 1
                    if single and index >= 2 and isinstance(blocks[index - 2], Heading):
                        kept.insert(0, story.pop())  # nor is the heading over it left behind
                story.append(KeepTogether([*kept, Spacer(1, 6), self.signature_block(block)]))
                story.append(Spacer(1, 6))
            else:
                raise TypeError(f"unknown block {block!r}")
        return story

    def figure(self, figure: Figure) -> Flowable:
        """The drawing scaled down to the text width when wider, centred, its caption below."""
        drawing = figure.drawing
        scale = min(1.0, self.width / drawing.width) if drawing.width else 1.0
        if scale < 1.0:
            # A shallow copy: scaling sets the copy's own transform, the shapes are shared.
            drawing = copy.copy(drawing)
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "CENTER"
        parts: list[Flowable] = [drawing]
        if figure.caption:
            parts.append(_Prose(text(figure.caption), self.styles.caption))
        return KeepTogether(parts)

    def table(self, table: Table) -> Flowable:
        """A bordered table, its header rows repeated on every page.

        A cell whose text fits on one line is a plain string drawn in the cell's font by
        the table itself: ReportLab places it exactly where a one-line Paragraph would
        stand (same baseline, same alignment, same row height), without parsing markup
        and breaking lines for each of the thousands of cells of a long list. A cell that
        wraps or holds line breaks stays a Paragraph.
        """
        s = self.styles
        family = s.family
        size = table.font_size or self.settings.body_size_pt - 1
        widths = [f * self.width for f in table.fractions()]
        room = [w - 2 * _CELL_PADDING for w in widths]
        head = s.cell(size, "center", bold=True)
        header_count = len(table.header_rows)
        data: list[list] = [[_cell(c, head, room[i]) for i, c in enumerate(row)]
                            for row in table.header_rows]
        last = table.column_count - 1
        commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), family.regular),  # string cells: never Helvetica
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), head.leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_count:
            commands += [("FONTNAME", (0, 0), (last, header_count - 1), family.bold),
                         ("ALIGN", (0, 0), (last, header_count - 1), "CENTER")]
        if table.rows:
            cell_styles = [s.cell(size, a) for a in table.aligns]
            commands += [("ALIGN", (i, header_count), (i, -1), _CELL_ALIGN[a])
                         for i, a in enumerate(table.aligns) if a not in ("left", "justify")]
            data.extend([_cell(c, cell_styles[i], room[i]) for i, c in enumerate(row)]
                        for row in table.rows)
        else:
            empty = _Prose(text(table.empty_text), s.cell(size, "center", italic=True))
            data.append([empty] + [""] * last)
            commands.append(("SPAN", (0, header_count), (-1, header_count)))
        flowable = RLTable(data, colWidths=widths, repeatRows=header_count, splitByRow=1)
        flowable.setStyle(RLTableStyle(commands))
        return flowable

    def signature_lines(self, authority: str, title: str, name: str,
                        date_line: str | None = None) -> list[Flowable]:
        """The centred lines of a signature: date line, authority, title, room, name."""
        s = self.styles
        lines: list[Flowable] = []
        if date_line:
            lines.append(_Prose(text(date_line), s.signature_date))
        lines.extend(_Prose(text(upper(line)), s.signature)
                     for line in (authority, title) if line)
        lines.append(Spacer(1, 2.4 * cm))  # room for the signature and the seal
        lines.append(_Prose(text(name) or "&nbsp;", s.signature))
        return lines

    def signature_block(self, block: SignatureBlock) -> Flowable:
        lines = self.signature_lines(block.authority, block.title, block.name,
                                     block.date_line)
        left_width = self.width - signature_column_width(block.date_line, self.width)
        if block.side == "right":
            cells, widths = ["", lines], [left_width, self.width - left_width]
        else:
            cells, widths = [lines, ""], [self.width - left_width, left_width]
        table = RLTable([cells], colWidths=widths)
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.styles.family.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def closing(self) -> Flowable | None:
        doc = self.document
        s = self.styles
        if doc.signature is None and not doc.recipients:
            return None
        right: list[Flowable] = []
        if doc.signature is not None:
            sig = doc.signature
            right = self.signature_lines(sig.authority, sig.title, sig.name)
        left: list[Flowable] = []
        if doc.recipients:
            left.append(_Prose("Nơi nhận:", s.recipients_title))
            left.extend(_Prose(text(line), s.recipients) for line in doc.recipients)
        left_width = self.width * SIGNATURE_LEFT_FRACTION
        table = RLTable([[left or "", right or ""]],
                        colWidths=[left_width, self.width - left_width])
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), s.family.regular),  # string cells: never Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table


# How a byte of text is written inside a PDF string: what ReportLab's escapePDF does
# (octal for control and non-ASCII bytes, a backslash before \\ ( and )), as one table.
_PDF_STRING_ESCAPES = {c: f"\\{c:03o}" if c < 32 or c >= 127 else
                       "\\" + chr(c) if chr(c) in "\\()" else chr(c) for c in range(256)}
_STREAM_SETTINGS = threading.Lock()


class _Canvas(Canvas):
    """ReportLab's canvas, writing its text and its file faster.

    - Text strings are escaped with ``str.translate`` rather than byte by byte in Python
      (ReportLab's C accelerator is not installed), with the same result.
    - Streams are compressed without the ASCII85 wrapping ReportLab adds by default: the
      file is a fifth smaller and needs no pure-Python ASCII85 pass; PDF readers read
      both alike. The setting is global in ReportLab, so it is switched only while this
      canvas writes its file, one canvas at a time.
    """

    def _escape(self, s):  # type: ignore[no-untyped-def]
        if isinstance(s, bytes):  # the byte codes of a TrueType subset: always the case here
            return s.decode("latin-1").translate(_PDF_STRING_ESCAPES)
        return super()._escape(s)

    def save(self) -> None:
        with _STREAM_SETTINGS:
            previous, rl_config.useA85 = rl_config.useA85, 0
            try:
                super().save()
            finally:
                rl_config.useA85 = previous


class _PartyDocTemplate(BaseDocTemplate):
    """A4 with two page templates: the first page without a number, later pages numbered."""

    def __init__(self, stream, settings: DocumentSettings, family: FontFamily,
                 document: Document):
        self.settings = settings
        self.family = family
        super().__init__(
            stream, pagesize=A4,
            leftMargin=settings.margin_left_mm * mm, rightMargin=settings.margin_right_mm * mm,
            topMargin=settings.margin_top_mm * mm, bottomMargin=settings.margin_bottom_mm * mm,
            title=normalize(f"{document.type_name} {document.subject}".strip()),
            author=normalize(document.header.cell_name), creator="Sổ Chi bộ",
            invariant=1,
            initialFontName=family.regular,  # else the canvas starts with a bare Helvetica
            initialFontSize=settings.body_size_pt,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        first = PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later")
        later = PageTemplate(id="later", frames=[frame], onPage=self._page_number)
        self.addPageTemplates([first, later])

    def _page_number(self, canvas, doc) -> None:
        canvas.saveState()
        size = self.settings.body_size_pt
        canvas.setFont(self.family.regular, size)
        width, height = self.pagesize
        x = self.leftMargin + self.width / 2
        y = height - self.topMargin / 2 - size / 3
        canvas.drawCentredString(x, y, str(doc.page))
        canvas.restoreState()


def _build(document: Document, stream, settings: DocumentSettings | None,
           progress: Progress | None) -> None:
    settings = settings or DocumentSettings()
    family = register_fonts()
    template = _PartyDocTemplate(stream, settings, family, document)
    story = [NextPageTemplate("later"), *_Builder(document, settings, template.width).flowables()]
    if progress is not None:
        total = max(len(story), 1)

        def callback(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                progress(min(99, int(value * 100 / total)))
            elif kind == "FINISHED":
                progress(100)

        template.setProgressCallBack(callback)
    template.build(story, canvasmaker=_Canvas)


def render_pdf_bytes(document: Document, settings: DocumentSettings | None = None,
                     progress: Progress | None = None) -> bytes:
    """The PDF as bytes (for the preview)."""
    buffer = io.BytesIO()
    _build(document, buffer, settings, progress)
    return buffer.getvalue()


def render_pdf(document: Document, target: Path | str, settings: DocumentSettings | None = None,
               progress: Progress | None = None) -> Path:
    """Write *document* as a PDF at *target* (temporary file, then rename)."""
    return write_atomically(target, lambda stream: _build(document, stream, settings, progress))
