"""The Study tab's History and Summary pages: one member's attendance over the sessions,
and the figures of the chosen years that a report quotes. Each is read only when its
page is on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from desktop_app.core.members import roster as members_core
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import sessions as study
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.tasks import Loader, TaskRunner
from desktop_app.gui.forms.ui_study_tab import Ui_StudyTab

from .models import HistoryModel


class HistoryPage(QObject):
    """The member chosen above the page, and their attendance session by session."""

    def __init__(self, ui: Ui_StudyTab, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.model = HistoryModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        ui.historyView.setModel(self.proxy)
        ui.historyView.verticalHeader().setDefaultSectionSize(24)
        fit_to_width(ui.historyView, stretch=2, shrink=(1, 4, 5), widest=160, keep=(0, 3))
        self.stale = True
        ui.memberCombo.currentIndexChanged.connect(self.member_changed)

    def fill_members(self, members: list[members_core.MemberData]) -> None:
        combo = self.ui.memberCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for member in members:
            label = member.full_name
            if member.has_left:
                label += f" ({member.status_label})"
            combo.addItem(label, member.id)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self.member_changed()

    def member_changed(self) -> None:
        # A member's whole history is read only when its page is on screen (a decade is
        # ~1,000 rows): the tab opens on the attendance page.
        ui = self.ui
        self.stale = ui.pages.currentWidget() is not ui.historyPage
        if self.stale:
            return
        member_id = ui.memberCombo.currentData()
        entries = study.member_history(member_id) if member_id is not None else []
        self.model.set_rows(entries)
        present = sum(1 for e in entries if e.status == "present")
        unexcused = sum(1 for e in entries if e.status == "unexcused_absence")
        ui.historySummary.setText(self.tr(
            "%1 sessions: present %2, absent without reason %3."
        ).replace("%1", str(len(entries))).replace("%2", str(present))
            .replace("%3", str(unexcused)) if entries else "")

    def if_shown(self) -> None:
        """Read the history if the page is on screen and the member changed meanwhile."""
        if self.stale and self.ui.pages.currentWidget() is self.ui.historyPage:
            self.member_changed()

    def show_member(self, member_id: int) -> None:
        index = self.ui.memberCombo.findData(member_id)
        if index >= 0:
            self.ui.memberCombo.setCurrentIndex(index)
            self.ui.pages.setCurrentWidget(self.ui.historyPage)


class SummaryPage(QObject):
    """The figures of the years chosen on the page, computed in the background."""

    failed = Signal(str)

    def __init__(self, ui: Ui_StudyTab, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.loader = Loader(runner, self)
        self.loader.failed.connect(self.failed)
        self.due = False  # the year changed since the summary was read
        # The figures as plain text, laid out only where seen: as rich text in a label, a
        # decade of 2,000 members (a sentence naming hundreds of them, 2,000 lines of
        # absences) held the window for a quarter of a second at each layout.
        self.view = QPlainTextEdit(ui.summaryPage)
        self.view.setObjectName("summaryText")
        self.view.setReadOnly(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.viewport().setAutoFillBackground(False)
        layout = ui.summaryLayout
        layout.insertWidget(layout.indexOf(ui.summaryScroll), self.view, 1)
        ui.summaryScroll.hide()
        ui.fromSpin.valueChanged.connect(self.update)
        ui.toSpin.valueChanged.connect(self.update)

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = sorted((self.ui.fromSpin.value(), self.ui.toSpin.value()))
        return dt.date(first, 1, 1), dt.date(last, 12, 31)

    def set_years(self, first: int, last: int) -> None:
        for spin, value in ((self.ui.fromSpin, first), (self.ui.toSpin, last)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.update()

    def show_year(self, year: int) -> None:
        """The tab shows *year*: so does the summary, once its page is on screen."""
        self.loader.cancel()  # a summary of other years asked for before this
        for spin in (self.ui.fromSpin, self.ui.toSpin):
            spin.blockSignals(True)
            spin.setValue(year)
            spin.blockSignals(False)
        self.due = True
        if self.ui.pages.currentWidget() is self.ui.summaryPage:
            self.update()
        else:
            self.view.clear()  # not another year's figures when the page opens

    def update(self) -> None:
        """The summary of the chosen years, computed in the background (ten years of
        attendance take a moment)."""
        self.due = False
        self.loader.load(study_figures.report_facts, *self.period(), apply=self._show)

    def _show(self, facts: study_figures.StudyFacts) -> None:
        paragraphs = list(facts.sentences())
        absent = list(facts.absences)
        if absent:
            paragraphs.append("\n".join(
                [self.tr("Unexcused absences (⚠: 3 or more in a year):")]
                + [f"– {a.full_name}: {a.count}{' ⚠' if a.flagged else ''}" for a in absent]))
        self.view.setPlainText("\n\n".join(paragraphs))

    def if_shown(self) -> None:
        """The summary is read when its page is on screen: over a large cell's year it
        takes a moment to count, and its list of absences is pages of text to lay out."""
        if self.due and self.ui.pages.currentWidget() is self.ui.summaryPage:
            self.update()

    def text(self) -> str:
        """What the page shows: the sentences, then the absences ("" before reading)."""
        return self.view.toPlainText()
