"""What every tab is built with: the open database, the task runner, settings, a data bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from desktop_app import paths

from .tasks import TaskRunner
from .undo import UndoStack


class DataBus(QObject):
    """Tabs announce writes here (``changed.emit("members")``) and refresh on others' writes."""

    changed = Signal(str)


@dataclass
class AppContext:
    db_path: Path
    runner: TaskRunner
    settings: QSettings
    bus: DataBus
    undo: UndoStack = field(init=False)  # the deletes of the session (common/undo.py)

    def __post_init__(self) -> None:
        self.undo = UndoStack(self.bus, self.bus)


def make_settings() -> QSettings:
    """UI state lives in an INI file in the user's config folder."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def make_context(db_path: Path, parent: QObject | None = None,
                 settings: QSettings | None = None) -> AppContext:
    return AppContext(db_path=db_path, runner=TaskRunner(parent),
                      settings=settings or make_settings(), bus=DataBus(parent))
