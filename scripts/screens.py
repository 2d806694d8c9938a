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

Each shot is checked (``screens_checks.py``), and the problems are printed and written
to ``report.json`` by kind:
- ``fit``: the window or dialog is larger than the screen or lies partly outside it, a
  button lies outside its window or is cut off by its parent (inside a scroll area it
  is reachable and counts as inside), a table or form scrolls sideways at the size it
  opens with;
- ``mnemonics``, ``english``, ``tab_order``, ``keyboard``: see ``screens_checks.py``.
The menus of the main window are checked too. Exit status 1 when there is a problem
(``--only-kind fit`` counts only the fit), 0 otherwise.
"""

from __future__ import annotations

import argparse
import fnmatch
import gc
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
sys.path.insert(0, str(ROOT / "scripts"))

TASKBAR = 40  # logical pixels a Windows taskbar takes from the bottom of the screen
CAPTION = 30  # a window's title bar, drawn by Windows outside the client area


@dataclass
class Shot:
    name: str
    path: str
    size: tuple[int, int]
    problems: dict[str, list[str]] = field(default_factory=dict)  # kind → sentences
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
LONG_NAME = "Nguyễn Thị Phương Thảo Hoàng Ngọc Bích Trâm"  # a real one, the first member's


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
            database.execute_sql("UPDATE member SET full_name = ? WHERE id = "
                                 "(SELECT MIN(id) FROM member)", (LONG_NAME,))
        extra = " của Chi bộ trong năm và các năm tiếp theo của nhiệm kỳ"
        for table, column in (("plan", "title"), ("plan_target", "content"),
                              ("study_session", "topic"), ("savings_category", "name"),
                              ("social_activity", "description")):
            if table in tables:
                columns = {row[1] for row in database.execute_sql(
                    f'PRAGMA table_info("{table}")').fetchall()}
                if column in columns:
                    database.execute_sql(
                        f'UPDATE "{table}" SET "{column}" = "{column}" || ?', (extra,))
        if "cell" in tables:  # the tables' names since schema 8 (issue 16)
            database.execute_sql(
                "UPDATE cell SET name = name || ' Văn phòng và các Ban xây dựng "
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
        import screens_checks as checks
        from PySide6.QtWidgets import QMenu

        name = self.unique(name)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        shot = Shot(name, str(path), (widget.width(), widget.height()))
        if isinstance(widget, QMenu):
            shot.problems = checks.check_menu(widget)
        else:
            shot.problems = checks.check_all(widget)
            shot.notes = checks.cut_labels(widget)
        # Collected here, on the UI thread, rather than on a worker thread rendering a PDF.
        gc.collect()
        self.shots.append(shot)
        return shot


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
                elif kind == "multi":
                    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
                    dialog.setTextValue(args[0] if args else "")
                self.run(dialog)
                dialog.deleteLater()
                return "", False
            return staticmethod(ask)

        QInputDialog.getItem = input_dialog("item")  # type: ignore[method-assign]
        QInputDialog.getText = input_dialog("text")  # type: ignore[method-assign]
        QInputDialog.getMultiLineText = input_dialog("multi")  # type: ignore[method-assign]

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


# ---- the run ----------------------------------------------------------------------------

def shoot_window(screens: Screens, window, prefix: str = "") -> None:
    """Every tab, and every page of the tab widgets inside it (and the menus, the first
    time: no *prefix*)."""
    from PySide6.QtWidgets import QMenu, QTabWidget

    def busy() -> bool:
        return any(bool(getattr(tab, "loading", False)) for tab in window.tabs.built())

    for index, key in enumerate(window.tabs):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.tabs[key]
        screens.settle(busy)
        name = f"{prefix}tab-{key}"
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
    for menu in window.menuBar().findChildren(QMenu) if not prefix else []:
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
    from desktop_app.gui.common.sizing import install_screen_fitting

    install_screen_fitting(app)
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
    from screens_closing import scenarios as closing_scenarios
    from screens_outlines import scenarios as outline_scenarios
    from screens_scenarios import Greyed, scenarios

    for name, open_dialog in [*scenarios(), *outline_scenarios(), *closing_scenarios()]:
        if not screens.wanted(name):
            continue
        screens.scenario = name
        print(f"… {name}", file=sys.stderr, flush=True)
        before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
        try:
            open_dialog(window)
        except Greyed as greyed:  # fine (an empty file), if it says why
            why = greyed.button.toolTip()
            screens.shots.append(Shot(name, "", (0, 0), {} if why else {
                "greyed": [f"{greyed.button.objectName()} is greyed without saying why"]},
                [f"greyed: {why}"]))
            continue
        except Exception as error:  # reported, and the other shots go on
            screens.shots.append(Shot(name, "", (0, 0),
                                      {"open": [f"could not be opened: {error}"]}))
        screens.settle()
        for widget in app.topLevelWidgets():  # windows shown without exec (previews)
            if widget.isVisible() and id(widget) not in before and widget is not window \
                    and widget.isWindow() and not widget.inherits("QMenu"):
                screens.settle(lambda w=widget: bool(getattr(w, "loading", False)))
                screens.shoot(widget, name)
                widget.close()
        if name not in catcher.caught and not any(s.name.startswith(name)
                                                  for s in screens.shots):
            screens.shots.append(Shot(name, "", (0, 0), {}, ["nothing opened"]))
        screens.settle()
    # the tabs again with the year they show closed (the last scenario closed it): the
    # banner on top, the buttons greyed with the reason
    shoot_window(screens, window, prefix="closed-")
    window.close()
    context_runner = window.context.runner
    context_runner.wait_all()
    close_database()
    report = [shot.__dict__ for shot in screens.shots]
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    kinds = set(args.only_kind)
    failing = [shot for shot in screens.shots
               if any(not kinds or kind in kinds for kind in shot.problems)]
    for shot in screens.shots:
        mark = "FAIL" if shot in failing else "ok  "
        print(f"{mark} {shot.name:32} {shot.size[0]}×{shot.size[1]}  {shot.path}")
        for kind, problems in shot.problems.items():
            for problem in problems:
                print(f"       ✗ [{kind}] {problem}")
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
    parser.add_argument("--only-kind", action="append", default=[],
                        help="count only these kinds of problem for the exit status")
    parser.add_argument("--out", default="screens", help="folder for the PNGs")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
