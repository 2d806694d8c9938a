"""The Savings tab: thrift grid and results with charts, social work, commendations and
violations (thực hành tiết kiệm, công tác xã hội, khen thưởng, vi phạm)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLayout, QWidget

from desktop_app.core.common.formats import number
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.results import (
    MonthPoint,
    Period,
    ThriftResult,
    ThriftTable,
    monthly_series,
    thrift_table,
)
from desktop_app.documents.savings.jobs import social_job, thrift_job
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.preview import show_preview
from desktop_app.gui.common.rows_model import Column
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.common.views import fit_columns
from desktop_app.gui.forms.ui_savings_tab import Ui_SavingsTab

from . import closing
from .charts import make_view, monthly_chart, percent_chart
from .funds import FundsPage
from .grid_actions import GridActions
from .models import RIGHT, GridModel, ResultsModel, reached_colour
from .reading import ResultsView, YearView, read_results, read_year, rose_months
from .records import RecordLists

AREA = "savings"
YEAR, QUARTER_1, MONTH_1, YEARS = 0, 1, 5, 17  # period combo: year, Q1–Q4, months, years


def _amount(value: int | None) -> str:
    return "" if value is None else number(value)


def _saved(result: ThriftResult) -> str:
    if result.saved is None:
        return ""
    return number(result.saved) if result.saved >= 0 else f"vượt chi {number(-result.saved)}"


class SavingsTab(QWidget):
    """Emits ``changed`` after every write (also announced on the context's bus)."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_SavingsTab()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Savings"))
        this_year = dt.date.today().year
        years = savings.years_with_entries()
        ui.yearSpin.setValue(years[-1] if years else this_year)
        ui.toYearSpin.setValue(ui.yearSpin.value())

        self.grid = GridModel(self)
        ui.gridView.setModel(self.grid)
        ui.gridView.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Fitted after each load (views.fit_columns): Qt's own fitting re-reads every cell
        # at each change.
        ui.gridView.horizontalHeader().setStretchLastSection(True)
        ui.gridView.setColumnWidth(0, 190)
        ui.gridView.verticalHeader().setDefaultSectionSize(24)
        ui.gridView.verticalHeader().setVisible(False)
        ui.gridView.installEventFilter(self)
        ui.gridErrorLabel.hide()
        self.grid.refused.connect(self._show_grid_error)
        self.grid.edited.connect(self._on_grid_saved)

        self.results = ResultsModel([
            Column(self.tr("Category"), lambda r: r.name),
            Column(self.tr("Actual (đồng)"), lambda r: _amount(r.actual), align=RIGHT),
            Column(self.tr("Baseline (đồng)"), lambda r: _amount(r.baseline), align=RIGHT),
            Column(self.tr("Saved (đồng)"), _saved, align=RIGHT),
            Column(self.tr("Change"), lambda r: r.change_text(), foreground=reached_colour),
            Column(self.tr("Target"), lambda r: r.target_text(), align=RIGHT,
                   foreground=reached_colour),
            Column(self.tr("Result"), lambda r: r.status_text(), foreground=reached_colour),
        ], self)
        ui.resultsView.setModel(self.results)
        ui.resultsView.verticalHeader().setVisible(False)
        ui.resultsView.horizontalHeader().setStretchLastSection(True)
        ui.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        ui.periodCombo.addItem(self.tr("the year"), YEAR)
        for quarter, name in enumerate(("I", "II", "III", "IV"), start=1):
            ui.periodCombo.addItem(self.tr("quarter %1").replace("%1", name),
                                   QUARTER_1 + quarter - 1)
        for month in range(1, 13):
            ui.periodCombo.addItem(self.tr("month %1").replace("%1", str(month)),
                                   MONTH_1 + month - 1)
        ui.periodCombo.addItem(self.tr("several years"), YEARS)

        # The charts' pages are behind the results table: each chart is made when its page
        # is on screen (drawing both at every load held the window for a tenth of a second
        # on a large database), from the data kept here meanwhile.
        self.monthly_view: QChartView | None = None
        self.percent_view: QChartView | None = None
        self._monthly_due: tuple[list[MonthPoint], str] | None = None
        self._percent_due: ThriftTable | None = None
        for page in (ui.monthlyChartPage, ui.percentChartPage):
            page.installEventFilter(self)  # drawn when shown (not on currentChanged, which
            # the tab widget also emits while it is being destroyed)

        # Reading: off the UI thread (a decade of entries and social work)
        self.grid_loader = Loader(context.runner, self)
        self._grid_saves = 0  # cells saved so far: a reading started before is stale
        self.results_loader = Loader(context.runner, self)
        self.lists = RecordLists(self, ui, lambda: self.year, self._announce, context.runner)
        self.loaders = (self.grid_loader, self.results_loader, self.lists.loader)
        for loader in self.loaders:
            loader.failed.connect(self._load_failed)

        self.grid_actions = GridActions(self, ui, self.grid, lambda: self.year,
                                        self._grid_rewritten)
        # funds (quỹ): money members put in and what it was spent on, a page of its own
        self.funds = FundsPage(self._announce, ui.sections)
        ui.sections.addTab(self.funds, self.tr("Funds"))

        ui.yearSpin.valueChanged.connect(self._on_year)
        ui.periodCombo.currentIndexChanged.connect(self.refresh_results)
        ui.toYearSpin.valueChanged.connect(self.refresh_results)
        ui.chartCombo.currentIndexChanged.connect(self.refresh_charts)
        ui.printThriftButton.clicked.connect(self.print_thrift)
        ui.printSocialButton.clicked.connect(self.print_social)
        context.bus.changed.connect(self._on_bus)
        self.guard = closing.install_guard(self)  # closed years, history of changes
        self.unsaved_edits = lambda: closing.unsaved_edits(self)
        self._restore_state()
        self.reload()

    # state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings
        index = settings.value("savings/section", 0, type=int)
        self.ui.sections.setCurrentIndex(index)
        self.ui.resultTabs.setCurrentIndex(settings.value("savings/results_page", 0, type=int))

    def save_state(self) -> None:
        self.context.settings.setValue("savings/section", self.ui.sections.currentIndex())
        self.context.settings.setValue("savings/results_page", self.ui.resultTabs.currentIndex())

    # loading -----------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def loading(self) -> bool:
        return any(loader.busy for loader in self.loaders)

    def _load_failed(self, message: str) -> None:
        messages.error(self, self.tr("Could not read the savings records: %1").replace(
            "%1", message))

    def reload(self) -> None:
        self.reload_grid()
        self.reload_lists()

    def reload_grid(self) -> None:
        """Read the year's grid and results in the background, then show them."""
        saves = self._grid_saves

        def show(view: YearView) -> None:
            if saves != self._grid_saves:  # a cell was saved meanwhile: read it again
                self.reload_grid()
            else:
                self._show_year(view)

        self.grid_loader.load(read_year, self.year, self.period(),
                              self.ui.chartCombo.currentData(), apply=show)

    def _show_year(self, view: YearView) -> None:
        if view.year != self.year:
            return  # the year changed meanwhile: its own reading follows
        self.grid.load(view.year, view.grid, view.rose)
        self._fit_grid()
        combo = self.ui.chartCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        for category in view.categories:
            combo.addItem(category.name, category.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._update_grid_error()
        self._show_results(view.results)

    def _fit_grid(self) -> None:
        """Months as wide as their amounts; the grid shows all its rows, no empty band
        under them."""
        view = self.ui.gridView
        fit_columns(view, widest=320)
        view.setColumnWidth(0, max(view.columnWidth(0), 190))  # the category names
        rows = self.grid.rowCount()
        height = (view.horizontalHeader().height() + 2 * view.frameWidth()
                  + sum(view.rowHeight(r) for r in range(rows))
                  + view.horizontalScrollBar().sizeHint().height())
        view.setFixedHeight(max(height, 120))

    def reload_lists(self) -> None:
        self.lists.reload()
        self.funds.reload()

    def period(self) -> Period:
        code = self.ui.periodCombo.currentData()
        if code == YEARS:
            first, last = sorted((self.year, self.ui.toYearSpin.value()))
            return Period.years(first, last)
        if code is not None and QUARTER_1 <= code < MONTH_1:
            return Period.quarter(self.year, code - QUARTER_1 + 1)
        if code is not None and MONTH_1 <= code < YEARS:
            return Period.month(self.year, code - MONTH_1 + 1)
        return Period.year(self.year)

    def refresh_results(self) -> None:
        """Results of the chosen period (several years take a moment: in the background)."""
        several = self.ui.periodCombo.currentData() == YEARS
        self.ui.toYearLabel.setVisible(several)
        self.ui.toYearSpin.setVisible(several)
        self.results_loader.load(read_results, self.year, self.period(),
                                 self.ui.chartCombo.currentData(), apply=self._show_results)

    def _show_results(self, view: ResultsView) -> None:
        if view.year != self.year or view.period != self.period():
            return  # the choice changed meanwhile: its own reading follows
        table = view.table
        self.results.set_table(table)
        fit_columns(self.ui.resultsView)
        if not table.has_data:
            note = self.tr("No spending entered for %1 yet.").replace("%1", table.period.label)
        else:
            rose = [f"{r.name}: " + ", ".join(f"{m}/{y}" for y, m in r.rose_months)
                    for r in table.rows if r.rose_months]
            note = (self.tr("Spending rose above the baseline in: %1").replace(
                "%1", "; ".join(rose)) if rose else "")
        self.ui.resultsNoteLabel.setText(note)
        self._percent_due = table
        self._show_monthly(view.series)

    def refresh_charts(self) -> None:
        self._show_monthly(monthly_series(self.year, self.ui.chartCombo.currentData()))

    def _show_monthly(self, series: list[MonthPoint]) -> None:
        name = self.ui.chartCombo.currentText() or self.tr("All categories")
        title = self.tr("%1, %2").replace("%1", name).replace("%2", str(self.year))
        self._monthly_due = (series, title)
        self._draw_charts()

    def _draw_charts(self) -> None:
        """Draw the chart whose page is on screen, if its data changed since."""
        ui = self.ui
        if ui.monthlyChartPage.isVisible() and self._monthly_due is not None:
            series, title = self._monthly_due
            self._monthly_due = None
            self.monthly_view = self._put_chart(self.monthly_view, self.ui.monthlyChartLayout,
                                                monthly_chart(series, title))
        elif ui.percentChartPage.isVisible() and self._percent_due is not None:
            table, self._percent_due = self._percent_due, None
            self.percent_view = self._put_chart(self.percent_view, self.ui.percentChartLayout,
                                                percent_chart(table))

    def _put_chart(self, view: QChartView | None, layout: QLayout, chart: QChart) -> QChartView:
        if view is None:
            view = make_view(self)
            layout.addWidget(view)
        old = view.chart()
        view.setChart(chart)
        old.deleteLater()  # the view lets go of its chart without deleting it
        return view

    def _on_year(self) -> None:
        self.reload()

    def _on_bus(self, area: str) -> None:
        if area == "members":
            self.reload_lists()

    def _announce(self) -> None:
        self.changed.emit()
        self.context.bus.changed.emit(AREA)

    def _grid_rewritten(self) -> None:
        """A command of the grid wrote entries, settings or categories: read it again."""
        self.reload_grid()
        self._announce()

    # the grid ----------------------------------------------------------------------------
    def _show_grid_error(self, message: str) -> None:
        self._update_grid_error()

    def _update_grid_error(self) -> None:
        errors = self.grid.errors()
        label = self.ui.gridErrorLabel
        label.setText("\n".join(errors))
        label.setVisible(bool(errors))

    def _on_grid_saved(self, _row: int) -> None:
        self._grid_saves += 1
        self._update_grid_error()
        self.grid.rose = rose_months(thrift_table(Period.year(self.year)), self.year)
        self.refresh_results()
        self._announce()

    def _editing_grid(self) -> bool:
        return self.ui.gridView.state() == QAbstractItemView.State.EditingState

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in (self.ui.monthlyChartPage,
                                                            self.ui.percentChartPage):
            self._draw_charts()
        if (watched is self.ui.gridView and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and not self._editing_grid()):
            self.grid_actions.clear_selected()
            return True
        return super().eventFilter(watched, event)

    # printing ----------------------------------------------------------------------------
    def print_thrift(self) -> None:
        """Preview the thrift table of the period chosen under the grid."""
        self.preview = show_preview(self.context, thrift_job(self.period()), self)

    def print_social(self) -> None:
        """Preview the social-work list of the year (or of the years chosen for results)."""
        first, last = self.year, self.year
        if self.ui.periodCombo.currentData() == YEARS:
            first, last = sorted((self.year, self.ui.toYearSpin.value()))
        self.preview = show_preview(self.context, social_job(first, last), self)
