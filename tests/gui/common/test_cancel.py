"""Cancel in the progress dialog: reading work is dropped at once, writing work rolls back.

Each test holds the worker at a point of its work (an event the test sets) until the
secretary has pressed Cancel in the progress dialog, so what Cancel does is seen
whatever the speed of the machine.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop_app.core.register import numbering as register
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.db.models.register import IssuedDocument
from desktop_app.db.models.report import Report
from desktop_app.db.models.study import Attendance
from desktop_app.documents.members.jobs import member_list_job
from desktop_app.gui.common import file_dialogs
from desktop_app.gui.common.cancelling import Cancelled, in_one_transaction
from desktop_app.gui.common.preview import PreviewDialog
from desktop_app.gui.common.tasks import TaskRunner
from desktop_app.gui.study.models import AttendanceModel
from desktop_app.gui.study.tab import StudyTab
from tests.core.study.study_helpers import add_member
from tests.gui.conftest import settle

TIMEOUT = 30000
TODAY = dt.date(2023, 12, 1)


def press_cancel(qtbot, parent: QWidget) -> QProgressDialog:
    """Wait for the progress dialog over *parent* (it shows after 0.4 s), press Cancel."""
    def shown() -> QProgressDialog | None:
        for dialog in parent.findChildren(QProgressDialog):
            if dialog.isVisible():
                return dialog
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=TIMEOUT)
    dialog = shown()
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return dialog


class Gate:
    """Holds the worker until the test opens it; records the thread the work ran on."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.reached = threading.Event()
        self.threads: list[threading.Thread] = []

    def wait(self) -> None:
        self.threads.append(threading.current_thread())
        self.reached.set()
        assert self.open.wait(TIMEOUT / 1000)


# the runner itself -------------------------------------------------------------------------

def test_a_cancelled_reading_frees_the_window_at_once_and_its_result_is_dropped(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    gate = Gate()
    seen: dict[str, object] = {}

    def work(progress) -> str:
        progress(0, 0, "reading")
        gate.wait()
        return "result"

    task = runner.run(work, on_done=lambda r: seen.update(done=r),
                      on_cancel=lambda: seen.update(cancelled=True), label="Reading…",
                      parent_widget=parent, cancellable=True, discard=True)
    dialog = press_cancel(qtbot, parent)
    assert seen == {"cancelled": True}  # at once: the worker is still held
    assert not dialog.isVisible()
    assert runner.current_activity() == ""  # the status bar no longer says it is busy
    assert task.cancel_requested.is_set()
    gate.open.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert seen == {"cancelled": True}  # its result never reached the window
    assert gate.threads[0] is not threading.main_thread()


def test_a_cancelled_write_rolls_back_and_says_so(qtbot, db):
    add_member("Nguyễn Văn An")
    session = study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Quán triệt"),
                                   today=TODAY)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    gate = Gate()
    seen: list[str] = []
    rows = study.load_grid(session.id)
    before = [(r.member_id, r.status) for r in study.load_grid(session.id)]
    changed = [r.__class__(**{**r.__dict__, "status": "excused_absence"}) for r in rows]

    def save(session_id, grid, today):
        study.save_grid(session_id, grid, today)
        gate.wait()  # written, not committed yet

    runner.run(in_one_transaction(save), session.id, changed, TODAY,
               on_done=lambda _r: seen.append("done"), on_cancel=lambda: seen.append("cancel"),
               label="Saving…", parent_widget=parent, cancellable=True)
    dialog = press_cancel(qtbot, parent)
    assert seen == []  # a write answers when it has stopped
    assert not dialog.findChild(QPushButton).isEnabled()
    gate.open.set()
    qtbot.waitUntil(lambda: seen == ["cancel"], timeout=TIMEOUT)
    assert [(r.member_id, r.status) for r in study.load_grid(session.id)] == before


def test_progress_raises_cancelled_once_cancel_is_asked(qtbot, qapp):
    runner = TaskRunner()
    outcome: list[str] = []

    def work(progress) -> None:
        task.cancel()  # as if Cancel were pressed meanwhile
        try:
            progress(1, 2)
        except Cancelled:
            outcome.append("stopped")
            raise

    task = runner.run(work, on_cancel=lambda: outcome.append("told"), cancellable=True)
    qtbot.waitUntil(lambda: outcome == ["stopped", "told"], timeout=TIMEOUT)


# the attendance grid -------------------------------------------------------------------------

@pytest.fixture
def grid_tab(qtbot, db, context):
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"):
        add_member(name)
    session = study.create_session(SessionData(date=dt.date(2023, 5, 1), topic="Quán triệt"),
                                   today=TODAY)
    tab = StudyTab(context, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    settle(qtbot, tab)
    return tab, session


def _mark_first_absent(tab: StudyTab) -> str:
    model = tab.attendance_model
    assert model.set_status(0, "excused_absence")
    return model.rows[0].full_name


def test_the_grid_is_saved_on_a_worker_thread(qtbot, grid_tab, monkeypatch):
    tab, session = grid_tab
    threads = []
    real = study.save_grid
    monkeypatch.setattr(study, "save_grid", lambda *a, **k: (
        threads.append(threading.current_thread()), real(*a, **k))[1])
    name = _mark_first_absent(tab)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.attendance_model.read_only  # no mark changes while it is being saved
    assert not tab.all_present_button.isEnabled()
    settle(qtbot, tab)
    assert threads and threads[0] is not threading.main_thread()
    saved = {r.full_name: r.status for r in study.load_grid(session.id)}
    assert saved[name] == "excused_absence"
    assert not tab.attendance_model.dirty and not tab.attendance_model.read_only
    assert tab.all_present_button.isEnabled()


def test_a_cancelled_save_writes_nothing_and_keeps_the_marks(qtbot, grid_tab, monkeypatch):
    tab, session = grid_tab
    gate = Gate()
    real = study.save_grid

    def held(*args, **kwargs):
        real(*args, **kwargs)
        gate.wait()

    monkeypatch.setattr(study, "save_grid", held)
    name = _mark_first_absent(tab)
    marks_before = Attendance.select().count()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    press_cancel(qtbot, tab)
    gate.open.set()
    settle(qtbot, tab)
    assert Attendance.select().count() == marks_before
    assert {r.full_name: r.status for r in study.load_grid(session.id)}[name] == "present"
    # the marks typed stay on screen, unsaved, and the grid can be edited and saved again
    index = tab.attendance_proxy.index(0, AttendanceModel.STATUS)
    assert index.data() == "Vắng có lý do"
    assert tab.attendance_model.dirty and not tab.attendance_model.read_only
    assert tab.save_button.isEnabled() and tab.discard_button.isEnabled()
    assert tab.grid_error.isVisible() and "cancel" in tab.grid_error.text().lower()
    monkeypatch.setattr(study, "save_grid", real)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert {r.full_name: r.status for r in study.load_grid(session.id)}[name] == \
        "excused_absence"


# the preview: rendering, saving -----------------------------------------------------------------

DAY = dt.date(2010, 10, 1)


def test_a_cancelled_preview_leaves_the_window_usable(qtbot, demo_db, context, monkeypatch):
    gate = Gate()
    job = member_list_job(DAY)
    real_build = job.build
    job.build = lambda as_of: (gate.wait(), real_build(as_of))[1]
    dialog = PreviewDialog(context, job)
    qtbot.addWidget(dialog)
    dialog.show()
    press_cancel(qtbot, dialog)
    assert "cancel" in dialog.status_text().lower()
    assert dialog.ui.refreshButton.isEnabled() and dialog.ui.printButton.isEnabled()
    gate.open.set()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)
    assert dialog.document is None  # the dropped result was not shown
    assert gate.threads[0] is not threading.main_thread()
    job.build = real_build
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ui.refreshButton, Qt.MouseButton.LeftButton)
    assert dialog.page_count() == 2


def test_a_cancelled_save_issues_no_number_and_writes_no_file(qtbot, demo_db, context,
                                                               monkeypatch, tmp_path):
    dialog = PreviewDialog(context, member_list_job(DAY))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        dialog.show()
    issued = IssuedDocument.select().count()
    target = tmp_path / "danh-sach.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: target)
    gate = Gate()
    import desktop_app.documents.pdf as pdf

    real_render = pdf.render_pdf

    def held(document, path, settings=None, progress=None):
        gate.wait()  # the number is taken, in the transaction not yet committed
        return real_render(document, path, settings, progress)

    monkeypatch.setattr(pdf, "render_pdf", held)
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=TIMEOUT)
    press_cancel(qtbot, dialog)
    gate.open.set()
    qtbot.waitUntil(lambda: "cancel" in dialog.status_text().lower(), timeout=TIMEOUT)
    assert IssuedDocument.select().count() == issued
    assert [e.number_text for e in register.list_entries() if e.type_code == "DS"] == [
        "Số 01-DS/CB"]
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert dialog.ui.savePdfButton.isEnabled()


# drafting the report -----------------------------------------------------------------------------

def test_a_cancelled_draft_stores_no_report(qtbot, demo_db, context, monkeypatch):
    from desktop_app.core.report import reports as report_core
    from desktop_app.gui.report.tab import ReportTab

    tab = ReportTab(context)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)
    reports = Report.select().count()
    gate = Gate()
    real = report_core.create_draft

    def held(*args, **kwargs):
        result = real(*args, **kwargs)
        gate.wait()  # drafted, not committed
        return result

    monkeypatch.setattr(report_core, "create_draft", held)
    ui = tab.ui
    ui.fromYearSpin.setValue(2009)
    ui.fromMonthSpin.setValue(1)
    ui.toYearSpin.setValue(2009)
    ui.toMonthSpin.setValue(12)
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    assert not ui.createButton.isEnabled()  # no second draft while this one is made
    qtbot.waitUntil(gate.reached.is_set, timeout=TIMEOUT)
    press_cancel(qtbot, tab)
    gate.open.set()
    qtbot.waitUntil(lambda: ui.createButton.isEnabled(), timeout=TIMEOUT)
    assert Report.select().count() == reports
    assert ui.periodError.isVisible() and "cancel" in ui.periodError.text().lower()
    assert gate.threads[0] is not threading.main_thread()


# exporting the members to Excel --------------------------------------------------------------

def test_a_cancelled_export_writes_no_file(qtbot, db, context, monkeypatch, tmp_path):
    from desktop_app.core.members import excel as members_excel
    from desktop_app.gui.common import messages
    from desktop_app.gui.members.tab import MembersTab

    for n in range(60):  # the export reports its progress every 50 rows
        add_member(f"Đảng viên Số {n:02d}")
    tab = MembersTab(context)
    qtbot.addWidget(tab)
    tab.show()
    settle(qtbot, tab)
    target = tmp_path / "danh-sach.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: target)
    told: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, text, *a, **k: told.append(text))
    gate = Gate()

    class HeldLabels(dict):
        def get(self, key, default=None):
            worker = threading.current_thread() is not threading.main_thread()
            if worker and not gate.reached.is_set():  # (the list on screen reads it too)
                gate.wait()  # the first row is being put in the sheet
            return super().get(key, default)

    monkeypatch.setattr(members_excel.mc, "GENDER_LABELS",
                        HeldLabels(members_excel.mc.GENDER_LABELS))
    tab.export_excel()
    press_cancel(qtbot, tab)
    gate.open.set()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert "cancel" in told[0].lower()
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))
    assert gate.threads[0] is not threading.main_thread()
