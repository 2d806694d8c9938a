"""The document register tab: issued numbers listed per term, cancelled, files opened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.core import register
from desktop_app.gui import messages
from desktop_app.gui.register_tab import RegisterModel, RegisterTab


@pytest.fixture
def issued(demo_db):
    # The demo register holds the member list of 05/9/2010 (Số 01-DS/CB).
    register.issue("BC", dt.date(2010, 6, 1), "Báo cáo sơ kết")
    register.issue("BC", dt.date(2010, 12, 20), "Báo cáo tổng kết 4 năm")


def reports_and_lists(tab) -> list[str]:
    """The numbers shown, without the demo's plans (KH, NQ, CTr) that the register also holds."""
    return [n for n in tab.visible_numbers() if "-BC/" in n or "-DS/" in n]


@pytest.fixture
def tab(qtbot, issued, context):
    widget = RegisterTab(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_lists_the_current_terms_numbers_newest_first(tab):
    assert tab.ui.termCombo.currentText() == "Nhiệm kỳ 2007 – 2010"
    assert reports_and_lists(tab) == ["Số 02-BC/CB", "Số 01-DS/CB", "Số 01-BC/CB"]
    assert tab.visible_numbers()[3] == "Số 04-KH/CB"  # the 2010 plan, issued 25/02/2010
    assert not tab.ui.emptyLabel.isVisible()


def test_cancel_a_number_keeps_it_listed(qtbot, tab, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    tab.ui.table.selectRow(0)
    qtbot.mouseClick(tab.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert [e.cancelled for e in register.list_entries()][0] is True
    assert len(reports_and_lists(tab)) == 3
    tab.ui.showCancelledCheck.setChecked(False)
    assert reports_and_lists(tab) == ["Số 01-DS/CB", "Số 01-BC/CB"]
    assert register.issue("BC", dt.date(2010, 12, 21), "Báo cáo").number == 3


def test_a_document_saved_elsewhere_appears(qtbot, tab, context):
    register.issue("TB", dt.date(2010, 1, 5), "Thông báo")
    context.bus.changed.emit("documents")
    assert "Số 01-TB/CB" in tab.visible_numbers()


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
    model.set_entries(register.list_entries())
    qtmodeltester.check(model)
