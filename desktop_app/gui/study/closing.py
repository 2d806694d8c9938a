"""The Study tab's part in closed years: what is locked while the year shown is closed, the
history of a session and of an attendance mark, and the marks not saved yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.closing.changes import attendance_history
from desktop_app.core.closing.describe import describe
from desktop_app.core.common.formats import short_date
from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.history import HistoryRequest, record_request

from .models import ROW_ROLE


def install_guard(tab: Any) -> YearGuard:
    guard = YearGuard(tab, tab.context, year=tab.year)
    guard.protect(tab.new_button, tab.edit_button, tab.delete_button, tab.all_present_button,
                  tab.save_button)
    guard.protect_view(tab.sessions_view)
    guard.protect_view(tab.attendance_view, tab.attendance_model)
    guard.add_history(tab.sessions_view, lambda: session_request(tab),
                      beside=tab.delete_button)
    guard.add_history(tab.attendance_view, lambda: attendance_request(tab),
                      beside=tab.discard_button)
    return guard


def session_request(tab: Any) -> HistoryRequest | None:
    session = tab.attendance_model.session
    if session is None or session.id is None:
        return None
    title = QCoreApplication.translate("StudyClosing", "Study session of %1: %2") \
        .replace("%1", short_date(session.date)).replace("%2", session.topic)
    return record_request(title, "study_session", session.id)


def attendance_request(tab: Any) -> HistoryRequest | None:
    session = tab.attendance_model.session
    index = tab.attendance_view.currentIndex()
    row = index.data(ROW_ROLE) if index.isValid() else None
    if session is None or session.id is None or row is None:
        return None
    session_id, member_id = session.id, row.member_id
    title = QCoreApplication.translate("StudyClosing", "Attendance of %1 at the session of %2") \
        .replace("%1", row.full_name).replace("%2", short_date(session.date))
    return HistoryRequest(title, lambda: describe(attendance_history(session_id, member_id)))


def unsaved_edits(tab: Any) -> list[str]:
    session = tab.attendance_model.session
    if not tab.attendance_model.dirty or session is None:
        return []
    return [QCoreApplication.translate("StudyClosing", "attendance of the session of %1 "
                                       "(Study tab)").replace("%1", short_date(session.date))]
