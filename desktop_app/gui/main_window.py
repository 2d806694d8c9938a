"""The main window: menus, one tab per area (the Overview first), status bar.

It remembers its geometry (fitted to a smaller screen), opens on the Overview, and keeps
the recent files; the Edit and Help menus and the shortcuts are wired by ``commands.py``,
the Overview's links followed by ``navigate.py``.
"""

from __future__ import annotations

import importlib
import linecache
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop_app.gui.common.context import AppContext

if TYPE_CHECKING:  # loaded with the database, not before the first paint
    from desktop_app.gui.backup.controller import BackupController
    from desktop_app.gui.commands import Commands

from .. import APP_NAME, __version__, paths
from .common import messages, recent
from .common.busy import BusyIndicator
from .common.sizing import available
from .forms.ui_main_window import Ui_MainWindow

# Each area adds its tab here: (settings key, the tab's class name and its title as the
# class writes it in ``self.tr(...)``, a function building it from (context, parent)). The
# import sits inside the function: a tab's module is loaded, and the tab built, the first
# time it is shown, so start-up loads one tab (imports stay visible to PyInstaller).
TabFactory = Callable[[AppContext, QWidget], QWidget]


def _overview(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.overview.tab import OverviewTab

    return OverviewTab(context, parent)


def _members(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.members.tab import MembersTab

    return MembersTab(context, parent)


def _plans(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.plans.tab import PlansTab

    return PlansTab(context, parent)


def _study(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.study.tab import StudyTab

    return StudyTab(context, parent)


def _reviews(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.reviews.tab import ReviewsTab

    return ReviewsTab(context, parent)


def _savings(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.savings.tab import SavingsTab

    return SavingsTab(context, parent)


def _report(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.report.tab import ReportTab

    return ReportTab(context, parent)


def _register(context: AppContext, parent: QWidget) -> QWidget:
    from desktop_app.gui.register.tab import RegisterTab

    return RegisterTab(context, parent)


log = logging.getLogger(__name__)

TABS: list[tuple[str, str, str, TabFactory]] = [
    ("overview", "OverviewTab", "Overview", _overview),
    ("members", "MembersTab", "Members", _members),
    ("plans", "PlansTab", "Plans", _plans),
    ("study", "StudyTab", "Study", _study),
    ("reviews", "ReviewsTab", "Self-review", _reviews),
    ("savings", "SavingsTab", "Savings", _savings),
    ("report", "ReportTab", "Report", _report),
    ("register", "RegisterTab", "Document register", _register),
]


# The modules behind each tab. Those of the tabs not on screen are imported in the
# background once the window is up (importing an area's modules took up to a fifth of a
# second on the UI thread the first time its tab was opened); building the tab stays on
# the UI thread, on first show.
TAB_MODULES = {"overview": "overview.tab", "members": "members.tab", "plans": "plans.tab",
               "study": "study.tab", "reviews": "reviews.tab", "savings": "savings.tab",
               "report": "report.tab", "register": "register.tab"}


def import_modules(names: list[str]) -> None:
    for name in names:
        try:
            importlib.import_module(f"{__package__}.{name}")
        except Exception as error:  # the tab imports it again when opened, and reports
            log.warning("%s not imported ahead: %s", name, error)
    release_source_cache()


# What printing and Excel load on first use, loaded in the background a moment after the
# window shows its data: imported by the first preview's worker, they held the window for
# a sixth of a second (PySide6 reads the source of each module imported after it).
PRELOAD_AFTER_MS = 3000
AHEAD_MODULES = ("desktop_app.documents.pdf", "desktop_app.documents.docx",
                 "desktop_app.gui.common.print_work", "openpyxl", "openpyxl.styles")


def load_printing_ahead() -> None:
    for name in AHEAD_MODULES:
        try:
            importlib.import_module(name)
        except Exception as error:  # imported again on first use, and reported then
            log.warning("%s not imported ahead: %s", name, error)
    try:
        from desktop_app.documents.fonts import register_fonts

        register_fonts()
    except Exception as error:  # the first document reports it
        log.warning("fonts not registered ahead: %s", error)
    release_source_cache()


def release_source_cache() -> None:
    """PySide6 reads the source of every module imported after it into ``linecache`` (it
    looks for ``from __feature__ import``) and keeps it: some 7 MB for this program's
    modules. A traceback reads a file again when it needs it."""
    linecache.clearcache()


class TabSet(Mapping[str, QWidget]):
    """The window's tabs by key; a tab is built the first time it is shown or asked for.

    Building every tab at start-up loaded every area's data before the window could
    appear; now only the tab on screen is built (see benchmarks/run.py).
    """

    def __init__(self, context: AppContext, slots: dict[str, QWidget],
                 factories: dict[str, TabFactory]):
        self._context, self._slots, self._factories = context, slots, factories
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        tab = self._built.get(key)
        if tab is None:
            slot = self._slots[key]  # KeyError for an unknown key, as a dict
            tab = self._factories[key](self._context, slot)
            layout = slot.layout()
            assert layout is not None  # each slot is made with its layout
            layout.addWidget(tab)
            tab.show()  # a child added to a window already on screen starts hidden
            self._built[key] = tab
        return tab

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def built(self) -> list[QWidget]:
        return list(self._built.values())

    def built_keys(self) -> set[str]:
        return set(self._built)


class MainWindow(QMainWindow):
    """Asks the application to open another database through ``open_requested``.

    Built in two steps at start-up: the window itself (menus, tab titles, status bar), shown
    at once, then ``attach()`` once the database is open: backups, title, the tab on screen.
    ``MainWindow(context)`` does both.
    """

    open_requested = Signal(str)  # "new", "open" or "demo"
    open_path_requested = Signal(object)  # a database file to open instead (restore, handover)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 attach: bool = True):
        super().__init__(parent)
        self.context = context
        self.backups: BackupController | None = None  # made by attach()
        self.commands: Commands | None = None  # made by attach()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        slots: dict[str, QWidget] = {}
        for key, class_name, title, _factory in TABS:
            slot = slots[key] = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.ui.tabs.addTab(slot, QCoreApplication.translate(class_name, title))
        self.tabs = TabSet(context, slots, {key: factory for key, _, _, factory in TABS})
        self.busy = BusyIndicator(self)
        self.statusBar().addPermanentWidget(self.busy)
        context.runner.activity.connect(self.busy.set_work)
        self.path_label = QLabel(self.tr("Data file: %1").replace("%1", context.db_path.name))
        self.path_label.setToolTip(str(context.db_path))
        self.statusBar().addPermanentWidget(self.path_label)
        self.setWindowTitle(APP_NAME)
        ui = self.ui
        ui.actionNewDatabase.triggered.connect(lambda: self.open_requested.emit("new"))
        ui.actionOpenDatabase.triggered.connect(lambda: self.open_requested.emit("open"))
        ui.actionCreateDemo.triggered.connect(lambda: self.open_requested.emit("demo"))
        # Shortcuts are set here, not in the .ui: Designer gives them as text, and reading
        # the first key sequence from text costs PySide6 some 35 ms before the first paint
        # (Ctrl+Q: see attach).
        ui.actionOpenDatabase.setShortcuts(QKeySequence.StandardKey.Open)
        ui.actionCellProfile.triggered.connect(self.edit_cell_profile)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionOpenLogFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))))
        ui.menuRecent.aboutToShow.connect(lambda: recent.fill_menu(
            ui.menuRecent, context.settings, context.db_path, self.open_path_requested.emit))
        for action in (ui.actionCellProfile, ui.actionUndo, ui.actionNew, ui.actionSave,
                       ui.actionPrint, ui.actionDelete, ui.actionReload):
            action.setEnabled(False)  # until the database is open
        self._restore_state()
        if attach:
            self.attach()

    def attach(self, *, defer_tab: bool = False) -> None:
        """The database is open: backups, the cell's name in the title, the tab on screen
        (with *defer_tab*, in the next turn of the event loop: at start-up the window then
        answers between the opening of the file and the building of the tab)."""
        from PySide6.QtCore import Qt  # its enumerations are made by now (see app.py)

        from desktop_app.gui.backup.controller import BackupController
        from desktop_app.gui.closing.controller import ClosingController

        ui = self.ui
        # Quit has no standard key on Windows; Ctrl+Q as elsewhere. Naming Qt before the
        # first paint would have PySide6 make all of its enumerations then (~80 ms).
        ui.actionQuit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.backups = BackupController(self, self.context)
        self.backups.install_menu(ui.menuFile, before=ui.actionCellProfile)
        self.backups.open_path_requested.connect(self.open_path_requested)
        self.closing = ClosingController(self, self.context, self.unsaved_edits)
        self.closing.install_menu(ui.menuFile, before=ui.actionCellProfile)
        from desktop_app.gui.commands import Commands

        self.commands = Commands(self)
        for action in (ui.actionCellProfile, ui.actionNew, ui.actionSave, ui.actionPrint,
                       ui.actionDelete, ui.actionReload):
            action.setEnabled(True)
        recent.add_recent(self.context.settings, self.context.db_path)
        self._update_title()
        self.ui.tabs.currentChanged.connect(self._build_tab)
        if defer_tab:
            QTimer.singleShot(0, lambda: self._build_tab(self.ui.tabs.currentIndex()))
        else:
            self._build_tab(self.ui.tabs.currentIndex())
        runner = self.context.runner

        def load_ahead() -> None:
            if shiboken6.isValid(runner):  # else the file was closed meanwhile
                runner.run(load_printing_ahead)

        QTimer.singleShot(PRELOAD_AFTER_MS, self, load_ahead)

    @property
    def attached(self) -> bool:
        """The database is open and the window shows it (``attach`` has run)."""
        return self.backups is not None

    def unsaved_edits(self) -> list[str]:
        """What the built tabs hold and have not saved (each tab's ``unsaved_edits``)."""
        return [what for tab in self.tabs.built()
                for what in getattr(tab, "unsaved_edits", list)()]

    def _update_title(self) -> None:
        from desktop_app.core.cell import particulars as cell_core

        name = cell_core.load_profile().name
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    def _restore_state(self) -> None:
        """The size it had (fitted to this screen), else 1200×760 or the whole of a
        smaller screen; it opens on the Overview."""
        geometry = self.context.settings.value("window/geometry")
        screen = available(self)
        if geometry is None or not self.restoreGeometry(geometry):
            if screen.width() < 1200 or screen.height() < 760:
                self.resize(screen.size())
                state = self.windowState()  # its type, not Qt: see attach()
                self.setWindowState(state | type(state).WindowMaximized)
            else:
                self.resize(1200, 760)
        elif self.width() > screen.width() or self.height() > screen.height():
            self.resize(self.size().boundedTo(screen.size()))
        self.ui.tabs.setCurrentIndex(0)

    def _build_tab(self, index: int) -> None:
        keys = list(self.tabs)
        if not 0 <= index < len(keys):
            return
        key = keys[index]
        fresh = key not in self.tabs.built_keys()
        tab = self.tabs[key]  # built on first access
        if fresh and self.commands is not None:
            self.commands.install_delete_keys(key, tab)
        if fresh and key == "overview":
            from desktop_app.gui.navigate import go_to

            tab.navigate.connect(lambda link: go_to(self, link))  # type: ignore[attr-defined]
            tab.backup_requested.connect(  # type: ignore[attr-defined]
                lambda: self.backups.back_up() if self.backups else None)
            if self.backups is not None:
                self.backups.backup_finished.connect(
                    lambda _info: tab.reload())  # type: ignore[attr-defined]

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        for tab in self.tabs.built():
            save = getattr(tab, "save_state", None)
            if save is not None:
                save()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.backups is None:  # closed while the database was being opened
            super().closeEvent(event)
            return
        if not self.backups.ready_to_close():  # backs up changed data first, then closes
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def edit_cell_profile(self, first_start: bool = False) -> bool:
        """Ask for the cell's particulars; True when they were saved."""
        from desktop_app.core.cell import particulars as cell_core
        from desktop_app.gui.cell.dialog import CellDialog

        from ..errors import UserError

        profile = CellDialog.run(self, cell_core.load_profile(), first_start=first_start)
        if profile is None:
            return False
        try:
            cell_core.save_profile(profile)
        except UserError as error:
            messages.error(self, str(error))
            return False
        self._update_title()
        self.context.bus.changed.emit("cell")
        return True

    def show_about(self) -> None:
        messages.info(self, self.tr(
            "%1, version %2.\n\nThe campaign book of a Party cell secretary: members, plans, "
            "study sessions, commitments and self-reviews, thrift and social work, and the "
            "summary report, printed in the official Party format.\n\nData file: %3\n"
            "Log file folder: %4"
        ).replace("%1", APP_NAME).replace("%2", __version__)
         .replace("%3", str(self.context.db_path)).replace("%4", str(paths.log_dir())),
            title=self.tr("About"))
