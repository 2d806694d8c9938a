"""The congress's resolution printed as the congress's paper: its header names the congress,
it takes no register number, and it says what was entered with the congress (the meeting,
the new term's targets, the election results), nothing more."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.plans.model import TargetData
from desktop_app.core.register import numbering as register
from desktop_app.core.report import congress as congress_core
from desktop_app.documents.docx import render_docx
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.plans.jobs import issue_and_save, plan_job
from tests.core.report import era_cells

from .helpers import docx_text, flat, pdf_pages

D = dt.date


def _text(document, path) -> str:
    render_pdf(document, path)
    return flat(" ".join(pdf_pages(path))).replace("\u00a0", " ")


def test_the_congress_resolution_says_what_the_congress_entered(db, tmp_path):
    draft = era_cells.tax_congress_2022()
    congress = congress_core.get_congress(draft.congress_id)
    assert congress.resolution_id is not None
    document = plan_job(congress.resolution_id).build(None)
    text = _text(document, tmp_path / "nq.pdf")
    assert "ĐẠI HỘI CHI BỘ CHI CỤC THUẾ KHU VỰC BẾN LỨC LẦN THỨ V" in text
    assert "Số" not in text.split("NGHỊ QUYẾT")[0]  # the congress's paper: no number
    assert ("NGHỊ QUYẾT Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ V, nhiệm kỳ "
            "2022 – 2025") in text
    assert ("họp ngày 25 tháng 6 năm 2022 tại Hội trường Chi cục Thuế khu vực Bến Lức. Đại "
            "hội có 19/20 đảng viên được triệu tập có mặt. Đây là đại hội điểm.") in text
    assert "QUYẾT NGHỊ:" in text
    assert ("Các chỉ tiêu chủ yếu nhiệm kỳ 2022 – 2025: (1) Kết nạp ít nhất 02 đảng viên mới "
            "trong nhiệm kỳ") in text
    assert "(3) Tổ chức 3 cuộc kiểm tra, giám sát mỗi năm" in text
    assert ("Kết quả bầu cử: Chi ủy nhiệm kỳ 2022 – 2025 gồm 03 đồng chí: Võ Thanh Sơn, Đặng "
            "Thị Hạnh, Nguyễn Minh An; Bí thư: đồng chí Võ Thanh Sơn; Phó Bí thư: đồng chí Đặng "
            "Thị Hạnh.") in text
    assert "T/M ĐOÀN CHỦ TỊCH" in text and "T/M CHI BỘ" not in text
    render_docx(document, tmp_path / "nq.docx")
    assert "Kết quả bầu cử: Chi ủy nhiệm kỳ 2022 – 2025" in docx_text(tmp_path / "nq.docx")


def test_printing_the_congress_resolution_takes_no_register_number(db, tmp_path):
    draft = era_cells.tax_congress_2022()
    congress = congress_core.get_congress(draft.congress_id)
    assert congress.resolution_id is not None
    before = register.list_entries()
    saved: list = []
    issue_and_save(congress.resolution_id, None, saved.append)
    assert len(saved) == 1 and saved[0].header.number == ""
    assert register.find_issued("NQ", "plan", congress.resolution_id) is None
    assert register.list_entries() == before


def test_a_congress_with_only_its_targets_prints_no_invented_sentence(db, tmp_path):
    era_cells.tax_office_cell()
    saved = congress_core.save_congress(congress_core.CongressData(
        number=2, term_start=2025, term_end=2030, date=D(2025, 7, 10),
        targets=[TargetData(content="Kết nạp 03 đảng viên mới", target_count=3,
                            unit="đảng viên", indicator_kind="admissions")]),
        "Chi bộ Chi cục Thuế khu vực Bến Lức")
    assert saved.resolution_id is not None
    text = _text(plan_job(saved.resolution_id).build(None), tmp_path / "nq.pdf")
    assert "họp ngày 10 tháng 7 năm 2025." in text
    assert "có mặt" not in text and "đại hội điểm" not in text
    assert "Kết quả bầu cử" not in text
    assert "(1) Kết nạp 03 đảng viên mới." in text  # its count is in its words already
    assert "3. Giao Chi ủy nhiệm kỳ 2025 – 2030" in text
