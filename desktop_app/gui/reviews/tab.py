"""The Self-review tab (Kiểm điểm): commitments, year-end reviews, feedback, ratings.

Left: the year's overview (each party member's status and ratings), the distribution of
ratings and the overdue remedies. Right: the chosen member's commitment, review (generated
from the form template, autosaved as a draft), remedies, feedback and ratings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.common.formats import percent, ratio_percent
from desktop_app.core.members.roster import list_members
from desktop_app.core.reviews import forms, ratings
from desktop_app.core.reviews import remedies as remedies_core
from desktop_app.documents.reviews import jobs as review_jobs
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.fit_width import WidthFitter, fit_to_width
from desktop_app.gui.common.preview import show_preview
from desktop_app.gui.common.sizing import collapse_when_short
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.common.views import make_table, selected_source_row

from . import closing
from .editor import ReviewEditor
from .models import ROW_ROLE, overdue_model, overview_model
from .panels import (
    CommitmentsPanel,
    FeedbackPanel,
    RemediesPanel,
)
from .ratings_panel import RatingsPanel

AREA = "reviews"


@dataclass
class OverviewView:
    """The year's overview and the overdue remedies, read off the UI thread."""

    year: int
    rows: list[ratings.OverviewRow]
    overdue: list[remedies_core.OverdueRemedy]
    names: dict[int, str]  # every member by id: the senders of feedback


def read_overview(year: int) -> OverviewView:
    return OverviewView(year, ratings.year_overview(year), remedies_core.overdue_remedies(),
                        {m.id: m.full_name for m in list_members() if m.id is not None})


class ReviewsTab(QWidget):
    """One tab of the main window; talks to the rest only through signals."""

    dataChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 year: int | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Self-review"))
        self.member_id: int | None = None
        self._selecting = False
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, dt.date.today().year + 1)
        self.year_box.setValue(year or ratings.latest_year() or dt.date.today().year)
        self.year_box.valueChanged.connect(self.refresh)
        self.loader = Loader(context.runner, self)  # the overview, off the UI thread
        self.loader.failed.connect(self._load_failed)
        self.distribution = QLabel()
        self.distribution.setWordWrap(True)

        self.overview = overview_model(self)
        self.overview_view = make_table(self.overview)
        self.overview_view.selectionModel().selectionChanged.connect(self._member_chosen)
        self.overdue = overdue_model(self)
        self.overdue_view = make_table(self.overdue)

        self.commitments = CommitmentsPanel()
        self.editor = ReviewEditor()
        self.remedies = RemediesPanel()
        self.remedies.undo = context.undo
        self.feedback = FeedbackPanel()
        self.ratings = RatingsPanel()
        self.member_title = QLabel()
        self.member_tabs = QTabWidget()
        self.member_tabs.addTab(self.commitments, self.tr("Commitments"))
        # the feedback received is shown beside the review it is about
        review_page = QSplitter(Qt.Orientation.Horizontal)
        review_page.addWidget(self.editor)
        review_page.addWidget(self.feedback)
        review_page.setStretchFactor(0, 3)
        review_page.setStretchFactor(1, 2)
        self.review_page = review_page
        self.member_tabs.addTab(review_page, self.tr("Self-review and feedback"))
        self.member_tabs.addTab(self.remedies, self.tr("Remedies"))
        self.member_tabs.addTab(self.ratings, self.tr("Ratings"))

        self.commitments.saved.connect(self._data_changed)
        self.editor.draftSaved.connect(self._review_saved)
        self.editor.reviewFinished.connect(self._review_saved)
        self.remedies.changed.connect(self._data_changed)
        self.ratings.changed.connect(self._data_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.distribution, 1)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self)
        self.print_commitment_action = print_menu.addAction(self.tr("Commitment form"))
        self.print_review_action = print_menu.addAction(self.tr("Self-review form"))
        self.print_summary_action = print_menu.addAction(self.tr("Rating summary of the year"))
        self.print_button.setMenu(print_menu)
        self.print_commitment_action.triggered.connect(
            lambda: self._preview_member(review_jobs.commitment_job))
        self.print_review_action.triggered.connect(
            lambda: self._preview_member(review_jobs.review_job))
        self.print_summary_action.triggered.connect(self.print_summary)
        top.addWidget(self.print_button)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.overview_view)
        overdue_box = QGroupBox(self.tr("Overdue remedies (all years)"))
        overdue_layout = QVBoxLayout(overdue_box)
        overdue_layout.addWidget(self.overdue_view)
        left.addWidget(overdue_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        collapse_when_short(left, 1, 420)  # the overview lists them too
        self.overview_view.setWordWrap(False)
        fit_to_width(self.overview_view, stretch=0, widest=130, keep=(0,),
                     shrink=(7, 6, 5, 4, 3, 2, 1))
        fit_to_width(self.overdue_view, stretch=2, shrink=(4, 1), keep=(0, 3), widest=140)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.member_title)
        right_layout.addWidget(self.member_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])
        self.overview_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # template files refused at loading: say which and where, the others keep working
        self.template_problems = QLabel("\n".join(forms.templates().errors))
        self.template_problems.setWordWrap(True)
        self.template_problems.setStyleSheet("color: #b00020;")
        self.template_problems.setVisible(bool(forms.templates().errors))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.template_problems)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        state = context.settings.value("reviews/splitter")
        if state is not None:
            splitter.restoreState(state)
        context.bus.changed.connect(self._on_bus)
        self.guard = closing.install_guard(self)  # closed years, history of changes
        self.unsaved_edits = lambda: closing.unsaved_edits(self)
        self.refresh()

    # On a narrow window the review takes the page's whole width and the feedback has a
    # page of its own, the last (the review was a 350-pixel column beside it).
    FEEDBACK_BESIDE_FROM = 1500

    # and the member list keeps its first columns: the ratings of the one chosen are on
    # its Ratings page, the year's count of each level above the list
    ALL_COLUMNS_FROM = 1300
    RATING_COLUMNS = (4, 5, 6, 7)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_feedback()
        narrow = self.width() < self.ALL_COLUMNS_FROM
        header = self.overview_view.horizontalHeader()
        if header.isSectionHidden(self.RATING_COLUMNS[0]) != narrow:
            for column in self.RATING_COLUMNS:
                header.setSectionHidden(column, narrow)
            fitter = self.overview_view.findChild(WidthFitter)
            if fitter is not None:
                fitter.refit()

    def _place_feedback(self) -> None:
        beside = self.width() >= self.FEEDBACK_BESIDE_FROM
        if beside == (self.feedback.parent() is self.review_page):
            return
        if beside:
            index = self.member_tabs.indexOf(self.feedback)
            if index >= 0:
                self.member_tabs.removeTab(index)
            self.review_page.addWidget(self.feedback)
            self.member_tabs.setTabText(1, self.tr("Self-review and feedback"))
        else:
            self.member_tabs.addTab(self.feedback, self.tr("Feedback"))
            self.member_tabs.setTabText(1, self.tr("Self-review"))
            return
        self.feedback.show()

    def _preview_member(self, make_job) -> None:
        if self.member_id is None:
            return
        self.editor.flush()  # print what is on the screen
        self.preview = show_preview(self.context, make_job(self.member_id, self.year), self)

    def print_summary(self) -> None:
        self.preview = show_preview(self.context, review_jobs.ratings_summary_job(self.year),
                                    self)

    def save_state(self) -> None:
        self.editor.flush()
        self.context.settings.setValue("reviews/splitter", self.splitter.saveState())

    def _on_bus(self, area: str) -> None:
        if area != AREA:
            self.refresh()

    @property
    def year(self) -> int:
        return self.year_box.value()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _load_failed(self, message: str) -> None:
        messages.error(self, self.tr("Could not read the self-reviews: %1").replace(
            "%1", message))

    def refresh(self) -> None:
        """Reload the overview of the chosen year (read in the background), then the
        member panel."""
        self.editor.flush()
        self.loader.load(read_overview, self.year, apply=self._show_overview)

    def _show_overview(self, view: OverviewView) -> None:
        if view.year != self.year:
            return  # the year changed meanwhile: its own reading follows
        self.overview.set_rows(view.rows)
        self.overdue.set_rows(view.overdue)
        self.feedback.set_members(view.names)
        self._show_distribution(view.rows)
        self._select(self.member_id)
        if self.member_id is None and self.overview.rows:
            self.overview_view.selectRow(0)  # selecting loads the member
            return
        self._load_member()

    def _show_distribution(self, rows: list[ratings.OverviewRow]) -> None:
        counts = ratings.distribution(rows)
        rated = sum(counts.values())
        registered = sum(1 for r in rows if r.status != "not_registered")
        parts = [self.tr("Registered: %1/%2").replace("%1", str(registered))
                 .replace("%2", str(len(rows)))]
        for level, count in counts.items():
            if count:
                parts.append(f"{ratings.LEVEL_LABELS[level]}: {count} "
                             f"({percent(ratio_percent(count, rated))})")
        self.distribution.setText("; ".join(parts))

    def _select(self, member_id: int | None) -> None:
        proxy = self.overview_view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if proxy.data(index, ROW_ROLE).member_id == member_id:
                self._selecting = True
                try:
                    self.overview_view.selectRow(row)
                finally:
                    self._selecting = False
                return
        self.member_id = None

    def select_member(self, member_id: int) -> None:
        self._select(member_id)
        self.member_id = member_id
        self._load_member()

    def _member_chosen(self) -> None:
        if self._selecting:
            return
        row = selected_source_row(self.overview_view)
        member_id = self.overview.rows[row].member_id if row is not None else None
        if member_id != self.member_id:
            self.editor.flush()
            self.member_id = member_id
            self._load_member()

    def _load_member(self) -> None:
        member_id, year = self.member_id, self.year
        name = next((r.full_name for r in self.overview.rows if r.member_id == member_id), "")
        self.member_title.setText(f"<b>{name} – {year}</b>" if name else
                                  self.tr("Choose a member in the list."))
        self.print_commitment_action.setEnabled(member_id is not None)
        self.print_review_action.setEnabled(member_id is not None)
        self.commitments.load(member_id, year)
        self.editor.load(member_id, year)
        self._load_review_parts()
        self.ratings.load(member_id, year)
        self.guard.apply()  # the review's form is made anew for each member

    def _load_review_parts(self) -> None:
        review_id = self.editor.review.id if self.editor.review else None
        self.remedies.load(review_id, self.year)
        self.feedback.load(review_id, self.member_id, self.year)

    def _review_saved(self, _review_id: int) -> None:
        if self.remedies.review_id is None:
            self._load_review_parts()
        self._data_changed()

    def _data_changed(self) -> None:
        rows = ratings.year_overview(self.year)
        self.overview.set_rows(rows)
        self._select(self.member_id)
        self._show_distribution(rows)
        self.overdue.set_rows(remedies_core.overdue_remedies())
        self.ratings.load(self.member_id, self.year)
        self.dataChanged.emit()
        self.context.bus.changed.emit(AREA)
