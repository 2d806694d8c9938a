"""The list of changes (danh sách thay đổi dữ liệu) as a Party document.

Built from the plain data of ``core.closing.lists`` and printed by the PDF and DOCX
renderers through the preview; it carries no register number (like the study sheets, it
is a record the cell files, signed by the secretary).
"""

from __future__ import annotations

from desktop_app.core.closing.lists import ChangeListPaper
from desktop_app.documents.letterhead import cell_header, unit_signature
from desktop_app.documents.model import BulletList, Document, Paragraph, Table

TYPE_NAME = "DANH SÁCH THAY ĐỔI DỮ LIỆU"
COLUMNS = ["STT", "Thời gian", "Người ghi", "Dữ liệu", "Thay đổi"]
WIDTHS = [10.0, 22.0, 26.0, 55.0, 52.0]  # of the 165 mm text width
ALIGNS = ["center", "center", "left", "left", "left"]
TABLE_SIZE = 11.0


def build_change_list(paper: ChangeListPaper) -> Document:
    changes = paper.changes
    blocks: list = [Paragraph(changes.intro)]
    if changes.closings:
        blocks.append(Paragraph("Khóa sổ và bỏ khóa sổ trong thời gian này:", indent=False,
                                align="left", bold=True))
        blocks.append(BulletList(changes.closings))
    if changes.lines:
        blocks.append(Table(
            header_rows=[COLUMNS],
            rows=[[str(i), line.when, line.user, line.record, line.what]
                  for i, line in enumerate(changes.lines, start=1)],
            widths=WIDTHS, aligns=ALIGNS, font_size=TABLE_SIZE))  # type: ignore[arg-type]
    return Document(
        header=cell_header(paper.letterhead, paper.day),
        type_name=TYPE_NAME,
        subject=changes.subject,
        blocks=blocks,
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=[paper.letterhead.words.archive],
    )
