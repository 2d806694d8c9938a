"""Editing the attendance grid from the keyboard: letter keys mark the current row and
move down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.gui.common.sort_proxy import SortProxy

# Keys that set the current row's attendance and move down (keyboard-only entry).
STATUS_KEYS = {
    Qt.Key.Key_C: "present",  # Có mặt
    Qt.Key.Key_L: "excused_absence",  # vắng có Lý do
    Qt.Key.Key_K: "unexcused_absence",  # vắng Không lý do
    Qt.Key.Key_M: "exempt",  # Miễn
}
REFLECTION_KEYS = {
    Qt.Key.Key_N: "submitted",  # đã Nộp
    Qt.Key.Key_U: "late",  # nộp mUộn
    Qt.Key.Key_X: "not_submitted",  # chưa nộp
}


class KeyMarker(QObject):
    """Event filter on the grid: letter keys mark the current row and move down."""

    marked = Signal(int, str, str)  # source row, field ("status"/"reflection"), code

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        view = self._view
        current = view.currentIndex()
        if (modifiers != Qt.KeyboardModifier.NoModifier or not current.isValid()
                or key not in STATUS_KEYS and key not in REFLECTION_KEYS
                or view.state() == QAbstractItemView.State.EditingState):
            return False
        proxy = view.model()
        source = proxy.mapToSource(current) if isinstance(proxy, SortProxy) else current
        if key in STATUS_KEYS:
            self.marked.emit(source.row(), "status", STATUS_KEYS[key])
        else:
            self.marked.emit(source.row(), "reflection", REFLECTION_KEYS[key])
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            view.setCurrentIndex(below)
        return True
