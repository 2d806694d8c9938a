"""Refusals of the closed-year triggers as an error the user reads (``ClosedYearError``, a
``ValidationError`` for the field the trigger names), wherever the write came from: a query
or a model's save (``storage.AppDatabase``), or a prepared statement run on the raw
cursor inside ``database.atomic()`` (``GuardedProxy``)."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import peewee
from peewee import DatabaseProxy, IntegrityError

from ..errors import ValidationError
from .closed_years import MARKER

_PATTERN = re.compile(rf"^{re.escape(MARKER)}\|([^|]*)\|(.*)$", re.DOTALL)
_YEAR = re.compile(r"Năm (\d{4})")


class ClosedYearError(ValidationError):
    """A write into a closed year (khóa sổ), refused by the database; nothing was saved.

    ``fields`` holds the message under the form field it is about (``date``, ``year``...),
    ``year`` the closed year."""

    def __init__(self, field: str, message: str):
        super().__init__({field: message})
        found = _YEAR.search(message)
        self.year = int(found.group(1)) if found else None


def closed_year_error(error: BaseException | None) -> ClosedYearError | None:
    """The ClosedYearError a closed-year trigger's refusal stands for, else None."""
    if not isinstance(error, IntegrityError | sqlite3.IntegrityError):
        return None
    found = _PATTERN.match(str(error))
    return ClosedYearError(found.group(1), found.group(2)) if found else None


class GuardedAtomic(peewee._atomic):
    def __exit__(self, exc_type, exc_val, exc_tb):
        result = super().__exit__(exc_type, exc_val, exc_tb)
        converted = closed_year_error(exc_val)
        if converted is not None:
            raise converted from exc_val
        return result


class GuardedProxy(DatabaseProxy):
    """The app's database proxy: ``database.atomic()`` converts the refusals too (peewee's
    proxy makes its own transaction objects instead of asking the database for them).

    No ``__slots__`` of its own: the proxy's attribute check reads ``__slots__``, which
    must stay peewee's."""

    def atomic(self, *args: Any, **kwargs: Any):
        return GuardedAtomic(self, *args, **kwargs)
