"""The document model as ReportLab platypus flowables (the PDF renderer's body): the
two-column header, title block, headings, paragraphs, lists, tables, figures, signatures
and the closing with nơi nhận."""

from __future__ import annotations

import copy

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.nfc import normalize

from .fonts import register_fonts
from .header_layout import PARTY_NAME, header_layout
from .layout import balanced_italic, printable, signature_column_width
from .model import (
    BulletList,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    heading_numbers,
)
from .pdf_paragraphs import Prose, Styles, plain_paragraph, runs_markup, table_cell, text, upper
from .pdf_tables import PagedTable

SIGNATURE_LEFT_FRACTION = 0.45
_CELL_PADDING = 3  # pt left and right of a table cell's text
PAGED_AFTER_ROWS = 40  # a longer table is laid out a page at a time (pdf_tables.py)
_CELL_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


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


SHORT_TABLE_ROWS = 6  # a last table this short goes with the signature to the next page


def keep_leads_with_groups(story: list[Flowable]) -> list[Flowable]:
    """Put a heading (or any flowable kept with the next) into the KeepTogether group
    that follows it: ReportLab keeps a flowable with the next one, but not with a group
    (a figure, a signature with its paragraph), and would leave the heading at a page's
    foot."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            lead: list[Flowable] = []
            while out and not isinstance(out[-1], KeepTogether) \
                    and out[-1].getKeepWithNext():
                lead.insert(0, out.pop())
            if lead:
                flowable._content[:0] = lead
        out.append(flowable)
    return out


class Builder:
    """Turns a Document into platypus flowables."""

    def __init__(self, document: Document, settings: DocumentSettings, width: float):
        self.document = document
        self.settings = settings
        self.width = width
        self.styles = Styles(register_fonts(), settings)

    def flowables(self) -> list[Flowable]:
        doc = self.document
        story: list[Flowable] = [self.header(), *self.title()]
        body = self.blocks(doc.blocks)
        closing = self.closing()
        if closing is not None:
            # The signature never stands alone on a page: it keeps the last paragraph with it,
            # or a short last table (with its heading, kept with the next) and the space after.
            last = doc.blocks[-1] if doc.blocks else None
            kept: list[Flowable] = []
            if isinstance(last, Paragraph | BulletList) and body:
                kept.append(body.pop())
            elif isinstance(last, Table) and len(last.rows) <= SHORT_TABLE_ROWS \
                    and len(body) >= 2:
                kept = body[-2:]
                del body[-2:]
            story.extend(body)
            story.append(KeepTogether([*kept, Spacer(1, 6), closing]))
        else:
            story.extend(body)
        for appendix in doc.appendices:
            story.append(RLPageBreak())
            story.append(Prose(text(upper(appendix.title)), self.styles.appendix_title))
            reference = balanced_italic(appendix.reference, self.width) \
                if appendix.reference else ""
            lines = [line for line in (appendix.subtitle, reference) if line]
            for number, line in enumerate(lines, start=1):
                style = self.styles.appendix_subtitle if number == len(lines) \
                    else self.styles.appendix_line
                story.append(Prose(text(line), style))
            if not lines:
                story.append(Spacer(1, 12))
            story.extend(self.blocks(appendix.blocks))
        return keep_leads_with_groups(story)

    def header(self) -> Flowable:
        """Two centred columns: issuing body on the left, the Party's name on the right.

        One table of two rows with the same split (``header_layout``): the superior body,
        the cell (bold) and the star under it on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with
        its rule on the right; then the number under the star, level with the italic
        place-date line under the Party's name. Lines that wrap were broken in even lines
        between words by the layout and are printed as they were broken.
        """
        s = self.styles
        layout = header_layout(self.document.header, self.width)

        def lines(broken, style) -> Flowable:
            return Prose("<br/>".join(text(line) for line in broken), style)

        left: list[Flowable] = [lines(broken, s.header_regular) for broken in layout.superior]
        left.append(lines(layout.cell, s.header_bold))
        left.append(Prose("*", s.header_regular))
        right: list[Flowable] = [PartyNameWithRule(s.family.bold, 15)]
        number = Prose(text(layout.number), s.header_regular) if layout.number else ""
        dated = lines(layout.dated, s.header_italic)
        table = RLTable([[left, right], [number, dated]],
                        colWidths=[layout.left, layout.right])
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.styles.family.regular),  # never Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
        ]))
        return KeepTogether([Indenter(left=-layout.outdent), table,
                             Indenter(left=layout.outdent)])

    def title(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [Prose(text(upper(self.document.type_name)), s.title)]
        if self.document.subject:
            story.append(Prose(text(self.document.subject), s.subject))
        if self.document.draft_mark:
            story.append(Prose(text(self.document.draft_mark), s.draft_mark))
        story.append(Prose("-----", s.dashes))
        return story

    def blocks(self, blocks: list) -> list[Flowable]:
        s = self.styles
        numbers = heading_numbers(blocks)
        story: list[Flowable] = []
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                label = upper(block.text) if block.level == 1 else normalize(block.text)
                number = numbers.get(index, "")
                story.append(plain_paragraph(label, s.headings[block.level],
                                        f"{printable(number)} " if number else ""))
            elif isinstance(block, Paragraph):
                style = s.paragraph(block.align, block.indent)
                runs = block.runs()
                if len(runs) == 1 and not runs[0].bold and not runs[0].italic:
                    story.append(plain_paragraph(runs[0].text, style))
                else:
                    story.append(Prose(runs_markup(runs), style))
                if index + 1 < len(blocks) and isinstance(blocks[index + 1], Table):
                    story[-1].keepWithNext = 1  # a table is kept with its sentence
            elif isinstance(block, BulletList):
                story.extend(plain_paragraph(item, s.body, "- ") for item in block.items)
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
        # A shallow copy: scaling sets the copy's own transform, the shapes are shared.
        drawing = copy.copy(figure.drawing)
        # ReportLab starts a drawing in Helvetica (a font the PDF would name but not
        # embed) unless told otherwise.
        drawing.initialFontName = self.styles.family.regular
        scale = min(1.0, self.width / drawing.width) if drawing.width else 1.0
        if scale < 1.0:
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "CENTER"
        parts: list[Flowable] = [drawing]
        if figure.caption:
            parts.append(Prose(text(figure.caption), self.styles.caption))
        return KeepTogether(parts)

    def table(self, table: Table) -> Flowable:
        """A bordered table, its header rows repeated on every page.

        A cell whose text fits on one line is a plain string drawn in the cell's font by
        the table itself: ReportLab places it exactly where a one-line Paragraph would
        stand (same baseline, same alignment, same row height), without parsing markup
        and breaking lines for each of the thousands of cells of a long list. A cell that
        wraps or holds line breaks stays a Paragraph. A table of more than
        ``PAGED_AFTER_ROWS`` rows is laid out a page at a time (``PagedTable``), so that
        each page of a long list costs the same.
        """
        s = self.styles
        family = s.family
        size = table.font_size or self.settings.body_size_pt - 1
        widths = [f * self.width for f in table.fractions()]
        room = [w - 2 * _CELL_PADDING for w in widths]
        head = s.cell(size, "center", bold=True)
        header_count = len(table.header_rows)
        data: list[list] = [[table_cell(c, head, room[i]) for i, c in enumerate(row)]
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
        else:
            empty = Prose(text(table.empty_text), s.cell(size, "center", italic=True))
            data.append([empty] + [""] * last)
            commands.append(("SPAN", (0, header_count), (-1, header_count)))
        style = RLTableStyle(commands)

        def make(cells: list[list]) -> RLTable:
            made = RLTable(cells, colWidths=widths, repeatRows=header_count, splitByRow=1)
            made.setStyle(style)
            return made

        def body(rows: list[list[str]]) -> list[list]:
            return [[table_cell(c, cell_styles[i], room[i]) for i, c in enumerate(row)]
                    for row in rows]

        if len(table.rows) <= PAGED_AFTER_ROWS:
            return make(data + body(table.rows) if table.rows else data)
        # Each page's rows are made into cells when that page is laid out (a long list
        # does not hold every cell's Paragraph at once). A body row is at least one line
        # and its padding high (TOPPADDING, BOTTOMPADDING).
        header = data
        return PagedTable(header_count, table.rows, lambda rows: make(header + body(rows)),
                          head.leading + 5)

    def signature_lines(self, authority: str, title: str, name: str,
                        date_line: str | None = None) -> list[Flowable]:
        """The centred lines of a signature: date line, authority, title, room, name."""
        s = self.styles
        lines: list[Flowable] = []
        if date_line:
            lines.append(Prose(text(date_line), s.signature_date))
        lines.extend(Prose(text(upper(line)), s.signature)
                     for line in (authority, title) if line)
        lines.append(Spacer(1, 2.4 * cm))  # room for the signature and the seal
        lines.append(Prose(text(name) or "&nbsp;", s.signature))
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
            left.append(Prose("Nơi nhận:", s.recipients_title))
            left.extend(Prose(text(line), s.recipients) for line in doc.recipients)
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
