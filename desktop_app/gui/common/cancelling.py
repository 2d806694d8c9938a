"""Stopping background work that the secretary cancelled (``tasks.TaskRunner``).

A task's ``progress()`` raises ``Cancelled`` once Cancel is pressed; work that writes runs
``in_one_transaction``, so that what it wrote before is rolled back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Cancelled(Exception):
    """Raised by ``progress()`` in a task whose Cancel was pressed: the work stops there."""


def in_one_transaction(fn: Callable[..., Any]) -> Callable[..., Any]:
    """*fn* run in one transaction that a Cancel rolls back: ``progress`` is called
    before and after it, inside the transaction, so a Cancel pressed while it runs
    raises ``Cancelled`` before the commit and nothing is written."""

    def work(*args: Any, progress: Callable[..., None], **kwargs: Any) -> Any:
        from desktop_app.db import database  # here: the window shows before peewee loads

        with database.atomic():
            progress(0, 0)
            result = fn(*args, **kwargs)
            progress(1, 1)  # the last moment a Cancel stops it
        return result

    work.__name__ = getattr(fn, "__name__", "work")
    return work
