"""PDF renderer (ReportLab platypus) of the document model, in the format of DOMAIN.md §4.

A4 portrait; the two-column header; title block; 14 pt justified body; signature and
nơi nhận side by side; page numbers from page 2, centred in the top margin. All text is
NFC-normalised and XML-escaped before it reaches a ``Paragraph``.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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

from ..core.formats import prose_date
from ..core.text import normalize
from .fonts import FontFamily, register_fonts
from .layout import PARTY_NAME, header_split, printable, signature_column_width
from .model import (
    Align,
    BulletList,
    Document,
    DocumentSettings,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
    heading_numbers,
)
from .output import write_atomically

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

    def cell(self, font_size: float, align: Align, bold: bool = False,
             italic: bool = False) -> ParagraphStyle:
        font = {(False, False): self.family.regular, (True, False): self.family.bold,
                (False, True): self.family.italic, (True, True): self.family.bold_italic}
        return ParagraphStyle(f"cell-{font_size}-{align}-{bold}-{italic}",
                              fontName=font[(bold, italic)], fontSize=font_size,
                              leading=round(font_size * 1.15, 1), alignment=_ALIGN[align])


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
            story.append(RLParagraph(text(upper(appendix.title)), self.styles.appendix_title))
            if appendix.subtitle:
                story.append(RLParagraph(text(appendix.subtitle),
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
        left: list[Flowable] = [RLParagraph(text(upper(line)), s.header_regular)
                                for line in h.superior_lines]
        left.append(RLParagraph(text(upper(h.cell_name)), s.header_bold))
        left.append(RLParagraph("*", s.header_regular))
        right: list[Flowable] = [PartyNameWithRule(s.family.bold, 15)]
        number = RLParagraph(text(h.number), s.header_regular) if h.number else Spacer(1, 1)
        dated = RLParagraph(text(prose_date(h.date, h.place)), s.header_italic)

        split = header_split(h, self.width)
        if h.number and split.number_indent is not None:
            number = RLParagraph(text(h.number), ParagraphStyle(
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
        story: list[Flowable] = [RLParagraph(text(upper(self.document.type_name)), s.title)]
        if self.document.subject:
            story.append(RLParagraph(text(self.document.subject), s.subject))
        story.append(RLParagraph("-----", s.dashes))
        return story

    def blocks(self, blocks: list) -> list[Flowable]:
        s = self.styles
        numbers = heading_numbers(blocks)
        story: list[Flowable] = []
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                label = upper(block.text) if block.level == 1 else normalize(block.text)
                number = numbers.get(index, "")
                content = f"{text(number)} {text(label)}" if number else text(label)
                # A heading never ends a page: it needs room for itself and a few lines.
                story.append(CondPageBreak(self.settings.body_size_pt * 5))
                story.append(RLParagraph(content, s.headings[block.level]))
            elif isinstance(block, Paragraph):
                style = ParagraphStyle(
                    f"p-{index}", parent=s.body, alignment=_ALIGN[block.align],
                    firstLineIndent=FIRST_LINE_INDENT if block.indent else 0)
                story.append(RLParagraph(_runs_markup(block.runs()), style))
            elif isinstance(block, BulletList):
                story.extend(RLParagraph(f"- {text(item)}", s.body) for item in block.items)
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
            drawing = copy.deepcopy(drawing)
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "CENTER"
        parts: list[Flowable] = [drawing]
        if figure.caption:
            parts.append(RLParagraph(text(figure.caption), self.styles.caption))
        return KeepTogether(parts)

    def table(self, table: Table) -> Flowable:
        s = self.styles
        size = table.font_size or self.settings.body_size_pt - 1
        widths = [f * self.width for f in table.fractions()]
        head = s.cell(size, "center", bold=True)
        data: list[list] = [[RLParagraph(text(c), head) for c in row]
                            for row in table.header_rows]
        header_count = len(data)
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), s.family.regular),  # string cells: never Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if table.rows:
            cell_styles = [s.cell(size, a) for a in table.aligns]
            data.extend([RLParagraph(text(c), st) for c, st in zip(row, cell_styles, strict=True)]
                        for row in table.rows)
        else:
            empty = RLParagraph(text(table.empty_text), s.cell(size, "center", italic=True))
            data.append([empty] + [""] * (table.column_count - 1))
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
            lines.append(RLParagraph(text(date_line), s.signature_date))
        lines.extend(RLParagraph(text(upper(line)), s.signature)
                     for line in (authority, title) if line)
        lines.append(Spacer(1, 2.4 * cm))  # room for the signature and the seal
        lines.append(RLParagraph(text(name) or "&nbsp;", s.signature))
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
            left.append(RLParagraph("Nơi nhận:", s.recipients_title))
            left.extend(RLParagraph(text(line), s.recipients) for line in doc.recipients)
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
    template.build(story)


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
