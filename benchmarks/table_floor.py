"""The floor of a table document: plain ReportLab laying out the same cells in the same fonts.

``table_floor_pdf(document)`` takes the app's ``Document`` only as data (its title lines,
its paragraphs' text and its tables' header rows, rows, relative widths and alignments)
and builds the PDF the way a ReportLab user would, with no code of the app's renderer:
a ``SimpleDocTemplate`` on A4 with the same margins; each table a ``LongTable`` (ReportLab's
class for long tables) with the same column widths, repeated header rows, grid, fonts,
sizes, leading and padding; a cell a plain string when it fits on one line (ReportLab
draws it without a Paragraph), else a ``Paragraph`` that wraps it; other text as
``Paragraph``s in the body font. The fonts are the app's, registered once (the same TTF
files: ``register_fonts``).

Run: ``uv run python benchmarks/table_floor.py ROWS...`` prints the floor's time a page
for a synthetic list of ROWS rows (to see how its cost a page grows with its length).
"""

from __future__ import annotations

import io
import sys
import time
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.model import BulletList, Document, Heading, Table
from desktop_app.documents.model import Paragraph as TextParagraph

BODY_PT = 14.0  # DocumentSettings' defaults: the app's page when nothing was changed
MARGINS_MM = (20.0, 20.0, 30.0, 15.0)  # top, bottom, left, right
PADDING = 3
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_LEFT}
_TABLE_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


def _cell(value: str, style: ParagraphStyle, room: float):
    text = " ".join(str(value or "").split())
    if "\n" not in str(value or "") and stringWidth(text, style.fontName,
                                                    style.fontSize) <= room:
        return text
    return Paragraph(escape(str(value or "")).replace("\n", "<br/>"), style)


def _table(table: Table, width: float, regular: str, bold: str) -> LongTable:
    size = table.font_size or BODY_PT - 1
    leading = round(size * 1.15, 1)
    total = sum(table.widths)
    widths = [w / total * width for w in table.widths]
    head = ParagraphStyle("head", fontName=bold, fontSize=size, leading=leading,
                          alignment=TA_CENTER)
    body = [ParagraphStyle(f"c{i}", fontName=regular, fontSize=size, leading=leading,
                           alignment=_ALIGN[a]) for i, a in enumerate(table.aligns)]
    data = [[_cell(c, head, widths[i] - 2 * PADDING) for i, c in enumerate(row)]
            for row in table.header_rows]
    data += [[_cell(c, body[i], widths[i] - 2 * PADDING) for i, c in enumerate(row)]
             for row in table.rows] or [[table.empty_text] + [""] * (len(widths) - 1)]
    heads = len(table.header_rows)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), size),
             ("LEADING", (0, 0), (-1, -1), leading), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
             ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if heads:
        style += [("FONTNAME", (0, 0), (-1, heads - 1), bold),
                  ("ALIGN", (0, 0), (-1, heads - 1), "CENTER")]
    style += [("ALIGN", (i, heads), (i, -1), _TABLE_ALIGN[a])
              for i, a in enumerate(table.aligns) if a not in ("left", "justify")]
    return LongTable(data, colWidths=widths, repeatRows=heads, splitByRow=1,
                     style=TableStyle(style))


def table_floor_pdf(document: Document) -> bytes:
    family = register_fonts()
    top, bottom, left, right = (m * mm for m in MARGINS_MM)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, topMargin=top, bottomMargin=bottom,
                                 leftMargin=left, rightMargin=right)
    text = ParagraphStyle("body", fontName=family.regular, fontSize=BODY_PT,
                          leading=BODY_PT * 1.25)
    header = document.header
    story: list = [Paragraph(escape(line), text) for line in
                   [*header.superior_lines, header.cell_name, header.number,
                    document.type_name, document.subject] if line]
    for appendix_blocks in [document.blocks, *(a.blocks for a in document.appendices)]:
        for block in appendix_blocks:
            if isinstance(block, Table):
                story += [_table(block, template.width, family.regular, family.bold),
                          Spacer(1, 6)]
            elif isinstance(block, TextParagraph):
                story.append(Paragraph(escape("".join(r.text for r in block.runs())), text))
            elif isinstance(block, Heading):
                story.append(Paragraph(escape(block.text), text))
            elif isinstance(block, BulletList):
                story += [Paragraph(escape(f"- {item}"), text) for item in block.items]
    template.build(story)
    return buffer.getvalue()


def synthetic(rows: int) -> Document:
    """A member list of *rows* rows (for the cost a page against the length)."""
    import datetime as dt

    from desktop_app.documents.model import Header

    body = [[str(i + 1), f"Nguyễn Văn An {i}", "Chuyên viên", "12/03/2010", "x", "12", "3",
             "Tốt"] for i in range(rows)]
    table = Table([["STT", "Họ và tên", "Chức vụ", "Ngày", "A", "B", "C", "Ghi chú"]], body,
                  [1, 5, 3, 3, 1, 1, 1, 2],
                  ["center", "left", "left", "center", "center", "right", "right", "left"])
    return Document(header=Header(["ĐẢNG BỘ KHỐI"], "Chi bộ", "", "Hà Nội",
                                  dt.date(2016, 1, 1)),
                    type_name="Danh sách", subject="Đảng viên", blocks=[table])


def main(argv: list[str]) -> int:
    from pypdf import PdfReader

    table_floor_pdf(synthetic(10))
    for rows in map(int, argv or ["1000", "4000", "8000"]):
        began = time.perf_counter()
        pdf = table_floor_pdf(synthetic(rows))
        seconds = time.perf_counter() - began
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"{rows} rows, {pages} pages: {seconds * 1000 / pages:.1f} ms a page")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
