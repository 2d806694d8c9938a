"""The secretary's actions, driven through the window's own widgets (``gui_probe.py actions``).

Each action is started the way a user starts it (a spin box's value, a button's click, a
key typed in a list) and is over when what it shows is there and nothing is left running:
the preview shows its pages, the grid is saved, the task runner and every ``Loader`` of
the window are idle for a few turns of the event loop. Work that is synchronous today and
asynchronous tomorrow is measured alike: the probe waits for the result, not for the
call. During each, a 5 ms heartbeat records the longest pause of the event loop; after
each, the peak resident memory (VmHWM) and the memory in use.

Dialogs that would wait for a person are answered here: file choosers return paths in
the scratch folder, the printer is a PDF file, the import is confirmed, messages are
recorded (``patch_dialogs``). The database is a copy: actions change it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

FIRST_YEAR, LAST_YEAR = 2007, 2016
SEARCH_TEXT = "Nguyễn Văn"
QUIET_TURNS = 3  # polls of 10 ms with nothing running: the action is over
TIMEOUT_S = 300.0
VERBOSE = bool(os.environ.get("BENCH_VERBOSE"))


@dataclass
class Action:
    name: str
    start: Callable[[], None]
    done: Callable[[], bool] = lambda: True
    measured: bool = True  # False: a step that gets the window ready (not a row)
    # nothing came of it (a greyed button, say): after this many idle seconds, give up
    give_up_s: float = 10.0


def rss_now_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def patch_dialogs(scratch: Path, said: list[str]) -> None:
    """Answer every dialog an action opens, the way the secretary would."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.gui.backup import controller as backup_controller
    from desktop_app.gui.backup.dialogs import BackupDialog, BackupRequest
    from desktop_app.gui.common import file_dialogs, messages, preview
    from desktop_app.gui.members.import_dialog import ImportDialog

    exported = scratch / "members.xlsx"
    file_dialogs.ask_save_path = lambda *a, **k: (  # type: ignore[assignment]
        exported if "xlsx" in " ".join(map(str, a)) else scratch / "saved.pdf")
    file_dialogs.ask_open_path = lambda *a, **k: exported  # type: ignore[assignment]

    def printer(_parent):  # type: ignore[no-untyped-def]
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(scratch / "printed.pdf"))
        made.setFullPage(True)
        return made

    preview.ask_printer = printer  # type: ignore[assignment]
    for name in ("info", "error", "warning"):
        setattr(messages, name, lambda _parent, text, *a, **k: said.append(str(text)))
    messages.ask = lambda *a, **k: True  # type: ignore[attr-defined]
    ImportDialog.run = classmethod(lambda cls, parent, preview_: True)  # type: ignore
    (scratch / "backups").mkdir(exist_ok=True)
    BackupDialog.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, parent, folder, file_name, last=None: BackupRequest(
            scratch / "backups", file_name, None))
    del backup_controller  # imported so that the patched class is the one it uses


class Probe:
    """Runs the actions one after another and records each one's figures."""

    def __init__(self, window, scratch: Path, names: list[str] | None):
        self.window = window
        self.scratch = scratch
        self.names = names
        self.results: dict[str, dict] = {}
        self.pdfs: list[str] = []  # the PDFs previewed, for the bare window's memory floor
        self.said: list[str] = []
        self.context = window.context
        import sqlite3

        with sqlite3.connect(f"file:{self.context.db_path}?mode=ro", uri=True) as connection:
            first, last = connection.execute(
                "SELECT min(date), max(date) FROM study_session").fetchone()
        connection.close()
        # the whole period of the records (ten years on the large database)
        self.first_year = int(first[:4]) if first else FIRST_YEAR
        self.last_year = int(last[:4]) if last else LAST_YEAR

    # waiting --------------------------------------------------------------------------
    def idle(self) -> bool:
        from desktop_app.gui.common.tasks import Loader

        if self.context.runner.current_activity() != "" or self.context.runner.busy:
            return False
        return not any(loader.busy for loader in self.window.findChildren(Loader)) and \
            not any(loader.busy for d in self.dialogs() for loader in d.findChildren(Loader))

    def dialogs(self) -> list:
        from desktop_app.gui.common.preview import PreviewDialog

        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PreviewDialog) and w.isVisible()]

    # the actions ----------------------------------------------------------------------
    def tab(self, key: str):
        keys = list(self.window.tabs)
        self.window.ui.tabs.setCurrentIndex(keys.index(key))
        return self.window.tabs[key]

    def actions(self) -> list[Action]:
        steps: list[Action] = []
        w = self.window

        def go(key: str) -> Action:
            return Action(f"open tab {key}", lambda: self.tab(key), measured=False)

        # members: sort, search, Excel, the list printed
        steps.append(go("members"))
        members = lambda: w.tabs["members"]  # noqa: E731
        steps.append(Action("sort members by name", lambda: members().ui.table.sortByColumn(
            1, Qt.SortOrder.DescendingOrder)))
        steps.append(Action("sort members back", lambda: members().ui.table.sortByColumn(
            1, Qt.SortOrder.AscendingOrder)))
        steps.append(Action(f"search members “{SEARCH_TEXT}”", lambda: self.type_search(
            members().ui.searchEdit, SEARCH_TEXT)))
        steps.append(Action("clear the search", lambda: members().ui.searchEdit.clear()))
        steps += self.preview_and_print("member list", lambda: members().print_member_list())
        steps.append(Action("export members to Excel", lambda: members().export_excel(),
                            lambda: (self.scratch / "members.xlsx").exists()))
        steps.append(Action("import members from Excel", lambda: members().import_excel()))
        # plans
        steps.append(go("plans"))
        steps.append(Action("plans: change the year", lambda: self.spin_year(
            w.tabs["plans"].ui.yearSpin)))
        # study: the year, the grid, the summary page and its paper
        steps.append(go("study"))
        study = lambda: w.tabs["study"]  # noqa: E731
        steps.append(Action("study: change the year", lambda: self.combo_year(
            study().year_combo)))
        steps.append(Action("study: choose a session", self.choose_session, measured=False))
        steps.append(Action("study: save the attendance grid", self.save_grid,
                            lambda: not study().attendance_model.dirty))
        steps.append(Action("study: open the summary page, whole period", self.summary_page))
        steps += self.preview_and_print("study summary, whole period",
                                        lambda: study().ui.printSummaryButton.click())
        steps += self.preview_and_print("sign-in sheet",
                                        lambda: study().ui.printSheetButton.click())
        # reviews
        steps.append(go("reviews"))
        steps.append(Action("reviews: change the year", lambda: self.spin_year(
            w.tabs["reviews"].year_box)))
        steps += self.preview_and_print("rating summary",
                                        lambda: w.tabs["reviews"].print_summary())
        # savings
        steps.append(go("savings"))
        savings = lambda: w.tabs["savings"]  # noqa: E731
        steps.append(Action("savings: change the year", lambda: self.spin_year(
            savings().ui.yearSpin)))
        steps += self.preview_and_print("thrift table", lambda: savings().print_thrift())
        steps += self.preview_and_print("social work", lambda: savings().print_social())
        # report: draft ten years, preview and print it
        steps.append(go("report"))
        steps.append(Action("report: draft the whole period", self.draft_report,
                            lambda: w.tabs["report"].ui.createButton.isEnabled()))
        steps += self.preview_and_print("summary report, whole period",
                                        lambda: w.tabs["report"].ui.previewButton.click())
        # register, overview, backup
        steps.append(go("register"))
        steps.append(go("overview"))
        steps.append(Action("back up", lambda: w.backups.back_up(),
                            lambda: any((self.scratch / "backups").iterdir())))
        if self.names:
            wanted = [n.lower() for n in self.names]
            steps = [s for s in steps if not s.measured
                     or any(n in s.name.lower() for n in wanted)]
        return steps

    def preview_and_print(self, label: str, open_it: Callable[[], None]) -> list[Action]:
        def shown() -> bool:
            return any(d.page_count() > 0 and not d._busy for d in self.dialogs())

        sent: list[int] = []

        def print_it() -> None:
            sent.clear()
            dialog = self.dialogs()[-1]
            dialog.printed.connect(sent.append)
            dialog.ui.printButton.click()

        def printed() -> bool:
            return bool(sent)

        def close() -> None:
            for dialog in self.dialogs():
                data = dialog._buffer.data().data() if dialog._buffer is not None else b""
                path = self.scratch / f"preview-{len(self.pdfs)}.pdf"
                path.write_bytes(bytes(data))
                self.pdfs.append(str(path))
                dialog.close()

        return [Action(f"preview: {label}", open_it, shown),
                Action(f"print: {label}", print_it, printed),
                Action(f"close the preview: {label}", close, measured=False)]

    def type_search(self, edit, text: str) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        edit.setFocus()
        for char in text:  # QTest cannot type Vietnamese letters
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                       char))

    def combo_year(self, combo) -> None:
        """The year before the one shown (the newest with records at first)."""
        years = [combo.itemData(i) for i in range(combo.count())]
        current = combo.currentData()
        others = [y for y in years if y is not None and y != current and y <= self.last_year]
        earlier = [y for y in others if current is None or y < current]
        if others:
            combo.setCurrentIndex(years.index(max(earlier or others)))

    def spin_year(self, spin) -> None:
        spin.setValue(spin.value() - 1)

    def choose_session(self) -> None:
        from desktop_app.gui.common.rows_model import ROW_ROLE

        tab = self.window.tabs["study"]
        if tab.sessions_proxy.rowCount():  # the first session of the year
            tab.select_session(tab.sessions_proxy.index(0, 0).data(ROW_ROLE).session_id)

    def save_grid(self) -> None:
        from PySide6.QtTest import QTest

        from desktop_app.gui.study.models import AttendanceModel

        tab = self.window.tabs["study"]
        view = tab.attendance_view
        view.setFocus()
        view.setCurrentIndex(tab.attendance_proxy.index(0, AttendanceModel.STATUS))
        QTest.keyClick(view, Qt.Key.Key_K)  # the first member: absent without leave
        tab.save_button.click()

    def summary_page(self) -> None:
        tab = self.window.tabs["study"]
        tab.set_summary_years(self.first_year, self.last_year)
        tab.ui.pages.setCurrentWidget(tab.ui.summaryPage)

    def draft_report(self) -> None:
        tab = self.window.tabs["report"]
        ui = tab.ui
        index = ui.kindCombo.findData("final")
        if index >= 0:
            ui.kindCombo.setCurrentIndex(index)
        ui.fromYearSpin.setValue(self.first_year)
        ui.toYearSpin.setValue(self.last_year)
        ui.createButton.click()

    # running --------------------------------------------------------------------------
    def run(self, beat, finish: Callable[..., None]) -> None:
        steps = self.actions()
        state: dict = {}

        def begin() -> None:
            if not steps:
                finish(actions=self.results, pdfs=self.pdfs, said=self.said[-20:])
                return
            action = steps.pop(0)
            if VERBOSE:
                print(f"{time.perf_counter():.2f} {action.name}", file=sys.stderr, flush=True)
            beat.reset(action.name)
            state.update(action=action, began=time.perf_counter(), quiet=0)
            try:
                action.start()
            except Exception as error:  # recorded, and the next action runs
                self.results[action.name] = {"error": repr(error)}
                QTimer.singleShot(50, begin)
                return
            QTimer.singleShot(0, poll)

        def poll() -> None:
            action: Action = state["action"]
            elapsed = time.perf_counter() - state["began"]
            try:
                ready = action.done() and self.idle()
            except Exception:
                ready = False
            if ready and not state["quiet"]:
                state["ready_at"] = elapsed  # the result is there: what the user waited
            state["quiet"] = state["quiet"] + 1 if ready else 0
            stuck = elapsed > action.give_up_s and not ready and self.idle()
            if state["quiet"] < QUIET_TURNS and elapsed < TIMEOUT_S and not stuck:
                QTimer.singleShot(10, poll)
                return
            seconds = state["ready_at"] if ready else None
            if action.measured:
                from gui_probe import peak_rss_kb

                self.results[action.name] = {
                    "seconds": seconds, "error": "" if ready else "no result",
                    "pause_ms": round(beat.longest_in_step * 1000, 1),
                    "peak_kb": peak_rss_kb(), "rss_kb": rss_now_kb()}
            QTimer.singleShot(100, begin)

        begin()

