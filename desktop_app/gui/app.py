"""Starting the GUI: translations, error handling, opening the database, the first start."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop_app.gui.common.context import make_context

from .. import APP_ID, APP_NAME, paths
from ..errors import UserError
from ..logging_setup import log_file_path, setup_logging
from .common import messages
from .common.sizing import install_screen_fitting
from .main_window import MainWindow

# The database side (peewee, backups, recovery dialogs) is imported where it is used: at
# start-up the window is shown first and these load behind it (``get_ready_to_open``).

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def install_translations(app: QApplication) -> None:
    """Vietnamese is the default language, for our strings and Qt's own (buttons…)."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ours = QTranslator(app)
    if ours.load(str(paths.resource_path("translations", "sochibo_vi.qm"))):
        app.installTranslator(ours)
    else:
        log.warning("Vietnamese translation not found")
    qt = QTranslator(app)
    if qt.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def install_excepthook() -> None:
    """An unexpected error is logged and shown; the app keeps running where it can."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            return
        if "desktop_app.db.storage" in sys.modules:  # a full disk, a read-only stick…
            from ..db.storage import as_user_error

            value = as_user_error(value)
            if isinstance(value, UserError):
                messages.error(None, str(value))
                return
        messages.error(
            None,
            translate(
                "Application",
                "An unexpected error occurred: %1\n\nYour data already saved is safe. The details "
                "were written to the log file:\n%2",
            )
            .replace("%1", str(value))
            .replace("%2", log_file_path()),
        )

    sys.excepthook = hook


class Application(QObject):
    """Owns the open database and its window; switches database on request."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.window: MainWindow | None = None
        self.lock = None  # the open database's DatabaseLock (one writer per file)

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def start(self, path: Path) -> None:
        """Start-up: the window at once, then the database opened behind it.

        The modules that open a database and the quick check of the file (started by
        ``__main__``) are loaded and awaited off the UI thread, so the window is painted
        and answers at once; the tab on screen fills in when the file is open. If it
        cannot be opened, the user is told why and the application ends with code 1.
        """
        context = make_context(path, self)
        self.window = MainWindow(context, attach=False)
        self.window.open_requested.connect(self._on_open_requested)
        self.window.open_path_requested.connect(self._switch)
        self.window.statusBar().showMessage(
            translate("Application", "Opening %1…").replace("%1", path.name))
        self.window.show()
        # Once the window is painted: the loading would otherwise compete with it.
        window = self.window
        QTimer.singleShot(0, lambda: context.runner.run(
            get_ready_to_open, path, on_done=lambda _result: self._finish_start(path, window),
            on_error=lambda _error, _details: self._finish_start(path, window)))

    def _open_file(self, path: Path, parent: QWidget | None):
        """Lock, check (recovering a damaged file) and open *path*; its lock, or None when
        it cannot be opened (the user has been told why)."""
        from desktop_app.core.backup.backups import backup_before_upgrade
        from desktop_app.gui.backup.recovery import prepare_to_open

        from ..db.connection import DatabaseOpenError, open_database

        lock = prepare_to_open(path, parent)
        if lock is None:
            return None
        try:
            open_database(path, backup_before_upgrade=backup_before_upgrade)
        except DatabaseOpenError as error:
            lock.release()
            log.warning("cannot open %s: %s", path, error)
            messages.error(
                parent, str(error), title=translate("Application", "Cannot open the database")
            )
            return None
        log.info("opened %s", path)
        return lock

    def _finish_start(self, path: Path, window: MainWindow) -> None:
        from desktop_app.core.cell import particulars as cell_core

        if self.window is not window:  # another file was opened meanwhile (File → Open)
            return
        lock = self._open_file(path, window)
        if lock is None:
            self.app.exit(1)
            return
        self.lock = lock
        window.attach(defer_tab=True)
        window.statusBar().clearMessage()
        if not cell_core.has_profile():
            window.edit_cell_profile(first_start=True)

    def open(self, path: Path) -> bool:
        from desktop_app.core.cell import particulars as cell_core

        lock = self._open_file(path, self.window)
        if lock is None:
            return False
        self.release_lock()
        self.lock = lock
        old = self.window
        context = make_context(path, self)
        self.window = MainWindow(context)
        self.window.open_requested.connect(self._on_open_requested)
        self.window.open_path_requested.connect(self._switch)
        if old is not None:
            old.close()
            old.deleteLater()
        self.window.show()
        if not cell_core.has_profile():
            self.window.edit_cell_profile(first_start=True)
        return True

    def _on_open_requested(self, what: str) -> None:
        parent: QWidget | None = self.window
        if what == "open":
            path, _ = QFileDialog.getOpenFileName(
                parent,
                translate("Application", "Open a database"),
                str(paths.data_dir()),
                translate(
                    "Application", "Party cell book databases (*.db *.sqlite);;All files (*)"
                ),
            )
            if path:
                self._switch(Path(path))
        elif what in ("new", "demo"):
            path, _ = QFileDialog.getSaveFileName(
                parent,
                translate("Application", "New database")
                if what == "new"
                else translate("Application", "Create demo database"),
                str(paths.data_dir() / ("sochibo-mau.db" if what == "demo" else "sochibo-moi.db")),
                translate("Application", "Party cell book databases (*.db)"),
            )
            if not path:
                return
            target = Path(path)
            if target.suffix == "":
                target = target.with_suffix(".db")
            if target.exists():
                messages.error(
                    parent,
                    translate(
                        "Application",
                        "The file %1 already exists. Choose another name: an existing database is "
                        "never overwritten.",
                    ).replace("%1", str(target)),
                )
                return
            if what == "demo":
                from ..core.demo import create_demo_database
                from ..errors import UserError

                try:
                    create_demo_database(target)
                except UserError as error:
                    messages.error(parent, str(error))
                    return
            self._switch(target)

    def _switch(self, path: Path) -> None:
        from ..db.connection import close_database

        previous = self.window.context.db_path if self.window else None
        if self.window is not None:
            if self.window.backups is not None:  # backs up the file being left, if changed
                self.window.backups.leave()
            self.window.save_state()
            self.window.context.runner.wait_all()  # readings under way end on their file
        close_database()
        self.release_lock()
        if not self.open(path) and previous is not None:
            self.open(previous)


def get_ready_to_open(path: Path) -> None:
    """Off the UI thread at start-up: load the modules that open a database and wait for
    the quick check of *path*; a problem found is reported when the file is opened."""
    import contextlib

    setup_logging()  # the log file (until then, warnings go to the console)
    from ..db.connection import inspect_file
    from .backup import controller as backup_controller  # noqa: F401  (backups, restore, dialogs)
    from .main_window import TAB_MODULES, import_modules

    import_modules(list(TAB_MODULES.values()))  # every tab's modules (then frees their source)
    with contextlib.suppress(Exception):
        inspect_file(path)


SWITCH_INTERVAL = 0.0005  # seconds: how long the UI thread may wait for a worker's GIL


def share_the_interpreter() -> None:
    """Let the UI thread get the interpreter back sooner from background work.

    Every call from Qt into Python (an event filter, a model's ``data()`` while a list is
    painted, a timer) must take the GIL; while a worker builds a document or writes an
    Excel file, each such call waited up to Python's switch interval (5 ms), and the few
    hundred calls of one repaint held the window for a third of a second. A tenth of it
    costs the worker a little throughput, not the window its answers.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)


def run_gui(db_path: Path | None) -> int:
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # the GUI never runs in a bare QCoreApplication
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "sochibo.png"))))
    install_translations(app)
    install_screen_fitting(app)
    install_excepthook()
    share_the_interpreter()
    controller = Application(app)
    path = Path(db_path).expanduser() if db_path else paths.default_database()
    controller.start(path)
    code = app.exec()
    context_runner = controller.window.context.runner if controller.window else None
    if context_runner is not None:
        context_runner.wait_all()  # a backup on close finishes before the file is released
    from ..db.connection import close_database

    close_database()
    controller.release_lock()
    return code
