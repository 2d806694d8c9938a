"""The sign-in sheet of a study session and the period summary, read back from PDF and DOCX."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import docx

from desktop_app.core.study import sessions as study
from desktop_app.core.study.papers import attendance_paper, sign_in_paper
from desktop_app.core.study.sessions import SessionData
from desktop_app.documents.docx import render_docx
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.study.sheets import build_attendance_summary, build_sign_in_sheet

from .helpers import flat, pdf_pages

TODAY = dt.date(2010, 12, 1)


def session_in_2009(**values) -> int:
    session = study.create_session(SessionData(
        date=dt.date(2009, 6, 1), kind="thematic_study", level="cell",
        topic="Học tập chuyên đề năm 2009", place="Phòng họp Văn phòng",
        reflection_required=True, **values), today=TODAY)
    assert session.id is not None
    return session.id


def test_sign_in_sheet_lists_members_with_an_empty_signature_column(small_cell, tmp_path):
    session_id = session_in_2009()
    target = tmp_path / "ky-ten.pdf"
    render_pdf(build_sign_in_sheet(sign_in_paper(session_id)), target)
    text = flat(" ".join(pdf_pages(target)))
    assert "DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP" in text
    assert "Học tập chuyên đề năm 2009" in text
    assert "Thời gian: Ngày 01 tháng 6 năm 2009" in text
    assert "Địa điểm: Phòng họp Văn phòng" in text
    assert "STT Họ và tên Chức vụ Ký tên" in text
    # Party members by position, the markup-like name as typed, the decomposed one composed.
    assert "1 Trần Thị Thu Hà Bí thư 2 Nguyễn Văn Đức Chi ủy viên 3 A <b>& Đảng viên" in text
    # Not on the list: a member who joined later, one who had left; the exempt one apart.
    assert "Bùi Thị Lan" not in text
    assert "Lê Văn Chuyển" not in text
    assert "Quần chúng (CB-CNV) tham gia học tập STT Họ và tên Chức vụ Ký tên 1 Phan Thị Hồng" \
        in text
    assert ("Tổng số: 3 đảng viên, 1 quần chúng; 1 đồng chí được miễn sinh hoạt (Lý Văn Tư)."
            in text)
    # The signature column is empty: no attendance marks are printed.
    assert "Có mặt" not in text
    assert "T/M CHI BỘ BÍ THƯ Trần Thị Thu Hà" in text


def test_sign_in_sheet_in_word(small_cell, tmp_path):
    target = tmp_path / "ky-ten.docx"
    render_docx(build_sign_in_sheet(sign_in_paper(session_in_2009())), target)
    document = docx.Document(str(target))
    tables = [[[cell.text.strip() for cell in row.cells] for row in table.rows]
              for table in document.tables]
    party, staff = (t for t in tables if t[0] == ["STT", "Họ và tên", "Chức vụ", "Ký tên"])
    assert [r[1] for r in party[1:]] == ["Trần Thị Thu Hà", "Nguyễn Văn Đức", "A <b>&"]
    assert [r[1] for r in staff[1:]] == ["Phan Thị Hồng"]
    assert {r[3] for r in party[1:] + staff[1:]} == {""}  # room to sign, nothing printed


def test_period_summary_states_the_figures(small_cell, tmp_path):
    session_id = session_in_2009()
    rows = [replace(r, status="unexcused_absence") if r.full_name == "A <b>&" else
            replace(r, reflection="submitted") if r.status == "present" else r
            for r in study.load_grid(session_id)]
    study.save_grid(session_id, rows, today=TODAY)
    target = tmp_path / "tong-hop.pdf"
    paper = attendance_paper(dt.date(2009, 1, 1), dt.date(2009, 12, 31),
                             issued_on=dt.date(2009, 12, 20))
    render_pdf(build_attendance_summary(paper), target)
    text = flat(" ".join(pdf_pages(target)))
    assert "BẢNG TỔNG HỢP Kết quả tham gia học tập, quán triệt năm 2009" in text
    assert ("2/3 đảng viên (đạt 66,67%) tham gia học tập; 1 đồng chí được miễn (Lý Văn Tư); "
            "1 quần chúng tham gia; 2/2 đảng viên viết thu hoạch (đạt 100%).") in text
    assert "1 01/06/2009 Học tập chuyên đề năm 2009 2/3 (66,67%) 1 1/1 2/2" in text
    assert "Vắng không lý do trong kỳ" in text
    assert "1 A <b>& 1" in text


def test_period_without_sessions(small_cell, tmp_path):
    target = tmp_path / "trong.pdf"
    paper = attendance_paper(dt.date(2008, 1, 1), dt.date(2008, 12, 31),
                             issued_on=dt.date(2008, 12, 31))
    render_pdf(build_attendance_summary(paper), target)
    text = flat(" ".join(pdf_pages(target)))
    assert "Trong kỳ chưa ghi nhận buổi học tập nào." in text
    assert "0/0" not in text
    assert "STT Ngày Nội dung" not in text
