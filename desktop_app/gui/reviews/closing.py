"""The Self-review tab's part in closed years: the member's commitment, review, remedies,
feedback and ratings are read-only while the year shown is closed; the history of a
member's year; the edits not saved yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.closing.changes import member_year_history
from desktop_app.core.closing.describe import describe
from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.history import HistoryRequest

OUTCOME_COLUMNS = (2, 3, 4)  # status, outcome, outcome date (models.remedies_model)


def install_guard(tab: Any) -> YearGuard:
    guard = YearGuard(tab, tab.context, year=lambda: tab.year)
    remedies = tab.remedies

    def outcome_open(remedy, column: int) -> bool:
        """A remedy's outcome belongs to the year of its deadline (db/year_rules.py): it
        stays editable while that year is open, the year of the review closed or not."""
        year = remedy.deadline.year if remedy.deadline else tab.year
        return column in OUTCOME_COLUMNS and year not in guard.closed_years

    guard.protect_view(remedies.table, remedies.model, editable=outcome_open)
    guard.protect_inputs(tab.member_tabs)
    guard.add_history(tab.overview_view, lambda: member_year_request(tab),
                      beside=tab.print_button)
    return guard


def member_year_request(tab: Any) -> HistoryRequest | None:
    member_id, year = tab.member_id, tab.year
    name = next((r.full_name for r in tab.overview.rows if r.member_id == member_id), None)
    if member_id is None or name is None:
        return None
    title = QCoreApplication.translate("ReviewsClosing", "%1 in %2: commitment, self-review, "
                                       "ratings").replace("%1", name).replace("%2", str(year))
    return HistoryRequest(title, lambda: describe(member_year_history(member_id, year)))


def unsaved_edits(tab: Any) -> list[str]:
    found = []
    panel = tab.commitments
    if panel.member_id is not None:
        current = panel.current
        if (panel.study.toPlainText() != (current.study if current else "")
                or list(panel.model.rows) != (list(current.items) if current else [])):
            found.append(QCoreApplication.translate(
                "ReviewsClosing", "the commitment on screen (Self-review tab)"))
    if tab.editor.autosave.isActive():
        found.append(QCoreApplication.translate(
            "ReviewsClosing", "the self-review being written (Self-review tab)"))
    return found
