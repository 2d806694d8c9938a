"""The base of every model, and domain settings kept in the database."""

from __future__ import annotations

import datetime as dt

from peewee import Model, TextField

from .. import database
from ..fields import NFCCharField


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Domain settings kept in the database (key → text value)."""

    key = NFCCharField(primary_key=True, max_length=100)
    value = TextField()
