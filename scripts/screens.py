"""Open every tab and dialog at a screen size and scale, write a PNG of each, check the fit.

    uv run python scripts/screens.py --demo --size 1024x768 --out /tmp/screens
    uv run python scripts/screens.py --demo --size 1366x768 --scale 1.5 --out /tmp/screens
    uv run python scripts/screens.py --db my.db --long-names --size 1024x768 --out /tmp/s
    uv run python scripts/screens.py --empty --size 1024x768 --only 'members*' --out /tmp/s

The window runs on Qt's offscreen platform with one screen of the given size. The size
is the monitor's: the part a maximised window cannot use on Windows (a 40-pixel taskbar
and a 30-pixel title bar, at the scale) is taken off its height, so the screen Qt sees
is what a window really gets. The database is copied first (or made: ``--demo``,
``--empty``); the user's settings and data are never touched.

Each shot is checked, and the problems are printed and written to ``report.json``:
- the window or dialog is larger than the screen, or lies partly outside it;
- a button lies outside its window or is cut off by its parent (inside a scroll area
  it is reachable and counts as inside);
- a table or form shows a sideways scrollbar at the size it opens with.
Exit status 1 when there is a problem, 0 otherwise.
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TASKBAR = 40  # logical pixels a Windows taskbar takes from the bottom of the screen
CAPTION = 30  # a window's title bar, drawn by Windows outside the client area


@dataclass
class Shot:
    name: str
    path: str
    size: tuple[int, int]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def prepare_platform(size: tuple[int, int], scale: float, work: Path) -> None:
    """Qt's offscreen platform with one screen: what a maximised window gets of *size*
    at *scale*. Must run before the QApplication is made."""
    width, height = size
    usable = height - round((TASKBAR + CAPTION) * scale)
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
              "screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                           "height": usable, "logicalDpi": 96, "logicalBaseDpi": 96,
                           "dpr": 1.0}]}
    config_file = work / "offscreen.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config_file}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    os.environ["SOCHIBO_DATA_DIR"] = str(work / "userdata")


def prepare_database(args: argparse.Namespace, work: Path) -> Path:
    target = work / "data" / "sochibo.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    if args.demo:
        from desktop_app.core.demo import create_demo_database

        create_demo_database(target)
    elif args.db is not None:
        shutil.copy2(args.db, target)
    return target  # --empty: opened as a new file


LONG_WORDS = ("Nguyễn Hoàng Thị Phương Thảo Quỳnh", "Trương Công Nguyên Khánh Hoàng Bảo")


def lengthen_names() -> None:
    """Long names everywhere a name is shown: members, the cell, plans, categories."""
    from desktop_app.db import database

    statements = [
        "UPDATE member SET full_name = full_name || ' ' || ? ",
        "UPDATE member SET job_title = job_title || ' kiêm Phó Trưởng ban Tuyên giáo "
        "Đảng ủy Khối các cơ quan tỉnh' WHERE job_title != ''",
    ]
    tables = {row[0] for row in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    with database.atomic():
        if "member" in tables:
            database.execute_sql(statements[0], (LONG_WORDS[0],))
            database.execute_sql(statements[1])
        extra = " của Chi bộ trong năm và các năm tiếp theo của nhiệm kỳ"
        for table, column in (("plan", "title"), ("target", "content"),
                              ("studysession", "topic"), ("savingscategory", "name"),
                              ("socialactivity", "description")):
            if table in tables:
                columns = {row[1] for row in database.execute_sql(
                    f'PRAGMA table_info("{table}")').fetchall()}
                if column in columns:
                    database.execute_sql(
                        f'UPDATE "{table}" SET "{column}" = "{column}" || ?', (extra,))
        if "cellprofile" in tables:
            database.execute_sql(
                "UPDATE cellprofile SET name = name || ' Văn phòng và các Ban xây dựng "
                "Đảng tỉnh'")


class Screens:
    """Takes the shots and checks them."""

    def __init__(self, out: Path, only: list[str]):
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.only = only
        self.shots: list[Shot] = []
        self.scenario = ""
        self._counts: dict[str, int] = {}

    # ---- waiting ----------------------------------------------------------------------
    def settle(self, *busy: Callable[[], bool], timeout: float = 20.0) -> None:
        """Run the event loop until background work and the views' loading are done."""
        from PySide6.QtCore import QEventLoop, QThreadPool

        pool = QThreadPool.globalInstance()
        calm = 0
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and calm < 6:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
            idle = pool.activeThreadCount() == 0 and not any(check() for check in busy)
            calm = calm + 1 if idle else 0

    def wanted(self, name: str) -> bool:
        return not self.only or any(fnmatch.fnmatch(name, pattern) for pattern in self.only)

    # ---- shooting ---------------------------------------------------------------------
    def unique(self, name: str) -> str:
        count = self._counts.get(name, 0) + 1
        self._counts[name] = count
        return name if count == 1 else f"{name}-{count}"

    def shoot(self, widget, name: str) -> Shot:
        name = self.unique(name)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        shot = Shot(name, str(path), (widget.width(), widget.height()))
        shot.problems, shot.notes = check(widget)
        self.shots.append(shot)
        return shot


# ---- checks ---------------------------------------------------------------------------

def _name(widget) -> str:
    text = ""
    for attribute in ("text", "title", "windowTitle"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                text = str(getter() or "")
            except TypeError:
                continue
            if text:
                break
    label = widget.objectName() or type(widget).__name__
    return f"{label} “{text.replace('&', '')}”" if text else label


def _scrollable_ancestor(widget, top) -> bool:
    """Inside a scroll area's viewport (reachable by scrolling) or an item view."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _internal(widget) -> bool:
    """Buttons Qt draws inside its own widgets (tab bar arrows, scroll bars, calendar)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox, QScrollBar, QTabBar

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar | QScrollBar | QCalendarWidget | QComboBox
                      | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def check(top) -> tuple[list[str], list[str]]:
    """The problems of a window or dialog on screen, and notes (less than problems)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QLabel,
        QScrollArea,
    )

    problems: list[str] = []
    notes: list[str] = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry() if top.isWindow() else QRect(top.mapToGlobal(QPoint()),
                                                             top.size())
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{frame.width()}×{frame.height()} is larger than the screen "
                        f"({screen.width()}×{screen.height()})")
    elif not screen.contains(frame):
        problems.append(f"lies partly outside the screen at {frame.x()},{frame.y()}")
    minimum = top.minimumSizeHint().expandedTo(top.minimumSize())
    if top.isWindow() and (minimum.width() > screen.width()
                           or minimum.height() > screen.height()):
        problems.append(f"cannot be smaller than {minimum.width()}×{minimum.height()}")
    area = top.rect()
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or _internal(button) or _scrollable_ancestor(button, top):
            continue
        if button.window() is not top:
            continue
        rect = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        visible = rect.intersected(area)
        parent = button.parentWidget()
        while parent is not None and parent is not top:
            visible = visible.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if visible != rect:
            problems.append(f"button {_name(button)} is cut off or outside the window")
    for view in top.findChildren(QAbstractItemView):
        if view.isVisibleTo(top) and view.window() is top \
                and view.horizontalScrollBar().isVisible():
            problems.append(f"table {_name(view)} scrolls sideways")
    for scroll in top.findChildren(QScrollArea):
        if scroll.isVisibleTo(top) and scroll.window() is top \
                and scroll.horizontalScrollBar().isVisible():
            problems.append(f"form {_name(scroll)} scrolls sideways")
    for label in top.findChildren(QLabel):
        if (label.isVisibleTo(top) and label.window() is top and not label.wordWrap()
                and label.text() and not _scrollable_ancestor(label, top)
                and label.width() + 2 < label.sizeHint().width()):
            notes.append(f"label {_name(label)[:80]} is cut ({label.width()} of "
                         f"{label.sizeHint().width()} px)")
    return problems, notes


# ---- dialogs ----------------------------------------------------------------------------

class Catcher:
    """Every dialog run during a scenario is shot, checked and answered (Cancel)."""

    def __init__(self, screens: Screens):
        self.screens = screens
        self.answer: Callable[[object], int] | None = None
        self.caught: list[str] = []

    def install(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        def exec_(dialog) -> int:
            return self.run(dialog)

        for cls in (QDialog, QMessageBox, QPrintDialog, QFileDialog, QInputDialog):
            cls.exec = exec_  # type: ignore[method-assign]

        def file_name(*_args, **_kwargs):
            self.caught.append("file dialog (not shown: its Qt-drawn form is shot apart)")
            return "", ""

        QFileDialog.getOpenFileName = staticmethod(file_name)  # type: ignore[method-assign]
        QFileDialog.getSaveFileName = staticmethod(file_name)  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = staticmethod(  # type: ignore[method-assign]
            lambda *_a, **_k: "")

        def input_dialog(kind: str):
            def ask(parent, title, label, *args, **_kwargs):
                dialog = QInputDialog(parent)
                dialog.setWindowTitle(title)
                dialog.setLabelText(label)
                if kind == "item" and args:
                    dialog.setComboBoxItems(list(args[0]))
                self.run(dialog)
                dialog.deleteLater()
                return "", False
            return staticmethod(ask)

        QInputDialog.getItem = input_dialog("item")  # type: ignore[method-assign]
        QInputDialog.getText = input_dialog("text")  # type: ignore[method-assign]

    def run(self, dialog) -> int:
        screens = self.screens
        name = screens.scenario or type(dialog).__name__
        dialog.show()
        screens.settle(lambda: bool(getattr(dialog, "loading", False)))
        if screens.wanted(name):
            screens.shoot(dialog, name)
        self.caught.append(name)
        result = self.answer(dialog) if self.answer is not None else 0
        dialog.hide()
        return result


# ---- scenarios --------------------------------------------------------------------------

def _tab(window, key: str):
    index = list(window.tabs).index(key)
    window.ui.tabs.setCurrentIndex(index)
    return window.tabs[key]


def _click(widget) -> None:
    if widget.isEnabled():
        widget.click()
    else:
        raise RuntimeError(f"{widget.objectName()} is greyed out")


def _select_first(view) -> None:
    if view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)
        view.setCurrentIndex(view.model().index(0, 0))


def _action(window, name: str):
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.objectName() == name:
            return action
    raise RuntimeError(f"no action {name}")


def scenarios() -> list[tuple[str, Callable]]:
    """(name, what opens the dialog) for every dialog a user can reach."""
    def members(window, action):
        tab = _tab(window, "members")
        if action != "add":
            _select_first(tab.ui.table)
        {"add": lambda: _click(tab.ui.addButton), "edit": lambda: _click(tab.ui.editButton),
         "delete": lambda: _click(tab.ui.deleteButton),
         "print": lambda: _click(tab.ui.printButton)}[action]()

    def members_import(window):
        from desktop_app.core.members import excel, roster
        from desktop_app.gui.members.import_dialog import ImportDialog

        path = Path(tempfile.mkdtemp()) / "members.xlsx"
        excel.export_members(path, roster.list_members())
        ImportDialog.run(window, excel.read_members_file(path))

    def plans(window, action):
        tab = _tab(window, "plans")
        ui = tab.ui
        if action in ("edit-target", "delete-target"):
            _select_first(ui.targetsView)
        buttons = {"add": ui.addPlanButton, "edit": ui.editPlanButton,
                   "copy": ui.copyButton, "print": ui.printButton,
                   "delete": ui.deletePlanButton, "add-target": ui.addTargetButton,
                   "edit-target": ui.editTargetButton, "delete-target": ui.deleteTargetButton}
        _click(buttons[action])

    def study(window, action):
        tab = _tab(window, "study")
        buttons = {"add": tab.new_button, "edit": tab.edit_button,
                   "delete": tab.delete_button, "print-sheet": tab.ui.printSheetButton}
        if action == "print-summary":
            tab.pages.setCurrentWidget(tab.ui.summaryPage)
            _click(tab.ui.printSummaryButton)
            return
        _click(buttons[action])

    def reviews(window, action):
        tab = _tab(window, "reviews")
        actions = {"print-commitment": "print_commitment_action",
                   "print-review": "print_review_action",
                   "print-summary": "print_summary_action"}
        getattr(tab, actions[action]).trigger()

    def savings(window, action):
        tab = _tab(window, "savings")
        ui = tab.ui
        if action in ("entry", "copy-month", "clear"):
            tab.ui.sections.setCurrentWidget(ui.thriftPage)
            grid = ui.gridView
            grid.setCurrentIndex(grid.model().index(0, 1))
        buttons = {"entry": ui.entryDetailsButton, "year-settings": ui.yearSettingsButton,
                   "print-thrift": ui.printThriftButton, "print-social": ui.printSocialButton,
                   "add-activity": ui.addActivityButton,
                   "add-commendation": ui.addCommendationButton,
                   "add-violation": ui.addViolationButton}
        if action == "category":
            tab.new_category_action.trigger()
            return
        if action.startswith("edit-") or action.startswith("delete-"):
            kind = action.split("-", 1)[1]
            view = {"activity": ui.socialView, "commendation": ui.commendationsView,
                    "violation": ui.violationsView}[kind]
            _select_first(view)
            verb = action.split("-", 1)[0]
            _click(getattr(ui, f"{verb}{kind.capitalize()}Button"))
            return
        _click(buttons[action])

    def report(window, action):
        tab = _tab(window, "report")
        ui = tab.ui
        if action != "create":
            _select_first(ui.reportsTable)
        buttons = {"particulars": ui.particularsButton, "preview": ui.previewButton,
                   "issue": ui.issueButton, "regenerate": ui.regenerateButton,
                   "delete": ui.deleteButton, "correct": ui.correctButton,
                   "create": ui.createButton}
        _click(buttons[action])

    def register(window, action):
        tab = _tab(window, "register")
        _select_first(tab.ui.table)
        _click({"cancel": tab.ui.cancelButton}[action])

    def menu(window, name):
        _action(window, name).trigger()

    def backup_action(window, attribute):
        getattr(window.backups, attribute).trigger()

    def confirm_restore(window):
        from desktop_app.core.backup.backups import create_backup
        from desktop_app.core.backup.restore import summarize_backup
        from desktop_app.gui.backup.dialogs import confirm_restore as ask

        info = create_backup(window.context.db_path, reason="manual",
                             folder=Path(tempfile.mkdtemp()))
        ask(window, summarize_backup(info.path, None))

    def password(window):
        from desktop_app.gui.backup.dialogs import ask_password

        ask_password(window, "chi-bo-2024.sochibo-backup")

    def qt_file_dialog(window):
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(window, "", str(window.context.db_path.parent),
                             "Sổ Chi bộ (*.db)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.exec()

    def qt_print_dialog(window):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()  # outlives its dialog
        QPrintDialog(printer, window).exec()

    def page_setup(window):
        from desktop_app.core.cell.page_setup import load_document_settings
        from desktop_app.gui.cell.page_setup_dialog import PageSetupDialog

        PageSetupDialog.run(window, load_document_settings())

    return [
        ("members-add", lambda w: members(w, "add")),
        ("members-edit", lambda w: members(w, "edit")),
        ("members-delete", lambda w: members(w, "delete")),
        ("members-print", lambda w: members(w, "print")),
        ("members-import", members_import),
        ("plans-add", lambda w: plans(w, "add")),
        ("plans-edit", lambda w: plans(w, "edit")),
        ("plans-copy", lambda w: plans(w, "copy")),
        ("plans-print", lambda w: plans(w, "print")),
        ("plans-delete", lambda w: plans(w, "delete")),
        ("plans-add-target", lambda w: plans(w, "add-target")),
        ("plans-edit-target", lambda w: plans(w, "edit-target")),
        ("plans-delete-target", lambda w: plans(w, "delete-target")),
        ("study-add", lambda w: study(w, "add")),
        ("study-edit", lambda w: study(w, "edit")),
        ("study-delete", lambda w: study(w, "delete")),
        ("study-print-sheet", lambda w: study(w, "print-sheet")),
        ("study-print-summary", lambda w: study(w, "print-summary")),
        ("reviews-print-commitment", lambda w: reviews(w, "print-commitment")),
        ("reviews-print-review", lambda w: reviews(w, "print-review")),
        ("reviews-print-summary", lambda w: reviews(w, "print-summary")),
        ("savings-entry", lambda w: savings(w, "entry")),
        ("savings-year-settings", lambda w: savings(w, "year-settings")),
        ("savings-category", lambda w: savings(w, "category")),
        ("savings-print-thrift", lambda w: savings(w, "print-thrift")),
        ("savings-add-activity", lambda w: savings(w, "add-activity")),
        ("savings-edit-activity", lambda w: savings(w, "edit-activity")),
        ("savings-delete-activity", lambda w: savings(w, "delete-activity")),
        ("savings-print-social", lambda w: savings(w, "print-social")),
        ("savings-add-commendation", lambda w: savings(w, "add-commendation")),
        ("savings-edit-commendation", lambda w: savings(w, "edit-commendation")),
        ("savings-add-violation", lambda w: savings(w, "add-violation")),
        ("savings-edit-violation", lambda w: savings(w, "edit-violation")),
        ("report-particulars", lambda w: report(w, "particulars")),
        ("report-preview", lambda w: report(w, "preview")),
        ("report-issue", lambda w: report(w, "issue")),
        ("report-regenerate", lambda w: report(w, "regenerate")),
        ("report-delete", lambda w: report(w, "delete")),
        ("register-cancel", lambda w: register(w, "cancel")),
        ("file-cell", lambda w: menu(w, "actionCellProfile")),
        ("file-page-setup", page_setup),
        ("file-backup", lambda w: backup_action(w, "backup_action")),
        ("file-restore", lambda w: backup_action(w, "restore_action")),
        ("file-restore-confirm", confirm_restore),
        ("file-password", password),
        ("help-about", lambda w: menu(w, "actionAbout")),
        ("qt-file-dialog", qt_file_dialog),
        ("qt-print-dialog", qt_print_dialog),
    ]


# ---- the run ----------------------------------------------------------------------------

def shoot_window(screens: Screens, window) -> None:
    """Every tab, and every page of the tab widgets inside it."""
    from PySide6.QtWidgets import QMenu, QTabWidget

    def busy() -> bool:
        return any(bool(getattr(tab, "loading", False)) for tab in window.tabs.built())

    for index, key in enumerate(window.tabs):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.tabs[key]
        screens.settle(busy)
        name = f"tab-{key}"
        if screens.wanted(name):
            screens.shoot(window, name)
        for inner in tab.findChildren(QTabWidget):
            for page in range(1, inner.count()):
                if not inner.isVisibleTo(window):
                    continue
                inner.setCurrentIndex(page)
                screens.settle(busy)
                page_name = f"{name}-{inner.objectName()}-{page}"
                if screens.wanted(page_name):
                    screens.shoot(window, page_name)
            inner.setCurrentIndex(0)
    window.ui.tabs.setCurrentIndex(0)
    screens.settle(busy)
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is not window.menuBar() and menu.menuAction().parent() is None:
            continue
        name = f"menu-{menu.objectName() or menu.title()}"
        if not screens.wanted(name):
            continue
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        screens.settle()
        screens.shoot(menu, name)
        menu.hide()


def quiet_qt() -> None:
    """The offscreen platform warns about what it cannot do (raise a window, grab the
    keyboard) at every dialog: drop those lines."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="screens-"))
    prepare_platform(parse_size(args.size), args.scale, work)
    from PySide6.QtWidgets import QApplication

    quiet_qt()

    from desktop_app import APP_ID, APP_NAME

    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    app = QApplication([sys.argv[0]])
    from desktop_app.db.connection import close_database, open_database
    from desktop_app.gui.app import install_translations

    install_translations(app)
    path = prepare_database(args, work)
    open_database(path)
    if args.long_names:
        lengthen_names()
    from desktop_app.gui.common.context import make_context
    from desktop_app.gui.main_window import MainWindow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    screens = Screens(out, args.only)
    window = MainWindow(make_context(path))
    window.show()
    shoot_window(screens, window)
    catcher = Catcher(screens)
    catcher.install()
    for name, open_dialog in scenarios():
        if not screens.wanted(name):
            continue
        screens.scenario = name
        before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
        try:
            open_dialog(window)
        except Exception as error:  # reported, and the other shots go on
            screens.shots.append(Shot(name, "", (0, 0), [f"could not be opened: {error}"]))
        screens.settle()
        for widget in app.topLevelWidgets():  # windows shown without exec (previews)
            if widget.isVisible() and id(widget) not in before and widget is not window \
                    and widget.isWindow() and not widget.inherits("QMenu"):
                screens.settle(lambda w=widget: bool(getattr(w, "loading", False)))
                screens.shoot(widget, name)
                widget.close()
        if name not in catcher.caught and not any(s.name.startswith(name)
                                                  for s in screens.shots):
            screens.shots.append(Shot(name, "", (0, 0), [], ["nothing opened"]))
        screens.settle()
    window.close()
    context_runner = window.context.runner
    context_runner.wait_all()
    close_database()
    report = [shot.__dict__ for shot in screens.shots]
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    failing = [shot for shot in screens.shots if shot.problems]
    for shot in screens.shots:
        mark = "FAIL" if shot.problems else "ok  "
        print(f"{mark} {shot.name:32} {shot.size[0]}×{shot.size[1]}  {shot.path}")
        for problem in shot.problems:
            print(f"       ✗ {problem}")
        for note in shot.notes if args.notes else []:
            print(f"       · {note}")
    print(f"{len(screens.shots)} shots, {len(failing)} with problems, in {out}")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, help="a database to copy and show")
    source.add_argument("--demo", action="store_true", help="the demo cell")
    source.add_argument("--empty", action="store_true", help="a new, empty file")
    parser.add_argument("--size", default="1024x768", help="the monitor, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=1.0, help="Windows' text scale")
    parser.add_argument("--long-names", action="store_true",
                        help="lengthen names of members, the cell, plans…")
    parser.add_argument("--only", action="append", default=[],
                        help="shots whose name matches this pattern (repeatable)")
    parser.add_argument("--notes", action="store_true", help="print notes (cut labels)")
    parser.add_argument("--out", default="screens", help="folder for the PNGs")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
