"""Recently opened data files (Tệp → Tệp đã mở gần đây), kept in the user's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

KEY = "files/recent"
MAX_RECENT = 8


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def recent_files(settings: QSettings) -> list[Path]:
    """The files opened last, newest first."""
    value = settings.value(KEY, [])
    if isinstance(value, str):  # one entry comes back from the INI file as a string
        value = [value]
    items = value if isinstance(value, list | tuple) else []
    return [Path(str(item)) for item in items if str(item)]


def add_recent(settings: QSettings, path: Path) -> None:
    files = [path] + [p for p in recent_files(settings) if not _same(p, path)]
    settings.setValue(KEY, [str(p) for p in files[:MAX_RECENT]])


def forget(settings: QSettings, path: Path | None = None) -> None:
    """Drop *path* from the list (all of it with None)."""
    files = [] if path is None else [p for p in recent_files(settings) if not _same(p, path)]
    settings.setValue(KEY, [str(p) for p in files])


def fill_menu(menu: QMenu, settings: QSettings, current: Path,
              open_path: Callable[[Path], None]) -> None:
    """The list as numbered entries ("&1 sochibo.db  C:\\…"), the open file left out;
    a missing file stays listed, greyed, and says so."""
    translate = QCoreApplication.translate
    menu.clear()
    files = [p for p in recent_files(settings) if not _same(p, current)]
    for number, path in enumerate(files, start=1):
        shown = f"{path.name}  ({path.parent})".replace("&", "&&")  # no stray mnemonic
        action = menu.addAction(f"&{number} {shown}")
        action.setToolTip(str(path))
        if path.exists():
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        else:
            action.setEnabled(False)
            action.setText(action.text() + "  " + translate("RecentFiles", "(not found)"))
    if not files:
        empty = menu.addAction(translate("RecentFiles", "No other file opened yet"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(translate("RecentFiles", "C&lear the list"),
                   lambda: forget(settings))
