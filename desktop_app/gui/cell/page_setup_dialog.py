"""Margins and body size of printed documents (a domain setting, kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.core.cell.page_setup import DocumentSettings, validate_document_settings
from desktop_app.errors import ValidationError
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_page_setup_dialog import Ui_PageSetupDialog


class PageSetupDialog(QDialog):
    def __init__(self, settings: DocumentSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PageSetupDialog()
        self.ui.setupUi(self)
        self.result_settings: DocumentSettings | None = None
        ui = self.ui
        buttons = ui.buttons
        name_buttons(self, buttons)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("Official defaults"))
        defaults.clicked.connect(lambda: self.show_settings(DocumentSettings()))
        self.spins = {
            "margin_top_mm": ui.topSpin,
            "margin_bottom_mm": ui.bottomSpin,
            "margin_left_mm": ui.leftSpin,
            "margin_right_mm": ui.rightSpin,
            "body_size_pt": ui.sizeSpin,
        }
        self.errors = FieldErrors(ui.form, dict(self.spins))
        self.show_settings(settings)

    def show_settings(self, settings: DocumentSettings) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))
        self.errors.clear()

    def accept(self) -> None:
        settings = DocumentSettings(**{name: spin.value() for name, spin in self.spins.items()})
        try:
            validate_document_settings(settings)
        except ValidationError as error:
            self.errors.show(error.fields)
            return
        self.result_settings = settings
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, settings: DocumentSettings) -> DocumentSettings | None:
        """Show the dialog; the validated settings (not yet saved), or None."""
        dialog = cls(settings, parent)
        return run_dialog(dialog, lambda: dialog.result_settings)
