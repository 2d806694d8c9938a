"""Reading dd/mm/yyyy from line edits, with the Vietnamese message for the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

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
