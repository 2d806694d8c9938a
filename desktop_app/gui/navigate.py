"""Following an overview link: the tab of its area, the year, the record selected.

A ``Link`` (core/overview/model.py) names an area and what to show there; ``go_to``
switches the main window to that tab and asks the tab to show it with the tab's own
methods, or opens the dialog the link's action names (a new record, the next study
session, a backup, the cell's particulars).
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.overview.model import Link

# The main window (main_window.MainWindow), typed loosely: it imports this module.
MainWindow = Any


def _tab(window: MainWindow, key: str) -> Any:
    window.ui.tabs.setCurrentIndex(list(window.tabs).index(key))
    return window.tabs[key]


def go_to(window: MainWindow, link: Link) -> None:
    area = link.area
    if area == "cell":
        window.edit_cell_profile()
        return
    if area == "backup":
        if window.backups is not None:
            window.backups.back_up()
        return
    handler = {"members": _members, "plans": _plans, "study": _study, "reviews": _reviews,
               "savings": _savings, "report": _report}[area]
    handler(_tab(window, area), link)


def _members(tab: Any, link: Link) -> None:
    if link.action == "new":
        tab.add_member()
    elif link.member_id is not None:
        tab.select_member(link.member_id)


def _plans(tab: Any, link: Link) -> None:
    if link.year is not None and tab.year() != link.year:
        tab.set_year(link.year)
    if link.action == "new":
        tab.add_plan()
    elif link.record_id is not None:
        tab.reload(link.record_id, link.detail_id)
        tab.ui.targetsView.setFocus()


def _study(tab: Any, link: Link) -> None:
    ui = tab.ui
    if link.action == "schedule":
        tab.schedule_session()
        return
    if link.action == "new":
        tab.new_session()
        return
    if link.member_id is not None:
        ui.pages.setCurrentWidget(ui.historyPage)
        tab.show_member_history(link.member_id)
        return
    ui.pages.setCurrentWidget(ui.attendancePage)
    tab.refresh(link.year, link.record_id)


def _reviews(tab: Any, link: Link) -> None:
    if link.member_id is not None:
        tab.member_id = link.member_id  # selected once the year is read
    if link.year is not None and tab.year != link.year:
        tab.year_box.setValue(link.year)
    elif link.member_id is not None:
        tab.select_member(link.member_id)
    pages = {"commitments": 0, "review": 1, "remedies": 2, "ratings": 3}
    if link.action in pages:
        tab.member_tabs.setCurrentIndex(pages[link.action])


def _savings(tab: Any, link: Link) -> None:
    ui = tab.ui
    ui.sections.setCurrentWidget(ui.thriftPage)
    if link.year is not None and tab.year != link.year:
        ui.yearSpin.setValue(link.year)


def _report(tab: Any, link: Link) -> None:
    tab.ui.kindCombo.setFocus()
