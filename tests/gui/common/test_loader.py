"""gui.tasks.Loader: background reads applied on the UI thread, newest request only."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.common.tasks import Loader, TaskRunner


@pytest.fixture
def loader(qapp):
    owner = QObject()
    made = Loader(TaskRunner(owner), owner)
    yield made
    made.runner.wait_all()
    owner.deleteLater()


def test_the_result_is_applied_on_the_ui_thread(qtbot, loader):
    seen = []
    loader.load(lambda n: (n * 2, threading.current_thread().name), 21,
                apply=lambda result: seen.append((result, threading.current_thread().name)))
    assert loader.busy
    qtbot.waitUntil(lambda: not loader.busy)
    (value, worker), ui_thread = seen[0]
    assert value == 42
    assert ui_thread == threading.main_thread().name != worker


def test_only_the_newest_request_is_applied(qtbot, loader):
    seen = []
    release = threading.Event()

    def slow(value):
        release.wait(5)
        return value

    loader.load(slow, "2015", apply=seen.append)  # the user moved on to another year…
    loader.load(lambda value: value, "2016", apply=seen.append)
    qtbot.waitUntil(lambda: seen == ["2016"])
    release.set()
    qtbot.waitUntil(lambda: not loader.busy)
    assert seen == ["2016"]  # …and the older year never shows


def test_steps_run_in_order_in_turns_of_their_own(qtbot, loader):
    seen = []

    def first(result):
        seen.append(("first", result))
        # queued behind the first step: runs before the second only if that waits a turn
        QTimer.singleShot(0, lambda: seen.append(("between", loader.busy)))

    def second(result):
        seen.append(("second", result))

    loader.load(lambda: "data", apply=(first, second))
    qtbot.waitUntil(lambda: not loader.busy)
    assert seen == [("first", "data"),
                    ("between", True),  # the window had a turn, the loader still busy
                    ("second", "data")]


def test_a_newer_request_drops_the_steps_not_yet_run(qtbot, loader):
    seen = []

    def first(result):
        seen.append(("first", result))
        if result == "old":
            loader.load(lambda: "new", apply=(first, second))  # the year changed

    def second(result):
        seen.append(("second", result))

    loader.load(lambda: "old", apply=(first, second))
    qtbot.waitUntil(lambda: not loader.busy)
    assert seen == [("first", "old"), ("first", "new"), ("second", "new")]


def test_a_failure_is_reported_and_the_loader_settles(qtbot, loader):
    messages = []
    loader.failed.connect(messages.append)

    def broken():
        raise OSError("ổ đĩa không đọc được")

    with qtbot.waitSignal(loader.settled):
        loader.load(broken, apply=lambda _result: pytest.fail("nothing to apply"))
    assert messages == ["ổ đĩa không đọc được"]
    assert not loader.busy


def test_a_reading_of_a_file_closed_meanwhile_is_dropped_without_a_message(
        qtbot, loader, tmp_path):
    """Closing the file (File → Open, a restore, quitting) while a tab reads it: the reading
    fails, and the tab must not show that failure (it was "Cannot use uninitialized Proxy."
    in an error box), nor apply a result read from the file before."""
    from desktop_app.db.connection import close_database, open_database

    for fail in (True, False):
        open_database(tmp_path / "a.db")
        release = threading.Event()
        failures, applied = [], []
        loader.failed.connect(failures.append)

        def read_after_close(fail, release=release):
            release.wait(5)
            if fail:
                raise RuntimeError("Cannot use uninitialized Proxy.")
            return "read from the file before"

        loader.load(read_after_close, fail, apply=applied.append)
        close_database()
        release.set()
        qtbot.waitUntil(lambda: not loader.busy)
        loader.failed.disconnect(failures.append)
        assert failures == [] and applied == []
