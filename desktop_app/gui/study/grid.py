"""Editing the attendance grid: a combo box for coded columns, and letter keys that mark
the current row and move down (keyboard-only entry)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QTableView

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


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a coded column (status, reflection)."""

    def __init__(self, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self._labels = labels

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code, label in self._labels.items():
            combo.addItem(label or "—", code)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


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
