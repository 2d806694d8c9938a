"""How the report tab is laid out and why its buttons are greyed.

The reports sit above their sections on the left and the text being edited on the right
(three panes side by side did not fit a 1024-pixel screen); the rows of buttons wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter

from desktop_app.core.report import reports as report_core
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.flow_layout import make_flow
from desktop_app.gui.forms.ui_report_tab import Ui_ReportTab

from .models import DATE, KIND, NUMBER, PERIOD, STATUS, VERSION

translate = QCoreApplication.translate


def arrange(ui: Ui_ReportTab) -> QSplitter:
    """The panes placed and the list fitted to its width; the splitter of the lists."""
    ui.layout.setStretchFactor(ui.splitter, 1)
    lists = QSplitter(Qt.Orientation.Vertical)
    lists.setObjectName("listsSplitter")
    lists.addWidget(ui.archivePane)
    lists.addWidget(ui.sectionList)
    lists.setStretchFactor(0, 2)
    lists.setStretchFactor(1, 3)
    ui.splitter.insertWidget(0, lists)
    ui.splitter.setStretchFactor(0, 2)
    ui.splitter.setStretchFactor(1, 3)
    ui.splitter.setSizes([380, 700])
    for row in (ui.newLayout, ui.outlineLayout, ui.archiveButtons, ui.editorButtons):
        make_flow(row)
    ui.draftMarkCheck.setToolTip(translate(
        "ReportTab", "A draft prints “(Dự thảo)” under its title; turn it off for the copy "
        "printed for signature. An issued report never has it."))
    ui.reportsTable.verticalHeader().setVisible(False)
    ui.reportsTable.setWordWrap(False)
    fit_to_width(ui.reportsTable, stretch=PERIOD, keep=(DATE, NUMBER),
                 shrink=(KIND, VERSION, STATUS))
    return lists


def enable_buttons(ui: Ui_ReportTab, report: report_core.ReportData | None,
                   has_section: bool) -> None:
    """Each button usable or greyed, a greyed one saying why."""
    issued = report is not None and report.is_issued
    none = translate("ReportTab", "Create a draft, or choose a report in the list, first.")
    frozen = translate("ReportTab", "This report is issued: make a correction to change it.")
    set_enabled(ui.regenerateButton, has_section and not issued,
                frozen if issued else translate("ReportTab", "Choose a section in the list first.")
                if report is not None else none)
    set_enabled(ui.particularsButton, report is not None and not issued,
                none if report is None else frozen)
    set_enabled(ui.previewButton, report is not None, none)
    set_enabled(ui.issueButton, report is not None and not issued,
                none if report is None else translate("ReportTab",
                                                      "This report is issued already."))
    set_enabled(ui.correctButton, issued, translate(
        "ReportTab", "Only an issued report is corrected; a draft is edited directly."))
    set_enabled(ui.deleteButton, report is not None and not issued,
                none if report is None else translate(
                    "ReportTab", "An issued report is kept in the archive: it is never deleted."))


def enable_draft_controls(ui: Ui_ReportTab, report: report_core.ReportData | None) -> None:
    """The congress button (a congress report only) and the draft mark's switch."""
    issued = report is not None and report.is_issued
    ui.congressButton.setVisible(report is not None and report.kind == "congress")
    set_enabled(ui.congressButton, not issued, translate(
        "ReportTab", "This report is issued: make a correction to change it."))
    set_enabled(ui.draftMarkCheck, report is not None and not issued,
                translate("ReportTab", "An issued report never has the draft mark.")
                if issued else translate("ReportTab",
                                         "Create a draft, or choose a report in the list, first."))
    ui.draftMarkCheck.setChecked(report is not None and not issued and report.draft_mark)
