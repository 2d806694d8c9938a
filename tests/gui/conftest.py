import warnings

import pytest


@pytest.fixture(autouse=True)
def no_blocking_message_box(monkeypatch):
    """A message box that a test did not expect would wait forever for a click on the
    offscreen screen (and hang the run): it is answered "No"/"Close" at once and reported
    as a warning with its text. Tests that expect one patch ``gui.common.messages``."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    yield
    for text in shown:
        warnings.warn(f"a message box nobody answered: {text}", stacklevel=1)


@pytest.fixture
def context(qapp, tmp_path):
    """An AppContext with settings in the test's folder."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui.common.context import make_context

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return make_context(tmp_path / "test.db", settings=settings)


def settle(qtbot, tab) -> None:
    """Wait until *tab* has shown what it reads in the background (``tab.loading``)."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=20000)


@pytest.fixture
def make_application(qtbot):
    """Make the application object of a start-up test; tear it down the way the program
    ends: its windows first, while their task runner and data bus (children of the
    application) still exist, then the application. Left to the order of the test's
    locals, the application went first, the window was closed later over a deleted runner,
    and a deferred delete crashed the test run now and then (SIGBUS in ~QObject)."""
    import shiboken6

    from desktop_app.db.connection import close_database
    from desktop_app.gui import app as app_module

    made: list = []

    def make(app=None):
        controller = app_module.Application(app)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        window = controller.window
        if window is not None and shiboken6.isValid(window):
            window.close()
            qtbot.wait(10)  # what closing the window started comes back
            if shiboken6.isValid(window):
                shiboken6.delete(window)
        close_database()
        controller.release_lock()
        shiboken6.delete(controller)

