"""The document register tab: issued numbers listed per term, cancelled, files opened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

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
