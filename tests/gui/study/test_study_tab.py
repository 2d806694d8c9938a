"""The Study tab driven through its widgets: create a session, mark by keyboard, save."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.demo import fill_demo
from desktop_app.core.plans import plans
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db.models.members import Member
from desktop_app.db.models.study import Attendance
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.preview import PreviewDialog
from desktop_app.gui.study import printing
from desktop_app.gui.study.dialog import SessionDialog
from desktop_app.gui.study.models import ROW_ROLE, AttendanceModel
from desktop_app.gui.study.tab import StudyTab
from tests.core.study.study_helpers import add_member
from tests.gui.conftest import settle

TODAY = dt.date(2023, 12, 1)


@pytest.fixture
def cell(db):
    add_member("Nguyễn Văn An", role="secretary")
    add_member("Trần Thị Bình")
    add_member("Lê Văn Cường")
    add_member("Lý Văn Tư", status="excused", status_date=dt.date(2020, 1, 1))
    add_member("Mai Văn Tài", kind="non_party")


def make_tab(qtbot, context) -> StudyTab:
    tab = StudyTab(context, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    settle(qtbot, tab)
    return tab


def summary_on_screen(qtbot, tab: StudyTab) -> str:
    """The summary page's text once the secretary opens it (it is read then)."""
    assert tab.summary_text() == ""  # not read while its page is not shown
    tab.pages.setCurrentWidget(tab.ui.summaryPage)
    settle(qtbot, tab)
    return tab.summary_text()


def grid_row(tab: StudyTab, name: str) -> int:
    proxy = tab.attendance_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ROW_ROLE).full_name == name:
            return row
    raise AssertionError(name)


def cell_text(tab: StudyTab, name: str, column: int) -> str:
    return tab.attendance_proxy.index(grid_row(tab, name), column).data()


def press(qtbot, tab: StudyTab, name: str, *keys: Qt.Key) -> None:
    view = tab.attendance_view
    view.setFocus()
    view.setCurrentIndex(tab.attendance_proxy.index(grid_row(tab, name), AttendanceModel.STATUS))
    for key in keys:
        qtbot.keyClick(view, key)


def test_create_session_mark_by_keyboard_save_and_see_figures(qtbot, cell, monkeypatch, context):
    tab = make_tab(qtbot, context)
    monkeypatch.setattr(SessionDialog, "get_session", classmethod(
        lambda cls, parent, data, today=None: SessionData(
            date=dt.date(2023, 11, 20), topic="Học tập chuyên đề năm 2023",
            reflection_required=True)))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.sessions_proxy.rowCount() == 1
    assert cell_text(tab, "Lý Văn Tư", AttendanceModel.STATUS) == "Miễn"
    assert cell_text(tab, "Trần Thị Bình", AttendanceModel.STATUS) == "Có mặt"
    # Keyboard only: Cường absent without reason (K); then, moved down, nothing else.
    press(qtbot, tab, "Lê Văn Cường", Qt.Key.Key_K)
    assert cell_text(tab, "Lê Văn Cường", AttendanceModel.STATUS) == "Vắng không lý do"
    # An and Bình handed in their reflections (N), Tài absent with reason (L).
    press(qtbot, tab, "Nguyễn Văn An", Qt.Key.Key_N)
    press(qtbot, tab, "Trần Thị Bình", Qt.Key.Key_N)
    press(qtbot, tab, "Mai Văn Tài", Qt.Key.Key_L)
    assert cell_text(tab, "Trần Thị Bình", AttendanceModel.REFLECTION) == "Đã nộp"
    with qtbot.waitSignal(tab.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    # Figures on screen: 2 of 3 party members present (Tư exempt), 2/2 reflections.
    row = tab.sessions_proxy.index(0, 0)
    texts = [tab.sessions_proxy.index(0, c).data() for c in range(6)]
    assert texts[0] == "20/11/2023"
    assert texts[3] == "2/3 (66,67%)"
    assert texts[4] == "0/1"
    assert texts[5] == "2/2 (100%)"
    assert row.isValid()
    summary = summary_on_screen(qtbot, tab)
    assert "2/3 đảng viên (đạt 66,67%) tham gia học tập" in summary
    assert "1 đồng chí được miễn (Lý Văn Tư)" in summary
    assert "2/2 đảng viên viết thu hoạch (đạt 100%)" in summary
    assert tab.chart_values == [66.67]
    # The database holds what the screen shows, once per member.
    tai = Member.get(Member.full_name == "Mai Văn Tài")
    (record,) = Attendance.select().where(Attendance.member == tai)
    assert record.status == "excused_absence"
    assert Attendance.select().count() == 5


def test_everyone_present_is_one_click(qtbot, cell, context):
    session = study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Quán triệt"),
                                   today=TODAY)
    tab = make_tab(qtbot, context)
    press(qtbot, tab, "Nguyễn Văn An", Qt.Key.Key_K, Qt.Key.Key_K, Qt.Key.Key_L)
    assert cell_text(tab, "Nguyễn Văn An", AttendanceModel.STATUS) == "Vắng không lý do"
    qtbot.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    statuses = {tab.attendance_proxy.index(r, 0).data(ROW_ROLE).full_name:
                tab.attendance_proxy.index(r, AttendanceModel.STATUS).data()
                for r in range(tab.attendance_proxy.rowCount())}
    assert statuses["Lý Văn Tư"] == "Miễn"
    assert {v for k, v in statuses.items() if k != "Lý Văn Tư"} == {"Có mặt"}
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert {r.status for r in study.load_grid(session.id)} == {"present", "exempt"}


def test_invalid_grid_shows_message_and_saves_nothing(qtbot, cell, context):
    study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Chuyên đề",
                                     reflection_required=True), today=TODAY)
    tab = make_tab(qtbot, context)
    press(qtbot, tab, "Trần Thị Bình", Qt.Key.Key_K)  # absent…
    press(qtbot, tab, "Trần Thị Bình", Qt.Key.Key_N)  # …but reflection handed in
    press(qtbot, tab, "Nguyễn Văn An", Qt.Key.Key_L)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.grid_error.isVisible()
    assert tab.grid_error.text() == (
        "Đồng chí Trần Thị Bình vắng không lý do nên không thể ghi là đã nộp thu hoạch.")
    assert Attendance.select().where(Attendance.status != "present").count() == 1  # Tư
    assert cell_text(tab, "Nguyễn Văn An", AttendanceModel.STATUS) == "Vắng có lý do"


def test_session_dialog_refuses_a_future_date(qtbot, db):
    dialog = SessionDialog(SessionData(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2024, 1, 5))
    qtbot.keyClicks(dialog.topic_edit, "Nghi quyet 01")  # ASCII: QTest cannot type others
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == 0
    assert dialog.error_labels["date"].text().startswith(
        "Ngày học tập không được sau hôm nay (01/12/2023)")
    assert dialog.topic_edit.text() == "Nghi quyet 01"  # nothing typed is lost


def test_demo_year_history_and_models(qtbot, db, qtmodeltester, context):
    fill_demo()
    tab = make_tab(qtbot, context)
    tab.refresh(2009)
    settle(qtbot, tab)
    assert [tab.sessions_proxy.index(r, 3).data() for r in range(2)] == [
        "10/10 (100%)", "10/10 (100%)"]
    summary_2009 = summary_on_screen(qtbot, tab)
    assert "10/10 đảng viên viết thu hoạch (đạt 100%)" in summary_2009
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2008))  # on the summary page
    settle(qtbot, tab)
    assert tab.ui.fromSpin.value() == tab.ui.toSpin.value() == 2008
    assert tab.summary_text() not in ("", summary_2009)  # the page follows the year
    ngan = Member.get(Member.full_name == "Châu Thị Kim Ngân")
    tab.show_member_history(ngan.id)
    statuses = [tab.history_proxy.index(r, 3).data() for r in range(tab.history_proxy.rowCount())]
    assert statuses.count("Vắng không lý do") == 1
    for model in (tab.sessions_model, tab.attendance_model, tab.history_model):
        qtmodeltester.check(model)


def test_member_history_is_read_when_its_page_is_opened(qtbot, db, context):
    fill_demo()
    tab = make_tab(qtbot, context)
    assert tab.history_proxy.rowCount() == 0  # the tab opens on the attendance page
    tab.pages.setCurrentWidget(tab.ui.historyPage)
    assert tab.history_proxy.rowCount() > 0
    assert tab.history_summary.text().endswith(".")


def test_main_window_has_the_study_tab(qtbot, demo_db, context):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    tab = window.tabs["study"]
    assert isinstance(tab, StudyTab)
    titles = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
    assert tab.windowTitle() in titles
    window.close()  # saves the splitters without error
    assert context.settings.value("study/splitter") is not None


def test_period_summary_matches_the_reference_report(qtbot, db, context):
    fill_demo()
    tab = make_tab(qtbot, context)
    tab.pages.setCurrentIndex(1)
    tab.ui.fromSpin.setValue(2007)
    settle(qtbot, tab)
    tab.ui.toSpin.setValue(2010)
    settle(qtbot, tab)
    text = tab.summary_text()  # on screen: the summary page is the one shown
    assert "Trong kỳ (2007 – 2010), chi bộ tổ chức và tham gia 9 buổi" in text
    assert "11/11 đảng viên (đạt 100%) tham gia học tập" in text
    assert "6/6 cán bộ chủ chốt (đạt 100%) tham gia" in text
    assert "11/11 đảng viên viết thu hoạch (đạt 100%)" in text


def test_edit_and_delete_a_session(qtbot, cell, context, monkeypatch):
    session = study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Quán triệt",
                                               theme="Chủ đề năm 2023"), today=TODAY)
    tab = make_tab(qtbot, context)
    offered = {}

    def edit(cls, parent, data, today=None):
        offered["theme"] = data.theme
        return replace(data, topic="Quán triệt Nghị quyết", reflection_required=True)

    monkeypatch.setattr(SessionDialog, "get_session", classmethod(edit))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.sessions_proxy.index(0, 2).data() == "Quán triệt Nghị quyết"
    # Now a reflection is owed by the members present.
    assert cell_text(tab, "Trần Thị Bình", AttendanceModel.REFLECTION) == "Chưa nộp"
    # A new session offers the year's theme typed last time.
    monkeypatch.setattr(SessionDialog, "get_session", classmethod(
        lambda cls, parent, data, today=None: offered.update(new=data.theme)))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert offered["new"] == "Chủ đề năm 2023"
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.sessions_proxy.rowCount() == 0
    assert Attendance.select().count() == 0
    with pytest.raises(UserError):
        study.get_session(session.id)


def test_print_buttons_open_the_preview(qtbot, db, context, monkeypatch):
    fill_demo()
    tab = make_tab(qtbot, context)
    tab.refresh(2010)
    settle(qtbot, tab)
    tab.select_session(tab.sessions_proxy.index(1, 0).data(ROW_ROLE).session_id)
    threads = []
    real_build = printing.study_sheets.build_sign_in_sheet
    monkeypatch.setattr(printing.study_sheets, "build_sign_in_sheet", lambda paper: (
        threads.append(threading.current_thread()), real_build(paper))[1])
    qtbot.mouseClick(tab.ui.printSheetButton, Qt.MouseButton.LeftButton)
    # built in the background: the buttons say why they wait meanwhile
    assert not tab.ui.printSummaryButton.isEnabled()
    qtbot.waitUntil(lambda: isinstance(getattr(tab, "preview", None), PreviewDialog),
                    timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert tab.ui.printSummaryButton.isEnabled()
    qtbot.waitUntil(lambda: tab.preview.document is not None, timeout=30000)  # rendered
    document = tab.preview.document
    assert document is not None and document.type_name == "DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP"
    assert document.header.date == dt.date(2010, 5, 13)
    assert tab.preview.page_count() == 2
    tab.preview.close()
    tab.ui.fromSpin.setValue(2007)
    settle(qtbot, tab)
    first = tab.preview
    qtbot.mouseClick(tab.ui.printSummaryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview is not first, timeout=30000)
    qtbot.waitUntil(lambda: tab.preview.document is not None, timeout=30000)  # rendered
    assert tab.preview.document.subject == (
        "Kết quả tham gia học tập, quán triệt giai đoạn 2007 – 2010")
    tab.preview.close()


def test_new_session_offers_the_theme_of_the_years_plan(qtbot, demo_db, context, monkeypatch):
    tab = StudyTab(context, today=dt.date(2009, 12, 1))
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    offered = []
    monkeypatch.setattr(SessionDialog, "get_session", classmethod(
        lambda cls, parent, data, today=None: offered.append(data.theme)))
    monkeypatch.setattr(tab, "year", lambda: 2009)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert offered == [plans.year_theme(2009)]
    assert "thực hành tiết kiệm" in offered[0]


def test_a_year_of_many_sessions_is_charted_by_month(qtbot, cell, context):
    for day in range(1, 31):  # 30 sessions: more bars than a chart can label
        session = study.create_session(SessionData(
            date=dt.date(2023, 1 + day % 3, day if day <= 28 else 28 - day % 3),
            topic=f"Buổi {day}"), today=TODAY)
        if day % 2:  # Cường absent from every other session
            rows = study.load_grid(session.id)
            study.save_grid(session.id, [
                replace(r, status="unexcused_absence") if r.full_name == "Lê Văn Cường" else r
                for r in rows], today=TODAY)
    tab = make_tab(qtbot, context)
    assert tab.sessions_proxy.rowCount() == 30
    assert tab.chart.title() in ("Tỷ lệ đảng viên có mặt (%) theo tháng",
                                 "Party members present (%) per month")
    assert len(tab.chart_values) == 3  # January to March
    assert all(0 < value < 100 for value in tab.chart_values)


def test_a_long_list_of_absences_scrolls_instead_of_growing_the_window(qtbot, db, context):
    for n in range(80):
        add_member(f"Đảng viên Số {n:02d}")
    session = study.create_session(SessionData(date=dt.date(2023, 3, 1), topic="Chuyên đề"),
                                   today=TODAY)
    study.save_grid(session.id, [replace(r, status="unexcused_absence")
                                 for r in study.load_grid(session.id)], today=TODAY)
    tab = make_tab(qtbot, context)
    assert summary_on_screen(qtbot, tab).count("Đảng viên Số") == 80  # every absence listed…
    assert tab.minimumSizeHint().height() < 800  # …in a scrolling area, not a taller window


def test_marks_typed_while_the_year_is_read_again_are_kept(qtbot, cell, context):
    session = study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Quán triệt"),
                                   today=TODAY)
    tab = make_tab(qtbot, context)
    tab.refresh(2023, session.id)  # a reading under way (after a save, say)…
    press(qtbot, tab, "Nguyễn Văn An", Qt.Key.Key_K)  # …while the secretary goes on marking
    settle(qtbot, tab)
    assert cell_text(tab, "Nguyễn Văn An", AttendanceModel.STATUS) == "Vắng không lý do"
    assert tab.attendance_model.dirty and tab.current_session_id() == session.id
    assert {r.status for r in study.load_grid(session.id)} == {"present", "exempt"}


def test_a_session_chosen_in_the_list_is_read_off_the_ui_thread(qtbot, cell, context,
                                                                 monkeypatch):
    first = study.create_session(SessionData(date=dt.date(2023, 3, 1), topic="Quán triệt"),
                                 today=TODAY)
    study.save_grid(first.id, [replace(r, status="unexcused_absence")
                               if r.full_name == "Trần Thị Bình" else r
                               for r in study.load_grid(first.id)], today=TODAY)
    study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Chuyên đề"),
                         today=TODAY)
    tab = make_tab(qtbot, context)
    assert "Chuyên đề" in tab.session_label.text()  # the year's last session first
    threads = []
    real = study.load_grid
    monkeypatch.setattr(study, "load_grid", lambda session_id: (
        threads.append(threading.current_thread()), real(session_id))[1])
    row = next(r for r in range(tab.sessions_proxy.rowCount())
               if tab.sessions_proxy.index(r, 0).data(ROW_ROLE).session_id == first.id)
    tab.sessions_view.setCurrentIndex(tab.sessions_proxy.index(row, 0))
    settle(qtbot, tab)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert "Quán triệt" in tab.session_label.text()
    assert cell_text(tab, "Trần Thị Bình", AttendanceModel.STATUS) == "Vắng không lý do"
    assert tab.edit_button.isEnabled() and tab.ui.printSheetButton.isEnabled()
