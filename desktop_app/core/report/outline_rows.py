"""Reading one outline of the database, and the copy of it a report keeps.

Kept apart from :mod:`.outline_store` (which writes outlines and makes the drafts on an
outline follow it) so that the report's own modules read outlines without importing the
store that imports them.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.db.models.report import ReportOutline
from desktop_app.errors import UserError

from .outline import Outline
from .outline_file import dump_outline, parse_outline


def outline_of_row(row: ReportOutline) -> Outline:
    outline = parse_outline(row.name, row.definition)
    return replace(outline, id=row.code, name=row.name, kind=row.kind, path="",
                   builtin=bool(row.builtin), version=row.version, copied_from=row.copied_from)


def get_outline(code: str) -> Outline:
    row = ReportOutline.get_or_none(ReportOutline.code == code)
    if row is None:
        raise UserError(f"Không tìm thấy đề cương báo cáo “{code}”.")
    return outline_of_row(row)


def snapshot_of(outline: Outline) -> str:
    """What a report keeps of its outline (the outline file's text)."""
    return dump_outline(outline)


def from_snapshot(text: str) -> Outline:
    return parse_outline("(đề cương của báo cáo)", text)
