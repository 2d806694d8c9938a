"""Errors whose message is meant for the user (in Vietnamese)."""

from __future__ import annotations


class UserError(Exception):
    """An error the user can understand and act on; ``str(error)`` is Vietnamese."""


class ValidationError(UserError):
    """Invalid input; ``fields`` maps a field name to its message, shown next to the field."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__("\n".join(self.fields.values()))
