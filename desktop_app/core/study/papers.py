"""The plain data of the area's printed papers (``documents.study.sheets`` builds them):
a session's sign-in sheet and the attendance summary of a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.register import numbering as register
from desktop_app.errors import UserError

from . import figures
from . import sessions as study
from .attendance import AttendanceRow
from .facts import StudyFacts
from .sessions import SessionData


def secretary_on(day: dt.date) -> str:
    """The secretary of the term containing *day*; outside every term, today's signer."""
    try:
        return register.term_for(day).secretary_name
    except UserError:
        return cell_core.secretary_on()


@dataclass(frozen=True)
class SignInPaper:
    """A session and who is on its list (danh sách ký tên)."""

    letterhead: Letterhead
    session: SessionData
    rows: list[AttendanceRow]  # the attendance grid, every member taking part that day
    secretary_name: str


def sign_in_paper(session_id: int) -> SignInPaper:
    session = study.get_session(session_id)
    assert session.date is not None
    rows = study.load_grid(session_id)
    return SignInPaper(cell_core.letterhead(), session, rows, secretary_on(session.date))


@dataclass(frozen=True)
class AttendancePaper:
    """The study attendance of a period: the report's facts and one row a session."""

    letterhead: Letterhead
    start: dt.date
    end: dt.date
    issued_on: dt.date
    facts: StudyFacts
    sessions: list[figures.SessionFigures]
    secretary_name: str


def attendance_paper(start: dt.date, end: dt.date,
                     issued_on: dt.date | None = None) -> AttendancePaper:
    """*issued_on* defaults to today, within the period at the latest."""
    issued_on = issued_on or min(dt.date.today(), max(end, start))
    facts = figures.report_facts(start, end)
    sessions = figures.session_figures(start, end)
    return AttendancePaper(cell_core.letterhead(), start, end, issued_on, facts, sessions,
                           secretary_on(issued_on))
