"""The secretary's desk through the real window: the overview and its links, undo of a
delete, the keyboard's commands, help, recent files, work shown under way."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.core.members import roster as mc
from desktop_app.core.members.roster import MemberData
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.savings import funds as funds_core
from desktop_app.core.study import sessions as study
from desktop_app.db.models.study import Attendance
from desktop_app.gui.common import messages, recent
from desktop_app.gui.common.busy import BusyIndicator
from desktop_app.gui.common.help import HelpDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.members.dialog import MemberDialog
from tests.gui.conftest import settle


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _open(qtbot, window: MainWindow, key: str):
    window.ui.tabs.setCurrentIndex(list(window.tabs).index(key))
    tab = window.tabs[key]
    qtbot.waitUntil(lambda: not getattr(tab, "loading", False), timeout=20000)
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.wait(20)
    return tab


def _overview(qtbot, window):
    tab = window.tabs["overview"]
    qtbot.waitUntil(lambda: tab.overview is not None and not tab.loading, timeout=20000)
    return tab


# --- the overview -------------------------------------------------------------------------

def test_the_overview_answers_the_four_questions_on_the_demo(qtbot, demo_db, context):
    window = _window(qtbot, context)
    texts = _overview(qtbot, window).section_texts()
    assert texts["overdue"][0] == "3 chỉ tiêu, nhiệm vụ và 1 biện pháp khắc phục quá hạn."
    assert any("11/11 (100%)" in line for line in texts["study"])
    assert "giảm 11,6%" in texts["thrift"][0]
    assert "chưa được sao lưu lần nào" in texts["backup"][0]


def test_an_overdue_target_opens_in_its_plan(qtbot, demo_db, context):
    window = _window(qtbot, context)
    overview = _overview(qtbot, window)
    box = overview.boxes["overdue"]
    index = next(i for i, item in enumerate(box.section.items) if item.link.area == "plans")
    link = box.section.items[index].link
    box.links[index].linkActivated.emit(str(index))  # what a click (or Enter) on it does
    plans = _open(qtbot, window, "plans")
    assert list(window.tabs)[window.ui.tabs.currentIndex()] == "plans"
    assert plans.year() == link.year
    assert plans.current_plan().id == link.record_id
    assert plans.current_target().id == link.detail_id


def test_an_overdue_remedy_opens_the_members_remedies(qtbot, demo_db, context):
    window = _window(qtbot, context)
    box = _overview(qtbot, window).boxes["overdue"]
    index = next(i for i, item in enumerate(box.section.items) if item.link.area == "reviews")
    box.follow(index)
    reviews = _open(qtbot, window, "reviews")
    qtbot.waitUntil(lambda: reviews.member_id == box.section.items[index].link.member_id)
    assert reviews.year == 2009
    assert reviews.member_tabs.currentWidget() is reviews.remedies


def test_back_up_now_runs_the_backup(qtbot, demo_db, context, monkeypatch):
    window = _window(qtbot, context)
    overview = _overview(qtbot, window)
    asked = []
    monkeypatch.setattr(window.backups, "back_up", lambda: asked.append(True))
    overview.backup_button.click()
    assert asked == [True]


def test_a_new_file_shows_the_first_steps_and_no_backup_warning(qtbot, db, context):
    window = _window(qtbot, context)
    overview = _overview(qtbot, window)
    assert list(overview.boxes) == ["first_steps", "backup"]
    assert "Chưa có dữ liệu cần sao lưu" in overview.section_texts()["backup"][0]
    status = window.backups.status_label
    assert status.text() == "Nothing to back up yet" and not status.styleSheet()
    mc.save_member(MemberData(full_name="Nguyễn Văn An"))
    context.bus.changed.emit("members")
    assert status.text().startswith("No backup yet")
    qtbot.waitUntil(lambda: "backup" in overview.boxes and overview.boxes[
        "backup"].section.level == "warning", timeout=20000)


# --- undo of a delete ---------------------------------------------------------------------

def test_a_deleted_member_comes_back_with_undo(qtbot, db, context, monkeypatch):
    saved = mc.save_member(MemberData(full_name="Nhập Nhầm Tên"))
    mc.save_member(MemberData(full_name="Trần Thị Bình"))
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "members")
    tab.select_member(saved.id)
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    tab.ui.deleteButton.click()
    assert [m.full_name for m in mc.list_members()] == ["Trần Thị Bình"]
    assert window.ui.actionUndo.isEnabled()
    assert "Nhập Nhầm Tên" in window.ui.actionUndo.text()
    assert "Nhập Nhầm Tên" in window.statusBar().currentMessage()
    window.ui.actionUndo.trigger()
    assert mc.get_member(saved.id).full_name == "Nhập Nhầm Tên"
    assert tab.selected_member().id == saved.id  # shown where it was
    assert not window.ui.actionUndo.isEnabled()


def test_a_deleted_plan_and_session_come_back_whole(qtbot, demo_db, context, monkeypatch):
    window = _window(qtbot, context)
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    plans = _open(qtbot, window, "plans")
    plan = plans.current_plan()
    plans.ui.deletePlanButton.click()
    assert plans_core.list_plans(plan.year) == []
    study_tab = _open(qtbot, window, "study")
    session_id = study_tab.current_session_id()
    marks = Attendance.select().where(Attendance.session == session_id).count()
    study_tab.ui.deleteButton.click()
    settle(qtbot, study_tab)
    assert Attendance.select().where(Attendance.session == session_id).count() == 0
    window.ui.actionUndo.trigger()  # the newest first: the session
    settle(qtbot, study_tab)
    assert study.get_session(session_id).id == session_id
    assert Attendance.select().where(Attendance.session == session_id).count() == marks
    assert study_tab.current_session_id() == session_id
    window.ui.actionUndo.trigger()  # then the plan, with its six targets
    back = plans_core.get_plan(plan.id)
    assert back == plan and len(back.targets) == 6


def test_a_deleted_fund_entry_comes_back_on_the_funds_page(qtbot, db, context, monkeypatch):
    fund = funds_core.save_fund(funds_core.FundData(name="Quỹ vì người nghèo",
                                                    start_date=dt.date(2024, 1, 1)))
    entry = funds_core.save_entry(funds_core.FundEntryData(
        fund_id=fund.id, date=dt.date(2024, 1, 10), direction="in", amount=500_000,
        description="đảng viên góp"))
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "savings")
    page = tab.funds
    tab.ui.sections.setCurrentWidget(page)
    page.reload(fund.id)
    page.ui.entriesView.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    page.ui.entriesView.setFocus()
    qtbot.keyClick(page.ui.entriesView, Qt.Key.Key_Delete)  # Delete on the entries
    assert funds_core.list_entries(fund.id) == []
    assert "Quỹ vì người nghèo" in window.ui.actionUndo.text()
    window.ui.tabs.setCurrentIndex(0)
    window.ui.actionUndo.trigger()
    assert funds_core.list_entries(fund.id) == [entry]
    assert window.ui.tabs.currentIndex() == list(window.tabs).index("savings")
    assert tab.ui.sections.currentWidget() is page
    assert page.entry() == entry  # shown where it was


# --- the keyboard -------------------------------------------------------------------------

def test_ctrl_n_ctrl_p_and_delete_press_the_tabs_buttons(qtbot, demo_db, context,
                                                         monkeypatch):
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "members")
    opened = []
    monkeypatch.setattr(MemberDialog, "run", classmethod(
        lambda cls, parent, member=None: opened.append(member)))
    tab.ui.table.setFocus()
    qtbot.keyClick(tab.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]  # a new member
    previews = []
    monkeypatch.setattr(tab, "print_member_list", lambda: previews.append(True))
    tab.ui.printButton.clicked.disconnect()
    tab.ui.printButton.clicked.connect(tab.print_member_list)
    qtbot.keyClick(tab.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert previews == [True]
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, **kw: asked.append(text))
    tab.ui.table.selectRow(0)
    qtbot.keyClick(tab.ui.table, Qt.Key.Key_Delete)
    assert asked, "Delete on the list asks to delete the selected member"
    tab.ui.searchEdit.setFocus()
    tab.ui.searchEdit.setText("abc")
    tab.ui.searchEdit.setCursorPosition(0)
    asked.clear()
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Delete)
    assert asked == [] and tab.ui.searchEdit.text() == "bc"  # in a field it deletes text


def test_a_greyed_command_says_why_in_the_status_bar(qtbot, db, context):
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "members")
    assert not tab.ui.editButton.isEnabled()
    assert tab.ui.deleteButton.toolTip() == "Choose a member in the list first."
    assert window.commands.run("delete") is False
    assert "Choose a member in the list first." in window.statusBar().currentMessage()


def test_ctrl_s_saves_the_attendance_and_ctrl_digit_changes_tab(qtbot, demo_db, context):
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "study")
    saved = []
    tab.ui.saveButton.clicked.connect(lambda: saved.append(True))
    tab.attendance_view.setFocus()
    qtbot.keyClick(tab.attendance_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    qtbot.keyClick(tab.attendance_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentIndex() == 0


def test_f1_opens_the_guide_at_the_part_of_the_tab(qtbot, demo_db, context):
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "plans")
    tab.ui.plansView.setFocus()
    qtbot.keyClick(tab.ui.plansView, Qt.Key.Key_F1)
    guide = window.findChild(HelpDialog)
    assert guide is not None and guide.isVisible()
    at_plans = guide.browser.verticalScrollBar().value()
    guide.show_part("muc-luc")
    assert guide.browser.verticalScrollBar().value() < at_plans
    assert "Kế hoạch và chỉ tiêu" in guide.browser.toPlainText()
    guide.find_edit.setText("Ctrl+Z")
    assert guide.find_next() and guide.browser.textCursor().selectedText() == "Ctrl+Z"
    guide.find_edit.setText("không có trong hướng dẫn xyz")
    assert not guide.find_next() and guide.status.text()


def test_f5_reads_the_tab_again(qtbot, demo_db, context):
    window = _window(qtbot, context)
    tab = _open(qtbot, window, "members")
    mc.save_member(MemberData(full_name="Người Mới Thêm"))  # written elsewhere
    qtbot.keyClick(tab.ui.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not tab.loading, timeout=20000)  # read in the background
    assert "Người Mới Thêm" in tab.visible_names()


# --- recent files, work under way ---------------------------------------------------------

def test_recent_files_list_the_files_opened_before(qtbot, db, context, tmp_path):
    other = tmp_path / "nam-truoc.db"
    other.write_bytes(b"")
    recent.add_recent(context.settings, other)
    window = _window(qtbot, context)
    assert recent.recent_files(context.settings)[0] == context.db_path
    window.ui.menuRecent.aboutToShow.emit()
    entries = [a for a in window.ui.menuRecent.actions() if a.text().startswith("&1")]
    assert entries and "nam-truoc.db" in entries[0].text()
    with qtbot.waitSignal(window.open_path_requested) as opened:
        entries[0].trigger()
    assert opened.args == [other]
    other.unlink()
    window.ui.menuRecent.aboutToShow.emit()
    gone = next(a for a in window.ui.menuRecent.actions() if "nam-truoc.db" in a.text())
    assert not gone.isEnabled()


def _slow(seconds: float) -> str:
    time.sleep(seconds)
    return "done"


def test_work_over_half_a_second_is_shown_in_the_window(qtbot, db, context):
    window = _window(qtbot, context)
    busy = window.findChild(BusyIndicator)
    with qtbot.waitSignal(context.runner.activity):
        context.runner.run(_slow, 1.2, label="Đang dựng báo cáo…")
    assert busy.shown_text == ""  # not at once: quick work does not flash
    qtbot.waitUntil(lambda: busy.shown_text == "Đang dựng báo cáo…", timeout=3000)
    qtbot.waitUntil(lambda: busy.shown_text == "", timeout=5000)


@pytest.fixture(autouse=True)
def _no_modal_left(qtbot):
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpDialog):
            widget.close()
