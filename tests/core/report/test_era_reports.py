"""The reports of issue 18 as a reader checks them: a yearly report of 2013 on the Chỉ thị 03
outline, the 2022 congress political report (its title, letterhead, signature, the term's
review target by target with true figures, the new term's targets becoming the next term's
plan), and the draft mark in PDF and Word."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.period_targets import period_targets
from desktop_app.core.report import congress as congress_core
from desktop_app.core.report import issuing
from desktop_app.core.report import reports as report
from desktop_app.documents.docx import render_docx
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.report.summary import report_document
from desktop_app.errors import ValidationError
from tests.documents.helpers import docx_text, flat, pdf_pages

from . import era_cells
from .checks import mangled, report_problems
from .recount import Period, Recount

D = dt.date


def _text(draft: report.ReportData) -> str:
    assert draft.id is not None
    return "\n".join(f"{s.number} {s.title}\n{s.text}" for s in report.sections(draft.id))


def _pdf(content: dict, path) -> str:
    render_pdf(report_document(content), path)
    return flat(" ".join(pdf_pages(path))).replace("\u00a0", " ")


# --- the yearly report of 2013 on the Chỉ thị 03 outline -------------------------------------

def test_a_2013_yearly_report_on_the_chi_thi_03_outline(db, tmp_path):
    draft = era_cells.hamlet_2013()
    assert report.outline_warning(draft) is None
    assert draft.id is not None
    content = issuing.build_content(draft.id)
    text = _pdf(content, tmp_path / "2013.pdf")
    assert "BÁO CÁO Kết quả thực hiện Chỉ thị số 03-CT/TW" in text
    assert "năm 2013 (Dự thảo)" in text
    assert "Thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011" in text
    assert "Kết luận" not in text and "05-CT/TW" not in text  # not yet issued in 2013
    assert "II. KẾT QUẢ THỰC HIỆN NĂM 2013" in text
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2014" in text
    assert "T/M CHI BỘ" in text
    lines = [line for s in content["sections"] for line in s["text"].splitlines()]
    assert [m for line in lines for m in mangled(line)] == []


def test_the_2013_figures_are_what_the_records_hold(db, tmp_path):
    draft = era_cells.hamlet_2013()
    assert draft.id is not None
    recount = Recount(tmp_path / "test.db", Period(draft.start, draft.end, D(2013, 12, 15)))
    try:
        claims = report.report_claims(draft.id, today=D(2013, 12, 15))
        everything = [c for section in claims.values() for c in section]
        assert any(c.figures for c in everything)
        assert report_problems(everything, recount) == []
    finally:
        recount.close()


# --- the congress political report ----------------------------------------------------------

@pytest.fixture
def congress(db):
    return era_cells.tax_congress_2022()


def test_the_congress_report_is_the_congresss_document(congress, tmp_path):
    content = issuing.build_content(congress.id)
    header = content["header"]
    assert content["type_name"] == "BÁO CÁO CHÍNH TRỊ"
    assert content["subject"] == ("trình Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ V, "
                                  "nhiệm kỳ 2022 – 2025")
    assert header["cell_name"] == "Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ V"
    assert header["number"] == ""
    assert content["signature"]["authority"] == "T/M CHI ỦY"
    text = _pdf(content, tmp_path / "congress.pdf")
    assert "ĐẠI HỘI CHI BỘ CHI CỤC THUẾ KHU VỰC BẾN LỨC LẦN THỨ V" in text
    assert ("BÁO CÁO CHÍNH TRỊ Trình Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ V, "
            "nhiệm kỳ 2022 – 2025 (Dự thảo)") in text
    assert "Số" not in text.split("BÁO CÁO CHÍNH TRỊ")[0]  # no register number
    assert "Phần I. TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CHI BỘ NHIỆM KỲ 2020 – 2022" in text
    assert "Phần II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2022 – 2025" in text
    assert "T/M CHI ỦY" in text
    assert "Kèm theo Báo cáo chính trị ngày 20/6/2022 trình Đại hội Chi bộ" in text


def test_a_party_committees_congress_report_is_signed_for_its_committee(db):
    era_cells.tax_office_cell()
    profile = cell_core.load_profile()
    cell_core.save_profile(replace(profile, name="Đảng bộ Cục Thuế", unit_kind="dang_bo_co_so"))
    draft = report.create_draft(report.ReportData(
        kind="congress", start_year=2020, end_year=2022, end_month=6,
        outline_id="dai-hoi-bao-cao-chinh-tri", report_date=D(2022, 6, 20)),
        today=D(2022, 6, 20), congress=era_cells.congress_particulars())
    assert draft.id is not None
    content = issuing.build_content(draft.id)
    assert content["signature"]["authority"] == "T/M ĐẢNG ỦY"
    assert content["header"]["cell_name"].startswith("Đại hội Đảng bộ Cục Thuế lần thứ V")
    titles = [s["title"] for s in content["sections"]]
    assert "Tự kiểm điểm của Đảng ủy" in titles


def test_the_terms_targets_are_reviewed_one_by_one_with_true_figures(congress, tmp_path):
    body = _text(congress)
    assert ("Nghị quyết Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ IV, nhiệm kỳ "
            "2020 – 2022 đề ra 4 chỉ tiêu chủ yếu; đến nay đã hoàn thành 3/4 chỉ tiêu") in body
    assert "Chỉ tiêu 2: Kết nạp 2 đảng viên mới trong nhiệm kỳ: đã kết nạp 2 đảng viên" in body
    assert "Chỉ tiêu 4: Thu ngân sách vượt dự toán được giao: đang thực hiện." in body
    assert "Trong kỳ kết nạp được 02 đảng viên mới." in body
    recount = Recount(tmp_path / "test.db", Period(congress.start, congress.end,
                                                   D(2022, 6, 20)))
    try:
        claims = report.report_claims(congress.id, today=D(2022, 6, 20))
        everything = [c for section in claims.values() for c in section]
        assert report_problems(everything, recount) == []
        review = claims["chi-tieu"]
        assert review[0].figures  # "3/4 chỉ tiêu" knows the targets it counts
    finally:
        recount.close()


def test_the_new_terms_targets_become_the_next_terms_plan(congress):
    saved = report.congress_of(congress)
    assert saved is not None and saved.resolution_id is not None
    plan = plans_core.get_plan(saved.resolution_id)
    assert plan.kind == "resolution" and plan.period_kind == "term"
    assert (plan.period_start, plan.period_end) == (D(2022, 6, 25), D(2025, 6, 24))
    assert [t.content for t in plan.targets] == era_cells.NEW_TARGETS
    body = _text(congress)
    for index, target in enumerate(era_cells.NEW_TARGETS, start=1):
        assert f"({index}) {target}" in body
    # the next term's reports count them: due by the end of the term
    due = period_targets(D(2022, 7, 1), D(2025, 6, 30)).due
    assert {t.content for t in due if t.plan.id == plan.id} == set(era_cells.NEW_TARGETS)
    # and the congress report does not review them as the old term's
    assert "Kết nạp ít nhất 02" not in next(
        s.text for s in report.sections(congress.id) if s.key == "chi-tieu")


def test_congress_particulars_are_checked_field_by_field(db):
    bad = replace(era_cells.congress_particulars(), number=0, term_end=2021,
                  delegates_present=25, deputy_secretary_name="Người Ngoài")
    with pytest.raises(ValidationError) as refused:
        congress_core.save_congress(bad, "Chi bộ Mẫu")
    assert set(refused.value.fields) >= {"number", "term_end", "delegates_present",
                                         "deputy_secretary_name"}
    with pytest.raises(ValidationError) as missing:
        report.create_draft(report.ReportData(
            kind="congress", start_year=2020, end_year=2022,
            outline_id="dai-hoi-bao-cao-chinh-tri", report_date=D(2022, 6, 20)))
    assert "congress" in missing.value.fields


def test_the_congress_particulars_are_kept(congress):
    saved = report.congress_of(congress)
    assert saved is not None
    assert (saved.number_text, saved.term_text, saved.date, saved.pilot) == (
        "V", "2022 – 2025", D(2022, 6, 25), True)
    assert (saved.delegates_summoned, saved.delegates_present) == (20, 19)
    assert saved.committee == ["Võ Thanh Sơn", "Đặng Thị Hạnh", "Nguyễn Minh An"]
    assert (saved.secretary_name, saved.deputy_secretary_name) == ("Võ Thanh Sơn",
                                                                   "Đặng Thị Hạnh")


def test_issuing_the_congress_report_takes_no_register_number(congress):
    issued = issuing.issue_report(congress.id)
    assert issued.is_issued and issued.issued_number == ""
    content = issuing.build_content(congress.id)
    assert content["draft_mark"] == "" and content["header"]["number"] == ""


# --- the draft mark ---------------------------------------------------------------------------

def test_the_draft_mark_on_drafts_off_for_signature_and_never_on_issued(db, tmp_path):
    draft = era_cells.hamlet_2013()
    assert draft.id is not None
    marked = issuing.build_content(draft.id)
    assert marked["draft_mark"] == "(Dự thảo)"
    assert "(Dự thảo)" in _pdf(marked, tmp_path / "a.pdf")
    render_docx(report_document(marked), tmp_path / "a.docx")
    assert "(Dự thảo)" in docx_text(tmp_path / "a.docx")

    report.save_particulars(replace(report.get_report(draft.id), draft_mark=False))
    unmarked = issuing.build_content(draft.id)
    assert unmarked["draft_mark"] == ""
    assert "Dự thảo" not in _pdf(unmarked, tmp_path / "b.pdf")
    render_docx(report_document(unmarked), tmp_path / "b.docx")
    assert "Dự thảo" not in docx_text(tmp_path / "b.docx")

    report.save_particulars(replace(report.get_report(draft.id), draft_mark=True))
    issuing.issue_report(draft.id)
    issued = issuing.build_content(draft.id)
    assert issued["draft_mark"] == ""
    assert "Dự thảo" not in _pdf(issued, tmp_path / "c.pdf")


def test_a_congress_without_a_term_resolution_reviews_its_plans_for_more_than_a_year(
        db, tmp_path):
    """A cell that never typed its congress resolution as a term plan: the review takes the
    plans for more than a calendar year (here a two-year plan), and every figure it prints is
    what the records hold (found by the property test with a plan of 2011 running into 2012)."""
    profile = era_cells.profile
    profile("Chi bộ Trường Tiểu học Hòa Bình", "ĐẢNG ỦY XÃ HÒA BÌNH", "chi_bo",
            [(D(2010, 8, 1), D(2013, 7, 31), "Nguyễn Văn Hùng", "Trần Thị Lan")])
    era_cells.member("Nguyễn Văn Hùng", role="secretary", key_cadre=True)
    era_cells.plan(2011, "plan", "Kế hoạch thực hiện nhiệm vụ năm học 2011 – 2012", [
        era_cells.target("Kết nạp 1 đảng viên mới", count=1, unit="đảng viên",
                         deadline=D(2012, 5, 31))],
        period=("dates", D(2011, 9, 1), D(2012, 5, 31)))
    era_cells.plan(2012, "plan", "Kế hoạch năm 2012", [
        era_cells.target("Tổ chức 2 buổi học tập chuyên đề", count=2, unit="buổi")])
    draft = report.create_draft(report.ReportData(
        kind="congress", start_year=2012, start_month=1, end_year=2013, end_month=6,
        outline_id="dai-hoi-bao-cao-chinh-tri", report_date=D(2013, 6, 20)),
        today=D(2013, 6, 20), congress=congress_core.CongressData(
            number=3, term_start=2013, term_end=2015, date=D(2013, 6, 25)))
    assert draft.id is not None
    body = _text(draft)
    assert ("Kế hoạch thực hiện nhiệm vụ năm học 2011 – 2012 đề ra 1 chỉ tiêu chủ yếu; đến "
            "nay chưa hoàn thành chỉ tiêu nào.") in body
    assert "Kế hoạch năm 2012 đề ra" not in body  # a yearly plan is not the term's
    recount = Recount(tmp_path / "test.db", Period(draft.start, draft.end, D(2013, 6, 20)))
    try:
        claims = report.report_claims(draft.id, today=D(2013, 6, 20))
        review = claims["chi-tieu"]
        assert review[0].figures
        assert report_problems([c for s in claims.values() for c in s], recount) == []
    finally:
        recount.close()
