"""Run slow work off the UI thread and get the result or the error back by signal.

    runner = TaskRunner(parent)
    task = runner.run(export_members, path, on_done=..., on_error=..., label="Đang xuất…")

The function runs on the global QThreadPool. When it accepts a ``progress`` keyword, it
receives a callable ``progress(done, total, text="")`` and a progress dialog is shown
(after a short delay, so quick work does not flash a dialog). The database proxy gives
each thread its own SQLite connection; the worker's is closed when the work ends.

With ``cancellable=True`` the dialog has a Cancel button. Its ``progress`` then raises
``Cancelled`` in the worker at its next call, so the work stops there (a transaction
around it rolls back: ``cancelling.in_one_transaction``). Work that only reads or builds
(``discard=True``) frees the window at once: the dialog closes, ``on_cancel`` runs and
whatever the worker still returns is dropped. Work that writes waits for the worker's
answer: ``on_cancel`` when it stopped, ``on_done`` when it had already finished.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .cancelling import Cancelled

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between two progress reports reaching the window


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # the exception and its formatted traceback
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, signals: _Signals):
        super().__init__()
        self.fn, self.args, self.kwargs, self.signals = fn, args, kwargs, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self.fn(*self.args, **self.kwargs)
            except BaseException as error:  # reported to the UI thread, never lost
                # A full disk or a read-only stick as one Vietnamese message, not SQLite's text
                # (imported here: the window is painted before the database modules load).
                from desktop_app.db.storage import as_user_error

                if self._listened():
                    self.signals.failed.emit(as_user_error(error), traceback.format_exc())
            else:
                if self._listened():
                    self.signals.done.emit(result)
        except RuntimeError:  # the task's window was closed meanwhile (another file opened)
            log.info("a background result was dropped: its window is closed")
        finally:
            from desktop_app.db import database  # here: the window shows before peewee is loaded

            if database.obj is not None and not database.is_closed():
                database.close()  # this thread's connection only


    def _listened(self) -> bool:
        """The task's window still exists: emitting on signals deleted with it (the window
        closed while this ran: another file opened, a test ended) crashed the process."""
        if shiboken6.isValid(self.signals):
            return True
        log.info("a background result was dropped: its window is closed")
        return False


class Task(QObject):
    """A running piece of work; emits ``finished(result)`` or ``failed(error, details)``."""

    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A child of the task: it is deleted with it, on the UI thread, never by the worker
        # dropping the last Python reference to it (a QObject deleted on another thread
        # than its own left a dangling sender in the task: a crash in its deleteLater).
        self.signals = _Signals(self)
        # Emitted on a worker thread, received here on the UI thread: Qt queues them (an
        # automatic connection; naming ``Qt`` here would make the first window wait for
        # PySide6 to prepare all of its enumerations).
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        self.signals.progress.connect(self.progressed)
        self.running = True
        self.cancel_requested = threading.Event()  # set on the UI thread, read by the worker
        self.discarded = False  # cancelled, and its result is no longer wanted

    def _on_done(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    def _on_failed(self, error: object, details: str) -> None:
        self.running = False
        if isinstance(error, Cancelled):
            log.info("a background task was cancelled")
        else:
            log.error("background task failed: %s", details)
        self.failed.emit(error, details)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress`` call."""
        self.cancel_requested.set()


class TaskRunner(QObject):
    """Starts tasks on the thread pool; keeps them alive until they finish.

    ``activity(text)`` tells what is under way whenever that changes: the label of the
    oldest running task that has one, READING for work without a label, "" when idle
    (the main window shows it after half a second: ``busy.BusyIndicator``).
    """

    activity = Signal(str)
    READING = " "  # a task without a label is running (a view reading its data)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: set[Task] = set()
        self._labels: dict[Task, str] = {}  # running tasks, in the order they started
        self._told = ""

    def current_activity(self) -> str:
        labels = [label for label in self._labels.values() if label]
        if labels:
            return labels[0]
        return self.READING if self._labels else ""

    def _tell(self) -> None:
        text = self.current_activity()
        if text != self._told:
            self._told = text
            self.activity.emit(text)

    @property
    def busy(self) -> bool:
        return any(task.running for task in self._tasks)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        label: str = "",
        parent_widget: QWidget | None = None,
        cancellable: bool = False,
        discard: bool = False,
        on_cancel: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        task = Task(self)
        self._tasks.add(task)
        self._labels[task] = label
        self._tell()
        dialog: QProgressDialog | None = None
        state = {"depth": 0, "finished": False}

        told_at, told_text = [0.0], [""]  # the last report sent to the window

        def report(done: int, total: int, text: str = "") -> None:  # on the worker thread
            if task.cancel_requested.is_set():
                raise Cancelled()
            # A few a second: each one is a Python call on the UI thread, which waits for
            # the worker to hand over the GIL (up to 5 ms) — a renderer reporting every
            # page held the window for half a second at a time with its queued reports.
            now = time.monotonic()
            if now - told_at[0] < PROGRESS_INTERVAL and text == told_text[0] and (
                    total <= 0 or done < total):
                return
            told_at[0], told_text[0] = now, text
            task.signals.progress.emit(int(done), int(total), str(text))

        if "progress" in inspect.signature(fn).parameters:
            kwargs["progress"] = report
            if parent_widget is not None:
                dialog = self._progress_dialog(label, parent_widget, cancellable)
                if cancellable:
                    dialog.canceled.connect(lambda: cancel())

                def show_progress(done: int, total: int, text: str) -> None:
                    if state["finished"]:
                        return
                    # A modal QProgressDialog runs the event loop inside setValue(), where
                    # further progress (re-entering here) and the end of the task arrive:
                    # the dialog is closed only once the outermost call has returned.
                    state["depth"] += 1
                    try:
                        dialog.setMaximum(max(total, 0))
                        dialog.setValue(done)
                        if text and not task.cancel_requested.is_set():
                            dialog.setLabelText(text)
                    finally:
                        state["depth"] -= 1
                    if state["finished"] and state["depth"] == 0:
                        close_dialog()

                task.progressed.connect(show_progress)

        def close_dialog() -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()

        def forget() -> None:
            self._labels.pop(task, None)
            self._tell()

        def cancel() -> None:
            """Cancel pressed (or Esc in the progress dialog)."""
            if state["finished"] or task.cancel_requested.is_set():
                return
            task.cancel()
            if discard:  # nothing written: the window is free at once, the result dropped
                task.discarded = True
                state["finished"] = True
                if state["depth"] == 0:
                    close_dialog()
                forget()
                if on_cancel is not None:
                    on_cancel()
            elif dialog is not None:  # a write: its answer tells whether it stopped
                dialog.setLabelText(QCoreApplication.translate("TaskRunner", "Cancelling…"))
                button = dialog.findChild(QPushButton)
                if button is not None:
                    button.setEnabled(False)
                dialog.show()

        task.cancel_work = cancel  # type: ignore[attr-defined]  # for tests and callers

        def finish() -> None:
            state["finished"] = True
            if state["depth"] == 0:
                close_dialog()
            self._tasks.discard(task)
            forget()
            task.deleteLater()

        def done(result: Any) -> None:
            if not task.discarded and on_done is not None:
                on_done(result)

        def failed(error: BaseException, details: str) -> None:
            if task.discarded:
                return
            if isinstance(error, Cancelled):
                if on_cancel is not None:
                    on_cancel()
            elif on_error is not None:
                on_error(error, details)

        task.finished.connect(done)
        task.failed.connect(failed)
        task.finished.connect(finish)
        task.failed.connect(finish)
        QThreadPool.globalInstance().start(_Job(fn, args, kwargs, task.signals))
        return task

    @staticmethod
    def _progress_dialog(label: str, parent: QWidget, cancellable: bool) -> QProgressDialog:
        """Shown after 0.4 s of work; window-modal, so nothing starts a second copy."""
        cancel_text = QCoreApplication.translate("TaskRunner", "Cancel") if cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(QCoreApplication.translate("TaskRunner", "Please wait"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def wait_all(self, msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)


class Loader(QObject):
    """Reads what a view shows off the UI thread; only the newest request is applied.

        loader = Loader(context.runner, self)
        loader.load(read_year, 2016, apply=self._show_year)

    *read_year* runs on the thread pool and returns plain data; *apply* receives it on the
    UI thread, unless a newer ``load`` was asked for in the meantime (the user moved on to
    another year): then the older result is dropped. A failure is logged and reported by
    ``failed(message)``; ``settled`` is emitted whenever nothing is left to load.

    *apply* may be a sequence of steps, ``apply=(self._show_list, self._show_detail)``:
    each receives the result in its own turn of the event loop, so that the window is
    repainted and answers input between them (filling a large tab at once held the UI
    thread for over a tenth of a second). A newer ``load`` drops the steps not yet run;
    ``busy`` stays true until the last step has run.
    """

    settled = Signal()
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self._latest = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def load(self, fn: Callable[..., Any], *args: Any,
             apply: Callable[[Any], None] | Sequence[Callable[[Any], None]]) -> None:
        from desktop_app.db import database  # loaded by now: a view reads an open file

        self._latest += 1
        ticket = self._latest
        self._pending += 1
        steps = list(apply) if isinstance(apply, Sequence) else [apply]
        source = database.obj  # the file read: a result read from another is dropped

        def stale() -> bool:
            """The file was closed or another one opened meanwhile (File → Open, a restore,
            quitting): what was read, or why it failed, is no longer the window's."""
            if database.obj is source:
                return False
            log.info("a background reading was dropped: its database was closed")
            return True

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):  # the view was closed meanwhile
                return
            if stale():
                self._finish()
                return
            # From a timer too: the results of several views read after one change (a
            # save announced to every tab) arrive together, and applied in one go they
            # held the window for the sum of their times.
            self._apply_later(ticket, steps, result)

        def failed(error: BaseException, _details: str) -> None:
            if not shiboken6.isValid(self):
                return
            try:
                if ticket == self._latest and not stale():
                    self.failed.emit(str(error))
            finally:
                self._finish()

        self.runner.run(fn, *args, on_done=done, on_error=failed)

    def _apply(self, ticket: int, steps: list[Callable[[Any], None]], result: Any) -> None:
        """Run the first of *steps*, and the others in the turns that follow."""
        more = False
        try:
            if ticket == self._latest:
                steps[0](result)
                more = len(steps) > 1 and ticket == self._latest
        finally:
            if more:
                self._apply_later(ticket, steps[1:], result)
            else:
                self._finish()

    def _apply_later(self, ticket: int, steps: list[Callable[[Any], None]],
                     result: Any) -> None:
        """The next steps, from a 1 ms timer: a zero delay posts the call, and Qt may then
        deliver it together with the layout and repaint the previous step caused, so that
        the window would not answer until both are done."""
        def apply() -> None:
            if shiboken6.isValid(self):  # else the view was closed meanwhile
                self._apply(ticket, steps, result)

        QTimer.singleShot(1, apply)

    def cancel(self) -> None:
        """Drop the result of the reading under way (the view moved on without it)."""
        self._latest += 1

    def _finish(self) -> None:
        if not shiboken6.isValid(self):  # closed while its failure was being shown
            return
        self._pending -= 1
        if self._pending == 0:
            self.settled.emit()
