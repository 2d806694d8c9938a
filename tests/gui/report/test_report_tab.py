"""The Report tab drives drafting, autosave, regenerating, issuing and the archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.demo import fill_demo
from desktop_app.core.report import reports as report_core
from desktop_app.gui.common import messages
from desktop_app.gui.report import tab as report_tab
from desktop_app.gui.report.tab import ReportTab


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def tab(qtbot, db, context, errors):
    fill_demo()
    widget = ReportTab(context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    context.runner.wait_all()


def _select_section(tab, key):
    for row in range(tab.ui.sectionList.count()):
        if tab.ui.sectionList.item(row).data(report_tab.KEY_ROLE) == key:
            tab.ui.sectionList.setCurrentRow(row)
            return
    raise AssertionError(key)


def _create(qtbot, tab):
    with qtbot.waitSignal(tab.context.bus.changed, timeout=30000):
        qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    return tab.report


def test_demo_archive_shows_the_issued_report_read_only(tab, qtmodeltester):
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    assert tab.report is not None and tab.report.issued_number == "Số 01-BC/CB"
    assert "Số 01-BC/CB" in tab.ui.sectionTitle.text()
    assert tab.ui.editor.isReadOnly()
    assert not tab.ui.issueButton.isEnabled() and tab.ui.correctButton.isEnabled()


def test_period_ending_before_start_is_refused_next_to_the_fields(qtbot, tab):
    tab.ui.fromYearSpin.setValue(2010)
    tab.ui.toYearSpin.setValue(2008)
    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    assert tab.ui.periodError.text() == "Kỳ báo cáo kết thúc trước khi bắt đầu."
    assert tab.model.rowCount() == 1


def test_create_edit_autosave_regenerate_and_issue(qtbot, tab, monkeypatch, tmp_path, errors):
    draft = _create(qtbot, tab)
    assert draft is not None and not draft.is_issued and tab.model.rowCount() == 2
    _select_section(tab, "ton-tai")
    assert "còn chung chung" in tab.ui.editor.toPlainText()
    tab.ui.editor.setPlainText("- Tồn tại do bí thư viết.")
    # autosaved after a pause in typing, without pressing anything
    qtbot.waitUntil(lambda: "- Tồn tại do bí thư viết." in
                    [s.text for s in report_core.sections(draft.id)], timeout=5000)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[1]) or True)
    qtbot.mouseClick(tab.ui.regenerateButton, Qt.MouseButton.LeftButton)
    assert asked and "còn chung chung" in tab.ui.editor.toPlainText()
    qtbot.mouseClick(tab.ui.issueButton, Qt.MouseButton.LeftButton)
    issued = report_core.get_report(draft.id)
    assert issued.issued_number == "Số 02-BC/CB"
    assert (tmp_path / "documents" / "bao-cao").is_dir()
    assert tab.ui.editor.isReadOnly()
    qtbot.mouseClick(tab.ui.correctButton, Qt.MouseButton.LeftButton)
    assert tab.report.version == 2 and not tab.report.is_issued
    assert errors == []


def test_preview_builds_the_issued_report_in_the_background(qtbot, tab, monkeypatch):
    shown = []
    monkeypatch.setattr(ReportTab, "_show_preview", lambda self, doc: shown.append(doc))
    tab2 = tab
    qtbot.mouseClick(tab2.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].header.number == "Số 01-BC/CB"


def test_warns_when_the_data_changed_since_a_section_was_drafted(qtbot, tab, context):
    draft = _create(qtbot, tab)
    from desktop_app.db.models.savings import SocialActivity

    assert tab.report is not None and tab.report.id == draft.id
    _select_section(tab, "ket-qua-thuc-hien")
    context.runner.wait_all()
    assert not tab.ui.changedLabel.isVisible()
    SocialActivity.update(quantity=40).where(SocialActivity.quantity == 39).execute()
    context.bus.changed.emit("savings")  # what the Savings tab announces after a write
    qtbot.waitUntil(lambda: tab.ui.changedLabel.isVisible(), timeout=30000)
    assert tab.ui.changedLabel.text() == report_core.DATA_CHANGED
    _select_section(tab, "uu-diem")
    assert not tab.ui.changedLabel.isVisible()


def test_particulars_dialog_saves_and_refuses_a_bad_date(qtbot, tab):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.gui.report.dialogs import ReportParticularsDialog

    draft = _create(qtbot, tab)
    dialog = ReportParticularsDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setText("31/02/2010")
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.isVisible() and dialog.saved is None
    dialog.ui.dateEdit.setText("20/12/2010")
    dialog.ui.answersEdit.setPlainText("Hướng dẫn số 07-HD/ĐUK ngày 01/12/2010 của Đảng ủy Khối")
    dialog.ui.distributionEdit.setPlainText("- Đảng ủy Khối (để b/c);\n- Lưu Chi bộ.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = report_core.get_report(draft.id)
    assert saved.report_date.isoformat() == "2010-12-20"
    assert saved.answers == ["Hướng dẫn số 07-HD/ĐUK ngày 01/12/2010 của Đảng ủy Khối"]
    assert saved.distribution == ["- Đảng ủy Khối (để b/c);", "- Lưu Chi bộ."]
    # the opening (not edited) is drafted again with the documents answered
    opening = next(s for s in report_core.sections(draft.id) if s.key == "opening")
    assert "Hướng dẫn số 07-HD/ĐUK ngày 01/12/2010" in opening.text and not opening.edited
    assert "opening" not in report_core.changed_sections(draft.id)
