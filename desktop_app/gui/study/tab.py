"""The Study tab: sessions of a year, the attendance grid, history, summary and chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.common.formats import short_date
from desktop_app.core.members import roster as members_core
from desktop_app.core.plans import plans
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.building import is_building
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.delegates import ChoiceDelegate
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.flow_layout import make_flow
from desktop_app.gui.common.sizing import collapse_when_short
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.forms.ui_study_tab import Ui_StudyTab

from . import closing, printing
from .chart import fill_chart, make_chart_view
from .dialog import SessionDialog
from .grid import KeyMarker
from .models import ROW_ROLE, AttendanceModel, SessionsModel
from .pages import HistoryPage, SummaryPage
from .reading import YearView, read_session, read_year
from .saving import GridSaver

AREA = "study"


class StudyTab(QWidget):
    """Học tập: sessions, attendance, reflections and the figures a report quotes."""

    data_changed = Signal()  # sessions or attendance were saved

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.ui = Ui_StudyTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Study"))
        # Short names for the widgets the tests and other tabs use.
        self.year_combo, self.member_combo = ui.yearCombo, ui.memberCombo
        self.new_button, self.edit_button = ui.newButton, ui.editButton
        self.delete_button, self.save_button = ui.deleteButton, ui.saveButton
        self.all_present_button, self.discard_button = ui.allPresentButton, ui.discardButton
        self.sessions_view, self.attendance_view = ui.sessionsView, ui.attendanceView
        self.history_view, self.pages = ui.historyView, ui.pages
        self.grid_error = ui.gridError
        self.session_label, self.history_summary = ui.sessionLabel, ui.historySummary
        self.grid_error.hide()
        # Sessions and chart
        self.sessions_model = SessionsModel(self)
        self.sessions_proxy = SortProxy(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_view.setModel(self.sessions_proxy)
        self.sessions_view.sortByColumn(SessionsModel.DATE, Qt.SortOrder.AscendingOrder)
        self.sessions_view.verticalHeader().setDefaultSectionSize(24)
        fit_to_width(self.sessions_view, stretch=SessionsModel.TOPIC,
                     shrink=(SessionsModel.KIND, SessionsModel.REFLECTIONS,
                             SessionsModel.NON_PARTY, SessionsModel.TOPIC), widest=150,
                     keep=(SessionsModel.DATE, SessionsModel.ATTENDANCE))
        self.chart_view = make_chart_view()
        self.chart = self.chart_view.chart()
        ui.chartLayout.addWidget(self.chart_view)
        self.chart_values: list[float] = []
        # Attendance grid
        self.attendance_model = AttendanceModel(self)
        self.attendance_proxy = SortProxy(self)
        self.attendance_proxy.setSourceModel(self.attendance_model)
        self.attendance_view.setModel(self.attendance_proxy)
        self.attendance_view.setItemDelegateForColumn(
            AttendanceModel.STATUS, ChoiceDelegate(study.STATUS_LABELS, self))
        self.attendance_view.setItemDelegateForColumn(
            AttendanceModel.REFLECTION, ChoiceDelegate(study.REFLECTION_LABELS, self))
        self.attendance_view.verticalHeader().setDefaultSectionSize(24)
        fit_to_width(self.attendance_view, stretch=AttendanceModel.NOTE, widest=170,
                     shrink=(AttendanceModel.NOTE, AttendanceModel.POSITION,
                             AttendanceModel.REASON, AttendanceModel.REFLECTION_DATE,
                             AttendanceModel.REFLECTION), keep=(AttendanceModel.NAME,))
        self.key_marker = KeyMarker(self.attendance_view)
        # History and summary pages
        self.history = HistoryPage(ui, self)
        self.history_model, self.history_proxy = self.history.model, self.history.proxy
        self.summary = SummaryPage(ui, context.runner, self)
        for row in (ui.toolbarLayout, ui.gridButtons):
            make_flow(row)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([460, 660])
        ui.leftSplitter.setSizes([400, 220])
        # on a short window the chart gives its room to the list (drag it back)
        collapse_when_short(ui.leftSplitter, 1, 380)
        # Reading: off the UI thread (a decade holds half a million attendance marks)
        self.loader = Loader(context.runner, self)
        self.grid_loader = Loader(context.runner, self)  # a session chosen in the list
        for failed in (self.loader.failed, self.grid_loader.failed, self.summary.failed):
            failed.connect(self._load_failed)
        self._preloaded: tuple[SessionData, list[study.AttendanceRow]] | None = None
        self._picked: int | None = None  # chosen in the list since the last refresh
        self.saver = GridSaver(self)
        self.saver.saved.connect(self._grid_saved)
        # Wiring
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh(self.year()))
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._session_selected)
        self.sessions_view.doubleClicked.connect(lambda _index: self.edit_session())
        self.key_marker.marked.connect(self._key_marked)
        self.attendance_model.changed.connect(self._grid_changed)
        self.all_present_button.clicked.connect(self.attendance_model.mark_all_present)
        self.save_button.clicked.connect(self.save_attendance)
        self.discard_button.clicked.connect(self._reload_grid)
        self.pages.currentChanged.connect(self._page_changed)
        ui.printSheetButton.clicked.connect(lambda: printing.print_sign_in_sheet(self))
        ui.scheduleButton.clicked.connect(self.schedule_session)
        ui.printSummaryButton.clicked.connect(lambda: printing.print_summary(self))
        context.bus.changed.connect(self._on_bus)
        self.guard = closing.install_guard(self)  # closed years, history of changes
        self.unsaved_edits = lambda: closing.unsaved_edits(self)
        self._restore_state()
        self.refresh()

    # --- state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        for key, splitter in (("study/splitter", self.ui.splitter),
                              ("study/left_splitter", self.ui.leftSplitter)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("study/splitter", self.ui.splitter.saveState())
        settings.setValue("study/left_splitter", self.ui.leftSplitter.saveState())

    def _on_bus(self, area: str) -> None:
        """Another tab wrote (members joined or left): reload, keeping unsaved marks."""
        if area == AREA:
            return
        if self.attendance_model.dirty:
            self.history.fill_members(members_core.list_members())
            return
        self.refresh(self.year(), self.current_session_id())

    def _announce(self) -> None:
        self.data_changed.emit()
        self.context.bus.changed.emit(AREA)

    # --- loading ------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def year(self) -> int:
        value = self.year_combo.currentData()
        return int(value) if value is not None else self.today().year

    @property
    def loading(self) -> bool:
        """Reading, saving or building a document in the background."""
        return (self.loader.busy or self.grid_loader.busy or self.summary.loader.busy
                or self.saver.saving or is_building(self))

    def refresh(self, year: int | None = None, session_id: int | None = None) -> None:
        """Read the year (at first the newest with sessions) again in the background."""
        year = year or (self.year_combo.currentData() if self.year_combo.count() else None)
        self._picked = None  # a session the secretary chooses while it is read
        self.loader.load(read_year, year, session_id, self.today().year,
                         apply=(self._show_year, self._show_year_chart, self._show_year_grid))

    def _load_failed(self, message: str) -> None:
        messages.error(self, self.tr("Could not read the study records: %1").replace(
            "%1", message))

    def _show_year(self, view: YearView) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for value in view.years:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(self.year_combo.findData(view.year))
        self.year_combo.blockSignals(False)
        self.sessions_model.set_rows(view.figures)
        self.summary.show_year(view.year)
        self.history.fill_members(view.members)

    def _show_year_chart(self, view: YearView) -> None:
        self._update_chart(view.figures)

    def _show_year_grid(self, view: YearView) -> None:
        """The grid of the year's session (in the turn after the list: see Loader)."""
        shown = self.attendance_model.session
        if self.attendance_model.dirty and shown is not None:
            self._select_row(shown.id)  # marks typed meanwhile stay on screen, unsaved
            return
        if self._picked is not None and self._select_row(self._picked):
            return  # chosen in the list meanwhile: its grid is shown, or read
        if view.session is not None:
            self._preloaded = (view.session, view.grid)
        self.select_session(view.session.id if view.session else None)
        self._preloaded = None

    def _select_row(self, session_id: int | None) -> bool:
        """Select *session_id* in the list without reading its grid; False if not there."""
        rows = self.sessions_model.rows
        row = next((n for n, f in enumerate(rows) if f.session_id == session_id), None)
        index = self.sessions_proxy.mapFromSource(self.sessions_model.index(row or 0, 0))
        if row is None or not index.isValid():
            return False
        selection = self.sessions_view.selectionModel()
        selection.blockSignals(True)  # the grid is shown by the caller, once
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.sessions_view.viewport().update()
        return True

    def select_session(self, session_id: int | None) -> None:
        self._show_session(session_id if self._select_row(session_id) else None)

    def current_session_id(self) -> int | None:
        index = self.sessions_view.currentIndex()
        return index.data(ROW_ROLE).session_id if index.isValid() else None

    def _session_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._picked = current.data(ROW_ROLE).session_id
            self._show_session(self._picked)

    def _show_session(self, session_id: int | None) -> None:
        self.grid_error.hide()
        preloaded = self._preloaded  # read with the year, off the UI thread
        if session_id is None or (preloaded is not None and preloaded[0].id == session_id):
            self.grid_loader.cancel()
            session, grid = preloaded if session_id is not None and preloaded else (None, [])
            self._show_grid(session, grid)
        else:  # another session's grid (over a thousand rows in a large cell): read aside
            self.grid_loader.load(read_session, session_id, apply=lambda r: self._show_grid(*r))

    def _show_grid(self, session: SessionData | None, grid: list[study.AttendanceRow]) -> None:
        self.attendance_model.set_grid(session, grid)
        if session is None:
            self.session_label.setText(self.tr("No session selected."))
        else:
            self.session_label.setText(
                f"<b>{short_date(session.date)} · {session.kind_label}</b> "
                f"({session.level_label})<br>{escape(session.topic, quote=False)}")
        has = session is not None
        why = (self.tr("Choose a session in the list first.") if self.sessions_model.rows
               else self.tr("No session this year yet: add one first (New session…)."))
        for widget in (self.edit_button, self.delete_button, self.all_present_button,
                       self.save_button, self.discard_button, self.ui.printSheetButton):
            set_enabled(widget, has, why)
        self._update_save_state()
        if has and self.attendance_proxy.rowCount():
            self.attendance_view.setCurrentIndex(
                self.attendance_proxy.index(0, AttendanceModel.NAME))

    def _reload_grid(self) -> None:
        self._show_session(self.current_session_id())

    def _update_chart(self, figures: list[study_figures.SessionFigures]) -> None:
        self.chart_values = fill_chart(self.chart, figures)

    def summary_period(self) -> tuple[dt.date, dt.date]:
        return self.summary.period()

    def set_summary_years(self, first: int, last: int) -> None:
        self.summary.set_years(first, last)

    def summary_text(self) -> str:
        return self.summary.text()

    def _page_changed(self, _index: int) -> None:
        self.summary.if_shown()
        self.history.if_shown()

    def show_member_history(self, member_id: int) -> None:
        self.history.show_member(member_id)

    # --- editing ------------------------------------------------------------------------

    def _key_marked(self, row: int, field: str, code: str) -> None:
        if field == "status":
            self.attendance_model.set_status(row, code)
        else:
            self.attendance_model.set_reflection(row, code)

    def _grid_changed(self) -> None:
        self._update_save_state()

    def _update_save_state(self) -> None:
        dirty = self.attendance_model.dirty
        no_session = self.tr("Choose a session in the list first.")
        set_enabled(self.save_button, self.attendance_model.session is not None, no_session)
        set_enabled(self.discard_button, dirty,
                    self.tr("No change to discard.") if self.attendance_model.session
                    else no_session)

    def save_attendance(self) -> bool:
        """Save the grid in the background (``saving.py``); False if nothing to save."""
        return self.saver.save()

    def _grid_saved(self, session_id: int) -> None:
        self.refresh(self.year(), session_id)
        self._announce()

    def refresh_buttons(self) -> None:
        """The grid's buttons as the session shown and the closed years allow."""
        set_enabled(self.all_present_button, self.attendance_model.session is not None,
                    self.tr("Choose a session in the list first."))
        self._update_save_state()
        self.guard.apply()

    def new_session(self) -> None:
        day = self.today() if self.year() == self.today().year else dt.date(self.year(), 12, 31)
        shown = self.sessions_model.rows
        # The year's theme comes from the year's plan (Plans tab), else the last one typed.
        theme = plans.year_theme(self.year()) or (
            study.get_session(shown[-1].session_id).theme if shown else "")
        data = SessionDialog.get_session(
            self, SessionData(date=min(day, self.today()), theme=theme), self.today())
        if data is None:
            return
        try:
            saved = study.create_session(data, self.today())
        except UserError as error:
            messages.error(self, str(error))
            return
        assert saved.date is not None
        self.refresh(saved.date.year, saved.id)
        self._announce()

    def edit_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        current = study.get_session(session_id)
        data = SessionDialog.get_session(self, current, self.today())
        if data is None:
            return
        try:
            saved = study.update_session(replace(data, id=session_id), self.today())
        except UserError as error:
            messages.error(self, str(error))
            return
        assert saved.date is not None
        self.refresh(saved.date.year, saved.id)
        self._announce()

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        session = study.get_session(session_id)
        if not self.confirm_delete(session):
            return
        try:
            self.context.undo.delete(
                "session", session_id,
                f"buổi học tập ngày {short_date(session.date)}",
                lambda: study.delete_session(session_id))
        except UserError as error:
            messages.error(self, str(error))
            return
        self.refresh(self.year())
        self._announce()

    def schedule_session(self) -> None:
        """Plan the next session (kept apart: only sessions held are recorded)."""
        from .schedule_dialog import ScheduleDialog

        if ScheduleDialog.run(self, self.today()) is not None:
            self.context.bus.changed.emit("schedule")

    def confirm_delete(self, session: SessionData) -> bool:
        return messages.confirm(self, self.tr(
            "Delete the session of %1 and its attendance? Edit → Undo (Ctrl+Z) puts it back."
        ).replace("%1", short_date(session.date)), yes=self.tr("Delete"))
