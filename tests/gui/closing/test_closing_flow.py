"""The secretary's way through closed years, through the real widgets (in Vietnamese, as she
sees them): close 2009 from the File menu, find every tab's 2009 read-only and saying why,
reopen it with a reason, correct an attendance mark, and see the change in the record's
history and in the list of changes since the 2007–2010 report was issued."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app.core.closing import years
from desktop_app.db.connection import close_database, open_database
from desktop_app.gui.closing import controller as controller_module
from desktop_app.gui.closing.dialogs import ChangeListDialog, CloseYearDialog, ReopenYearDialog
from desktop_app.gui.common import closed_years as guard_module
from desktop_app.gui.common import history as history_module
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import settle

CLOSED = "Năm 2009 đã khóa sổ"


@pytest.fixture
def vietnamese(qapp):
    from PySide6.QtCore import QTranslator

    from desktop_app.gui.app import install_translations

    install_translations(qapp)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, tmp_path, vietnamese, monkeypatch):
    from PySide6.QtCore import QSettings

    from desktop_app.gui.common.context import make_context
    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    open_database(path)
    context = make_context(path, settings=QSettings(str(tmp_path / "ui.ini"),
                                                     QSettings.Format.IniFormat))
    shown: list[str] = []
    for module in (controller_module, guard_module):
        monkeypatch.setattr(module.messages, "info", lambda _p, text, title="": shown.append(text))
    main = MainWindow(context)
    main.shown_messages = shown
    qtbot.addWidget(main)
    main.show()
    yield main
    QApplication.processEvents()
    main.context.runner.wait_all()
    close_database()


def when_modal(kind, act):
    """Run *act(dialog)* once a modal dialog of *kind* is on screen."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def tab_showing(qtbot, main, key, year):
    main.ui.tabs.setCurrentIndex(list(main.tabs).index(key))
    tab = main.tabs[key]
    if not hasattr(tab, "loading"):
        return tab
    if key == "study":
        qtbot.waitUntil(lambda: tab.year_combo.findData(year) >= 0)
        tab.year_combo.setCurrentIndex(tab.year_combo.findData(year))
        qtbot.waitUntil(lambda: tab.year() == year and not tab.loading)
    elif key in ("plans", "savings"):
        tab.ui.yearSpin.setValue(year)
    elif key == "reviews":
        tab.year_box.setValue(year)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.guard._due)
    return tab


def close_2009(qtbot, main):
    def choose(dialog: CloseYearDialog):
        dialog.ui.yearSpin.setValue(2009)
        assert "Số 01-BC/CB" in dialog.ui.reportsLabel.text()  # the report it follows
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(CloseYearDialog, choose)
    main.closing.close_action.trigger()
    qtbot.waitUntil(lambda: years.closed_years() == [2009], timeout=20000)
    qtbot.waitUntil(lambda: bool(main.shown_messages), timeout=20000)


def test_close_see_locked_reopen_change_and_find_it(qtbot, window):
    main = window
    close_2009(qtbot, main)
    assert "Năm 2009 đã khóa sổ" in main.shown_messages[-1]
    assert "sao lưu" in main.shown_messages[-1]  # the backup made first

    # Every tab that shows 2009 says so, and its writing buttons say why they are off
    for key, buttons in (
            ("plans", lambda t: [t.ui.addPlanButton, t.ui.editPlanButton, t.ui.addTargetButton]),
            ("study", lambda t: [t.new_button, t.edit_button, t.save_button]),
            ("savings", lambda t: [t.ui.copyMonthButton, t.ui.addActivityButton,
                                   t.ui.addCommendationButton]),
            ("reviews", lambda t: [t.ratings.findChild(QPushButton, "save:cell"),
                                   t.commitments.save_button, t.editor.finish_button])):
        tab = tab_showing(qtbot, main, key, 2009)
        assert tab.guard.banner.isVisible(), key
        assert tab.guard.banner.text().startswith(CLOSED), key
        for button in buttons(tab):
            assert not button.isEnabled(), (key, button.text())
            assert button.toolTip().startswith(CLOSED), (key, button.toolTip())
    members = tab_showing(qtbot, main, "members", None)
    assert "2009" in members.guard.banner.text() and members.guard.banner.isVisible()

    # In place too: the attendance grid does not take a key mark, a double-click explains
    study = tab_showing(qtbot, main, "study", 2009)
    grid = study.attendance_view
    grid.setFocus()
    grid.setCurrentIndex(study.attendance_proxy.index(0, 0))
    before = study.attendance_model.rows[0].status
    qtbot.keyClick(grid, Qt.Key.Key_L)  # "vắng có lý do"
    assert study.attendance_model.rows[0].status == before and not study.attendance_model.dirty
    shown = len(main.shown_messages)
    cell = grid.visualRect(study.attendance_proxy.index(0, 2)).center()
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert main.shown_messages[shown].startswith(CLOSED)

    # Reopen: the reason is required, and kept
    def reopen(dialog: ReopenYearDialog):
        assert dialog.year == 2009
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no reason yet
        assert dialog.isVisible() and "lý do" in dialog.errors.message("reason")
        dialog.ui.reasonEdit.insertPlainText("Sửa điểm danh buổi 19/02/2009 ghi nhầm")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(ReopenYearDialog, reopen)
    main.closing.reopen_action.trigger()
    qtbot.waitUntil(lambda: years.closed_years() == [], timeout=20000)
    assert years.closings(2009)[0].reopen_reason == "Sửa điểm danh buổi 19/02/2009 ghi nhầm"
    qtbot.waitUntil(lambda: study.save_button.isEnabled())
    assert not study.guard.banner.isVisible()

    # Correct a mark from the keyboard, save, and open the row's history
    sessions = study.sessions_view
    first = next(sessions.model().index(n, 0) for n in range(sessions.model().rowCount())
                 if sessions.model().index(n, 0).data() == "19/02/2009")
    qtbot.mouseClick(sessions.viewport(), Qt.MouseButton.LeftButton,
                     pos=sessions.visualRect(first).center())
    qtbot.waitUntil(lambda: "19/02/2009" in study.session_label.text())
    row = next(n for n in range(study.attendance_proxy.rowCount())
               if study.attendance_proxy.index(n, 0).data() == "Lê Văn Đức")
    grid.setCurrentIndex(study.attendance_proxy.index(row, 0))
    qtbot.keyClick(grid, Qt.Key.Key_L)
    qtbot.mouseClick(study.save_button, Qt.MouseButton.LeftButton)
    assert not study.grid_error.isVisible(), study.grid_error.text()
    settle(qtbot, study)
    grid.setCurrentIndex(study.attendance_proxy.index(row, 0))
    grid_history = study.guard.history_buttons[1]  # the grid's (the sessions' is first)
    qtbot.waitUntil(grid_history.isEnabled)
    qtbot.mouseClick(grid_history, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(history_module.shown_dialogs()), timeout=20000)
    dialog = history_module.shown_dialogs()[-1]
    texts = dialog.visible_texts()
    assert any("Lê Văn Đức" in " ".join(r) and "Có mặt" in r and "Vắng có lý do" in r
               for r in texts), texts
    assert all(r[1] == "Trần Thị Thu Hà" for r in texts)  # the secretary of the term
    dialog.close()

    # The list of changes since the 2007–2010 report was issued
    report = years.issued_reports(2009)[0]
    changes = main.closing.show_changes(report.id)
    qtbot.addWidget(changes)
    qtbot.waitUntil(lambda: changes.current is not None, timeout=20000)
    assert any("Lê Văn Đức" in r for r in changes.visible_records())
    assert "số 01-BC/CB" in changes.ui.summaryLabel.text()
    assert "bỏ khóa sổ năm 2009, lý do: Sửa điểm danh" in changes.ui.summaryLabel.text()
    changes.close()


def test_closing_warns_about_unsaved_marks_and_needs_a_tick(qtbot, window):
    main = window
    study = tab_showing(qtbot, main, "study", 2010)
    grid = study.attendance_view
    grid.setFocus()
    grid.setCurrentIndex(study.attendance_proxy.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_K)
    assert study.attendance_model.dirty

    seen = {}

    def look(dialog: CloseYearDialog):
        dialog.ui.yearSpin.setValue(2010)
        seen["warnings"] = dialog.warnings_text()
        seen["ok before"] = dialog.ok.isEnabled()
        dialog.ui.anywayCheck.setChecked(True)
        seen["ok after"] = dialog.ok.isEnabled()
        dialog.reject()

    when_modal(CloseYearDialog, look)
    main.closing.close_action.trigger()
    assert "Chưa lưu: điểm danh buổi ngày 24/09/2010 (tab Học tập)." in seen["warnings"]
    assert seen["ok before"] is False and seen["ok after"] is True
    assert years.closed_years() == []


def test_the_report_tab_counts_the_changes_after_issuing(qtbot, window):
    main = window
    report_tab = tab_showing(qtbot, main, "report", None)
    note = report_tab.changes_note
    qtbot.waitUntil(note.isVisible, timeout=20000)
    assert "không thay đổi" in note.label.text()
    assert not note.button.isVisible()  # nothing to list: no greyed button
    from desktop_app.db.models.study import StudySession

    StudySession.update(place="Hội trường B").where(
        StudySession.date.between(dt.date(2009, 1, 1), dt.date(2009, 12, 31))).execute()
    main.context.bus.changed.emit("study")
    qtbot.waitUntil(lambda: "2 thay đổi" in note.label.text(), timeout=20000)
    assert note.button.isVisible() and note.button.isEnabled()


def test_the_change_list_dialog_previews_a_party_document(qtbot, window, monkeypatch):
    main = window
    from desktop_app.db.models.study import StudySession

    StudySession.update(place="Hội trường B").where(
        StudySession.date.between(dt.date(2009, 1, 1), dt.date(2009, 12, 31))).execute()
    dialog: ChangeListDialog = main.closing.show_changes()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=20000)
    assert len(dialog.visible_records()) == 2
    previewed = []
    import desktop_app.gui.common.preview as preview_module

    monkeypatch.setattr(preview_module, "preview_document",
                        lambda context, document, parent=None: previewed.append(document))
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(previewed), timeout=20000)  # built in the background
    document = previewed[0]
    assert document.type_name == "DANH SÁCH THAY ĐỔI DỮ LIỆU"
    assert document.signature.name == "Trần Thị Thu Hà"


def test_a_row_s_context_menu_opens_its_history(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint

    from desktop_app.core.members import roster

    main = window
    members = tab_showing(qtbot, main, "members", None)
    member = next(m for m in roster.list_members() if m.full_name == "Bùi Thị Lan")
    roster.save_member(roster.MemberData(**{**member.__dict__, "job_title": "Văn thư"}))
    members.reload()
    members.select_member(member.id)
    offered = []

    def pick(menu, *_args):
        offered.extend(a.text() for a in menu.actions())
        menu.actions()[0].trigger()

    monkeypatch.setattr(guard_module, "popup_menu", pick)
    members.ui.table.customContextMenuRequested.emit(QPoint(5, 5))
    assert offered == ["Lịch sử thay đổi…"]
    qtbot.waitUntil(lambda: bool(history_module.shown_dialogs()), timeout=20000)
    rows = history_module.shown_dialogs()[-1].visible_texts()
    assert [r[4:] for r in rows] == [["Chức vụ / đơn vị công tác", "Văn thư – lưu trữ",
                                      "Văn thư"]]
    history_module.shown_dialogs()[-1].close()
