"""Preview of a members import: every row, its errors and duplicates; nothing saved yet."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desktop_app.core.common.formats import short_date
from desktop_app.core.members.excel import ImportPreview, ImportRow
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.rows_model import Column, RowsModel
from desktop_app.gui.forms.ui_import_dialog import Ui_ImportDialog

ERROR_COLOUR = QColor("#fde2e1")
DUPLICATE_COLOUR = QColor("#fff4d6")


class ImportPreviewModel(RowsModel):
    """The rows read from the file: errors in red, duplicates (skipped) in yellow."""

    def __init__(self, rows: list[ImportRow], parent: QObject | None = None):
        super().__init__([], parent, background=_colour)
        self.columns = [
            Column(self.tr("Row"), lambda r: str(r.line), sort=lambda r: r.line),
            Column(self.tr("Full name"), lambda r: r.member.full_name),
            Column(self.tr("Date of birth"), lambda r: short_date(r.member.birth_date)),
            Column(self.tr("Kind"), lambda r: r.member.kind_label),
            Column(self.tr("Result"), self._result, tooltip=self._result),
        ]
        self.set_rows(rows)

    def _result(self, row: ImportRow) -> str:
        if row.errors:
            return self.tr("Error: ") + " ".join(row.errors)
        if row.duplicate_of:
            return self.tr("Duplicate, skipped: ") + row.duplicate_of
        return self.tr("Will be imported")


def _colour(row: ImportRow) -> QColor | None:
    if row.errors:
        return ERROR_COLOUR
    return DUPLICATE_COLOUR if row.duplicate_of else None


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
        count = len(preview.accepted)
        name_buttons(self, self.ui.buttons, ok=self.tr("Import %n member(s)", "", count))
        set_enabled(self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), count > 0,
                    self.tr("No row of the file can be imported: see the messages in the "
                            "list."))

    @classmethod
    def run(cls, parent: QWidget | None, preview: ImportPreview) -> bool:
        """Show the preview; True when the user confirms the import."""
        dialog = cls(preview, parent)
        return run_dialog(dialog, lambda: True) or False
