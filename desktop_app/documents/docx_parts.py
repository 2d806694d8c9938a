"""The Word file's borderless layout tables: the two-column header, the signatures and
the closing with Nơi nhận, laid out as the PDF lays them out."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop_app.nfc import normalize

from . import docx_styles as st
from .docx_format import bottom_border, cant_split, cell_margins, fixed_widths, no_borders, styled
from .header_layout import PARTY_NAME, header_layout, party_name_width
from .layout import signature_column_width
from .model import Document, SignatureBlock

CLOSING_LEFT_FRACTION = 0.45  # Nơi nhận's column, as in the PDF
SIGNATURE_ROOM_LINES = 4  # empty lines for the signature and the seal


def header(doc, document: Document, text_width: float) -> None:
    """One borderless table of two rows, split as in the PDF (``header_layout``): the
    lines broken where the PDF breaks them (explicit line breaks)."""
    layout = header_layout(document.header, text_width)
    table = doc.add_table(rows=2, cols=2)
    no_borders(table)
    fixed_widths(table, [Pt(layout.left), Pt(layout.right)])
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(-round(layout.outdent * 20)))  # twentieths of a point
    indent.set(qn("w:type"), "dxa")
    table._tbl.tblPr.append(indent)
    cell_margins(table, 0)
    for row in table.rows:
        cant_split(row)
    left, right = table.rows[0].cells
    first = True
    for broken in layout.superior:
        styled(left, st.LETTERHEAD, "\n".join(broken), first=first)
        first = False
    styled(left, st.LETTERHEAD_CELL, "\n".join(layout.cell), first=first)
    styled(left, st.LETTERHEAD, "*")
    party = styled(right, st.PARTY_NAME, PARTY_NAME, first=True)
    # The rule under the Party's name, the width of the text: a bottom border on the
    # paragraph, indented on both sides to the text's width.
    rule = max(0.0, (layout.right - party_name_width() - 2) / 2)
    party.paragraph_format.left_indent = Pt(rule)
    party.paragraph_format.right_indent = Pt(rule)
    bottom_border(party)
    number_cell, date_cell = table.rows[1].cells
    number = styled(number_cell, st.LETTERHEAD, layout.number, first=True)
    dated = styled(date_cell, st.LETTERHEAD_DATE, "\n".join(layout.dated), first=True)
    for paragraph in (number, dated):
        paragraph.paragraph_format.space_before = Pt(3)


def signature_lines(cell, authority: str, title: str, name: str,
                    date_line: str | None = None) -> None:
    """The centred lines of a signature in *cell*: date, authority, title, room, name."""
    first = True
    if date_line:
        styled(cell, st.SIGNATURE_DATE, date_line, first=first)
        first = False
    for line in (authority, title):
        if line:
            styled(cell, st.SIGNATURE, normalize(line).upper(), first=first)
            first = False
    for _ in range(SIGNATURE_ROOM_LINES):  # room for the signature and the seal
        styled(cell, st.SIGNATURE, first=first)
        first = False
    styled(cell, st.SIGNATURE, name)


def signature_block(doc, block: SignatureBlock, text_width) -> None:
    """A borderless one-row table that Word never splits, the lines in one column."""
    spacer = styled(doc, st.SPACER)
    spacer.paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    column = Pt(signature_column_width(block.date_line, text_width.pt))
    widths = [text_width - column, column]
    if block.side == "left":
        widths.reverse()
    fixed_widths(table, widths)
    cell_margins(table, 0)  # the column is measured to hold the date line
    cant_split(table.rows[0])
    cell = table.rows[0].cells[1 if block.side == "right" else 0]
    signature_lines(cell, block.authority, block.title, block.name, block.date_line)


def closing(doc, document: Document, text_width) -> None:
    """Nơi nhận on the left, the signature on the right, one row Word never splits."""
    spacer = styled(doc, st.SPACER)
    spacer.paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    left_width = int(text_width * CLOSING_LEFT_FRACTION)
    fixed_widths(table, [left_width, text_width - left_width])
    cell_margins(table, 0)
    left, right = table.rows[0].cells
    cant_split(table.rows[0])
    if document.recipients:
        styled(left, st.RECIPIENTS_TITLE, "Nơi nhận:", first=True)
        for line in document.recipients:
            styled(left, st.RECIPIENTS, line)
    if document.signature is not None:
        sig = document.signature
        signature_lines(right, sig.authority, sig.title, sig.name)
