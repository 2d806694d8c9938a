"""The Report tab: draft the summary report from the data, edit it, issue it, re-print it.

Drafting (every section from the facts) and building the document run in the background;
section edits are autosaved a moment after typing stops, so a crash loses nothing.
"""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.units import UNIT_KIND_LABELS
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import reports as report_core
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.closing.report_note import ReportChangesNote
from desktop_app.gui.common import messages
from desktop_app.gui.common.cancelling import in_one_transaction
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.mnemonics import free_mnemonics
from desktop_app.gui.common.rows_model import ROW_ROLE
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.forms.ui_report_tab import Ui_ReportTab

from . import choices
from .arrangement import arrange, enable_buttons, enable_draft_controls
from .dialogs import ReportParticularsDialog as ParticularsDialog
from .models import DATE, ReportsModel
from .tab_actions import ReportActions

KEY_ROLE = Qt.ItemDataRole.UserRole + 3


class PeriodValues(TypedDict):
    """The period typed above the list, as ``ReportData`` and ``validate_period`` take it."""

    start_year: int
    start_month: int
    end_year: int
    end_month: int

AUTOSAVE_MS = 800
AREA = "report"


class ReportTab(ReportActions):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ReportTab()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Report"))
        self.report: report_core.ReportData | None = None
        self.sections: dict[str, report_core.SectionData] = {}
        self.changed: set[str] = set()
        self._current_key: str | None = None
        self._loading = False
        ui = self.ui
        for kind, label in report_core.KIND_LABELS.items():
            ui.kindCombo.addItem(label, kind)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("final"))
        self.fill_outlines()
        for code, label in UNIT_KIND_LABELS.items():
            ui.unitCombo.addItem(label, code)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(
            cell_core.load_profile().unit_kind)))
        ui.outlineWarning.setVisible(False)
        for spin in (ui.fromYearSpin, ui.fromMonthSpin, ui.toYearSpin, ui.toMonthSpin):
            spin.valueChanged.connect(self._update_outline_warning)
        for spin in (ui.fromYearSpin, ui.toYearSpin):
            spin.valueChanged.connect(lambda _v: self.fill_outlines(keep_choice=False))
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.fill_outlines(False))
        ui.outlineCombo.currentIndexChanged.connect(self._update_outline_warning)
        self.lists = arrange(ui)
        ui.periodError.setVisible(False)
        ui.changedLabel.setVisible(False)
        self.model = ReportsModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.reportsTable.setModel(self.proxy)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_current)
        ui.editor.textChanged.connect(self._on_text_changed)
        ui.createButton.clicked.connect(self.create_draft)
        ui.reportsTable.selectionModel().selectionChanged.connect(self._on_report_selected)
        ui.sectionList.currentItemChanged.connect(self._on_section_changed)
        ui.regenerateButton.clicked.connect(self.regenerate)
        ui.particularsButton.clicked.connect(self.edit_particulars)
        ui.outlinesButton.clicked.connect(self.edit_outlines)
        ui.congressButton.clicked.connect(self.edit_congress)
        ui.draftMarkCheck.clicked.connect(self.set_draft_mark)
        ui.previewButton.clicked.connect(self.preview)
        ui.issueButton.clicked.connect(self.issue)
        ui.correctButton.clicked.connect(self.correct)
        ui.deleteButton.clicked.connect(self.delete_draft)
        context.bus.changed.connect(self._on_bus)
        self._update_outline_warning()
        self.changes_note = ReportChangesNote(context, self)  # changes since it was issued
        ui.archiveLayout.addWidget(self.changes_note)
        # a letter the tab and the menu bar leave free (once the tab is in the window)
        QTimer.singleShot(0, self, lambda: free_mnemonics(self, [self.changes_note.button]))
        self.reload()

    def unsaved_edits(self) -> list[str]:
        return [self.tr("the report section being written (Report tab)")] \
            if self.autosave.isActive() else []

    # the list of reports ----------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id or (self.report.id if self.report else None)
        self.model.set_rows(report_core.list_reports())
        self.ui.reportsTable.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        rows = self.proxy.rowCount()
        for row in range(rows):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == select_id:
                self.ui.reportsTable.selectRow(row)
                break
        else:
            if rows:
                self.ui.reportsTable.selectRow(0)  # the newest report
            else:
                self.show_report(None)

    def _on_bus(self, area: str) -> None:
        """Another tab changed data: look again which drafted sections are out of date."""
        if area != AREA and self.report is not None and self.report.id is not None \
                and not self.report.is_issued:
            self.context.runner.run(report_core.changed_sections, self.report.id,
                                    on_done=self._changed_found)

    def _on_report_selected(self, *_args) -> None:
        rows = self.ui.reportsTable.selectionModel().selectedRows()
        self.save_current()
        self.show_report(rows[0].data(ROW_ROLE) if rows else None)

    def show_report(self, data: report_core.ReportData | None) -> None:
        """Show *data*'s sections; changed-data warnings are computed in the background."""
        self.report = data
        self.changed = set()
        self._loading = True
        ui = self.ui
        ui.sectionList.clear()
        ui.editor.clear()
        self._current_key = None
        self.sections = {}
        if data is not None and data.id is not None:
            for section in report_core.sections(data.id):
                self.sections[section.key] = section
                indent = "    " * max(0, section.level - 1)
                label = section.title or self.tr("Opening paragraph")
                item = QListWidgetItem(indent + label)
                item.setData(KEY_ROLE, section.key)
                if section.is_heading_only:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                ui.sectionList.addItem(item)
            first = next((i for i in range(ui.sectionList.count())
                          if ui.sectionList.item(i).flags() & Qt.ItemFlag.ItemIsSelectable),
                         None)
            if first is not None:
                ui.sectionList.setCurrentRow(first)
            if not data.is_issued:
                self.context.runner.run(report_core.changed_sections, data.id,
                                        on_done=self._changed_found)
        self._loading = False
        warning = None
        if data is not None and data.id is not None:
            warning = report_core.outline_warning(data, report_core.outline_of(data))
        ui.reportWarning.setText(warning or "")
        ui.reportWarning.setVisible(bool(warning))
        self._update_state()

    def _changed_found(self, keys: set[str]) -> None:
        self.changed = set(keys)
        self._update_state()

    # the section editor -------------------------------------------------------------------
    def _on_section_changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.save_current()
        key = current.data(KEY_ROLE) if current is not None else None
        section = self.sections.get(key) if key else None
        if section is None or section.is_heading_only:
            self._current_key = None
            self._update_state()
            return
        self._loading = True
        self._current_key = key
        self.ui.editor.setPlainText(section.text)
        self._loading = False
        self._update_state()

    def _on_text_changed(self) -> None:
        if self._loading or self._current_key is None:
            return
        self.ui.saveState.setText(self.tr("Unsaved changes…"))
        self.autosave.start()

    def save_current(self) -> None:
        """Autosave the section being edited (also when switching section or report)."""
        self.autosave.stop()
        key = self._current_key
        if key is None or self.report is None or self.report.is_issued:
            return
        text = self.ui.editor.toPlainText()
        if text == self.sections[key].text:
            return
        assert self.report.id is not None
        try:
            report_core.save_section_text(self.report.id, key, text)
        except UserError as error:
            messages.error(self, str(error))
            return
        section = self.sections[key]
        section.text = text
        section.edited = text != section.generated_text
        self.ui.saveState.setText(self.tr("Saved."))

    def _update_state(self) -> None:
        ui = self.ui
        report = self.report
        issued = report is not None and report.is_issued
        key = self._current_key
        section = self.sections.get(key) if key else None
        ui.editor.setEnabled(section is not None)
        ui.editor.setReadOnly(issued)
        enable_buttons(ui, report, section is not None)
        enable_draft_controls(ui, report)
        self.changes_note.show_for(report.id if report else None, issued)
        title = ""
        if section is not None:
            title = section.title or self.tr("Opening paragraph")
            if section.mode == "judgement":
                title += " " + self.tr("(judgement: starting text suggested from the data)")
        if issued and report is not None:
            title = self.tr("Issued as %1: read only. Make a correction to change it.") \
                .replace("%1", report.issued_number) + ("\n" + title if title else "")
        ui.sectionTitle.setText(title)
        warn = section is not None and not issued and key in self.changed
        ui.changedLabel.setText(report_core.DATA_CHANGED if warn else "")
        ui.changedLabel.setVisible(warn)

    # actions ---------------------------------------------------------------------------------
    def period_values(self) -> PeriodValues:
        ui = self.ui
        return PeriodValues(start_year=ui.fromYearSpin.value(),
                            start_month=ui.fromMonthSpin.value(),
                            end_year=ui.toYearSpin.value(), end_month=ui.toMonthSpin.value())

    def _update_outline_warning(self, *_args) -> None:
        """An outline of another era is not refused, but said plainly beside the choice."""
        values = self.period_values()
        warning = None
        code = self.ui.outlineCombo.currentData()
        if code is not None and not report_core.validate_period(**values):
            try:
                warning = report_core.outline_warning(report_core.ReportData(
                    outline_id=code, **values))
            except UserError as error:  # deleted meanwhile
                warning = str(error)
        self.ui.outlineWarning.setText(warning or "")
        self.ui.outlineWarning.setVisible(bool(warning))

    def create_draft(self) -> None:
        values = self.period_values()
        errors = report_core.validate_period(**values)
        self.ui.periodError.setText(" ".join(errors.values()))
        self.ui.periodError.setVisible(bool(errors))
        if errors:
            return
        from desktop_app.documents.jobs import default_issue_date

        data = report_core.ReportData(kind=self.ui.kindCombo.currentData(),
                                      outline_id=self.ui.outlineCombo.currentData(),
                                      report_date=default_issue_date(),
                                      unit_kind=self.ui.unitCombo.currentData(), **values)
        congress = None
        if data.kind == "congress":  # its particulars first: the report speaks of them
            congress = choices.ask_congress(self, choices.new_congress(data.end_year))
            if congress is None:
                return
        set_enabled(self.ui.createButton, False,
                    self.tr("Please wait: the report is being drafted."))
        # one transaction: a Cancel while it drafts stores no draft
        self.context.runner.run(in_one_transaction(report_core.create_draft), data,
                                congress=congress, on_done=self._created,
                                on_error=self._failed, on_cancel=self._draft_cancelled,
                                label=self.tr("Drafting the report…"), parent_widget=self,
                                cancellable=True)

    def _draft_cancelled(self) -> None:
        set_enabled(self.ui.createButton, True)
        self.ui.periodError.setText(self.tr("Drafting was cancelled: no draft was saved."))
        self.ui.periodError.setVisible(True)

    def _created(self, data: report_core.ReportData) -> None:
        set_enabled(self.ui.createButton, True)
        self.reload(select_id=data.id)
        self.context.bus.changed.emit(AREA)

    def _failed(self, error: BaseException, _details: str) -> None:
        set_enabled(self.ui.createButton, True)
        if isinstance(error, ValidationError):
            self.ui.periodError.setText(" ".join(error.fields.values()))
            self.ui.periodError.setVisible(True)
        messages.error(self, str(error))

    def regenerate(self) -> None:
        key = self._current_key
        if key is None or self.report is None or self.report.id is None:
            return
        self.save_current()
        section = self.sections[key]
        if section.edited:
            text = self.tr("This section was edited. Draft it again from the data and replace "
                           "your text?")
            if key in self.changed:
                text = report_core.DATA_CHANGED + "\n" + text
            if not messages.confirm(self, text, yes=self.tr("Regenerate")):
                return
        try:
            fresh = report_core.regenerate_section(self.report.id, key)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.sections[key] = fresh
        self.changed.discard(key)
        self._loading = True
        self.ui.editor.setPlainText(fresh.text)
        self._loading = False
        self._update_state()

    def edit_particulars(self) -> None:
        """Subject, documents answered, date, place, signer, nơi nhận (saved by the dialog).
        The opening paragraph cites the documents answered: regenerate it after a change."""
        if self.report is None or self.report.is_issued:
            return
        self.save_current()
        saved = ParticularsDialog.run(self, self.report)
        if saved is not None:
            self.reload(select_id=saved.id)

    def issue(self) -> None:
        if self.report is None or self.report.id is None or self.report.is_issued:
            return
        self.save_current()
        if not messages.confirm(self, self.tr(
                "Issue this report? It takes the next BC number from the register and is "
                "archived as it is now; afterwards it can only be changed by a correction "
                "(a new version)."), yes=self.tr("Issue")):
            return
        from desktop_app.documents.report.summary import render_report_pdf

        try:
            issued = report_issuing.issue_report(self.report.id, render_report_pdf)
        except report_issuing.ArchiveNotWritten as error:  # issued, its PDF not archived
            messages.error(self, str(error))
            issued = error.report
        except UserError as error:
            messages.error(self, str(error))
            return
        self.reload(select_id=issued.id)
        self.context.bus.changed.emit("documents")

    def correct(self) -> None:
        if self.report is None or self.report.id is None or not self.report.is_issued:
            return
        if not messages.confirm(self, self.tr(
                "Make a correction of %1? A new draft (next version) is created with the issued "
                "text; the issued report stays archived unchanged.")
                .replace("%1", self.report.issued_number), yes=self.tr("Make a correction")):
            return
        try:
            copy = report_issuing.correct_report(self.report.id)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.reload(select_id=copy.id)

    def delete_draft(self) -> None:
        if self.report is None or self.report.id is None or self.report.is_issued:
            return
        if not messages.confirm(self, self.tr("Delete this draft and all its text?"),
                                yes=self.tr("Delete")):
            return
        self.autosave.stop()
        self._current_key = None
        report_core.delete_draft(self.report.id)
        self.report = None
        self.reload()

