"""The outline editor, driven through its buttons: a copy made A/B/C prints its letters,
built-in outlines stay read-only, deleting asks or refuses, a bad file names its line."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.demo import fill_demo
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import outline_store as store
from desktop_app.core.report import reports as report_core
from desktop_app.documents.report.summary import render_report_pdf
from desktop_app.gui.common import file_dialogs, messages
from desktop_app.gui.report.outline_dialog import OutlineLibraryDialog
from tests.documents.helpers import flat, pdf_pages

BUILTIN = "tong-ket-cuoc-van-dong"


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, *a, **k: shown.append(text))
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)
    return shown


@pytest.fixture
def library(qtbot, db, context, errors):
    fill_demo()
    dialog = OutlineLibraryDialog(context, None, BUILTIN)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    context.runner.wait_all()


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_title(sections, text: str) -> None:
    """Type a section's title (QTest cannot type Vietnamese letters as keys)."""
    sections.title_edit.setText(text)
    sections.title_edit.textEdited.emit(text)


def save(qtbot, library):
    click(qtbot, library.save_button)
    qtbot.waitUntil(lambda: not library.saving, timeout=30000)


def own_copy(qtbot, library):
    click(qtbot, library.copy_button)
    assert library.outline is not None and not library.outline.builtin
    return library.outline


def draft_on(code: str) -> int:
    report = report_core.create_draft(report_core.ReportData(
        kind="final", start_year=2007, end_year=2010, outline_id=code,
        report_date=dt.date(2010, 12, 31)))
    assert report.id is not None
    return report.id


def printed_text(tmp_path, report_id: int) -> str:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(render_report_pdf(report_issuing.build_content(report_id)))
    return flat(" ".join(pdf_pages(path)))


def test_a_built_in_outline_is_read_only(library):
    assert library.outline.id == BUILTIN
    assert library.builtin_label.isVisible()
    assert not library.name_edit.isEnabled()
    assert not library.save_button.isEnabled()
    assert not library.delete_button.isEnabled() and not library.rename_button.isEnabled()
    assert not library.sections.add_button.isEnabled()
    assert not library.sections.title_edit.isEnabled()
    assert library.list.currentItem().text().endswith("(built-in)")


def test_an_abc_outline_made_in_the_editor_prints_its_letters(qtbot, library, tmp_path):
    copy = own_copy(qtbot, library)
    library.numbering_combos[0].setCurrentIndex(
        library.numbering_combos[0].findData("upper_alpha"))
    library.numbering_combos[0].activated.emit(0)
    sections = library.sections
    assert sections.select_key("ket-qua")
    type_title(sections, "ĐÁNH GIÁ CHUNG")
    assert sections.tree.currentItem().text(0) == "A. ĐÁNH GIÁ CHUNG"
    # a new part C with a section written by the secretary under it
    assert sections.select_key("to-chuc-thuc-hien")
    click(qtbot, sections.add_button)
    type_title(sections, "KIẾN NGHỊ")
    click(qtbot, sections.add_child_button)
    type_title(sections, "Với cấp ủy cấp trên")
    sections.hint_edit.setPlainText("(Nêu các kiến nghị.)")
    save(qtbot, library)
    assert not library.save_error.isVisible(), library.save_error.text()
    saved = store.get_outline(copy.id)
    assert saved.numbering[0] == "upper_alpha"
    assert saved.section("ket-qua").title == "ĐÁNH GIÁ CHUNG"
    assert [s.title for s in saved.sections if s.level == 1][-1] == "KIẾN NGHỊ"
    text = printed_text(tmp_path, draft_on(copy.id))
    assert "A. ĐÁNH GIÁ CHUNG" in text
    assert "D. KIẾN NGHỊ" in text and "1. Với cấp ủy cấp trên" in text
    assert "I. A." not in text
    assert "(Dự thảo)" in text  # a draft carries the mark


def test_sections_nest_unnest_and_move(qtbot, library):
    own_copy(qtbot, library)
    sections = library.sections
    assert sections.select_key("to-chuc-thuc-hien")
    click(qtbot, sections.nest_button)  # under "phuong-huong"
    data = {s["key"]: s for s in sections.sections_data()}
    assert data["to-chuc-thuc-hien"]["parent"] == "phuong-huong"
    assert sections.tree.currentItem().text(0).startswith("1. ")
    click(qtbot, sections.unnest_button)
    assert "parent" not in {s["key"]: s for s in sections.sections_data()}["to-chuc-thuc-hien"]
    click(qtbot, sections.up_button)
    keys = [s["key"] for s in sections.sections_data() if "parent" not in s]
    assert keys.index("to-chuc-thuc-hien") < keys.index("phuong-huong")
    click(qtbot, sections.remove_button)
    assert "to-chuc-thuc-hien" not in [s["key"] for s in sections.sections_data()]
    assert library.save_button.isEnabled()


def test_an_empty_title_is_refused_at_the_section(qtbot, library):
    copy = own_copy(qtbot, library)
    sections = library.sections
    assert sections.select_key("danh-gia")  # a heading with subsections
    sections.title_edit.clear()
    sections.title_edit.textEdited.emit("")
    click(qtbot, library.save_button)
    assert "cần tiêu đề" in sections.errors.message("title")
    assert sections.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)["key"] == "danh-gia"
    assert store.get_outline(copy.id).section("danh-gia").title == "Đánh giá, nhận xét chung"


def test_facts_are_chosen_from_the_core_list(qtbot, library):
    copy = own_copy(qtbot, library)
    sections = library.sections
    assert sections.select_key("phuong-huong")
    sections.content_combo.setCurrentIndex(sections.content_combo.findData("facts"))
    sections.content_combo.activated.emit(0)
    sections.facts_combo.setCurrentIndex(sections.facts_combo.findData("party_building"))
    sections.facts_combo.activated.emit(0)
    save(qtbot, library)
    assert store.get_outline(copy.id).section("phuong-huong").generator == "party_building"


def test_deleting_an_outline_of_an_issued_report_is_refused(qtbot, library, errors,
                                                             monkeypatch):
    copy = own_copy(qtbot, library)
    report_issuing.issue_report(draft_on(copy.id), render_report_pdf)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    click(qtbot, library.delete_button)
    assert errors and "đã ban hành nên không xóa được" in errors[-1]
    assert store.get_outline(copy.id).name == copy.name
    assert copy.id in library.codes()


def test_deleting_an_outline_drafts_use_asks_first(qtbot, library, monkeypatch):
    copy = own_copy(qtbot, library)
    draft_on(copy.id)
    asked: list[str] = []

    def confirm(_parent, text, *a, **k):
        asked.append(text)
        return len(asked) < 2  # yes to "delete?", no to "drafts use it"

    monkeypatch.setattr(messages, "confirm", confirm)
    click(qtbot, library.delete_button)
    assert "đang dùng cho 1 bản nháp" in asked[1]
    assert copy.id in library.codes()
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    click(qtbot, library.delete_button)
    assert copy.id not in library.codes()


def test_importing_a_bad_file_names_the_line_and_adds_nothing(qtbot, library, errors,
                                                               monkeypatch, tmp_path):
    bad = tmp_path / "de-cuong-cap-tren.json"
    bad.write_text('{"id": "cap-tren", "name": "Đề cương cấp trên",\n'
                   ' "sections": [\n'
                   '  {"key": "mo-dau", "title": "Mở đầu"},\n'
                   '  {"key": "so-lieu", "title": "Số liệu", "generator": "khong-co"}\n'
                   ' ]}\n', encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *a, **k: bad)
    before = library.codes()
    click(qtbot, library.import_button)
    assert errors and "de-cuong-cap-tren.json" in errors[-1] and "(dòng 4)" in errors[-1]
    assert library.codes() == before


def test_export_then_import_gives_the_same_outline(qtbot, library, monkeypatch, tmp_path):
    target = tmp_path / "xuat"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: target)
    click(qtbot, library.export_button)
    written = tmp_path / "xuat.json"
    assert written.exists()
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *a, **k: written)
    click(qtbot, library.import_button)
    imported = library.outline
    assert imported is not None and not imported.builtin
    assert imported.sections == store.get_outline(BUILTIN).sections


def test_rename_keeps_the_outline_and_refuses_a_taken_name(qtbot, library, errors,
                                                            monkeypatch):
    from desktop_app.gui.report import outline_actions

    copy = own_copy(qtbot, library)
    monkeypatch.setattr(outline_actions, "ask_name", lambda *_a: "Đề cương Quận ủy 2010")
    click(qtbot, library.rename_button)
    assert store.get_outline(copy.id).name == "Đề cương Quận ủy 2010"
    assert library.name_edit.text() == "Đề cương Quận ủy 2010"
    taken = store.get_outline(BUILTIN).name
    monkeypatch.setattr(outline_actions, "ask_name", lambda *_a: taken)
    click(qtbot, library.rename_button)
    assert errors and "Đã có đề cương tên" in errors[-1]
    assert store.get_outline(copy.id).name == "Đề cương Quận ủy 2010"


def test_the_report_tab_opens_the_library_and_lists_a_new_outline(qtbot, db, context,
                                                                   monkeypatch):
    from desktop_app.gui.report.tab import ReportTab

    fill_demo()
    tab = ReportTab(context)
    qtbot.addWidget(tab)
    opened = []

    def run(_context, _parent, select=None):
        opened.append(select)
        store.copy_outline(BUILTIN, "Tổng kết theo đề cương cấp trên")

    monkeypatch.setattr(OutlineLibraryDialog, "run", run)
    qtbot.mouseClick(tab.ui.outlinesButton, Qt.MouseButton.LeftButton)
    assert opened == [BUILTIN]
    names = [tab.ui.outlineCombo.itemText(i) for i in range(tab.ui.outlineCombo.count())]
    assert any(n.startswith("Tổng kết theo đề cương cấp trên") for n in names)
    assert tab.ui.outlineCombo.currentData() == BUILTIN  # the choice is kept
