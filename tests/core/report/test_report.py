"""The summary report: drafting, editing, regenerating, issuing and the archive."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.members.census import census
from desktop_app.core.register import numbering as register
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import reports as report
from desktop_app.core.report.facts import ReportFacts
from desktop_app.core.report.outline import OutlineError
from desktop_app.core.report.outline_file import load_outlines, parse_outline
from desktop_app.core.report.sentences import duties, people
from desktop_app.core.report.sentences import savings as report_savings
from desktop_app.db.models.cell import CommitteeTerm
from desktop_app.db.models.report import Report, ReportSection
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.report.summary import render_report_pdf, report_document
from desktop_app.errors import UserError, ValidationError
from tests.documents.helpers import flat, pdf_pages

DAY = dt.date(2010, 9, 20)


def _draft(**values) -> report.ReportData:
    data = dict(kind="final", start_year=2007, end_year=2010, report_date=DAY)
    data.update(values)
    return report.create_draft(report.ReportData(**data), today=DAY)


def _text(report_id: int, key: str) -> str:
    return next(s.text for s in report.sections(report_id) if s.key == key)


def test_shipped_outlines_load():
    loaded = load_outlines()
    assert loaded.errors == []
    assert {"tong-ket-cuoc-van-dong", "chi-thi-05"} <= set(loaded.outlines)
    default = loaded.outlines["tong-ket-cuoc-van-dong"]
    assert [(s.level, s.title) for s in default.sections if s.level][:6] == [
        (1, "Kết quả thực hiện"), (2, "Công tác tổ chức triển khai"), (2, "Kết quả thực hiện"),
        (2, "Đánh giá, nhận xét chung"), (3, "Ưu điểm"), (3, "Tồn tại, nguyên nhân")]


def test_malformed_outline_names_file_and_line(tmp_path):
    with pytest.raises(OutlineError, match=r"“x.json” sai cú pháp JSON ở dòng 3"):
        parse_outline("x.json", '{\n "id": "x",\n "name" "y"}')
    text = ('{"id": "x", "name": "X", "basis": "B", "campaign": "C", "sections": [\n'
            '  {"key": "a", "title": "A", "mode": "facts", "generator": "opening"},\n'
            '  {"key": "b", "title": "B", "mode": "facts", "generator": "nope"}]}')
    with pytest.raises(OutlineError, match=r"“x.json” \(dòng 3\).*generator"):
        parse_outline("x.json", text)
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    assert "bad.json" in load_outlines(tmp_path).errors[0]


def test_default_subject_counts_the_years():
    outline = load_outlines().outlines["tong-ket-cuoc-van-dong"]
    assert report.default_subject("final", 2007, 2010, outline) == (
        "tổng kết 04 năm thực hiện Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ "
        "Chí Minh”")
    assert report.default_subject("interim", 2001, 2012, outline).startswith("sơ kết 12 năm")


def test_period_ending_before_it_starts_is_refused(db):
    with pytest.raises(ValidationError) as error:
        _draft(start_year=2010, end_year=2007)
    assert error.value.fields["end_year"] == "Kỳ báo cáo kết thúc trước khi bắt đầu."
    assert Report.select().count() == 0


def test_a_period_without_data_says_so(demo_db):
    CommitteeTerm.create(name="Nhiệm kỳ 2029 – 2031", start_date=dt.date(2029, 1, 1),
                         end_date=dt.date(2031, 12, 31))
    draft = _draft(start_year=2030, end_year=2030, kind="annual", report_date=None)
    content = report_issuing.build_content(draft.id)
    body = " ".join(s["text"] for s in content["sections"])
    assert "Trong kỳ chưa ghi nhận buổi học tập, quán triệt nào." in body
    assert "Trong kỳ chưa ghi nhận trường hợp đảng viên vi phạm nào." in body
    for nothing in ("0/", "0%", "NaN", "không xác định", "đăng ký làm theo", "tiết kiệm"):
        assert nothing not in body, nothing
    assert content["appendix"]["columns"] == ["Năm"]  # no area has a figure in 2030


def test_a_period_outside_every_term_is_refused(demo_db):
    with pytest.raises(ValidationError) as error:
        _draft(start_year=2030, end_year=2030, kind="annual")
    assert "nằm ngoài mọi nhiệm kỳ đã ghi (2007 – 2010)" in error.value.fields["start_year"]
    assert Report.select().where(Report.start_year == 2030).count() == 0


def test_a_document_dated_after_the_report_is_refused(demo_db):
    late = "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    with pytest.raises(ValidationError) as error:
        _draft(answers=[late])
    assert "sau ngày báo cáo (20/09/2010)" in error.value.fields["answers"]
    opening = _text(_draft().id, "opening")
    assert "Chỉ thị số 06-CT/TW ngày 07/11/2006" in opening and "2021" not in opening


def test_edit_is_autosaved_and_regenerating_one_section_keeps_the_others(demo_db):
    draft = _draft()
    report.save_section_text(draft.id, "uu-diem", "- Chi bộ đoàn kết.")
    report.save_section_text(draft.id, "ton-tai", "- Còn chậm.")
    row = ReportSection.get(ReportSection.report == draft.id, ReportSection.key == "uu-diem")
    assert row.text == "- Chi bộ đoàn kết." and row.edited
    fresh = report.regenerate_section(draft.id, "uu-diem", today=DAY)
    assert not fresh.edited and "Chi bộ nhận thức được trách nhiệm" in fresh.text
    assert _text(draft.id, "ton-tai") == "- Còn chậm."


def test_data_changed_since_a_section_was_drafted(demo_db):
    draft = _draft()
    assert report.changed_sections(draft.id, today=DAY) == set()
    from desktop_app.db.models.savings import SocialActivity

    SocialActivity.update(quantity=40).where(SocialActivity.quantity == 39).execute()
    assert "ket-qua-thuc-hien" in report.changed_sections(draft.id, today=DAY)
    assert "40 căn nhà" in report.regenerate_section(draft.id, "ket-qua-thuc-hien", DAY).text


def test_issue_numbers_freezes_archives_and_refuses_edits(demo_db, tmp_path):
    draft = _draft()
    before = register.next_number(register.term_for(DAY), "BC")
    issued = report_issuing.issue_report(draft.id, render_report_pdf)
    assert issued.status == "issued"
    assert issued.issued_number == f"Số {before:02d}-BC/CB"
    pdf = report_issuing.archived_pdf(issued)
    assert pdf is not None and pdf.parent == tmp_path / "documents" / "bao-cao"
    assert issued.issued_number in flat(pdf_pages(pdf)[0])
    entry = next(e for e in register.list_entries() if e.source_kind == "report"
                 and e.source_id == draft.id)
    assert entry.file_path == str(pdf)
    with pytest.raises(UserError, match="đã ban hành"):
        report.save_section_text(draft.id, "uu-diem", "khác")
    with pytest.raises(UserError):
        report.regenerate_section(draft.id, "uu-diem")


def test_reprint_is_exactly_as_issued_even_when_data_change(demo_db, tmp_path):
    draft = _draft()
    report_issuing.issue_report(draft.id, render_report_pdf)
    frozen = report_issuing.content_of(draft.id)
    from desktop_app.db.models.savings import SocialActivity

    SocialActivity.update(quantity=40).where(SocialActivity.quantity == 39).execute()
    assert report_issuing.content_of(draft.id) == frozen
    render_pdf(report_document(report_issuing.content_of(draft.id)), tmp_path / "again.pdf")
    assert "39 căn nhà tình nghĩa" in flat(" ".join(pdf_pages(tmp_path / "again.pdf")))


def test_a_correction_is_a_new_version_with_its_own_record(demo_db):
    draft = _draft()
    report.save_section_text(draft.id, "ton-tai", "- Bản gốc.")
    report_issuing.issue_report(draft.id, render_report_pdf)
    copy = report_issuing.correct_report(draft.id)
    assert copy.id != draft.id and copy.version == 2 and copy.corrects_id == draft.id
    assert copy.status == "draft" and _text(copy.id, "ton-tai") == "- Bản gốc."
    report.save_section_text(copy.id, "ton-tai", "- Đã sửa.")
    assert json.loads(Report.get_by_id(draft.id).frozen_content)["sections"]
    assert "- Bản gốc." in [s["text"] for s in report_issuing.content_of(draft.id)["sections"]]
    second = report_issuing.issue_report(copy.id, render_report_pdf)
    assert second.issued_number != report.get_report(draft.id).issued_number


def test_demo_holds_the_issued_reference_report(demo_db):
    issued = report.list_reports("issued")
    assert len(issued) == 1
    demo = issued[0]
    assert demo.issued_number == "Số 01-BC/CB" and demo.report_date == DAY
    assert demo.period_label == "1/2007 – 9/2010"  # up to the month it was written in
    assert demo.archive_path is None  # the demo keeps the frozen content only
    assert demo.answers[0].startswith("Hướng dẫn số 114-HD/ĐUK ngày 06/9/2010")
    assert demo.distribution == ["- Đảng ủy Khối (để b/c);", "- Lưu Chi bộ."]
    content = report_issuing.content_of(demo.id)
    assert content["header"]["number"] == "Số 01-BC/CB"
    texts = {s["key"]: s["text"] for s in content["sections"]}
    assert "Hướng dẫn số 114-HD/ĐUK" in texts["opening"]
    assert "Một số ít đảng viên, cán bộ chủ chốt" in texts["ton-tai"]
    assert ReportSection.select().where(ReportSection.report == demo.id).count() == 8


def test_chi_thi_05_outline_drafts_every_section(demo_db):
    draft = _draft(outline_id="chi-thi-05", start_year=2010, end_year=2010, kind="annual")
    texts = {s.key: s.text for s in report.sections(draft.id) if s.mode}
    assert "Chi bộ có 12 đảng viên" in texts["dac-diem"]
    assert "Xếp loại chất lượng đảng viên năm 2010" in texts["kiem-tra"]
    assert all(texts.values())


def test_area_headline_clauses(demo_db):
    start, end = dt.date(2007, 1, 1), dt.date(2010, 12, 31)
    facts = ReportFacts(start=start, end=end, today=end)
    (headline,) = people.headline(facts, duties.programme(facts))
    assert "tạo điều kiện cho 100% đảng viên, cán bộ chủ chốt tham gia" in headline.text
    assert "100% đảng viên viết thu hoạch và chương trình hành động cá nhân" in headline.text
    empty = ReportFacts(start=dt.date(2030, 1, 1), end=dt.date(2030, 12, 31), today=end)
    assert people.headline(empty, duties.programme(empty)) == []
    (pledge,) = report_savings.pledge(facts)
    assert "tiết kiệm giảm 10% chi hành chính" in pledge.text
    (situation,) = people.situation(facts)
    assert "Chi bộ có 12 đảng viên" in situation.text
    assert len(census(end).party) == 12
