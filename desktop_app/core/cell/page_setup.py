"""Page settings of printed documents (margins, body size), kept in the ``Setting`` table.

The core defines them; the renderers (``documents.pdf``, ``documents.docx``) take them.

Defaults follow Hướng dẫn 36-HD/VPTW (DOMAIN.md §4); some values there are not
confirmed, so the secretary can change them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desktop_app.db import database
from desktop_app.db.models.base import Setting
from desktop_app.errors import ValidationError


@dataclass(frozen=True)
class DocumentSettings:
    """Page margins (mm) and body size (pt): defaults of Hướng dẫn 36-HD/VPTW (DOMAIN.md §4)."""

    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 15.0
    body_size_pt: float = 14.0


_PREFIX = "document."
_LIMITS = {
    "margin_top_mm": (5.0, 60.0, "Lề trên"),
    "margin_bottom_mm": (5.0, 60.0, "Lề dưới"),
    "margin_left_mm": (5.0, 60.0, "Lề trái"),
    "margin_right_mm": (5.0, 60.0, "Lề phải"),
    "body_size_pt": (10.0, 18.0, "Cỡ chữ nội dung"),
}


def load_document_settings() -> DocumentSettings:
    """The stored settings; a missing or unreadable value falls back to its default."""
    defaults = DocumentSettings()
    stored = {
        row.key[len(_PREFIX):]: row.value
        for row in Setting.select().where(Setting.key.startswith(_PREFIX))
    }
    values = {}
    for f in fields(DocumentSettings):
        try:
            value = float(stored[f.name])
        except (KeyError, ValueError):
            continue
        low, high, _label = _LIMITS[f.name]
        if low <= value <= high:
            values[f.name] = value
    return DocumentSettings(**{**asdict(defaults), **values})


def validate_document_settings(settings: DocumentSettings) -> None:
    problems = {}
    for name, value in asdict(settings).items():
        low, high, label = _LIMITS[name]
        if not low <= value <= high:
            unit = "pt" if name.endswith("_pt") else "mm"
            problems[name] = f"{label} phải từ {low:g} đến {high:g} {unit}."
    if problems:
        raise ValidationError(problems)


def save_document_settings(settings: DocumentSettings) -> None:
    validate_document_settings(settings)
    with database.atomic():
        for name, value in asdict(settings).items():
            Setting.replace(key=_PREFIX + name, value=f"{value:g}").execute()
