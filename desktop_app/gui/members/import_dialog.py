"""Preview of a members import: every row, its errors and duplicates; nothing saved yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desktop_app.core.common.formats import short_date
from desktop_app.core.members.excel import ImportPreview, ImportRow
from desktop_app.gui.forms.ui_import_dialog import Ui_ImportDialog


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, rows: list[ImportRow], parent=None):
        super().__init__(parent)
        self._rows = rows
        self._headers = [
            self.tr("Row"),
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Kind"),
            self.tr("Result"),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                str(row.line),
                row.member.full_name,
                short_date(row.member.birth_date),
                row.member.kind_label,
                self._result(row),
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QColor("#fde2e1")
            if row.duplicate_of:
                return QColor("#fff4d6")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self._result(row)
        return None

    def _result(self, row: ImportRow) -> str:
        if row.errors:
            return self.tr("Error: ") + " ".join(row.errors)
        if row.duplicate_of:
            return self.tr("Duplicate, skipped: ") + row.duplicate_of
        return self.tr("Will be imported")


class ImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.model = ImportPreviewModel(preview.rows, self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.summaryLabel.setText(preview.summary())
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = len(preview.accepted)
        ok.setText(self.tr("Import %n member(s)", "", count))
        ok.setEnabled(count > 0)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    @classmethod
    def run(cls, parent: QWidget | None, preview: ImportPreview) -> bool:
        """Show the preview; True when the user confirms the import."""
        dialog = cls(preview, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
