"""The closed-years dialogs scripts/screens.py opens (issue 22): closing a year, the list of
changes, a record's history, reopening a year; they run last, as the year they close
stays closed for the shots of the tabs that follow (``closed-tab-*``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def _closing(window):
    return window.closing


def close_year(window) -> None:
    """Tệp → Khóa sổ năm…: the dialog (the screens answer Cancel)."""
    _closing(window).close_action.trigger()


def change_list(window) -> None:
    """Tệp → Danh sách thay đổi…: shown without exec, shot when it has read the list."""
    _closing(window).changes_action.trigger()


def history(window) -> None:
    """"Lịch sử thay đổi…" of the first member (read in the background, then shown)."""
    from screens_scenarios import _click, _select_first, _tab

    tab = _tab(window, "members")
    _select_first(tab.ui.table)
    QApplication.processEvents()  # the button follows the selection in the next turn
    _click(tab.guard.history_buttons[0])


def reopen_year(window) -> None:
    """The year the window opens on is closed first (as Khóa sổ would, without the
    backup), then Tệp → Bỏ khóa sổ năm… shows the dialog."""
    from screens_scenarios import Greyed

    from desktop_app.core.closing import years
    from desktop_app.gui.closing.controller import default_year
    from desktop_app.gui.common.closed_years import AREA

    year = default_year()
    if year not in years.closed_years():
        years.close_year(year, "khóa sổ để xem màn hình", backup=False)
        window.context.bus.changed.emit(AREA)
    _closing(window)._update_actions()  # as opening the menu does
    action = _closing(window).reopen_action
    if not action.isEnabled():
        raise Greyed(action)
    action.trigger()


def scenarios() -> list[tuple[str, Callable]]:
    return [
        ("file-close-year", close_year),
        ("file-change-list", change_list),
        ("members-history", history),
        ("file-reopen-year", reopen_year),
    ]
