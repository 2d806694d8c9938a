"""Word (.docx) renderer of the document model (python-docx), for editing before signing.

The same layout as the PDF: A4 and the margins of the settings, Times New Roman, the
header as a borderless two-column table, title block, body, tables with header rows
repeated on each page, signature and nơi nhận side by side (borderless table), page
numbers (a PAGE field) from page 2. Every paragraph has a named style of its kind
(``docx_styles``: Title, Heading 1–3, Body Text, Table Text, Signature, …), so Word's
navigation pane shows the headings and its own widow control and keep-with-next keep
the pages as the PDF keeps them. Charts are pictures (``picture.drawing_png``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Mm, Pt

from desktop_app.core.cell.page_setup import DocumentSettings
from desktop_app.core.common.files import write_atomically
from desktop_app.nfc import normalize

from . import docx_parts
from . import docx_styles as st
from .docx_format import (
    ALIGN,
    cant_split,
    cell_margins,
    clean_text,
    fixed_widths,
    format_paragraph,
    grid_borders,
    page_field,
    put,
    repeat_header,
    styled,
)
from .layout import balanced_italic
from .metadata import made_at
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
from .picture import drawing_png

Progress = Callable[[int], None]


class _Writer:
    def __init__(self, document: Document, settings: DocumentSettings):
        self.document = document
        self.settings = settings
        self.doc = new_docx()
        self.size = settings.body_size_pt

    def build(self):
        st.install(self.doc, self.size)
        self._page_setup()
        docx_parts.header(self.doc, self.document, self.text_width.pt)
        self._title()
        self._blocks(self.document.blocks)
        doc = self.document
        if doc.signature is not None or doc.recipients:
            self._keep_last_with_next(doc.blocks)
            docx_parts.closing(self.doc, doc, self.text_width)
        for appendix in doc.appendices:
            styled(self.doc, st.SPACER).add_run().add_break(WD_BREAK.PAGE)
            styled(self.doc, st.APPENDIX_TITLE, normalize(appendix.title).upper())
            reference = balanced_italic(appendix.reference, self.text_width.pt) \
                if appendix.reference else ""
            for line in (appendix.subtitle, reference):
                if line:
                    styled(self.doc, st.APPENDIX_SUBTITLE, line)
            self.doc.paragraphs[-1].paragraph_format.space_after = Pt(12)
            self._blocks(appendix.blocks)
        return self.doc

    @property
    def text_width(self):
        s = self.settings
        return Mm(210 - s.margin_left_mm - s.margin_right_mm)

    def _page_setup(self) -> None:
        s = self.settings
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

    def _title(self) -> None:
        styled(self.doc, st.TITLE, normalize(self.document.type_name).upper())
        if self.document.subject:
            styled(self.doc, st.SUBTITLE, self.document.subject)
        if self.document.draft_mark:
            styled(self.doc, st.DRAFT_MARK, self.document.draft_mark)
        styled(self.doc, st.TITLE_RULE, "-----")

    def _keep_last_with_next(self, blocks) -> None:
        """As in the PDF, a signature never stands alone on a page: the paragraph
        before it goes along."""
        if blocks and isinstance(blocks[-1], Paragraph | BulletList):
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True

    def _blocks(self, blocks) -> None:
        numbers = heading_numbers(blocks)
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, Heading):
                label = normalize(block.text)
                if block.level == 1:
                    label = label.upper()
                number = numbers.get(index, "")
                styled(self.doc, st.HEADINGS[block.level],
                       f"{number} {label}" if number else label)
            elif isinstance(block, Paragraph):
                p = styled(self.doc, st.BODY if block.indent else st.BODY_FLUSH)
                if block.align != "justify":
                    p.paragraph_format.alignment = ALIGN[block.align]
                for run in block.runs():
                    put(p, run.text, bold=run.bold or None, italic=run.italic or None)
                if isinstance(following, Table):  # a table is kept with its sentence
                    p.paragraph_format.keep_with_next = True
            elif isinstance(block, BulletList):
                for item in block.items:
                    styled(self.doc, st.BODY, f"- {item}")
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, PageBreak):
                styled(self.doc, st.SPACER).add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(block, Figure):
                self._figure(block)
            elif isinstance(block, SignatureBlock):
                self._keep_last_with_next(blocks[:index])
                docx_parts.signature_block(self.doc, block, self.text_width)
            else:
                raise TypeError(f"unknown block {block!r}")

    def _figure(self, block: Figure) -> None:
        """The chart as a picture, the drawing's own width (the text's at most)."""
        p = styled(self.doc, st.FIGURE)
        width = min(Pt(block.drawing.width), self.text_width)
        p.add_run().add_picture(io.BytesIO(drawing_png(block.drawing)), width=width)
        if block.caption:
            styled(self.doc, st.CAPTION, block.caption)
        else:
            p.paragraph_format.keep_with_next = False

    def _table(self, block: Table) -> None:
        size = block.font_size or self.size - 1
        own_size = None if size == self.size - 1 else size  # Table Text is body − 1
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
                styled(cell, st.TABLE_HEADING, value, first=True, size=own_size)
        offset = len(block.header_rows)
        if block.rows:
            for r, values in enumerate(block.rows):
                row = table.rows[offset + r]
                cant_split(row)
                for cell, value, align in zip(row.cells, values, block.aligns, strict=True):
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    p = styled(cell, st.TABLE_TEXT, value, first=True, size=own_size)
                    if align not in ("left", "justify"):
                        p.paragraph_format.alignment = ALIGN[align]
        else:
            row = table.rows[offset]
            merged = row.cells[0].merge(row.cells[-1]) if block.column_count > 1 else row.cells[0]
            p = styled(merged, st.TABLE_TEXT, block.empty_text, first=True, italic=True,
                       size=own_size)
            p.paragraph_format.alignment = ALIGN["center"]
        styled(self.doc, st.SPACER)


def _write(document: Document, stream, settings: DocumentSettings | None,
           progress: Progress | None) -> None:
    if progress is not None:
        progress(0)
    doc = _Writer(document, settings or DocumentSettings()).build()
    if progress is not None:
        progress(90)
    properties = doc.core_properties
    properties.title = clean_text(f"{document.type_name} {document.subject}".strip())
    properties.author = properties.last_modified_by = clean_text(document.header.cell_name)
    properties.created = properties.modified = made_at().replace(tzinfo=None)  # UTC
    properties.revision = 1
    properties.comments = ""
    doc.save(stream)
    if progress is not None:
        progress(100)


def render_docx(document: Document, target: Path | str,
                settings: DocumentSettings | None = None,
                progress: Progress | None = None) -> Path:
    """Write *document* as a Word file at *target* (temporary file, then rename)."""
    return write_atomically(target, lambda stream: _write(document, stream, settings, progress))
