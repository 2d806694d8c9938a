"""The record lists of the Savings tab: social work, commendations, violations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop_app.core.common.formats import money, number, short_date
from desktop_app.core.common.text import name_sort_key
from desktop_app.core.savings import commendations as cc
from desktop_app.core.savings import social as sc
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.row_heights import fit_rows
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.tasks import Loader, TaskRunner
from desktop_app.gui.common.undo import UndoStack
from desktop_app.gui.forms.ui_savings_tab import Ui_SavingsTab

from .dialogs import ActivityDialog, CommendationDialog, ViolationDialog
from .models import RIGHT

WIDEST = 220  # no list column wider than this (long texts wrap)


def _amount(value: int | None) -> str:
    return "" if value is None else number(value)


@dataclass
class ListsView:
    """The three lists and the year's statements, read off the UI thread."""

    year: int
    activities: list[sc.ActivityData]
    commendations: list[cc.CommendationData]
    violations: list[cc.ViolationData]
    year_totals: sc.SocialTotals
    violations_statement: str  # computed: "Trong kỳ không có đảng viên vi phạm."


def read_lists(year: int) -> ListsView:
    facts = cc.report_facts(dt.date(year, 1, 1), dt.date(year, 12, 31))
    return ListsView(year, sc.list_activities(), cc.list_commendations(),
                     cc.list_violations(), sc.per_year(year, year)[year],
                     facts.sentences()[-1])


class RecordLists(QObject):
    """Owns the three lists of the tab's second and third pages and their buttons."""

    def __init__(self, parent: QWidget, ui: Ui_SavingsTab, year_of: Callable[[], int],
                 announce: Callable[[], None], runner: TaskRunner, undo: UndoStack):
        super().__init__(parent)
        self.undo = undo
        self.loader = Loader(runner, self)
        self.parent_widget = parent
        self.ui = ui
        self.year_of = year_of
        self.announce = announce
        self.social = RowsModel([
            Column(self.tr("Date"), lambda a: a.when_text, lambda a: a.date.toordinal()),
            Column(self.tr("Kind"), lambda a: a.kind_label),
            Column(self.tr("Content"), lambda a: a.quantity_text()),
            Column(self.tr("Value (đồng)"), lambda a: _amount(a.value), lambda a: a.value or 0,
                   align=RIGHT),
            Column(self.tr("Sponsor"), lambda a: a.sponsor or self.tr("raised by the cell")),
            Column(self.tr("Place"), lambda a: a.place),
            Column(self.tr("Members"), lambda a: str(len(a.member_ids)),
                   lambda a: len(a.member_ids), align=RIGHT),
        ], self, tips_show_text=True)
        self.commendations = RowsModel([
            Column(self.tr("Date"), lambda c: short_date(c.date), lambda c: c.date.toordinal()),
            Column(self.tr("Recipient"), lambda c: c.recipient_text),
            Column(self.tr("Kind"), lambda c: c.kind_label),
            Column(self.tr("Issued by"), lambda c: c.level),
            Column(self.tr("Period"), lambda c: c.period),
            Column(self.tr("Reason"), lambda c: c.reason),
        ], self, tips_show_text=True)
        self.violations = RowsModel([
            Column(self.tr("Date"), lambda v: short_date(v.date), lambda v: v.date.toordinal()),
            Column(self.tr("Member"), lambda v: v.member_name,
                   lambda v: name_sort_key(v.member_name)),
            Column(self.tr("What happened"), lambda v: v.description),
            Column(self.tr("Discipline"), lambda v: v.discipline),
            Column(self.tr("Decided on"), lambda v: short_date(v.resolved_date),
                   lambda v: (v.resolved_date or dt.date.min).toordinal()),
        ], self, tips_show_text=True)
        self.proxies: dict[str, SortProxy] = {}
        for name, model, view in (("social", self.social, ui.socialView),
                                  ("commendations", self.commendations, ui.commendationsView),
                                  ("violations", self.violations, ui.violationsView)):
            proxy = SortProxy(self)
            proxy.setSourceModel(model)
            self.proxies[name] = proxy
            view.setModel(proxy)
            view.verticalHeader().setVisible(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            fit_rows(view)  # long texts wrap; only the rows on screen are measured
        # long texts wrap: the content, the recipient and what happened take the room
        fit_to_width(ui.socialView, stretch=2, widest=WIDEST, keep=(0, 3),
                     shrink=(5, 4, 1, 6))
        fit_to_width(ui.commendationsView, stretch=5, widest=WIDEST, keep=(0,),
                     shrink=(4, 3, 2))
        fit_to_width(ui.violationsView, stretch=2, widest=WIDEST, keep=(0, 4),
                     shrink=(3,))
        for view in (ui.commendationsView, ui.violationsView):  # two lists on one page:
            view.setMinimumHeight(48)  # a few rows each on a short screen with large text

        ui.addActivityButton.clicked.connect(self.add_activity)
        ui.editActivityButton.clicked.connect(self.edit_activity)
        ui.deleteActivityButton.clicked.connect(self.delete_activity)
        ui.socialView.doubleClicked.connect(lambda _i: self.edit_activity())
        ui.addCommendationButton.clicked.connect(self.add_commendation)
        ui.editCommendationButton.clicked.connect(self.edit_commendation)
        ui.deleteCommendationButton.clicked.connect(self.delete_commendation)
        ui.commendationsView.doubleClicked.connect(lambda _i: self.edit_commendation())
        ui.addViolationButton.clicked.connect(self.add_violation)
        ui.editViolationButton.clicked.connect(self.edit_violation)
        ui.deleteViolationButton.clicked.connect(self.delete_violation)
        ui.violationsView.doubleClicked.connect(lambda _i: self.edit_violation())

    def reload(self) -> None:
        """Read the lists in the background, then show them."""
        self.loader.load(read_lists, self.year_of(), apply=(self._show_social, self._show_others))

    def _show_social(self, view: ListsView) -> None:
        """The social work (a decade can hold thousands of entries), then in the next turn
        the commendations and violations (see Loader)."""
        year = view.year
        self.social.set_rows(view.activities)  # the rows on screen fit (fit_rows)
        totals = sc.totals(self.social.rows)
        year_totals = view.year_totals
        lines = year_totals.lines()
        self.ui.socialTotalsLabel.setText(
            self.tr("Year %1: %2 actions. %3").replace("%1", str(year))
            .replace("%2", str(year_totals.count)).replace("%3", "; ".join(lines))
            + "\n" + (self.tr("All years: %1 actions, value %2.") if totals.value
                       else self.tr("All years: %1 actions.")).replace("%1", str(totals.count))
            .replace("%2", money(totals.value)))

    def _show_others(self, view: ListsView) -> None:
        year = view.year
        self.commendations.set_rows(view.commendations)
        self.violations.set_rows(view.violations)
        statement = view.violations_statement
        self.ui.violationsStatusLabel.setText(
            self.tr("Year %1: %2").replace("%1", str(year)).replace(
                "%2", statement[:1].lower() + statement[1:]))

    # record lists ------------------------------------------------------------------------
    def _selected(self, view: QTableView):
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    def _save(self, save, data) -> bool:
        try:
            save(data)
        except UserError as error:
            messages.error(self.parent_widget, str(error))
            return False
        self.reload()
        self.announce()
        return True

    def add_activity(self) -> None:
        year = self.year_of()
        today = dt.date.today()
        day = today if year == today.year else dt.date(year, 1, 1)
        data = ActivityDialog.run(self.parent_widget, sc.ActivityData(date=day))
        if data is not None:
            self._save(sc.save_activity, data)

    def edit_activity(self) -> None:
        current = self._selected(self.ui.socialView)
        if current is not None:
            data = ActivityDialog.run(self.parent_widget, current)
            if data is not None:
                self._save(sc.save_activity, data)

    def delete_activity(self) -> None:
        current = self._selected(self.ui.socialView)
        if current is not None and messages.confirm(
                self.parent_widget, self.tr("Delete “%1”?").replace("%1", current.quantity_text()),
                yes=self.tr("Delete")):
            self._save(lambda a: self.undo.delete(
                "activity", a.id, f"hoạt động “{a.description}”",
                lambda: sc.delete_activity(a.id)), current)

    def add_commendation(self) -> None:
        data = CommendationDialog.run(self.parent_widget)
        if data is not None:
            self._save(cc.save_commendation, data)

    def edit_commendation(self) -> None:
        current = self._selected(self.ui.commendationsView)
        if current is not None:
            data = CommendationDialog.run(self.parent_widget, current)
            if data is not None:
                self._save(cc.save_commendation, data)

    def delete_commendation(self) -> None:
        current = self._selected(self.ui.commendationsView)
        if current is not None and messages.confirm(
                self.parent_widget, self.tr("Delete this commendation?"), yes=self.tr("Delete")):
            self._save(lambda c: self.undo.delete(
                "commendation", c.id, f"khen thưởng {c.recipient_text}",
                lambda: cc.delete_commendation(c.id)), current)

    def add_violation(self) -> None:
        data = ViolationDialog.run(self.parent_widget)
        if data is not None:
            self._save(cc.save_violation, data)

    def edit_violation(self) -> None:
        current = self._selected(self.ui.violationsView)
        if current is not None:
            data = ViolationDialog.run(self.parent_widget, current)
            if data is not None:
                self._save(cc.save_violation, data)

    def delete_violation(self) -> None:
        current = self._selected(self.ui.violationsView)
        if current is not None and messages.confirm(
                self.parent_widget, self.tr("Delete this violation record?"),
                yes=self.tr("Delete")):
            self._save(lambda v: self.undo.delete(
                "violation", v.id, f"vi phạm của {v.member_name}",
                lambda: cc.delete_violation(v.id)), current)


