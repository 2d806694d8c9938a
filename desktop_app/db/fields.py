"""Field types that enforce the data conventions (NFC text, constrained enumerations)."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import CharField, Check, TextField

from desktop_app.nfc import normalize


class NFCCharField(CharField):
    """A one-line text field stored in NFC."""

    def db_value(self, value):
        return super().db_value(normalize(value) if isinstance(value, str) else value)


class NFCTextField(TextField):
    """A multi-line text field stored in NFC."""

    def db_value(self, value):
        return super().db_value(normalize(value) if isinstance(value, str) else value)


def enum_field(name: str, values: Iterable[str], **kwargs) -> CharField:
    """A CharField restricted by a CHECK constraint to *values*."""
    allowed = ", ".join(f"'{v}'" for v in values)
    null_ok = f"{name} IS NULL OR " if kwargs.get("null") else ""
    return CharField(
        max_length=32, constraints=[Check(f"{null_ok}{name} IN ({allowed})")], **kwargs
    )
