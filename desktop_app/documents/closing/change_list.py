"""The list of changes (danh sách thay đổi dữ liệu) as a Party document.

Built from the plain data of ``core.closing.lists`` and printed by the PDF and DOCX
renderers through the preview; it carries no register number (like the study sheets, it
is a record the cell files, signed by the secretary).
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.closing.lists import ChangeList
from desktop_app.documents.model import (
    BulletList,
    Document,
    Header,
    Paragraph,
    Signature,
    Table,
)

TYPE_NAME = "DANH SÁCH THAY ĐỔI DỮ LIỆU"
COLUMNS = ["STT", "Thời gian", "Người ghi", "Dữ liệu", "Thay đổi"]
WIDTHS = [10.0, 22.0, 26.0, 55.0, 52.0]  # of the 165 mm text width
ALIGNS = ["center", "center", "left", "left", "left"]
TABLE_SIZE = 11.0


def change_list_document(changes: ChangeList, *, superior_lines: list[str], cell_name: str,
                         place: str, signer: str, day: dt.date | None = None) -> Document:
    day = day or changes.as_of
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
        header=Header(superior_lines=superior_lines, cell_name=cell_name, number="",
                      place=place, date=day),
        type_name=TYPE_NAME,
        subject=changes.subject,
        blocks=blocks,
        signature=Signature(authority="T/M CHI BỘ", title="BÍ THƯ", name=signer),
        recipients=["- Lưu Chi bộ."],
    )


def prepare(changes: ChangeList, day: dt.date | None = None) -> Document:
    """The document with the cell's particulars (a UserError says what to fill in first)."""
    from desktop_app.core.cell.particulars import current_term
    from desktop_app.documents.members.member_list import check_particulars

    cell = check_particulars()
    term = current_term(day or changes.as_of)
    return change_list_document(
        changes, superior_lines=[cell.superior_line1, cell.superior_line2],
        cell_name=cell.name, place=cell.place,
        signer=term.secretary_name if term is not None else "", day=day)
