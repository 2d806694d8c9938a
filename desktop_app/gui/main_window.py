"""The main window: menus, one tab per area, status bar; remembers geometry and last tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from .. import APP_NAME, __version__, paths
from ..core import cell as cell_core
from ..errors import UserError
from . import messages
from .backup_controller import BackupController
from .cell_dialog import CellDialog
from .context import AppContext
from .forms.ui_main_window import Ui_MainWindow
from .members_tab import MembersTab
from .plans_tab import PlansTab
from .register_tab import RegisterTab
from .report_tab import ReportTab
from .reviews_tab import ReviewsTab
from .savings_tab import SavingsTab
from .study_tab import StudyTab

# Each area adds its tab here: (settings key, class taking (context, parent)).
TABS: list[tuple[str, Callable[[AppContext, QWidget], QWidget]]] = [
    ("members", MembersTab),
    ("plans", PlansTab),
    ("study", StudyTab),
    ("reviews", ReviewsTab),
    ("savings", SavingsTab),
    ("report", ReportTab),
    ("register", RegisterTab),
]


class MainWindow(QMainWindow):
    """Asks the application to open another database through ``open_requested``."""

    open_requested = Signal(str)  # "new", "open" or "demo"
    open_path_requested = Signal(object)  # a database file to open instead (restore, handover)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tabs: dict[str, QWidget] = {}
        for key, factory in TABS:
            tab = factory(context, self)
            self.tabs[key] = tab
            self.ui.tabs.addTab(tab, tab.windowTitle())
        self.path_label = QLabel(self.tr("Database: %1").replace("%1", str(context.db_path)))
        self.path_label.setToolTip(str(context.db_path))
        self.statusBar().addPermanentWidget(self.path_label)
        ui = self.ui
        ui.actionNewDatabase.triggered.connect(lambda: self.open_requested.emit("new"))
        ui.actionOpenDatabase.triggered.connect(lambda: self.open_requested.emit("open"))
        ui.actionCreateDemo.triggered.connect(lambda: self.open_requested.emit("demo"))
        ui.actionCellProfile.triggered.connect(self.edit_cell_profile)
        ui.actionQuit.triggered.connect(self.close)
        self.backups = BackupController(self, context)
        self.backups.install_menu(ui.menuFile, before=ui.actionCellProfile)
        self.backups.open_path_requested.connect(self.open_path_requested)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionOpenLogFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))))
        self._update_title()
        self._restore_state()

    def _update_title(self) -> None:
        name = cell_core.load_profile().name
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        last = settings.value("window/tab", "members")
        keys = list(self.tabs)
        if last in keys:
            self.ui.tabs.setCurrentIndex(keys.index(last))

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        keys = list(self.tabs)
        index = self.ui.tabs.currentIndex()
        if 0 <= index < len(keys):
            settings.setValue("window/tab", keys[index])
        for tab in self.tabs.values():
            save = getattr(tab, "save_state", None)
            if save is not None:
                save()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.backups.ready_to_close():  # backs up changed data first, then closes
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def edit_cell_profile(self, first_start: bool = False) -> bool:
        """Ask for the cell's particulars; True when they were saved."""
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
