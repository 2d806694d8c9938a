"""The report's particulars: subject, documents answered, date, place, signer, nơi nhận."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.report import reports as report_core
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import run_dialog
from desktop_app.gui.forms.ui_report_particulars_dialog import Ui_ReportParticularsDialog


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ReportParticularsDialog(QDialog):
    """Edits a draft's particulars and saves them (core validation) when OK is pressed."""

    def __init__(self, data: report_core.ReportData, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportParticularsDialog()
        self.ui.setupUi(self)
        self.data = data
        self.saved: report_core.ReportData | None = None
        ui = self.ui
        ui.subjectEdit.setText(data.subject)
        ui.answersEdit.setPlainText("\n".join(data.answers))
        write_date(ui.dateEdit, data.report_date)
        ui.placeEdit.setText(data.place)
        ui.signerEdit.setText(data.signer_name)
        ui.distributionEdit.setPlainText("\n".join(data.distribution))
        ui.appendixCheck.setChecked(data.appendix)
        ui.errorLabel.setVisible(False)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        errors: dict[str, str] = {}
        day = read_date(ui.dateEdit, self.tr("Date"), errors, "report_date")
        changed = dataclasses.replace(
            self.data, subject=ui.subjectEdit.text(), answers=_lines(ui.answersEdit.toPlainText()),
            report_date=day, place=ui.placeEdit.text(), signer_name=ui.signerEdit.text(),
            distribution=_lines(ui.distributionEdit.toPlainText()),
            appendix=ui.appendixCheck.isChecked())
        try:
            if errors:
                raise ValidationError(errors)
            self.saved = report_core.save_particulars(changed)
        except ValidationError as error:
            ui.errorLabel.setText("\n".join(error.fields.values()))
            ui.errorLabel.setVisible(True)
            return
        except UserError as error:
            ui.errorLabel.setText(str(error))
            ui.errorLabel.setVisible(True)
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None,
            data: report_core.ReportData) -> report_core.ReportData | None:
        """Show the dialog; the saved report, or None when cancelled."""
        dialog = cls(data, parent)
        return run_dialog(dialog, lambda: dialog.saved)
