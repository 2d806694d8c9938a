"""One measured GUI process, started by ``run.py``: prints one JSON line and exits.

    gui_probe.py app DB            the real start-up (``run_gui``) until the first list
                                   shows its rows: the Overview (the tab the window opens
                                   on) has read the file and shows its sections
    gui_probe.py bare DB TITLE...  the floor: a bare QMainWindow with a QTabWidget of those
                                   tabs, its first tab a QTableView of the members read
                                   from DB with sqlite3 (as many rows, and more columns,
                                   than the app's first list holds)
    gui_probe.py interact DB       the real start-up, then every tab in turn and a search typed
                                   in the Members tab, with a 5 ms heartbeat timer recording the
                                   longest gap of the event loop
    gui_probe.py actions DB DIR [NAME...]
                                   the real start-up, then every action of the secretary
                                   (``gui_actions.py``; only those whose name holds a NAME),
                                   each with its time, longest pause and memory; writes the
                                   PDFs it previewed into DIR
    gui_probe.py bare-pdf PDF...   the memory floor: a bare window showing each PDF in a
                                   QPdfView in turn, as the preview does

Each prints ``ready`` (time.time() when responsive), ``rss_kb`` (peak resident memory,
ru_maxrss) and, for the app, its tab titles. The process ends with os._exit so that
nothing after the measurement (closing, the backup on close) runs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget  # noqa: E402

HEARTBEAT_MS = 5
SEARCH_TEXT = "Nguyễn Văn"


PROFILE = os.environ.get("BENCH_PROFILE")  # a file: write a cProfile of this run there
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()


def peak_rss_kb() -> int:
    """Peak resident memory of this process in KiB.

    Linux keeps ru_maxrss across exec, so a child forked from a large parent would report
    the parent's peak; VmHWM in /proc belongs to this program alone. ru_maxrss elsewhere.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def finish(**values) -> None:
    if PROFILE:
        profiler.disable()
        profiler.dump_stats(PROFILE)
    values["rss_kb"] = peak_rss_kb()
    print(json.dumps(values, ensure_ascii=False), flush=True)
    os._exit(0)


def main_window():
    from desktop_app.gui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def when_shown(app: QApplication, then) -> None:
    """Call *then(window)* once the main window is visible, painted and the loop is idle."""

    def check() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(0, check)
            return
        app.processEvents()  # the first paint
        QTimer.singleShot(0, lambda: then(window))  # runs once the queue has drained

    QTimer.singleShot(0, check)


def start_app(db: str, then) -> None:
    """The application's own start (``sochibo --db DB``), watched from a timer."""
    app = QApplication(sys.argv)
    when_shown(app, then)
    from desktop_app.__main__ import main

    main(["--db", db])


def when_rows(window, then) -> None:
    """Call *then()* once the Overview has read the file and shows its sections (the
    window is shown before the database is opened)."""

    def check() -> None:
        tab = window.tabs["overview"] if getattr(window, "attached", True) else None
        if tab is None or tab.loading or not any(tab.section_texts().values()):
            QTimer.singleShot(5, check)
            return
        QApplication.processEvents()  # painted
        QTimer.singleShot(0, then)

    check()


def app_mode(db: str) -> None:
    def ready(window) -> None:
        tabs = window.ui.tabs
        when_rows(window, lambda: finish(
            ready=time.time(), tabs=[tabs.tabText(i) for i in range(tabs.count())]))

    start_app(db, ready)


def bare_mode(db: str, titles: list[str]) -> None:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QTableView

    app = QApplication(sys.argv)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT full_name, birth_date, joined_date, official_date, kind, role, job_title,"
            " status FROM member ORDER BY full_name").fetchall()
    connection.close()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 8

        def data(self, index, role=0):
            if role == 0:
                value = rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    window = QMainWindow()
    tabs = QTabWidget()
    view = QTableView()
    view.setModel(Rows())
    tabs.addTab(view, titles[0] if titles else "")
    for title in titles[1:]:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    QTimer.singleShot(0, lambda: finish(ready=time.time(), rows=len(rows)))
    app.exec()


def bare_pdf_mode(files: list[str]) -> None:
    """A bare window showing each PDF in a QPdfView, page by page to the last, as the
    preview does; its peak memory is the floor of the app's after the same previews."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QPdfView(window)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    window.setCentralWidget(view)
    window.resize(1200, 760)
    window.show()
    todo = list(files)
    held: list = []
    peaks: list[int] = []  # after each PDF, as the app's after each preview

    def next_file() -> None:
        if held:
            peaks.append(peak_rss_kb())
        if not todo:
            finish(ready=time.time(), peaks=peaks)
            return
        document = QPdfDocument(window)
        buffer = QBuffer(window)
        buffer.setData(QByteArray(Path(todo.pop(0)).read_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        view.setDocument(document)
        held[:] = [document, buffer]
        app.processEvents()
        QTimer.singleShot(300, next_file)

    QTimer.singleShot(0, next_file)
    app.exec()


class Heartbeat:
    """A 5 ms timer; the longest interval between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.where = ""
        self.step = ""
        self.per_step: dict[str, float] = {}  # the longest gap during each step, in ms
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.longest_in_step = 0.0

    def reset(self, step: str) -> None:
        """A new step: its own longest gap starts from now."""
        self.step, self.last, self.longest_in_step = step, time.perf_counter(), 0.0

    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.longest_in_step = max(self.longest_in_step, gap)
        if gap > self.longest:
            self.longest, self.where = gap, self.step
        if gap * 1000 > self.per_step.get(self.step, 0.0):
            self.per_step[self.step] = round(gap * 1000, 1)
        self.last = now


def interact_mode(db: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def type_char(widget, char: str) -> None:  # QTest cannot type Vietnamese letters
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))

    def run(window) -> None:
        beat = Heartbeat()  # from the first paint: the opening of the file behind it counts
        beat.step = "opening"

        def when_open() -> None:  # the window shows before the database is open
            if getattr(window, "attached", True):
                steps_begin(window, beat)
            else:
                QTimer.singleShot(10, when_open)

        when_open()

    def steps_begin(window, beat) -> None:
        tabs = window.ui.tabs
        steps = []
        for index in [*range(tabs.count()), 0]:
            steps.append((f"tab {tabs.tabText(index)}", lambda i=index: tabs.setCurrentIndex(i)))
        search = window.tabs["members"].ui.searchEdit
        steps.append(("focus search", search.setFocus))
        for char in SEARCH_TEXT:
            steps.append((f"type {char!r}", lambda c=char: type_char(search, c)))
        steps.append(("clear search", search.clear))

        def next_step() -> None:
            if not steps:
                finish(longest_ms=beat.longest * 1000, during=beat.where, steps=beat.per_step)
                return
            beat.step, action = steps.pop(0)
            action()
            QTimer.singleShot(400, next_step)  # time for background loads to land

        QTimer.singleShot(200, next_step)

    start_app(db, run)


def actions_mode(db: str, folder: str, names: list[str]) -> None:
    from gui_actions import Probe, patch_dialogs

    scratch = Path(folder)

    def run(window) -> None:
        def begin() -> None:
            probe = Probe(window, scratch, names or None)
            patch_dialogs(scratch, probe.said)
            beat = Heartbeat()
            probe.run(beat, finish)

        when_rows(window, begin)

    start_app(db, run)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    {"app": lambda: app_mode(rest[0]), "bare": lambda: bare_mode(rest[0], rest[1:]),
     "interact": lambda: interact_mode(rest[0]),
     "actions": lambda: actions_mode(rest[0], rest[1], rest[2:]),
     "bare-pdf": lambda: bare_pdf_mode(rest)}[mode]()
