"""The longest pause of the event loop during each action of the secretary (a developer tool).

    uv run python scripts/pause_probe.py /work/wt/large.db
    uv run python scripts/pause_probe.py /work/wt/large.db --only 'preview*,save*'
    uv run python scripts/pause_probe.py --list
    /work/shared/tools/shot OUT.png --wait 30 --size 1024x768 -- \
        uv run python scripts/pause_probe.py DB --show "preview study summary" --hold --grab S.png

The database is copied to a temporary folder first (saving, drafting, importing and
backing up write to it), with settings and backups there too: the user's files are
never touched. The real application starts on Qt's offscreen platform; a 5 ms timer
(the heartbeat) records the longest gap between its ticks from each action's start
until the window is idle again (no background work, no view still reading, no preview
rendering), plus a short settling time for the repaint. Dialogs that would wait for
the user are answered by the script (file choosers, the print dialog, the import
preview, the backup dialog, message boxes).

Prints one line per action: the longest gap, how much of it the UI thread itself spent
on the CPU (the rest it waited: for the GIL held by a worker, or for a core on a busy
machine), and how long the action took; with ``--json`` a JSON object at the end. A
pause over ``--limit`` (100 ms) is marked ``!!``. Exit status 0.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEARTBEAT_MS = 5
SETTLE_MS = 250  # after the window is idle: the repaint of what was shown belongs to it
TIMEOUT_S = 120


class Heartbeat:
    """A 5 ms timer; the longest interval between its ticks is the longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0  # the UI thread's own CPU time during the longest gap
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    stacks = False  # --stacks: where the other threads are after each long gap
    stack_limit = 0.1  # seconds: what a long gap is (--limit)

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.longest:
            self.longest, self.longest_cpu = now - self.last, cpu - self.last_cpu
        if self.stacks and now - self.last > self.stack_limit:
            self._print_stacks(now - self.last, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    @staticmethod
    def _print_stacks(gap: float, cpu: float) -> None:
        import threading
        import traceback

        print(f"   -- gap {gap * 1000:.0f} ms (UI thread busy {cpu * 1000:.0f} ms); others:")
        for ident, frame in sys._current_frames().items():
            if ident != threading.main_thread().ident:
                for line in traceback.format_stack(frame, limit=6):
                    print("      " + line.strip().splitlines()[0])

    def reset(self) -> None:
        self.tick()
        self.longest = self.longest_cpu = 0.0


# --- what the script answers in place of the user ------------------------------------------

class Answers:
    """Patches the dialogs that would wait for a person."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.messages: list[str] = []
        self.open_path: Path | None = None

    def install(self) -> None:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.gui.backup import controller as backup_controller
        from desktop_app.gui.backup.dialogs import BackupDialog, BackupRequest, RestoreDialog
        from desktop_app.gui.common import file_dialogs, messages, preview
        from desktop_app.gui.members.import_dialog import ImportDialog

        folder = self.folder

        def record(_parent, text, *args, **kwargs):
            self.messages.append(str(text))
            return True

        messages.info = record
        messages.error = record
        messages.confirm = record
        file_dialogs.ask_save_path = lambda _p, _c, _f, suggested="", *a, **k: (
            folder / Path(str(suggested) or "out").name)
        file_dialogs.ask_open_path = lambda *_a, **_k: self.open_path

        def printer(_parent):
            p = QPrinter(QPrinter.PrinterMode.HighResolution)
            p.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            p.setFullPage(True)
            p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            p.setOutputFileName(str(folder / "printed.pdf"))
            return p

        preview.ask_printer = printer
        ImportDialog.run = classmethod(lambda cls, *_a, **_k: True)
        BackupDialog.ask = classmethod(lambda cls, _p, _f, name, last=None: BackupRequest(
            folder / "backups", name, None))
        (folder / "backups").mkdir(exist_ok=True)

        def choose(cls, _parent, backups):
            return backups[0].path if backups else None

        RestoreDialog.choose = classmethod(choose)
        backup_controller.confirm_restore = lambda *_a, **_k: False


# --- when the window is idle -----------------------------------------------------------------

TYPING: list[int] = []  # keys still to be typed by the current action


def idle(window) -> bool:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from desktop_app.gui.common.preview import PreviewDialog

    if TYPING or window.context.runner.busy:
        return False
    for tab in window.tabs.built():
        if getattr(tab, "loading", False):
            return False
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PreviewDialog) and widget.isVisible() and (
                widget._busy or widget.document is None):
            return False
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return False
    return True


# --- the actions -------------------------------------------------------------------------------

Action = tuple[str, Callable[[object], None]]


def _tab(window, key: str):
    keys = list(window.tabs)
    window.ui.tabs.setCurrentIndex(keys.index(key))
    return window.tabs[key]


def _close_previews(_window) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.common.preview import PreviewDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PreviewDialog) and widget.isVisible():
            widget.close()


def _print_open_preview(_window) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.common.preview import PreviewDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PreviewDialog) and widget.isVisible():
            widget.print_document()
            return


def _previewed(name: str, start: Callable[[object], None]) -> list[Action]:
    return [(f"preview {name}", start), (f"print {name}", _print_open_preview),
            (f"close {name}", _close_previews)]


def _year_step(spin_or_combo, down: bool = True) -> None:
    from PySide6.QtWidgets import QComboBox

    if isinstance(spin_or_combo, QComboBox):
        index = spin_or_combo.currentIndex()
        count = spin_or_combo.count()
        spin_or_combo.setCurrentIndex((index + 1) % count if count else 0)
    else:
        spin_or_combo.setValue(spin_or_combo.value() - 1 if down else spin_or_combo.value() + 1)


def actions(window) -> list[Action]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_text(widget, text: str) -> None:  # QTest cannot type Vietnamese letters
        """One key every 80 ms, as a quick typist (each in its own turn of the loop)."""
        from PySide6.QtCore import QTimer

        TYPING.append(len(text))

        def press(char: str) -> None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, 0, Qt.KeyboardModifier.NoModifier, char))
            TYPING[0] -= 1
            if TYPING[0] == 0:
                TYPING.clear()

        for n, char in enumerate(text):
            QTimer.singleShot(80 * n, lambda c=char: press(c))

    def members():
        return _tab(window, "members")

    def sort_members(column: int) -> None:
        tab = members()
        order = tab.ui.table.horizontalHeader().sortIndicatorOrder()
        reverse = Qt.SortOrder.DescendingOrder if order == Qt.SortOrder.AscendingOrder \
            else Qt.SortOrder.AscendingOrder
        tab.ui.table.sortByColumn(column, reverse)

    def study():
        return _tab(window, "study")

    def save_grid(_w) -> None:
        tab = study()
        model = tab.attendance_model
        if model.rowCount():
            current = model.rows[0].status
            model.set_status(0, "excused_absence" if current == "present" else "present")
        tab.save_button.click()

    def choose_session(_w) -> None:
        tab = study()
        proxy = tab.sessions_proxy
        if proxy.rowCount() > 1:
            row = (tab.sessions_view.currentIndex().row() + 1) % proxy.rowCount()
            tab.sessions_view.setCurrentIndex(proxy.index(row, 0))

    def summary_page(_w) -> None:
        tab = study()
        tab.pages.setCurrentWidget(tab.ui.summaryPage)
        years = [int(tab.year_combo.itemData(i)) for i in range(tab.year_combo.count())]
        if years:
            tab.set_summary_years(min(years), max(years))

    def study_summary_preview(_w) -> None:
        tab = study()
        from desktop_app.gui.study import printing

        printing.print_summary(tab)

    def sign_in_preview(_w) -> None:
        from desktop_app.gui.study import printing

        printing.print_sign_in_sheet(study())

    def draft(_w) -> None:
        tab = _tab(window, "report")
        ui = tab.ui
        years = [int(study().year_combo.itemData(i))
                 for i in range(study().year_combo.count())] or [2016]
        _tab(window, "report")
        ui.fromYearSpin.setValue(min(years))
        ui.fromMonthSpin.setValue(1)
        ui.toYearSpin.setValue(max(min(years) + 9, max(years)) if len(years) > 1 else years[0])
        ui.toMonthSpin.setValue(12)
        tab.create_draft()

    def report_preview(_w) -> None:
        tab = _tab(window, "report")
        tab.preview()

    def export(_w) -> None:
        members().export_excel()

    def import_(_w) -> None:
        exported = sorted(ANSWERS.folder.glob("*.xlsx"))
        ANSWERS.open_path = exported[-1] if exported else None
        members().import_excel()

    def reviews():
        return _tab(window, "reviews")

    def savings():
        return _tab(window, "savings")

    def plans():
        return _tab(window, "plans")

    steps: list[Action] = []
    keys = list(window.tabs)
    for key in keys:
        steps.append((f"tab {key}", lambda _w, k=key: _tab(window, k)))
    steps += [
        ("year study", lambda _w: _year_step(study().year_combo)),
        ("year study again", lambda _w: _year_step(study().year_combo)),
        ("year reviews", lambda _w: _year_step(reviews().year_box)),
        ("year savings", lambda _w: _year_step(savings().ui.yearSpin)),
        ("year plans", lambda _w: _year_step(plans().ui.yearSpin)),
        ("choose another session", choose_session),
        ("study summary page", summary_page),
        ("save attendance grid", save_grid),
        ("sort members by birth", lambda _w: sort_members(2)),
        ("sort members by name", lambda _w: sort_members(0)),
        ("order members by position", lambda _w: members().ui.orderCombo.setCurrentIndex(1)),
        ("search members", lambda _w: type_text(members().ui.searchEdit, "Nguyễn Văn")),
        ("clear search", lambda _w: members().ui.searchEdit.clear()),
    ]
    steps += _previewed("member list", lambda _w: members().print_member_list())
    steps += _previewed("plan", lambda _w: plans().print_plan())
    steps += _previewed("study sign-in", sign_in_preview)
    steps += _previewed("study summary", study_summary_preview)
    steps += _previewed("ratings summary", lambda _w: reviews().print_summary())
    steps += _previewed("self-review", lambda _w: reviews().print_review_action.trigger())
    steps += _previewed("thrift", lambda _w: savings().print_thrift())
    steps += _previewed("social work", lambda _w: savings().print_social())
    steps += [("draft report", draft)]
    steps += _previewed("report", report_preview)
    steps += [
        ("export excel", export),
        ("import excel", import_),
        ("backup", lambda _w: window.backups.back_up()),
        ("check backup", lambda _w: window.backups.restore()),
    ]
    return steps


ANSWERS: Answers


def hold_rendering() -> None:
    """PDF rendering first waits a minute, reporting progress (Cancel stops it)."""
    import desktop_app.documents.pdf as pdf

    real = pdf.render_pdf_bytes

    def held(document, settings=None, progress=None):
        for tenth in range(600):
            if progress is not None:
                progress(tenth // 6)
            time.sleep(0.1)
        return real(document, settings, progress)

    pdf.render_pdf_bytes = held


def main() -> None:
    global ANSWERS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--only", default="", help="comma-separated name patterns")
    parser.add_argument("--limit", type=float, default=100.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--show", default="",
                        help="run only this action (after the ones it needs) and stay open")
    parser.add_argument("--hold", action="store_true",
                        help="with --show: PDF rendering waits a minute, reporting progress, "
                             "so that its progress dialog and Cancel can be looked at")
    parser.add_argument("--grab", type=Path,
                        help="with --show: a picture of the whole screen, 3 s after the action")
    parser.add_argument("--stacks", action="store_true",
                        help="after each gap over --limit, print where the workers are")
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile of the UI thread (the chosen actions) here")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="pause-probe-"))
    os.environ["SOCHIBO_DATA_DIR"] = str(folder / "data")
    db = folder / "probe.db"
    if args.db is not None:
        shutil.copyfile(args.db, db)
    ANSWERS = Answers(folder)
    Heartbeat.stacks = args.stacks
    Heartbeat.stack_limit = args.limit / 1000

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    ANSWERS.install()
    results: dict[str, dict[str, float]] = {}
    patterns = [p.strip() for p in args.only.split(",") if p.strip()]
    started = time.perf_counter()
    beat: Heartbeat | None = None

    def report(name: str, longest: float, took: float) -> None:
        cpu = beat.longest_cpu if beat is not None else 0.0
        results[name] = {"longest_ms": round(longest * 1000, 1), "took_ms": round(took * 1000),
                         "ui_cpu_ms": round(cpu * 1000, 1)}
        mark = "!!" if longest * 1000 > args.limit else "  "
        print(f"{mark} {name:32s} {longest * 1000:8.1f} ms  (UI thread busy {cpu * 1000:6.1f}"
              f" ms of it; took {took * 1000:6.0f} ms)", flush=True)

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()  # the UI thread only: the workers are not in it

    def finish() -> None:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(args.profile))
        if args.json:
            print(json.dumps(results, ensure_ascii=False))
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        sys.stdout.flush()
        os._exit(0)

    def wait_idle(window, then: Callable[[], None], since: float) -> None:
        def check() -> None:
            if time.perf_counter() - since > TIMEOUT_S:
                print(f"   (timed out after {TIMEOUT_S} s)", flush=True)
                then()
            elif idle(window):
                QTimer.singleShot(SETTLE_MS, lambda: then() if idle(window) else check())
            else:
                QTimer.singleShot(10, check)

        QTimer.singleShot(10, check)

    def window_shown():
        from desktop_app.gui.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()), None)

    def run_steps(window) -> None:
        assert beat is not None
        steps = actions(window)
        if args.list:
            for name, _ in steps:
                print(name)
            finish()
        chosen = [s for s in steps if not patterns or s[0].startswith(("tab ", "close "))
                  or any(fnmatch.fnmatch(s[0], p) for p in patterns)]
        if args.show:
            names = [name for name, _ in steps]
            if args.show not in names:
                print(f"no action {args.show!r}; --list shows them", flush=True)
                finish()
            needed = {"study summary page"} if "study summary" in args.show else set()
            chosen = [s for s in steps if s[0].startswith("tab ") or s[0] in needed]
            chosen.append(steps[names.index(args.show)])
            if args.hold:
                hold_rendering()
            if args.grab:
                def grab() -> None:
                    from PySide6.QtGui import QGuiApplication

                    QGuiApplication.primaryScreen().grabWindow(0).save(str(args.grab))
                    print(f"   saved {args.grab}", flush=True)

                name, action = chosen.pop()
                chosen.append((name, lambda w: (action(w), QTimer.singleShot(3000, grab))))

        def next_step() -> None:
            if not chosen:
                if not args.show:
                    finish()
                return
            name, action = chosen.pop(0)
            if profiler is not None and not name.startswith(("tab ", "close ")):
                profiler.enable()
            elif profiler is not None:
                profiler.disable()
            beat.reset()
            since = time.perf_counter()
            try:
                action(window)
            except Exception as error:  # a step that cannot run here is reported, not fatal
                print(f"   {name}: could not run ({error!r})", flush=True)
                QTimer.singleShot(0, next_step)
                return

            def done() -> None:
                report(name, beat.longest, time.perf_counter() - since - SETTLE_MS / 1000)
                QTimer.singleShot(50, next_step)

            wait_idle(window, done, since)

        QTimer.singleShot(50, next_step)

    def watch() -> None:
        nonlocal beat
        window = window_shown()
        if window is None:
            QTimer.singleShot(0, watch)
            return
        beat = Heartbeat()  # from the first paint: the opening of the file behind it counts

        def opened() -> None:
            if not window.attached:
                QTimer.singleShot(5, opened)
                return
            wait_idle(window, lambda: (report("start-up until data shows", beat.longest,
                                              time.perf_counter() - started), run_steps(window)),
                      started)

        opened()

    QTimer.singleShot(0, watch)
    from desktop_app.__main__ import main as app_main

    app_main(["--db", str(db)])
    app.exec()


if __name__ == "__main__":
    main()
