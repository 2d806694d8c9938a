"""With 2009 closed, one dialog per area refuses to write into it, at the field and keeping
what was typed, while the year on screen (2010) stays open; and in the Self-review tab a
closed year's panels are read-only except a remedy's outcome due in an open year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit

from desktop_app.core.closing import years
from desktop_app.db.connection import close_database, open_database
from desktop_app.gui.common.context import make_context
from tests.gui.conftest import settle

CLOSED = "Năm 2009 đã khóa sổ"


@pytest.fixture
def context(qapp, tmp_path):
    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    open_database(path)
    years.close_year(2009, backup=False, today=dt.date(2011, 1, 10))
    yield make_context(path, settings=QSettings(str(tmp_path / "ui.ini"),
                                                QSettings.Format.IniFormat))
    QApplication.processEvents()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(20000)
    close_database()


def when_modal(kind, act):
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _ok(dialog):
    box = dialog.ui.buttons
    return box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok)


def _typed(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def _refused_then_cancel(qtbot, kind, fill, field):
    """Fill the dialog, save: the message is at *field*, the dialog stays with the input."""
    seen = {}

    def act(dialog):
        fill(dialog)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["message"] = (dialog.errors.message(field) if hasattr(dialog, "errors")
                           else dialog.error_labels[field].text())
        dialog.reject()

    when_modal(kind, act)
    return seen


def test_members_dialog(qtbot, context):
    from desktop_app.gui.members.dialog import MemberDialog
    from desktop_app.gui.members.tab import MembersTab

    tab = MembersTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    tab.select_member(next(m.id for m in tab.model.rows if m.full_name == "Bùi Thị Lan"))
    seen = _refused_then_cancel(
        qtbot, MemberDialog, lambda d: _typed(qtbot, d.ui.officialDateEdit, "01/06/2009"),
        "official_date")
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["message"].startswith(CLOSED)
    assert "ngày chính thức" in seen["message"]


def test_study_dialog(qtbot, context):
    from desktop_app.gui.study.dialog import SessionDialog
    from desktop_app.gui.study.tab import StudyTab

    tab = StudyTab(context, today=dt.date(2011, 1, 10))
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    assert tab.year() == 2010 and tab.new_button.isEnabled()

    def fill(dialog):
        dialog.ui.dateEdit.setDate(dt.date(2009, 10, 5))
        dialog.ui.topicEdit.setText("Buổi ghi muộn")

    seen = _refused_then_cancel(qtbot, SessionDialog, fill, "date")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["message"].startswith(CLOSED)


def test_plans_dialog(qtbot, context):
    from desktop_app.gui.plans.dialogs import PlanDialog
    from desktop_app.gui.plans.tab import PlansTab

    tab = PlansTab(context, today=lambda: dt.date(2011, 1, 10))
    qtbot.addWidget(tab)
    tab.set_year(2010)

    def fill(dialog):
        dialog.ui.yearSpin.setValue(2009)
        dialog.ui.titleEdit.setText("Kế hoạch bổ sung")

    seen = _refused_then_cancel(qtbot, PlanDialog, fill, "year")
    qtbot.mouseClick(tab.ui.addPlanButton, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["message"].startswith(CLOSED)


def test_savings_dialog(qtbot, context):
    from desktop_app.gui.savings.dialogs import CommendationDialog
    from desktop_app.gui.savings.tab import SavingsTab

    tab = SavingsTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    assert tab.year == 2010 and tab.ui.addCommendationButton.isEnabled()

    def fill(dialog):
        _typed(qtbot, dialog.ui.dateEdit, "20/12/2009")
        dialog.ui.reasonEdit.setPlainText("Hoàn thành xuất sắc nhiệm vụ")

    seen = _refused_then_cancel(qtbot, CommendationDialog, fill, "date")
    qtbot.mouseClick(tab.ui.addCommendationButton, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["message"].startswith(CLOSED)


def test_reviews_panels_of_a_closed_year(qtbot, context):
    from desktop_app.core.reviews import reviews as reviews_core
    from desktop_app.gui.reviews.tab import ReviewsTab

    tab = ReviewsTab(context, year=2009)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    name = "Ngô Quang Hải"  # his 2009 review set a remedy due on 30/06/2010
    tab.select_member(next(r.member_id for r in tab.overview.rows if r.full_name == name))
    editor_texts = tab.editor.findChildren(QPlainTextEdit)
    assert editor_texts and all(edit.isReadOnly() for edit in editor_texts)
    assert not tab.commitments.save_button.isEnabled()
    assert not tab.remedies.add_button.isEnabled()
    model = tab.remedies.model
    row = next(n for n, r in enumerate(model.rows) if r.deadline == dt.date(2010, 6, 30))
    content, outcome = model.index(row, 0), model.index(row, 3)
    assert not (model.flags(content) & Qt.ItemFlag.ItemIsEditable)  # the 2009 review's
    assert model.flags(outcome) & Qt.ItemFlag.ItemIsEditable  # recorded in 2010
    assert model.setData(outcome, "Đã chỉnh lý xong")
    saved = {r.id: r for r in reviews_core.list_remedies(model.rows[row].review_id)}
    assert saved[model.rows[row].id].outcome == "Đã chỉnh lý xong"
    assert not model.setData(content, "đổi nội dung")
