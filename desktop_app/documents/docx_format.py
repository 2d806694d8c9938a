"""Word formatting the DOCX renderer needs beyond python-docx's API: the font on every run
(Vietnamese letters included), paragraph spacing, table borders, fixed widths, cell
padding, repeated header rows, rows kept on one page, the PAGE field."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .layout import printable
from .model import Align

FONT = "Times New Roman"
FIRST_LINE_INDENT = Cm(1.27)
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def clean_text(value: str | None) -> str:
    return printable(value)


def set_font(run, size: float | None = None, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT
    run.font.bold = bold
    run.font.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    # Vietnamese letters are "complex script"/"east Asia" for Word in some cases.
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def add_text(paragraph, value: str, size: float | None = None, bold: bool = False,
              italic: bool = False) -> None:
    lines = clean_text(value).split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        set_font(run, size, bold, italic)
        if index < len(lines) - 1:
            run.add_break()


def format_paragraph(paragraph, align: Align = "justify", indent: bool = False,
            after: float = 0, before: float = 0) -> None:
    fmt = paragraph.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.first_line_indent = FIRST_LINE_INDENT if indent else None
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(before)


def no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def grid_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def fixed_widths(table, widths) -> None:
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def cell_margins(table, twips: int) -> None:
    """Left and right cell padding (Word's default 0.19 cm is wider than the PDF's 3 pt)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def cant_split(row) -> None:
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def bottom_border(paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.append(borders)


def page_field(paragraph, size: float) -> None:
    """A PAGE field (Word fills in the page number)."""
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None),
                              (None, "2"), ("end", None)):
        run = paragraph.add_run()
        set_font(run, size)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif instruction == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = instruction
            run._r.append(instr)
        else:
            run.text = instruction or ""


def cell_paragraph(cell, first: bool):
    return cell.paragraphs[0] if first else cell.add_paragraph()


def put(paragraph, value: str, bold: bool | None = None, italic: bool | None = None,
        size: float | None = None) -> None:
    """Text in *paragraph* in its style's look; only what differs from the style is set
    on the runs (bold or italic parts, a table's own size). Line breaks are kept."""
    lines = clean_text(value).split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if bold is not None:
            run.font.bold = bold
        if italic is not None:
            run.font.italic = italic
        if size is not None:
            run.font.size = Pt(size)
        if index < len(lines) - 1:
            run.add_break()


def styled(container, style: str, value: str = "", first: bool = False, **look):
    """A paragraph of *style* in *container* (the document or a table cell) holding
    *value*; *first* uses the cell's own first, empty paragraph."""
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    paragraph.style = style
    if value:
        put(paragraph, value, **look)
    return paragraph
