"""Undo of the last deletes, for the session (Sửa → Hoàn tác, Ctrl+Z).

The tabs delete through :meth:`UndoStack.delete`, which runs the area's own delete and
keeps what it removed (``core.common.undo``); :meth:`UndoStack.undo` puts the newest
back, announces it on the data bus so that the tabs read again, and emits ``restored``
so that the window can show and select it.

Why undo in the session rather than a restore from the backup made before the delete:
a restore replaces the whole file, so every change made after the delete would be lost
with it, and a backup before each delete would cost seconds on a large file. The kept
rows are exact and put back at once; after the program is closed, the automatic backups
remain the way back (Tệp → Phục hồi…).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_app.core.common import undo as undo_core


class Bus(Protocol):
    """The data bus of the window (context.DataBus): tabs read again on its signal."""

    changed: Any

# The tab that shows each kind of record.
AREAS = {"member": "members", "session": "study", "plan": "plans", "target": "plans",
         "activity": "savings", "commendation": "savings", "violation": "savings",
         "remedy": "reviews", "feedback": "reviews", "fund": "savings",
         "fund_entry": "savings"}
MAX_KEPT = 20  # deletes kept for undo (the oldest are forgotten)
UNDONE = "undo"  # announced on the data bus when a delete was undone


class UndoStack(QObject):
    """The deletes of this session that can be undone, newest last."""

    changed = Signal()  # something was deleted or put back: the menu's text changes
    kept = Signal(str)  # a delete that can be undone: what was deleted
    restored = Signal(str, int)  # kind, the record's id (a new one if its id was taken)

    def __init__(self, bus: Bus, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        self._kept: list[undo_core.Deleted] = []

    def delete(self, kind: str, record_id: int, description: str,
               delete: Callable[[], object],
               check: Callable[[int], object] | None = None) -> undo_core.Deleted:
        """Run *delete* (raising the area's UserError when it refuses) and keep it;
        *check* is the area's rule on what an undo puts back (see ``delete_undoably``)."""
        deleted = undo_core.delete_undoably(kind, record_id, description, delete, check)
        self._kept = [*self._kept, deleted][-MAX_KEPT:]
        self.changed.emit()
        self.kept.emit(description)
        return deleted

    @property
    def can_undo(self) -> bool:
        return bool(self._kept)

    def last_description(self) -> str:
        return self._kept[-1].description if self._kept else ""

    def undo(self) -> tuple[str, int] | None:
        """Put back the newest delete: (kind, id), or None when there is none.
        A UserError (it cannot be put back) leaves it kept and the data unchanged."""
        if not self._kept:
            return None
        deleted = self._kept[-1]
        record_id = undo_core.restore(deleted)
        self._kept.pop()
        self.changed.emit()
        self._bus.changed.emit(UNDONE)  # every tab reads again, its own area's too
        self.restored.emit(deleted.kind, record_id)
        return deleted.kind, record_id

    def clear(self) -> None:
        """Another file was opened: its deletes are not this file's."""
        self._kept = []
        self.changed.emit()
