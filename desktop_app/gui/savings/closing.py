"""The Savings tab's part in closed years: what is locked while the year shown is closed,
the history of a category's year of spending and of a social-work entry, commendation or
violation, and the amounts typed but not saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from desktop_app.core.closing.changes import savings_year_history
from desktop_app.core.closing.describe import describe
from desktop_app.core.common.formats import money, short_date
from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.history import HistoryRequest, record_request
from desktop_app.gui.common.rows_model import ROW_ROLE


def install_guard(tab: Any) -> YearGuard:
    ui = tab.ui
    guard = YearGuard(tab, tab.context, year=lambda: tab.year)
    guard.protect(ui.copyMonthButton, ui.clearCellsButton, ui.entryDetailsButton,
                  ui.yearSettingsButton, ui.addActivityButton, ui.editActivityButton,
                  ui.deleteActivityButton, ui.addCommendationButton,
                  ui.editCommendationButton, ui.deleteCommendationButton,
                  ui.addViolationButton, ui.editViolationButton, ui.deleteViolationButton)
    guard.protect_view(ui.gridView, tab.grid)
    for view in (ui.socialView, ui.commendationsView, ui.violationsView):
        guard.protect_view(view)
    guard.add_history(ui.gridView, lambda: spending_request(tab), beside=ui.yearSettingsButton)
    for view, table, beside, title in (
            (ui.socialView, "social_activity", ui.deleteActivityButton,
             QCoreApplication.translate("SavingsClosing", "Social work of %1: %2")),
            (ui.commendationsView, "commendation", ui.deleteCommendationButton,
             QCoreApplication.translate("SavingsClosing", "Commendation of %1: %2")),
            (ui.violationsView, "violation", ui.deleteViolationButton,
             QCoreApplication.translate("SavingsClosing", "Violation of %1: %2"))):
        guard.add_history(view, _request_of(view, table, title), beside=beside)
    _guard_funds(guard, tab.funds)
    return guard


def _guard_funds(guard: YearGuard, page: Any) -> None:
    """The funds page spans years: an entry is locked when the year of its date is closed
    (a new one, or a fund's name and rule, is refused at the field when it would change a
    closed year)."""
    ui = page.ui

    def entry_year() -> int | None:
        entry = page.entry()
        return entry.date.year if entry is not None and entry.date is not None else None

    guard.protect(ui.editEntryButton, ui.deleteEntryButton, year=entry_year)
    guard.protect_view(ui.entriesView, year=entry_year)
    ui.entriesView.selectionModel().selectionChanged.connect(guard.apply_later)
    guard.add_history(ui.fundsView, lambda: fund_request(page), beside=ui.deleteFundButton)
    guard.add_history(ui.entriesView, lambda: fund_entry_request(page),
                      beside=ui.deleteEntryButton)


def fund_request(page: Any) -> HistoryRequest | None:
    fund = page.fund()
    if fund is None:
        return None
    title = QCoreApplication.translate("SavingsClosing", "Fund “%1”").replace("%1", fund.name)
    return record_request(title, "fund", fund.id)


def fund_entry_request(page: Any) -> HistoryRequest | None:
    entry, fund = page.entry(), page.fund()
    if entry is None or fund is None:
        return None
    title = QCoreApplication.translate("SavingsClosing", "%1 of “%2” on %3").replace(
        "%1", money(entry.amount or 0)).replace("%2", fund.name).replace(
        "%3", short_date(entry.date))
    return record_request(title, "fund_entry", entry.id)


def _request_of(view: QTableView, table: str,
                title: str) -> Callable[[], HistoryRequest | None]:
    return lambda: record_of(view, table, title)


def _selected(view: QTableView):
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def spending_request(tab: Any) -> HistoryRequest | None:
    row = _selected(tab.ui.gridView)
    category = getattr(row, "category", None)
    if category is None or category.id is None:
        return None
    year, category_id = tab.year, category.id
    title = QCoreApplication.translate("SavingsClosing", "Spending on “%1” in %2") \
        .replace("%1", category.name).replace("%2", str(year))
    return HistoryRequest(title, lambda: describe(savings_year_history(year, category_id)))


def record_of(view: QTableView, table: str, title: str) -> HistoryRequest | None:
    row = _selected(view)
    if row is None or getattr(row, "id", None) is None:
        return None
    what = (getattr(row, "description", "") or getattr(row, "recipient_text", "")
            or getattr(row, "member_name", ""))
    return record_request(title.replace("%1", short_date(row.date)).replace("%2", what),
                          table, row.id)


def unsaved_edits(tab: Any) -> list[str]:
    if not tab.grid.refused_edits:
        return []
    text = QCoreApplication.translate(
        "SavingsClosing", "amounts typed in the spending grid that could not be saved: %1 "
        "(Savings tab)")
    return [text.replace("%1", str(len(tab.grid.refused_edits)))]
