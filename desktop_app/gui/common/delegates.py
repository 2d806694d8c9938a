"""Item delegates shared by the lists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a coded column: offers the labels, edits the code (the
    column's ``edit_value``)."""

    def __init__(self, labels: dict[str, str], parent: QObject | None = None):
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
