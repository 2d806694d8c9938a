"""The Report tab's choices and actions around the drafts: the outlines listed for the kind
(the era's by the period), the outline library, the draft mark "(Dự thảo)", the congress of
a political report. The base of :class:`.tab.ReportTab`, which shows the reports."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.report import congress as congress_core
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import reports as report_core
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.forms.ui_report_tab import Ui_ReportTab

from . import choices


class ReportActions(QWidget):
    context: AppContext
    ui: Ui_ReportTab
    report: report_core.ReportData | None

    def save_current(self) -> None:
        raise NotImplementedError

    def reload(self, select_id: int | None = None) -> None:
        raise NotImplementedError

    def _update_outline_warning(self, *_args) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException, _details: str) -> None:
        raise NotImplementedError

    def fill_outlines(self, keep_choice: bool = True) -> None:
        """The outlines of the chosen kind; the era's by the period unless one is kept."""
        ui = self.ui
        keep = ui.outlineCombo.currentData() if keep_choice else None
        choices.fill_outlines(ui.outlineCombo, ui.kindCombo.currentData(),
                              ui.fromYearSpin.value(), ui.toYearSpin.value(), keep)
        self._update_outline_warning()

    def edit_outlines(self) -> None:
        """The outline library; the lists of outlines follow what was changed there."""
        from .outline_dialog import OutlineLibraryDialog

        self.save_current()
        OutlineLibraryDialog.run(self.context, self, self.ui.outlineCombo.currentData())
        self.fill_outlines()
        self.reload()

    def set_draft_mark(self, on: bool) -> None:
        """The draft mark "(Dự thảo)" under the title, kept with the draft."""
        if self.report is None or self.report.is_issued:
            return
        try:
            self.report = report_core.save_particulars(
                dataclasses.replace(self.report, draft_mark=on))
        except UserError as error:
            messages.error(self, str(error))
            self.ui.draftMarkCheck.setChecked(not on)

    def edit_congress(self) -> None:
        """The congress of a political report: its particulars and the new term's targets
        (saved as the congress's resolution, the plan of the new term)."""
        report = self.report
        if report is None or report.is_issued or report.kind != "congress":
            return
        self.save_current()
        current = report_core.congress_of(report) or choices.new_congress(report.end_year)
        edited = choices.ask_congress(self, current)
        if edited is None:
            return
        try:
            congress_core.save_congress(edited, cell_core.load_profile().name)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.reload(select_id=report.id)
        self.context.bus.changed.emit("plans")

    def preview(self) -> None:
        if self.report is None or self.report.id is None:
            return
        self.save_current()
        from desktop_app.gui.common.building import build_in_background

        build_in_background(self.context, self, _build_document, self.report.id,
                            label=self.tr("Building the report…"),
                            on_done=self._show_preview, buttons=(self.ui.previewButton,))

    def _show_preview(self, document) -> None:
        from desktop_app.gui.common.preview import preview_document

        self.last_preview = preview_document(self.context, document, self)


def _build_document(report_id: int):
    """The document of a report: an issued one from its frozen content, exactly as issued."""
    from desktop_app.documents.report.summary import report_document

    return report_document(report_issuing.content_of(report_id))
