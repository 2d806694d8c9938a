"""Closed years (khóa sổ) and the change log (lịch sử thay đổi).

Both tables are written by the database itself as much as by the app: the change log only
by the triggers of ``db/history.py`` (never by hand), and a closed year is enforced by the
triggers of ``db/closed_years.py``, which are rebuilt from ``year_closing`` whenever a year
is closed or reopened.
"""

from __future__ import annotations

from peewee import AutoField, BareField, CharField, DateTimeField, IntegerField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel

CHANGE_ACTIONS = ("insert", "update", "delete")


class YearClosing(BaseModel):
    """One closing of a year's books (khóa sổ năm); reopening it fills the ``reopened_*``
    fields, so every closing and reopening stays on record with its date and reason.

    A year is closed while it has a row with ``reopened_at`` NULL (at most one: a partial
    unique index)."""

    id = AutoField()
    year = IntegerField()
    closed_at = DateTimeField()
    closed_by = NFCCharField(max_length=200, default="")
    note = NFCTextField(default="")  # why, e.g. "Đã ban hành Số 01-BC/CB ngày 05/9/2010"
    backup_file = NFCTextField(default="")  # the backup made just before closing
    reopened_at = DateTimeField(null=True)
    reopened_by = NFCCharField(max_length=200, default="")
    reopen_reason = NFCTextField(default="")

    class Meta:
        table_name = "year_closing"


YearClosing.add_index(YearClosing.index(YearClosing.year, unique=True,
                                        where=YearClosing.reopened_at.is_null()))


class ChangeLog(BaseModel):
    """One change to a record the reports count, written by a trigger in the same
    transaction as the change (see ``db/history.py``).

    ``at`` is the local wall-clock time in seconds since 1970-01-01 (like every other
    time in the file, without a zone). An insert is one row per run of records added
    together (``record_id`` to ``record_to``: the attendance of a new session is one row);
    an update is one row per changed field with its old and new value; a delete keeps the
    whole row as JSON in ``old_value``. ``owner_id`` is the record this one belongs to (the
    session of an attendance row), ``year`` the year it counts in (``old_year`` too when a
    change moved it to another year).
    """

    id = AutoField()
    at = IntegerField()
    user_name = CharField(max_length=200, default="")
    table_name = CharField(max_length=64)
    record_id = IntegerField()
    record_to = IntegerField()
    owner_id = IntegerField(null=True)
    action = enum_field("action", CHANGE_ACTIONS)
    field = CharField(max_length=200, null=True)
    old_value = BareField(null=True)  # any SQLite value, as stored
    new_value = BareField(null=True)
    year = IntegerField(null=True)
    old_year = IntegerField(null=True)

    class Meta:
        table_name = "change_log"
        indexes = ((("table_name", "record_id"), False), (("table_name", "owner_id"), False))
