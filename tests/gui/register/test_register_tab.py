"""The document register tab: issued numbers listed per term, cancelled, files opened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core import demo
from desktop_app.core.register import numbering as register
from desktop_app.gui.common import messages
from desktop_app.gui.register.tab import RegisterModel, RegisterTab


@pytest.fixture
def issued(db):
    # The demo cell with only its member list of 05/9/2010 (Số 01-DS/CB) in the register.
    context: dict = {}
    for loader in (demo.load_cell, demo.load_members, demo.load_documents):
        loader(context)
    register.issue("BC", dt.date(2010, 6, 1), "Báo cáo sơ kết")
    register.issue("BC", dt.date(2010, 12, 20), "Báo cáo tổng kết 4 năm")


@pytest.fixture
def tab(qtbot, issued, context):
    widget = RegisterTab(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_lists_the_current_terms_numbers_newest_first(tab):
    assert tab.ui.termCombo.currentText() == "Nhiệm kỳ 2007 – 2010"
    assert tab.visible_numbers() == ["Số 02-BC/CB", "Số 01-DS/CB", "Số 01-BC/CB"]
    assert not tab.ui.emptyLabel.isVisible()


def test_the_term_is_a_column_only_when_every_term_is_listed(qtbot, tab):
    from desktop_app.gui.register.tab import TERM, TYPE

    view = tab.ui.table
    assert view.isColumnHidden(TERM)  # one term chosen: each row would say the same
    tab.ui.termCombo.setCurrentIndex(tab.ui.termCombo.findData(None))  # All terms
    assert not view.isColumnHidden(TERM)
    assert tab.proxy.index(0, TERM).data() == "Nhiệm kỳ 2007 – 2010"
    tab.resize(1000, 500)
    qtbot.wait(50)
    kinds = [str(tab.proxy.index(r, TYPE).data()) for r in range(tab.proxy.rowCount())]
    assert view.columnWidth(TYPE) >= max(view.fontMetrics().horizontalAdvance(k)
                                         for k in kinds)


def test_cancel_a_number_keeps_it_listed(qtbot, tab, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    tab.ui.table.selectRow(0)
    qtbot.mouseClick(tab.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert [e.cancelled for e in register.list_entries()][0] is True
    assert len(tab.visible_numbers()) == 3
    tab.ui.showCancelledCheck.setChecked(False)
    assert tab.visible_numbers() == ["Số 01-DS/CB", "Số 01-BC/CB"]
    assert register.issue("BC", dt.date(2010, 12, 21), "Báo cáo").number == 3


def test_a_document_saved_elsewhere_appears(qtbot, tab, context):
    register.issue("KH", dt.date(2010, 1, 5), "Kế hoạch năm 2010")
    context.bus.changed.emit("documents")
    assert "Số 01-KH/CB" in tab.visible_numbers()


def test_missing_file_is_explained(qtbot, tab, monkeypatch, tmp_path):
    entry = register.list_entries()[0]
    register.attach_file(entry.id, str(tmp_path / "gone.pdf"))
    tab.reload_entries()
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text, title="": shown.append(text))
    tab.ui.table.selectRow(0)
    assert tab.ui.openButton.isEnabled()
    qtbot.mouseClick(tab.ui.openButton, Qt.MouseButton.LeftButton)
    assert "gone.pdf" in shown[0]


def test_model(qtmodeltester, issued):
    model = RegisterModel()
    model.set_rows(register.list_entries())
    qtmodeltester.check(model)


def _run_modal(qtbot, monkeypatch, dialog_class, drive):
    """Open *dialog_class* from its button and let *drive(dialog)* click in it."""
    original = dialog_class.exec

    def exec_(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        drive(dialog)
        return dialog.result() if dialog.result() else 0

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return original


def test_a_paper_document_is_recorded_and_the_next_number_skips_it(qtbot, tab, monkeypatch):
    from desktop_app.gui.register.past import OutsideDocumentDialog

    def drive(dialog):
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("BC"))
        dialog.number_spin.setValue(5)
        dialog.date_edit.setText("15/11/2010")
        dialog.subject_edit.setText("Báo cáo kết quả kiểm tra")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    _run_modal(qtbot, monkeypatch, OutsideDocumentDialog, drive)
    qtbot.mouseClick(tab.ui.outsideButton, Qt.MouseButton.LeftButton)
    assert "Số 05-BC/CB" in tab.visible_numbers()
    states = [tab.proxy.index(r, 6).data() for r in range(tab.proxy.rowCount())]
    assert "Issued on paper" in states  # the tests run untranslated
    assert register.issue("BC", dt.date(2010, 12, 22), "Báo cáo").number_text == "Số 06-BC/CB"


def test_a_paper_document_with_a_number_given_shows_it_at_the_field(qtbot, tab, monkeypatch):
    from desktop_app.gui.register.past import OutsideDocumentDialog

    seen = {}

    def drive(dialog):
        dialog.number_spin.setValue(2)
        dialog.date_edit.setText("15/11/2010")
        dialog.subject_edit.setText("Báo cáo")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["number"] = dialog.errors.message("number")
        seen["open"] = dialog.isVisible()

    _run_modal(qtbot, monkeypatch, OutsideDocumentDialog, drive)
    qtbot.mouseClick(tab.ui.outsideButton, Qt.MouseButton.LeftButton)
    assert seen["open"]
    assert "Số 02-BC/CB đã có trong sổ" in seen["number"]
    assert len(tab.visible_numbers()) == 3


def test_a_starting_number_below_an_issued_one_is_refused_at_the_field(qtbot, tab,
                                                                       monkeypatch):
    from desktop_app.gui.register.past import StartingNumbersDialog

    seen = {}

    def drive(dialog):
        dialog.select_type("BC")
        dialog.start_spin.setValue(2)
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.error_text()
        dialog.start_spin.setValue(9)
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.error_text()
        row = [n.type_code for n in dialog.rows].index("BC")
        seen["next"] = dialog.table.item(row, 3).text()

    _run_modal(qtbot, monkeypatch, StartingNumbersDialog, drive)
    qtbot.mouseClick(tab.ui.startsButton, Qt.MouseButton.LeftButton)
    assert "đã cấp đến Số 02-BC/CB" in seen["refused"]
    assert seen["after"] == "" and seen["next"] == "09"
    assert register.issue("BC", dt.date(2010, 12, 22), "Báo cáo").number_text == "Số 09-BC/CB"
