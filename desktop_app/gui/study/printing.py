"""Printing from the Study tab: the sign-in sheet of a session, the attendance summary."""

from __future__ import annotations

from typing import Any

from desktop_app.core.study.papers import attendance_paper, sign_in_paper
from desktop_app.documents.study import sheets as study_sheets
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.preview import preview_document


def print_sign_in_sheet(tab: Any) -> None:
    """Preview the sign-in sheet of the selected session, to print or save it."""
    session_id = tab.current_session_id()
    if session_id is None:
        return
    _preview(tab, lambda: study_sheets.build_sign_in_sheet(sign_in_paper(session_id)),
             "study_sign_in")


def print_summary(tab: Any) -> None:
    """Preview the attendance summary of the chosen period."""
    start, end = tab.summary_period()
    _preview(tab, lambda: study_sheets.build_attendance_summary(attendance_paper(
        start, end, issued_on=min(tab.today(), max(end, start)))), "study_summary")


def _preview(tab: Any, build, recipients_kind: str) -> None:
    try:
        document = build()
    except UserError as error:  # e.g. the cell's particulars are missing
        messages.error(tab, str(error))
        return
    tab.preview = preview_document(tab.context, document, tab, recipients_kind)
