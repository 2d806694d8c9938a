"""The member list (danh sách đảng viên) of the cell as a Party document (type DS).

The first user of the document engine: a table STT, Họ và tên, Ngày sinh, Chức vụ, Ngày
vào Đảng, Ngày chính thức, Ghi chú, party members in Vietnamese name order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.common.formats import prose_date, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.members.roster import STATUS_LABELS, MemberData, active_on, sort_by_name
from desktop_app.core.register import numbering as register
from desktop_app.db import database
from desktop_app.db.models.cell import Cell
from desktop_app.documents.model import Document, Header, Paragraph, Signature, Table
from desktop_app.errors import UserError

TYPE_CODE = "DS"
SOURCE_KIND = "member_list"
TYPE_NAME = "DANH SÁCH ĐẢNG VIÊN"
COLUMNS = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Ngày vào Đảng", "Ngày chính thức",
           "Ghi chú"]
# Relative widths, in mm of the 165 mm text width of the default margins.
WIDTHS = [11.5, 34.5, 21.5, 30.0, 21.5, 21.5, 24.5]
ALIGNS = ["center", "left", "center", "left", "center", "center", "left"]
TABLE_SIZE = 12.0
RECIPIENTS = ["- Đảng ủy cấp trên (để b/c);", "- Lưu Chi bộ."]
# Roles printed in the "Chức vụ" column before the job title (a plain member has none).
PARTY_POSTS = {"secretary", "deputy_secretary", "committee_member"}


def check_particulars() -> Cell:
    """The cell's particulars, or a UserError saying what to fill in and where."""
    missing = cell_core.missing_for_documents()
    cell = Cell.select().first()
    if missing or cell is None:
        what = ", ".join(missing) if missing else "thông tin chi bộ"
        raise UserError(
            f"Chưa nhập {what} nên chưa in được văn bản (phần đầu văn bản cần các thông tin "
            "này). Hãy điền ở Tệp → Thông tin chi bộ rồi in lại."
        )
    return cell


def party_members_on(as_of: dt.date) -> list[MemberData]:
    """Party members of the cell on *as_of* (those excused included), in name order."""
    members = [
        m for m in active_on(as_of)
        if m.is_party_member and (m.joined_date is None or m.joined_date <= as_of)
    ]
    return sort_by_name(members)


def _post(member: MemberData) -> str:
    parts = []
    if member.role in PARTY_POSTS:
        parts.append(member.role_label)
    if member.job_title:
        parts.append(member.job_title)
    return ", ".join(parts)


def _remark(member: MemberData) -> str:
    remarks = []
    if member.kind == "probationary":
        remarks.append("Dự bị")
    if member.status == "excused":
        since = f" từ {short_date(member.status_date)}" if member.status_date else ""
        remarks.append(f"{STATUS_LABELS['excused']}{since}")
    return "; ".join(remarks)


def member_rows(members: list[MemberData]) -> list[list[str]]:
    return [
        [str(index), m.full_name, short_date(m.birth_date), _post(m), short_date(m.joined_date),
         short_date(m.official_date), _remark(m)]
        for index, m in enumerate(members, start=1)
    ]


def build_member_list(as_of: dt.date, number_text: str) -> Document:
    """The document for the members on *as_of*, numbered *number_text* ("Số 01-DS/CB")."""
    cell = check_particulars()
    members = party_members_on(as_of)
    full = sum(1 for m in members if m.kind == "full")
    probationary = len(members) - full
    excused = sum(1 for m in members if m.status == "excused")
    summary = (f"Tổng số: {len(members)} đảng viên ({full} chính thức, {probationary} dự bị)"
               f"; trong đó {excused} đồng chí được miễn sinh hoạt.")
    term = register.term_for(as_of)
    return Document(
        header=Header(
            superior_lines=[cell.superior_line1, cell.superior_line2],
            cell_name=cell.name, number=number_text, place=cell.place, date=as_of,
        ),
        type_name=TYPE_NAME,
        subject=f"{clean_line(cell.name)}, tính đến {prose_date(as_of)}",
        blocks=[
            Table(header_rows=[COLUMNS], rows=member_rows(members), widths=WIDTHS,
                  aligns=ALIGNS, font_size=TABLE_SIZE),  # type: ignore[arg-type]
            Paragraph(summary, italic=True, indent=False),
        ],
        signature=Signature(authority="T/M CHI BỘ", title="BÍ THƯ", name=term.secretary_name),
        recipients=list(RECIPIENTS),
    )


def _subject(as_of: dt.date) -> str:
    return f"Danh sách đảng viên tính đến {short_date(as_of)}"


def prepare_member_list(as_of: dt.date | None = None, *, issue: bool = False) -> Document:
    """The member list, numbered from the register.

    With *issue*, the document is recorded in the register (printing or saving it);
    otherwise (a preview) it shows the number it has, or the one it will get. Printing
    again on the same date keeps the number.
    """
    as_of = as_of or dt.date.today()
    check_particulars()
    if issue:
        entry = register.issue(TYPE_CODE, as_of, _subject(as_of), source_kind=SOURCE_KIND)
        number_text = entry.number_text
    else:
        existing = register.find_issued(TYPE_CODE, SOURCE_KIND, None, as_of)
        if existing is not None:
            number_text = existing.number_text
        else:
            term = register.term_for(as_of)
            number_text = register.format_number(register.next_number(term, TYPE_CODE),
                                                 TYPE_CODE)
    return build_member_list(as_of, number_text)


def issued_entry(as_of: dt.date) -> register.RegisterEntry | None:
    """The register entry of the member list issued on *as_of*, if any."""
    return register.find_issued(TYPE_CODE, SOURCE_KIND, None, as_of)


def issue_and_save(as_of: dt.date | None, save: Callable[[Document], object]) -> Document:
    """Issue the member list (register number) and save it, as one step.

    The number is recorded only if *save* succeeds: a file that cannot be written does
    not use up a number.
    """
    with database.atomic():
        document = prepare_member_list(as_of, issue=True)
        save(document)
    return document
