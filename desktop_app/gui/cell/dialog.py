"""The cell's particulars: asked at first start, editable from Tệp → Thông tin chi bộ."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.units import UNIT_KIND_LABELS
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors, form_row
from desktop_app.gui.forms.ui_cell_dialog import Ui_CellDialog


class CellDialog(QDialog):
    def __init__(
        self,
        profile: cell_core.CellProfile,
        first_start: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CellDialog()
        self.ui.setupUi(self)
        self.profile = profile
        self.result_profile: cell_core.CellProfile | None = None
        ui = self.ui
        name_buttons(self, ui.buttons)
        if first_start:
            ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        if first_start:
            self.setWindowTitle(self.tr("Welcome: the cell's particulars"))
            ui.introLabel.setText(
                self.tr(
                    "Welcome to the Party cell book. Please enter your cell's particulars: they "
                    "appear in the header and the signature of every printed document. You can "
                    "change them later in File → Cell particulars."
                )
            )
        # what the code is: the part after the slash of every number the cell issues
        hint = QLabel(self.tr("The part after the slash of document numbers: with “CB” "
                              "report No. 12 is printed “Số 12-BC/CB” (a committee: “ĐU”)."))
        hint.setObjectName("codeHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        ui.form.insertRow(form_row(ui.form, ui.codeEdit) + 1, "", hint)
        self.errors = FieldErrors(
            ui.form,
            {
                "superior_line1": ui.superior1Edit,
                "superior_line2": ui.superior2Edit,
                "name": ui.nameEdit,
                "unit_kind": ui.unitKindCombo,
                "code": ui.codeEdit,
                "place": ui.placeEdit,
                "term_name": ui.termNameEdit,
                "term_start": ui.termStartEdit,
                "term_end": ui.termEndEdit,
                "secretary_name": ui.secretaryEdit,
                "deputy_secretary_name": ui.deputyEdit,
            },
            required=("superior_line1", "name", "code", "place", "term_start", "term_end"))
        ui.superior1Edit.setText(profile.superior_line1)
        ui.superior2Edit.setText(profile.superior_line2)
        ui.nameEdit.setText(profile.name)
        for code, label in UNIT_KIND_LABELS.items():
            ui.unitKindCombo.addItem(label, code)
        ui.unitKindCombo.setCurrentIndex(max(0, ui.unitKindCombo.findData(profile.unit_kind)))
        ui.codeEdit.setText(profile.code or "CB")
        ui.placeEdit.setText(profile.place)
        ui.termNameEdit.setText(profile.term_name)
        write_date(ui.termStartEdit, profile.term_start)
        write_date(ui.termEndEdit, profile.term_end)
        ui.secretaryEdit.setText(profile.secretary_name)
        ui.deputyEdit.setText(profile.deputy_secretary_name)
        self.resize(640, self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        profile = cell_core.CellProfile(
            name=ui.nameEdit.text(),
            superior_line1=ui.superior1Edit.text(),
            superior_line2=ui.superior2Edit.text(),
            code=ui.codeEdit.text(),
            place=ui.placeEdit.text(),
            term_name=ui.termNameEdit.text(),
            term_start=read_date(ui.termStartEdit, self.tr("Term starts"), errors, "term_start"),
            term_end=read_date(ui.termEndEdit, self.tr("Term ends"), errors, "term_end"),
            secretary_name=ui.secretaryEdit.text(),
            deputy_secretary_name=ui.deputyEdit.text(),
            unit_kind=ui.unitKindCombo.currentData(),
        )
        if not self.errors.check(errors, cell_core.validate_profile(profile)):
            return
        self.result_profile = profile
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, profile: cell_core.CellProfile, first_start: bool = False
    ) -> cell_core.CellProfile | None:
        """Show the dialog; the validated particulars (not yet saved), or None."""
        dialog = cls(profile, first_start, parent)
        return run_dialog(dialog, lambda: dialog.result_profile)
