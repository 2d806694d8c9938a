"""Outlines in the database (issue 18): built-ins seeded and read-only, copies edited with
their own numbering, an outline frozen under an issued report, deleting with a confirm or
not at all, files imported and exported (invalid ones refused with the file and the line),
outlines in backups and handover packages, and the warning for another era's outline."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace

import pytest

from desktop_app.core.report import issuing
from desktop_app.core.report import outline_store as store
from desktop_app.core.report import reports as report
from desktop_app.core.report.outline import OutlineError, OutlineSection
from desktop_app.core.report.outline_file import builtin_folder, load_outlines
from desktop_app.db.models.report import ReportOutline
from desktop_app.errors import UserError

D = dt.date
BUILTIN_CODES = {p.stem for p in builtin_folder().glob("*.json")}


SEPTEMBER_2010 = D(2010, 9, 30)


def _draft(outline_id: str, start: int = 2007, end: int = 2010, kind: str = "final",
           day: D = SEPTEMBER_2010) -> report.ReportData:
    return report.create_draft(report.ReportData(
        kind=kind, start_year=start, end_year=end, outline_id=outline_id, report_date=day),
        today=day)


def _sections(draft: report.ReportData) -> list[tuple[str, str]]:
    assert draft.id is not None
    return [(s.number, s.title) for s in report.sections(draft.id) if s.level]


# --- the built-in outlines --------------------------------------------------------------------

def test_every_builtin_outline_is_seeded_in_a_fresh_file_and_is_valid(db):
    files = load_outlines()
    assert files.errors == []
    assert {o.id for o in store.list_outlines() if o.builtin} == BUILTIN_CODES
    kinds_by_era: dict[str, set[str]] = {}
    for outline in store.list_outlines():
        era = outline.id.split("-")[0]
        kinds_by_era.setdefault(era, set()).add(outline.kind)
    for era in ("ct03", "ct05", "kl01"):
        assert kinds_by_era[era] == {"annual", "interim", "final", "theme"}, era
    assert {"annual", "interim", "theme"} <= kinds_by_era["ct06"]
    assert store.get_outline("tong-ket-cuoc-van-dong").kind == "final"  # 2007 – 2010
    assert store.get_outline("dai-hoi-bao-cao-chinh-tri").kind == "congress"


def test_builtin_outlines_state_their_years_and_dated_bases(db):
    for code, first, last, numbers in (("ct06-nam", 2007, 2011, ["06-CT/TW"]),
                                       ("ct03-nam", 2011, 2016, ["03-CT/TW"]),
                                       ("ct05-nam", 2016, 2021, ["05-CT/TW"]),
                                       ("kl01-nam", 2021, None, ["05-CT/TW", "01-KL/TW"])):
        outline = store.get_outline(code)
        assert (outline.applies.first, outline.applies.last) == (first, last)
        assert [n for n in numbers if any(n in b.text for b in outline.bases)] == numbers
        assert all(b.date is not None for b in outline.bases)
        assert outline.notes  # what it follows and what is not certain in it


def test_builtin_outlines_are_read_only(db):
    builtin = store.get_outline("ct03-nam")
    with pytest.raises(UserError, match="không sửa được"):
        store.save_outline(replace(builtin, name="Đã sửa"))
    with pytest.raises(UserError, match="không xóa được"):
        store.delete_outline("ct03-nam")
    assert store.get_outline("ct03-nam").name == builtin.name


# --- copies edited: numbering per level -------------------------------------------------------

def test_a_copy_numbered_a_b_c_prints_a_not_i_a(demo_db):
    from tests.core.report.era_cells import final_on_lettered

    draft = final_on_lettered()
    assert _sections(draft) == [
        ("A.", "Đánh giá chung"), ("I.", "Tình hình chi bộ"), ("II.", "Việc học tập"),
        ("1.", "Các chuyên đề"), ("III.", "Việc làm theo"), ("B.", "Ưu điểm, khuyết điểm"),
        ("I.", "Ưu điểm"), ("II.", "Hạn chế"), ("C.", "Phương hướng năm 2011")]
    assert draft.id is not None
    content = issuing.build_content(draft.id)
    first = next(s for s in content["sections"] if s["title"] == "Đánh giá chung")
    assert (first["number"], first["look"]) == ("A.", 1)
    from desktop_app.documents.pdf import render_pdf_bytes
    from desktop_app.documents.report.summary import report_document

    document = report_document(content)
    headings = [b for b in document.blocks if type(b).__name__ == "Heading"]
    assert [h.number for h in headings][:3] == ["A.", "I.", "II."]
    assert render_pdf_bytes(document).startswith(b"%PDF")


def test_levels_without_numbers_and_lettered_ones(db):
    copy = store.copy_outline("ct05-nam", "Đề cương không số")
    edited = store.save_outline(replace(copy, numbering=("none", "lower_alpha", "arabic",
                                                         "none")))
    numbers = edited.numbers()
    top = [s for s in edited.sections if s.level == 1]
    second = [s for s in edited.sections if s.level == 2]
    assert {numbers[s.key] for s in top} == {""}
    assert [numbers[s.key] for s in second][:2] == ["a)", "b)"]


def test_a_copy_keeps_its_source_and_gets_a_free_name(db):
    first = store.copy_outline("ct03-nam")
    second = store.copy_outline("ct03-nam")
    assert first.copied_from == second.copied_from == "ct03-nam"
    assert not first.builtin and first.id != second.id and first.name != second.name
    with pytest.raises(OutlineError, match="Đã có đề cương tên"):
        store.save_outline(replace(second, name=first.name))


def test_an_edited_outline_is_checked_as_a_file_is(db):
    copy = store.copy_outline("ct03-nam")
    broken = replace(copy, sections=copy.sections + (
        OutlineSection("moi", "", 2, "manual", None, "ket-qua"),))
    with pytest.raises(OutlineError, match="cần tiêu đề") as caught:
        store.save_outline(broken)
    assert caught.value.key == "moi"
    assert store.get_outline(copy.id) == copy


# --- an outline under issued reports and drafts -----------------------------------------------

def _rename_and_drop(code: str) -> None:
    outline = store.get_outline(code)
    kept = tuple(replace(s, title="Kết quả đạt được") if s.key == "ket-qua" else s
                 for s in outline.sections if s.key != "de-xuat")
    store.save_outline(replace(outline, sections=kept + (
        OutlineSection("moi", "Mục mới", 1, "manual", hint="(Nội dung mục mới.)"),)))


def test_an_issued_report_keeps_its_outline_and_a_draft_follows(db, tmp_path):
    from tests.core.report.era_cells import hamlet_2013

    issued = hamlet_2013()
    code = store.copy_outline("ct03-nam", "Đề cương năm của xã").id
    assert issued.id is not None
    report.editable_draft(issued.id)
    # the first report moves onto the copy, then is issued; a second draft stays on it
    from desktop_app.db.models.report import Report

    Report.update(outline_id=code, outline_snapshot=store.snapshot_of(
        store.get_outline(code))).where(Report.id == issued.id).execute()
    issued = issuing.issue_report(issued.id)
    before = _sections(issued)
    printed = issuing.build_content(issued.id)
    draft = _draft(code, 2013, 2013, "annual", D(2013, 12, 20))

    _rename_and_drop(code)

    assert _sections(report.get_report(issued.id)) == before
    assert issuing.build_content(issued.id)["sections"] == printed["sections"]
    assert store.get_outline(code).version == 2  # an issued report used version 1
    after = _sections(report.get_report(draft.id))  # type: ignore[arg-type]
    assert ("III.", "Kết quả đạt được") not in before
    assert any(t == "Kết quả đạt được" for _n, t in after)
    assert not any(t == "Đề xuất, kiến nghị" for _n, t in after)
    assert any(t == "Mục mới" for _n, t in after)
    new = next(s for s in report.sections(draft.id) if s.key == "moi")  # type: ignore[arg-type]
    assert new.text == "(Nội dung mục mới.)"  # drafted at once


def test_deleting_an_outline_used_by_a_draft_needs_a_confirm(db):
    code = store.copy_outline("ct05-nam").id
    draft = _draft(code, 2018, 2018, "annual", D(2018, 12, 10))
    with pytest.raises(store.OutlineInUse) as asked:
        store.delete_outline(code)
    assert asked.value.drafts == 1 and "bản nháp" in str(asked.value)
    assert ReportOutline.get_or_none(ReportOutline.code == code) is not None
    store.delete_outline(code, drafts_confirmed=True)
    assert ReportOutline.get_or_none(ReportOutline.code == code) is None
    assert draft.id is not None
    assert _sections(report.get_report(draft.id))  # the draft keeps its copy
    assert issuing.build_content(draft.id)["sections"]


def test_an_outline_used_by_an_issued_report_cannot_be_deleted(db):
    from tests.core.report.cells import profile

    profile("Chi bộ Mẫu", "ĐẢNG ỦY XÃ MẪU", "chi_bo",
            [(D(2015, 7, 1), D(2020, 6, 30), "Lê Văn An", "Trần Thị Bình")])
    code = store.copy_outline("ct05-nam").id
    draft = _draft(code, 2018, 2018, "annual", D(2018, 12, 10))
    assert draft.id is not None
    issuing.issue_report(draft.id)
    with pytest.raises(UserError, match="đã ban hành nên không xóa được"):
        store.delete_outline(code, drafts_confirmed=True)
    assert ReportOutline.get_or_none(ReportOutline.code == code) is not None


# --- outline files ----------------------------------------------------------------------------

def test_export_then_import_gives_the_same_outline(db, tmp_path):
    copy = store.copy_outline("ct03-tong-ket", "Đề cương tổng kết của huyện")
    path = store.export_outline(copy.id, tmp_path / "de-cuong.json")
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["name"] == "Đề cương tổng kết của huyện"
    imported = store.import_outline(path)
    assert imported.id != copy.id and imported.name != copy.name  # a new code and name
    assert imported.sections == copy.sections and imported.bases == copy.bases
    assert imported.numbering == copy.numbering and imported.applies == copy.applies


BAD_FILES = {
    "bad-json": ('{\n  "id": "x",\n  "name": "X",\n  "sections": [\n    {"key": "a", '
                 '"title": "A"},\n  ]\n}\n', "sai cú pháp JSON ở dòng 6"),
    "unknown-fact": ('{\n  "id": "x",\n  "name": "X",\n  "sections": [\n'
                     '    {"key": "a", "title": "A"},\n'
                     '    {"key": "b", "title": "B", "generator": "weather"}\n  ]\n}\n',
                     "(dòng 6): mục “b”: không có loại dữ liệu “weather”"),
    "loop": ('{\n  "id": "x",\n  "name": "X",\n  "sections": [\n'
             '    {"key": "a", "title": "A"},\n'
             '    {"key": "b", "parent": "c", "title": "B"},\n'
             '    {"key": "c", "parent": "b", "title": "C"}\n  ]\n}\n',
             "(dòng 6): mục “b” nằm trong chính nó"),
    "empty-title": ('{\n  "id": "x",\n  "name": "X",\n  "sections": [\n'
                    '    {"key": "a", "title": "A"},\n'
                    '    {"key": "b", "parent": "a", "title": "  "}\n  ]\n}\n',
                    "(dòng 6): mục “b” cần tiêu đề"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_an_invalid_file_is_refused_with_the_file_and_the_line(db, tmp_path, case):
    text, message = BAD_FILES[case]
    path = tmp_path / f"{case}.json"
    path.write_text(text, encoding="utf-8")
    before = ReportOutline.select().count()
    with pytest.raises(OutlineError) as refused:
        store.import_outline(path)
    assert f"Tệp đề cương “{case}.json”" in str(refused.value)
    assert message in str(refused.value)
    assert ReportOutline.select().count() == before


def test_a_file_that_is_not_text_is_refused(db, tmp_path):
    path = tmp_path / "anh.json"
    path.write_bytes(b"\xff\xd8\xff\xe0 not an outline")
    with pytest.raises(OutlineError, match="không phải là văn bản UTF-8"):
        store.import_outline(path)


# --- outlines travel with the file -------------------------------------------------------------

def test_outlines_travel_in_backups_and_handover_packages(db, tmp_path):
    from desktop_app.core.backup.backups import create_backup
    from desktop_app.core.backup.handover import create_handover, open_handover
    from desktop_app.db.connection import close_database

    code = store.copy_outline("kl01-nam", "Đề cương của chi bộ").id
    close_database()
    backup = create_backup(tmp_path / "test.db", folder=tmp_path / "backups")
    package = create_handover(tmp_path / "test.db", tmp_path / "ban-giao.zip")
    opened = open_handover(package, tmp_path / "new")
    for path in (backup.path, opened.db_path):
        con = sqlite3.connect(path)
        try:
            rows = dict(con.execute("SELECT code, name FROM report_outline").fetchall())
        finally:
            con.close()
        assert rows[code] == "Đề cương của chi bộ"
        assert set(rows) >= BUILTIN_CODES


# --- another era's outline --------------------------------------------------------------------

def test_a_report_dated_outside_its_outlines_years_warns(db):
    inside = report.ReportData(kind="annual", start_year=2013, end_year=2013,
                               outline_id="ct03-nam")
    outside = replace(inside, start_year=2019, end_year=2019)
    assert report.outline_warning(inside) is None
    warning = report.outline_warning(outside)
    assert warning is not None and "2011 – 2016" in warning and "2019" in warning
