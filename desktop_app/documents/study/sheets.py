"""Printed papers of the Study area: the sign-in sheet of a session and a period summary.

Both are built as the document model (``documents.model``) from their paper, read by
``core.study.papers``, and rendered by the PDF and DOCX renderers. Neither carries a
register number: a sign-in sheet is prepared before the session and filed with it; the
summary is an annex to a report.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.common.formats import number, percent, period, prose_date, short_date
from desktop_app.core.study import facts as study_facts
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study.attendance import AttendanceRow
from desktop_app.core.study.papers import AttendancePaper, SignInPaper
from desktop_app.documents.letterhead import blank_number, cell_header, recipients, unit_signature
from desktop_app.documents.model import Document, Paragraph, Run, Table

SIGN_IN_TYPE = "DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP"
SIGN_IN_COLUMNS = ["STT", "Họ và tên", "Chức vụ", "Ký tên"]
# Relative widths, in mm of the 165 mm text width of the default margins.
SIGN_IN_WIDTHS = [13.0, 58.0, 56.0, 38.0]
SIGN_IN_ALIGNS = ["center", "left", "left", "left"]
SUMMARY_TYPE = "BẢNG TỔNG HỢP"
SUMMARY_COLUMNS = ["STT", "Ngày", "Nội dung", "Đảng viên có mặt", "Miễn", "Quần chúng",
                   "Thu hoạch"]
SUMMARY_WIDTHS = [11.0, 22.0, 56.0, 26.0, 12.0, 18.0, 20.0]
SUMMARY_ALIGNS = ["center", "center", "left", "center", "center", "center", "center"]
ABSENCE_COLUMNS = ["STT", "Họ và tên", "Số buổi vắng không lý do", "Ghi chú"]
ABSENCE_WIDTHS = [13.0, 62.0, 40.0, 50.0]
ABSENCE_ALIGNS = ["center", "left", "center", "left"]
TABLE_SIZE = 12.0
SIGN_SPACE = "\u00a0\n\u00a0"  # an empty signature cell two lines high, room to sign


def _line(label: str, value: str) -> Paragraph:
    return Paragraph([Run(f"{label}: ", bold=True), Run(value)], indent=False, align="left")


def _sign_table(rows: list[AttendanceRow]) -> Table:
    return Table(
        header_rows=[SIGN_IN_COLUMNS],
        rows=[[str(i), r.full_name, r.position, SIGN_SPACE] for i, r in enumerate(rows, start=1)],
        widths=SIGN_IN_WIDTHS, aligns=SIGN_IN_ALIGNS, font_size=TABLE_SIZE,  # type: ignore[arg-type]
    )


def build_sign_in_sheet(paper: SignInPaper) -> Document:
    """The sign-in sheet (danh sách ký tên) of a session: an empty signature column."""
    session, rows = paper.session, paper.rows
    assert session.date is not None
    party = [r for r in rows if r.is_party_member and r.status != "exempt"]
    staff = [r for r in rows if not r.is_party_member and r.status != "exempt"]
    exempt = [r.full_name for r in rows if r.status == "exempt"]
    when = prose_date(session.date).capitalize()
    blocks: list = [
        _line("Thời gian", when),
        _line("Hình thức", f"{session.kind_label} ({session.level_label})"),
    ]
    if session.place:
        blocks.append(_line("Địa điểm", session.place))
    if session.documents:
        blocks.append(_line("Tài liệu", session.documents))
    blocks.append(_sign_table(party))
    if staff:
        blocks.append(Paragraph("Quần chúng (CB-CNV) tham gia học tập", bold=True, indent=False,
                                align="left"))
        blocks.append(_sign_table(staff))
    total = (f"Tổng số: {number(len(party))} đảng viên"
             + (f", {number(len(staff))} quần chúng" if staff else "")
             + (f"; {number(len(exempt))} đồng chí được miễn sinh hoạt ({', '.join(exempt)})"
                if exempt else "") + ".")
    blocks.append(Paragraph(total, italic=True, indent=False))
    return Document(
        header=cell_header(paper.letterhead, session.date,
                           blank_number(paper.letterhead, "DS")),
        type_name=SIGN_IN_TYPE,
        subject=session.topic,
        blocks=blocks,
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=recipients(paper.letterhead, "study_sign_in"),
    )


def _session_row(index: int, f: study_figures.SessionFigures) -> list[str]:
    present = (f"{f.party_present}/{f.party_expected} ({percent(f.attendance_percent)})"
               if f.party_expected else "")
    staff = f"{f.non_party_present}/{f.non_party_total}" if f.non_party_total else ""
    reflections = (f"{f.reflections_written}/{f.reflections_required}"
                   if f.reflection_required and f.reflections_required else "")
    # "Quán triệt văn bản: …" unless the topic already says what kind it is.
    kind_word = f.kind_label.split()[0].casefold()
    content = f.topic if f.topic.casefold().startswith(kind_word) else f"{f.kind_label}: {f.topic}"
    return [str(index), short_date(f.date), content, present,
            str(f.party_exempt) if f.party_exempt else "", staff, reflections]


def _period_words(start: dt.date, end: dt.date) -> str:
    """"năm 2010", "giai đoạn 2007 – 2010" or "từ 01/01/2010 đến 30/06/2010"."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        if start.year == end.year:
            return f"năm {start.year}"
        return f"giai đoạn {period(start.year, end.year)}"
    return f"từ {short_date(start)} đến {short_date(end)}"


def _absence_note(absence: study_facts.AbsenceCount) -> str:
    if not absence.flagged:
        return ""
    return (f"Từ {study_facts.UNEXCUSED_FLAG} buổi trở lên trong một năm "
            f"({absence.most_in_a_year} buổi)")


def build_attendance_summary(paper: AttendancePaper) -> Document:
    """The study attendance of a period: the report's sentences, then one row a session."""
    facts, sessions, start, end = paper.facts, paper.sessions, paper.start, paper.end
    blocks: list = [Paragraph(sentence) for sentence in facts.sentences()]
    if sessions:
        blocks.append(Table(
            header_rows=[SUMMARY_COLUMNS],
            rows=[_session_row(i, f) for i, f in enumerate(sessions, start=1)],
            widths=SUMMARY_WIDTHS, aligns=SUMMARY_ALIGNS, font_size=11.0))  # type: ignore[arg-type]
    if facts.absences:
        blocks.append(Paragraph("Vắng không lý do trong kỳ", bold=True, indent=False,
                                align="left"))
        blocks.append(Table(
            header_rows=[ABSENCE_COLUMNS],
            rows=[[str(i), a.full_name, str(a.count), _absence_note(a)]
                  for i, a in enumerate(facts.absences, start=1)],
            widths=ABSENCE_WIDTHS, aligns=ABSENCE_ALIGNS, font_size=TABLE_SIZE))  # type: ignore[arg-type]
    return Document(
        header=cell_header(paper.letterhead, paper.issued_on,
                           blank_number(paper.letterhead, "BC")),
        type_name=SUMMARY_TYPE,
        subject=f"Kết quả tham gia học tập, quán triệt {_period_words(start, end)}",
        blocks=blocks,
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=recipients(paper.letterhead, "study_summary"),
    )
