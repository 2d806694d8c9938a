"""Undoing a delete (hoàn tác xóa): what a delete removed is kept, to be put back.

    deleted = delete_undoably("member", member_id, "đảng viên Nguyễn Văn An",
                              lambda: roster.delete_member(member_id))
    ...
    restored_id = restore(deleted)   # the record, and what went with it, are back

Before the delete runs, the record and every row that goes with it (the rows whose
foreign key cascades: a plan's targets and their responsible members, a session's
attendance) are read, and the rows whose reference the delete sets to NULL are noted,
all in the transaction of the delete. ``restore`` inserts them again, parents first,
in one transaction: the same ids when they are still free, new ones when a record
added since took an id (SQLite hands out the highest id again), with the references
of the rows that follow moved along. Nothing is written when something cannot be put
back (a unique value taken meanwhile): the user is told why.

The kept rows live in memory, for the session: after the program is closed a delete is
undone from a backup (Tệp → Phục hồi…), which the automatic backups make possible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from peewee import AutoField, ForeignKeyField, IntegrityError, Model

from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.plans import Plan, PlanTarget
from desktop_app.db.models.reviews import Feedback, Remedy
from desktop_app.db.models.savings import (
    Commendation,
    Fund,
    FundEntry,
    SocialActivity,
    Violation,
)
from desktop_app.db.models.study import StudySession
from desktop_app.errors import UserError

# What can be deleted and undone, by the name the areas use.
KINDS: dict[str, type[Model]] = {
    "member": Member,
    "session": StudySession,
    "plan": Plan,
    "target": PlanTarget,
    "activity": SocialActivity,
    "commendation": Commendation,
    "violation": Violation,
    "remedy": Remedy,
    "feedback": Feedback,
    "fund": Fund,
    "fund_entry": FundEntry,
}


@dataclass(frozen=True)
class Deleted:
    """A delete that can be undone: its record, and every row it removed or changed."""

    kind: str
    record_id: int
    description: str  # what was deleted, in Vietnamese: "đảng viên Nguyễn Văn An"
    rows: tuple[tuple[type[Model], dict[str, Any]], ...]  # the record first, then its rows
    cleared: tuple[tuple[type[Model], str, Any, Any], ...]  # (model, field, row id, value)
    # the area's rule on the data put back (raises UserError), run before it is committed
    check: Callable[[int], object] | None = None


def _pk(model: type[Model]) -> Any:
    return model._meta.primary_key


def _read(model: type[Model], ids: list[Any], rows: list, cleared: list) -> None:
    """*model*'s rows of *ids*, then what cascades from them (depth first)."""
    pk = _pk(model)
    for row in model.select().where(pk.in_(ids)).order_by(pk):
        rows.append((model, dict(row.__data__)))
    for field in model._meta.backrefs:
        child = field.model
        on_delete = (field.on_delete or "").upper()
        if on_delete == "CASCADE":
            child_pk = _pk(child)
            found = [row[0] for row in child.select(child_pk).where(field.in_(ids)).tuples()]
            if found:
                _read(child, found, rows, cleared)
        elif on_delete == "SET NULL":
            child_pk = _pk(child)
            for row_id, value in child.select(child_pk, field).where(
                    field.in_(ids)).tuples():
                cleared.append((child, field.name, row_id, value))


def capture(kind: str, record_id: int, description: str) -> Deleted:
    """What deleting *record_id* of *kind* would remove; read inside the delete's
    transaction (``delete_undoably``) so that nothing changes in between."""
    model = KINDS[kind]
    rows: list[tuple[type[Model], dict[str, Any]]] = []
    cleared: list[tuple[type[Model], str, Any, Any]] = []
    _read(model, [record_id], rows, cleared)
    if not rows:
        raise UserError("Không tìm thấy bản ghi cần xóa (có thể đã bị xóa).")
    return Deleted(kind, record_id, description, tuple(rows), tuple(cleared))


def delete_undoably(kind: str, record_id: int, description: str,
                    delete: Callable[[], object],
                    check: Callable[[int], object] | None = None) -> Deleted:
    """Run *delete* (the area's own delete, with its checks) and keep what it removed.

    The area's UserError (a member with history cannot be deleted…) passes through and
    nothing is deleted. *check*, given the record's id, is run on the data put back by
    ``restore`` before it is kept (spending that money added since relies on…).
    """
    with database.atomic():
        deleted = replace(capture(kind, record_id, description), check=check)
        delete()
    return deleted


def restore(deleted: Deleted) -> int:
    """Put back what *deleted* removed; returns the record's id (a new one if its old
    id was taken meanwhile)."""
    moved: dict[type[Model], dict[Any, Any]] = {}
    try:
        with database.atomic():
            for model, values in deleted.rows:
                values = dict(values)
                for field in model._meta.sorted_fields:
                    if isinstance(field, ForeignKeyField) and field.name in values:
                        values[field.name] = moved.get(field.rel_model, {}).get(
                            values[field.name], values[field.name])
                pk = _pk(model)
                old = values[pk.name]
                if model.select().where(pk == old).exists():
                    if not isinstance(pk, AutoField) and pk.name != "id":
                        raise UserError("Không hoàn tác được: dữ liệu đã thay đổi từ lúc xóa.")
                    del values[pk.name]
                    moved.setdefault(model, {})[old] = model.insert(values).execute()
                else:
                    model.insert(values).execute()
            for model, name, row_id, value in deleted.cleared:
                field = model._meta.fields[name]
                value = moved.get(field.rel_model, {}).get(value, value)
                model.update({field: value}).where(
                    (_pk(model) == row_id) & field.is_null()).execute()
            record_id = moved.get(KINDS[deleted.kind], {}).get(deleted.record_id,
                                                                 deleted.record_id)
            if deleted.check is not None:
                deleted.check(record_id)  # its UserError: nothing is put back
    except IntegrityError as error:
        raise UserError(
            f"Không hoàn tác được việc xóa {deleted.description}: dữ liệu đã thay đổi từ "
            f"lúc xóa ({error}). Có thể lấy lại từ bản sao lưu (Tệp → Phục hồi…).") from error
    return record_id
