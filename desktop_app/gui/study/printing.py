"""Printing from the Study tab: the sign-in sheet of a session, the attendance summary.

Both documents are read and built off the UI thread (ten years of attendance is hundreds
of pages), with a progress dialog and Cancel when that takes a while; the preview opens
with the document built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.study.papers import attendance_paper, sign_in_paper
from desktop_app.documents.model import Document
from desktop_app.documents.study import sheets as study_sheets
from desktop_app.gui.common.building import build_in_background
from desktop_app.gui.common.preview import preview_document

translate = QCoreApplication.translate


def build_sign_in_sheet(session_id: int) -> Document:
    return study_sheets.build_sign_in_sheet(sign_in_paper(session_id))


def build_summary(start: dt.date, end: dt.date, issued_on: dt.date) -> Document:
    return study_sheets.build_attendance_summary(attendance_paper(start, end,
                                                                  issued_on=issued_on))


def print_sign_in_sheet(tab: Any) -> None:
    """Preview the sign-in sheet of the selected session, to print or save it."""
    session_id = tab.current_session_id()
    if session_id is None:
        return
    _preview(tab, "study_sign_in", build_sign_in_sheet, session_id,
             label=translate("StudyPrinting", "Preparing the sign-in sheet…"))


def print_summary(tab: Any) -> None:
    """Preview the attendance summary of the chosen period."""
    start, end = tab.summary_period()
    _preview(tab, "study_summary", build_summary, start, end,
             min(tab.today(), max(end, start)),
             label=translate("StudyPrinting", "Preparing the attendance summary…"))


def _preview(tab: Any, recipients_kind: str, build, *args: Any, label: str) -> None:
    def show(document: Document) -> None:
        tab.preview = preview_document(tab.context, document, tab, recipients_kind)

    build_in_background(tab.context, tab, build, *args, label=label, on_done=show,
                        buttons=(tab.ui.printSheetButton, tab.ui.printSummaryButton))
