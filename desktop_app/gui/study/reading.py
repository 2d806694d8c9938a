"""What the Study tab shows for a year, read off the UI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.members import roster as members_core
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import SessionData


@dataclass
class YearView:
    """What the tab shows for a year, read off the UI thread (``read_year``)."""

    years: list[int]  # the year choices, newest first
    year: int
    figures: list[study_figures.SessionFigures]
    members: list[members_core.MemberData]
    session: SessionData | None  # the session shown in the grid
    grid: list[study.AttendanceRow]


def read_year(year: int | None, session_id: int | None, this_year: int) -> YearView:
    """The year's sessions and their figures, the members, and the grid of
    *session_id* (the year's last session when None). With no *year*: the newest year
    with sessions (the current year when none)."""
    held = study.session_years()
    year = year or (held[0] if held else this_year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    figures = study_figures.session_figures(start, end)
    if session_id is None and figures:
        session_id = figures[-1].session_id
    session = (study.get_session(session_id)
               if session_id in {f.session_id for f in figures} else None)
    return YearView(
        years=sorted(set(held) | {this_year, year}, reverse=True), year=year,
        figures=figures, members=members_core.list_members(), session=session,
        grid=study.load_grid(session.id) if session and session.id is not None else [])


def read_session(session_id: int) -> tuple[SessionData, list[study.AttendanceRow]]:
    """A session chosen in the list and its attendance grid."""
    return study.get_session(session_id), study.load_grid(session_id)
