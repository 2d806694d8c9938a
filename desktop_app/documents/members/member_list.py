"""The member list (danh sách đảng viên) of the cell as a Party document (type DS).

The first user of the document engine: a table STT, Họ và tên, Ngày sinh, Chức vụ, Ngày
vào Đảng, Ngày chính thức, Ghi chú, party members in Vietnamese name order. Built from
plain data the core reads (``jobs.prepare_member_list`` gathers it and the number).
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.formats import prose_date, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.members.roster import STATUS_LABELS, MemberData
from desktop_app.documents.letterhead import cell_header, recipients, unit_signature
from desktop_app.documents.model import Document, Paragraph, Table

TYPE_NAME = "DANH SÁCH ĐẢNG VIÊN"
COLUMNS = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Ngày vào Đảng", "Ngày chính thức",
           "Ghi chú"]
# Relative widths, in mm of the 165 mm text width of the default margins.
WIDTHS = [11.5, 34.5, 21.5, 30.0, 21.5, 21.5, 24.5]
ALIGNS = ["center", "left", "center", "left", "center", "center", "left"]
TABLE_SIZE = 12.0
# Roles printed in the "Chức vụ" column before the job title (a plain member has none).
PARTY_POSTS = {"secretary", "deputy_secretary", "committee_member"}


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


def build_member_list(letterhead: Letterhead, members: list[MemberData], as_of: dt.date,
                      number_text: str, secretary_name: str) -> Document:
    """The list of *members* (``roster.party_members_on(as_of)``) on *as_of*, numbered
    *number_text* ("Số 01-DS/CB"), signed by *secretary_name*."""
    full = sum(1 for m in members if m.kind == "full")
    probationary = len(members) - full
    excused = sum(1 for m in members if m.status == "excused")
    summary = (f"Tổng số: {len(members)} đảng viên ({full} chính thức, {probationary} dự bị)"
               f"; trong đó {excused} đồng chí được miễn sinh hoạt.")
    return Document(
        header=cell_header(letterhead, as_of, number_text),
        type_name=TYPE_NAME,
        subject=f"{clean_line(letterhead.cell_name)}, tính đến {prose_date(as_of)}",
        blocks=[
            Table(header_rows=[COLUMNS], rows=member_rows(members), widths=WIDTHS,
                  aligns=ALIGNS, font_size=TABLE_SIZE),  # type: ignore[arg-type]
            Paragraph(summary, italic=True, indent=False),
        ],
        signature=unit_signature(letterhead, secretary_name),
        recipients=recipients(letterhead, "member_list"),
    )
