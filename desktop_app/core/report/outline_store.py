"""The outlines kept in the database (so they travel in backups and handover packages).

Built-in outlines are seeded from ``resources/report_outlines/`` (by the schema step and in a
fresh file) and are read-only: a secretary copies one and edits the copy. An outline that an
issued report used never changes under it: the report keeps the definition it was issued with
(``Report.outline_snapshot``), and saving the outline raises its version. Drafts follow the
outline they are drafted on (their new sections are drafted from the data at once).
Deleting an outline that an issued report used is refused; one that drafts use is deleted only
when asked twice (:class:`OutlineInUse`): the drafts keep their copy of it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.common.files import write_atomically
from desktop_app.core.common.text import fold
from desktop_app.db import database
from desktop_app.db.models.report import Report, ReportOutline
from desktop_app.errors import UserError

from .outline import KINDS, Outline, OutlineError
from .outline_file import dump_outline, outline_data, parse_outline
from .outline_rows import (  # noqa: F401 (the store's API: outline_store.get_outline, …)
    from_snapshot,
    get_outline,
    outline_of_row,
    snapshot_of,
)

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


class OutlineInUse(UserError):
    """The outline is used by drafts; ``drafts`` counts them (ask, then delete anyway)."""

    def __init__(self, message: str, drafts: int):
        super().__init__(message)
        self.drafts = drafts


@dataclass(frozen=True)
class OutlineUse:
    """An outline with the reports drafted on it (for the library's list)."""

    outline: Outline
    drafts: int
    issued: int


def _order(outline: Outline) -> tuple:
    return (not outline.builtin, outline.kind == "congress",
            outline.applies.first or 0, _KIND_ORDER.get(outline.kind, 9), fold(outline.name))


def list_outlines() -> list[Outline]:
    """Every outline: the built-in ones by era and kind, then the cell's own."""
    return sorted((outline_of_row(row) for row in ReportOutline.select()), key=_order)


def outline_uses() -> list[OutlineUse]:
    counts: dict[tuple[str, str], int] = {}
    for row in Report.select(Report.outline_id, Report.status):
        counts[(row.outline_id, row.status)] = counts.get((row.outline_id, row.status), 0) + 1
    return [OutlineUse(o, counts.get((o.id, "draft"), 0), counts.get((o.id, "issued"), 0))
            for o in list_outlines()]


def find_outline(name_or_code: str) -> Outline | None:
    """The outline with this code, or whose name is this (tone marks and case ignored)."""
    wanted = name_or_code.strip()
    row = ReportOutline.get_or_none(ReportOutline.code == wanted)
    if row is not None:
        return outline_of_row(row)
    folded = fold(wanted)
    found = [o for o in list_outlines() if fold(o.name) == folded]
    return found[0] if len(found) == 1 else None


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text).replace("đ", "d")).strip("-")
    return slug[:60].strip("-") or "de-cuong"


def _free_code(base: str) -> str:
    code, number = base, 1
    while ReportOutline.select().where(ReportOutline.code == code).exists():
        number += 1
        code = f"{base}-{number}"
    return code


def _free_name(name: str) -> str:
    taken = {fold(row.name) for row in ReportOutline.select(ReportOutline.name)}
    candidate, number = name, 1
    while fold(candidate) in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _create(outline: Outline, copied_from: str = "", code_hint: str = "") -> Outline:
    code = _free_code(code_hint or _slug(outline.name))
    fresh = replace(outline, id=code, name=_free_name(outline.name), builtin=False, version=1,
                    copied_from=copied_from)
    ReportOutline.create(code=code, name=fresh.name, kind=fresh.kind, builtin=False, version=1,
                         definition=dump_outline(fresh), copied_from=copied_from)
    return get_outline(code)


def copy_outline(code: str, name: str | None = None) -> Outline:
    """A copy of an outline (built-in or own) that the secretary can edit."""
    source = get_outline(code)
    new_name = (name or "").strip() or f"{source.name} (bản của chi bộ)"
    with database.atomic():
        return _create(replace(source, name=new_name), copied_from=source.id)


def new_outline(name: str, kind: str = "annual") -> Outline:
    """An outline of one section, to build up in the editor."""
    from .outline import OutlineSection

    outline = Outline(id="moi", name=name.strip() or "Đề cương mới", basis="", campaign="",
                      sections=(OutlineSection("muc-1", "Kết quả thực hiện", 1, "manual"),),
                      kind=kind)
    with database.atomic():
        return _create(outline)


def _issued_uses(code: str, version: int) -> int:
    return Report.select().where((Report.outline_id == code) & (Report.status == "issued")
                                 & (Report.outline_version == version)).count()


def save_outline(outline: Outline) -> Outline:
    """Save an edited outline (checked as a file is). A built-in one is refused; one that an
    issued report used gets a new version; drafts on it follow it (new sections drafted)."""
    from .outline_file import outline_from_data
    from .reports import follow_outline

    checked = outline_from_data(outline_data(outline))  # every rule of a file
    with database.atomic():
        row = ReportOutline.get_or_none(ReportOutline.code == outline.id)
        if row is None:
            raise UserError(f"Không tìm thấy đề cương báo cáo “{outline.id}”.")
        if row.builtin:
            raise UserError("Đề cương có sẵn của chương trình không sửa được; hãy sao chép "
                            "rồi sửa bản sao.")
        name = checked.name
        if ReportOutline.select().where((ReportOutline.code != row.code) & (
                ReportOutline.name == name)).exists():
            raise OutlineError(f"Đã có đề cương tên “{name}”; hãy đặt tên khác.", None)
        version = row.version + 1 if _issued_uses(row.code, row.version) else row.version
        saved = replace(checked, id=row.code, builtin=False, version=version,
                        copied_from=row.copied_from)
        ReportOutline.update(name=name, kind=saved.kind, version=version,
                             definition=dump_outline(saved), updated_at=_now()).where(
            ReportOutline.id == row.id).execute()
        follow_outline(get_outline(row.code))
    return get_outline(row.code)


def delete_outline(code: str, drafts_confirmed: bool = False) -> None:
    """Delete one of the cell's outlines. Refused for a built-in one and for one an issued
    report used; one that drafts use raises OutlineInUse unless *drafts_confirmed* (the
    drafts keep their copy of it and can still be edited and issued)."""
    with database.atomic():
        row = ReportOutline.get_or_none(ReportOutline.code == code)
        if row is None:
            raise UserError(f"Không tìm thấy đề cương báo cáo “{code}”.")
        if row.builtin:
            raise UserError("Đề cương có sẵn của chương trình không xóa được.")
        uses = Report.select().where(Report.outline_id == code)
        issued = uses.where(Report.status == "issued").count()
        if issued:
            raise UserError(f"Đề cương “{row.name}” đã dùng cho {issued} báo cáo đã ban hành "
                            "nên không xóa được (báo cáo đã ban hành phải in lại đúng như "
                            "cũ).")
        drafts = uses.where(Report.status == "draft").count()
        if drafts and not drafts_confirmed:
            raise OutlineInUse(f"Đề cương “{row.name}” đang dùng cho {drafts} bản nháp báo "
                               "cáo. Xóa đề cương thì các bản nháp đó vẫn giữ nguyên các mục "
                               "đã soạn.", drafts)
        row.delete_instance()


def read_outline_file(path: Path | str) -> Outline:
    """An outline file, checked whole (the file and the line in the message)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OutlineError(f"Tệp đề cương “{path.name}” không phải là văn bản UTF-8.") from None
    except OSError as error:
        raise OutlineError(f"Không đọc được tệp đề cương “{path.name}”: "
                           f"{error.strerror or error}.") from None
    return parse_outline(path.name, text)


def import_outline(path: Path | str) -> Outline:
    """Add the outline of a file as one of the cell's own (a new code, and a new name when
    the name is taken); nothing is added when the file is not valid."""
    outline = read_outline_file(path)
    with database.atomic():
        return _create(outline, code_hint=outline.id)


def export_outline(code: str, target: Path | str) -> Path:
    """Write an outline as a file (to hand to other cells)."""
    text = dump_outline(get_outline(code)).encode("utf-8")

    def write(stream: BinaryIO) -> None:
        stream.write(text)

    return write_atomically(target, write)


def definition_json(outline: Outline) -> str:
    """The outline as compact JSON (tests compare outlines by it)."""
    return json.dumps(outline_data(outline), ensure_ascii=False, sort_keys=True)
