"""Word (.docx) renderer of the document model (python-docx), for editing before signing.

The same layout as the PDF: A4 and the margins of the settings, Times New Roman, the
header as a borderless two-column table, title block, body, tables with header rows
repeated on each page, signature and nơi nhận side by side (borderless table), page
numbers (a PAGE field) from page 2.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.core.common.files import write_atomically
from desktop_app.core.common.formats import prose_date
from desktop_app.nfc import normalize

from .docx_format import (
    FONT,
    add_text,
    bottom_border,
    cant_split,
    cell_margins,
    cell_paragraph,
    clean_text,
    fixed_widths,
    format_paragraph,
    grid_borders,
    no_borders,
    page_field,
    repeat_header,
)
from .layout import (
    PARTY_NAME,
    header_split,
    party_name_width,
    signature_column_width,
)
from .model import (
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

HEADER_LEFT_FRACTION = 0.45

Progress = Callable[[int], None]


def drawing_png(drawing, dpi: int = 150) -> bytes | None:
    """A ReportLab drawing as PNG bytes, or None when no bitmap backend is installed
    (renderPM needs rl_renderPM or rlPyCairo, which are optional)."""
    try:
        from reportlab.graphics import renderPM

        return renderPM.drawToString(drawing, fmt="PNG", dpi=dpi)
    except Exception:  # RenderPMError, ImportError: the backend is missing
        return None


class _Writer:
    def __init__(self, document: Document, settings: DocumentSettings):
        self.document = document
        self.settings = settings
        self.doc = new_docx()
        self.size = settings.body_size_pt

    def build(self):
        self._page_setup()
        self._header()
        self._title()
        self._blocks(self.document.blocks)
        self._closing()
        for appendix in self.document.appendices:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            title = self.doc.add_paragraph()
            format_paragraph(title, "center", after=0 if appendix.subtitle else 12)
            add_text(title, normalize(appendix.title).upper(), 14, bold=True)
            if appendix.subtitle:
                sub = self.doc.add_paragraph()
                format_paragraph(sub, "center", after=12)
                add_text(sub, appendix.subtitle, 14, italic=True)
            self._blocks(appendix.blocks)
        return self.doc

    @property
    def text_width(self):
        s = self.settings
        return Mm(210 - s.margin_left_mm - s.margin_right_mm)

    def _page_setup(self) -> None:
        s = self.settings
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(self.size)
        r_fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            r_fonts.set(qn(attr), FONT)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = Mm(s.margin_top_mm)
        section.bottom_margin = Mm(s.margin_bottom_mm)
        section.left_margin = Mm(s.margin_left_mm)
        section.right_margin = Mm(s.margin_right_mm)
        section.header_distance = Mm(s.margin_top_mm / 3)
        section.footer_distance = Mm(s.margin_bottom_mm / 3)
        section.different_first_page_header_footer = True  # no number on page 1
        paragraph = section.header.paragraphs[0]
        format_paragraph(paragraph, "center")
        page_field(paragraph, self.size)

    def _header(self) -> None:
        """Two borderless one-row tables, split as in the PDF (``layout.header_split``)."""
        h = self.document.header
        split = header_split(h, self.text_width.pt)
        top = self._header_row(split.width, split.top_left, split.outdent)
        left, right = top.rows[0].cells
        first = True
        for line in h.superior_lines:
            p = cell_paragraph(left, first)
            first = False
            format_paragraph(p, "center")
            add_text(p, normalize(line).upper(), 14)
        p = cell_paragraph(left, first)
        format_paragraph(p, "center")
        add_text(p, normalize(h.cell_name).upper(), 14, bold=True)
        p = left.add_paragraph()
        format_paragraph(p, "center")
        add_text(p, "*", 14)

        p = right.paragraphs[0]
        format_paragraph(p, "center")
        add_text(p, PARTY_NAME, 15, bold=True)
        # The rule under the Party's name, the width of the text: a bottom border on the
        # paragraph, indented on both sides to the text's width.
        indent = max(0.0, (split.width - split.top_left - party_name_width() - 2) / 2)
        p.paragraph_format.left_indent = Pt(indent)
        p.paragraph_format.right_indent = Pt(indent)
        bottom_border(p)

        bottom = self._header_row(split.width, split.bottom_left, split.outdent)
        number_cell, date_cell = bottom.rows[0].cells
        p = number_cell.paragraphs[0]
        if split.number_indent is None:
            format_paragraph(p, "center", before=3)
        else:  # centred under the star although this column is narrower
            format_paragraph(p, "left", before=3)
            p.paragraph_format.left_indent = Pt(split.number_indent)
        add_text(p, h.number, 14)
        p = date_cell.paragraphs[0]
        format_paragraph(p, "center", before=3)
        add_text(p, prose_date(h.date, h.place), 14, italic=True)

    def _header_row(self, width: float, left: float, outdent: float):
        table = self.doc.add_table(rows=1, cols=2)
        no_borders(table)
        fixed_widths(table, [Pt(left), Pt(width - left)])
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), str(-round(outdent * 20)))  # twentieths of a point
        indent.set(qn("w:type"), "dxa")
        table._tbl.tblPr.append(indent)
        cell_margins(table, 0)
        return table

    def _title(self) -> None:
        p = self.doc.add_paragraph()
        format_paragraph(p, "center", before=12)
        add_text(p, normalize(self.document.type_name).upper(), 15, bold=True)
        if self.document.subject:
            p = self.doc.add_paragraph()
            format_paragraph(p, "center")
            add_text(p, self.document.subject, 14, bold=True)
        p = self.doc.add_paragraph()
        format_paragraph(p, "center", after=12)
        add_text(p, "-----", 14)

    def _blocks(self, blocks) -> None:
        numbers = heading_numbers(blocks)
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                p = self.doc.add_paragraph()
                format_paragraph(p, "justify", indent=True, after=6,
                                 before=6 if block.level == 1 else 0)
                p.paragraph_format.keep_with_next = True
                label = normalize(block.text)
                if block.level == 1:
                    label = label.upper()
                number = numbers.get(index, "")
                content = f"{number} {label}" if number else label
                add_text(p, content, self.size, bold=block.level < 3, italic=block.level == 3)
            elif isinstance(block, Paragraph):
                p = self.doc.add_paragraph()
                format_paragraph(p, block.align, indent=block.indent, after=6)
                for run in block.runs():
                    self._run(p, run)
            elif isinstance(block, BulletList):
                for item in block.items:
                    p = self.doc.add_paragraph()
                    format_paragraph(p, "justify", indent=True, after=6)
                    add_text(p, f"- {item}", self.size)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, PageBreak):
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(block, Figure):
                self._figure(block)
            elif isinstance(block, SignatureBlock):
                previous = blocks[index - 1] if index else None
                if isinstance(previous, Paragraph) or (
                        isinstance(previous, BulletList) and previous.items):
                    # As in the PDF, the signature never stands alone on a page.
                    self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
                self._signature_block(block)
            else:
                raise TypeError(f"unknown block {block!r}")

    def _figure(self, block: Figure) -> None:
        """The drawing as a PNG when ReportLab's bitmap renderer is installed; otherwise
        only the caption, with a note that the chart is in the PDF."""
        png = drawing_png(block.drawing)
        if png is not None:
            p = self.doc.add_paragraph()
            format_paragraph(p, "center", after=0)
            width = min(Pt(block.drawing.width), self.text_width)
            p.add_run().add_picture(io.BytesIO(png), width=width)
        caption = block.caption
        if png is None:
            caption = f"{caption} (biểu đồ xem trong bản PDF)".strip()
        if caption:
            p = self.doc.add_paragraph()
            format_paragraph(p, "center", after=6)
            add_text(p, caption, 12, italic=True)

    def _run(self, paragraph, run: Run) -> None:
        add_text(paragraph, run.text, self.size, run.bold, run.italic)

    def _table(self, block: Table) -> None:
        size = block.font_size or self.size - 1
        rows = len(block.header_rows) + max(len(block.rows), 1)
        table = self.doc.add_table(rows=rows, cols=block.column_count)
        grid_borders(table)
        cell_margins(table, 60)  # 3 pt, as in the PDF
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [int(self.text_width * f) for f in block.fractions()]
        fixed_widths(table, widths)
        for r, values in enumerate(block.header_rows):
            row = table.rows[r]
            repeat_header(row)
            cant_split(row)
            for cell, value in zip(row.cells, values, strict=True):
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = cell.paragraphs[0]
                format_paragraph(p, "center")
                add_text(p, value, size, bold=True)
        offset = len(block.header_rows)
        if block.rows:
            for r, values in enumerate(block.rows):
                row = table.rows[offset + r]
                cant_split(row)
                for cell, value, align in zip(row.cells, values, block.aligns, strict=True):
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    p = cell.paragraphs[0]
                    format_paragraph(p, align)
                    add_text(p, value, size)
        else:
            row = table.rows[offset]
            merged = row.cells[0].merge(row.cells[-1]) if block.column_count > 1 else row.cells[0]
            p = merged.paragraphs[0]
            format_paragraph(p, "center")
            add_text(p, block.empty_text, size, italic=True)
        spacer = self.doc.add_paragraph()
        format_paragraph(spacer, "left", after=6)

    def _signature_lines(self, cell, authority: str, title: str, name: str,
                         date_line: str | None = None) -> None:
        """The centred lines of a signature in *cell*: date, authority, title, room, name."""
        first = True
        if date_line:
            p = cell_paragraph(cell, first)
            first = False
            format_paragraph(p, "center")
            add_text(p, date_line, 14, italic=True)
        for line in (authority, title):
            if line:
                p = cell_paragraph(cell, first)
                first = False
                format_paragraph(p, "center")
                add_text(p, normalize(line).upper(), 14, bold=True)
        for _ in range(4):  # room for the signature and the seal
            cell.add_paragraph()
        p = cell.add_paragraph()
        format_paragraph(p, "center")
        add_text(p, name, 14, bold=True)

    def _signature_block(self, block: SignatureBlock) -> None:
        """A borderless one-row table that Word never splits, the lines in one column."""
        spacer = self.doc.add_paragraph()
        format_paragraph(spacer, "left", after=0)
        spacer.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        no_borders(table)
        column = Pt(signature_column_width(block.date_line, self.text_width.pt))
        widths = [self.text_width - column, column]
        if block.side == "left":
            widths.reverse()
        fixed_widths(table, widths)
        cell_margins(table, 0)  # the column is measured to hold the date line
        cant_split(table.rows[0])
        cell = table.rows[0].cells[1 if block.side == "right" else 0]
        self._signature_lines(cell, block.authority, block.title, block.name,
                              block.date_line)

    def _closing(self) -> None:
        doc = self.document
        if doc.signature is None and not doc.recipients:
            return
        if doc.blocks and isinstance(doc.blocks[-1], Paragraph | BulletList):
            # As in the PDF, the signature never stands alone on a page.
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        no_borders(table)
        left_width = int(self.text_width * HEADER_LEFT_FRACTION)
        fixed_widths(table, [left_width, self.text_width - left_width])
        left, right = table.rows[0].cells
        cant_split(table.rows[0])
        if doc.recipients:
            p = left.paragraphs[0]
            format_paragraph(p, "left")
            add_text(p, "Nơi nhận:", 12, bold=True, italic=True)
            for line in doc.recipients:
                p = left.add_paragraph()
                format_paragraph(p, "left")
                add_text(p, line, 12)
        if doc.signature is not None:
            sig = doc.signature
            self._signature_lines(right, sig.authority, sig.title, sig.name)


def _write(document: Document, stream, settings: DocumentSettings | None,
           progress: Progress | None) -> None:
    if progress is not None:
        progress(0)
    doc = _Writer(document, settings or DocumentSettings()).build()
    if progress is not None:
        progress(90)
    doc.core_properties.title = clean_text(f"{document.type_name} {document.subject}".strip())
    doc.core_properties.author = clean_text(document.header.cell_name)
    doc.save(stream)
    if progress is not None:
        progress(100)


def render_docx(document: Document, target: Path | str,
                settings: DocumentSettings | None = None,
                progress: Progress | None = None) -> Path:
    """Write *document* as a Word file at *target* (temporary file, then rename)."""
    return write_atomically(target, lambda stream: _write(document, stream, settings, progress))
