"""Dates in the widgets: dd/mm/yyyy read from line edits (with the Vietnamese message for
the field), and date edits with a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit

from desktop_app.core.common.formats import parse_date, short_date


def read_date(edit: QLineEdit, label: str, errors: dict[str, str], name: str) -> dt.date | None:
    """The date typed in *edit*, None when empty; a bad date adds a message to *errors*."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as error:
        errors[name] = f"{label}: {error}"
        return None


def write_date(edit: QLineEdit, value: dt.date | None) -> None:
    edit.setText(short_date(value))


def to_qdate(day: dt.date | None) -> QDate:
    """*day* for a date edit; today when None."""
    day = day or dt.date.today()
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def make_date_edit() -> QDateEdit:
    """A date edit showing dd/mm/yyyy, with a calendar to pick from."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit
