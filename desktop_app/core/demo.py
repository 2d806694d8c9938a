"""The demo database: the reference cell of ../shared/reference, built from data files.

Each area keeps its demo data in ``resources/demo/<area>.json`` and a loader here; the
loaders run in order inside one transaction, so a failed demo leaves no file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..db.connection import close_database, open_database
from ..errors import UserError
from ..paths import resource_path
from . import cell as cell_core
from . import members as members_core
from . import plans as plans_core
from . import study as study_core


class DemoExistsError(UserError):
    pass


def read_demo(name: str) -> Any:
    with resource_path("demo", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def parse_day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_cell(context: dict[str, Any]) -> None:
    data = read_demo("cell")
    term = data["terms"][0]
    cell_core.save_profile(cell_core.CellProfile(
        **data["cell"],
        term_name=term["name"],
        term_start=parse_day(term["start_date"]),
        term_end=parse_day(term["end_date"]),
        secretary_name=term["secretary_name"],
        deputy_secretary_name=term["deputy_secretary_name"],
    ))


def load_members(context: dict[str, Any]) -> None:
    members: dict[str, int] = {}
    for item in read_demo("members")["members"]:
        values = dict(item)
        for key in ("birth_date", "joined_date", "official_date", "status_date"):
            values[key] = parse_day(values.get(key))
        saved = members_core.save_member(members_core.MemberData(**values))
        assert saved.id is not None
        members[saved.full_name] = saved.id
    context["members"] = members  # full name -> id, for the loaders that follow


def load_plans(context: dict[str, Any]) -> None:
    """The yearly plans, the 2009 resolution and the 2007/2008 action programmes.

    Each is issued through the register on its issue date, in date order, so the register
    holds them with numbers counted per type within the term.
    """
    members = context["members"]
    issued: list[tuple[dt.date, int]] = []
    for item in read_demo("plans")["plans"]:
        targets = [
            plans_core.TargetData(
                content=t["content"], indicator_kind=t["indicator_kind"],
                target_value=t["target_value"], indicator=t["indicator"],
                deadline=parse_day(t["deadline"]), status=t["status"],
                result_note=t.get("result_note", ""), result_date=parse_day(t.get("result_date")),
                responsible_ids=[members[name] for name in t["responsible"]],
            )
            for t in item["targets"]
        ]
        saved = plans_core.save_plan(plans_core.PlanData(
            year=item["year"], kind=item["kind"], title=item["title"], theme=item["theme"],
            purpose=item["purpose"], requirements=item["requirements"],
            implements="\n".join(item["implements"]), plan_date=parse_day(item["plan_date"]),
            targets=targets,
        ))
        day = parse_day(item.get("issued_date"))
        if day is not None and saved.id is not None:
            issued.append((day, saved.id))
    for day, plan_id in sorted(issued):
        plans_core.issue_plan(plan_id, day)


def load_documents(context: dict[str, Any]) -> None:
    """Documents already issued (the register), e.g. the member list of 05/9/2010."""
    from . import register

    for item in read_demo("documents")["issued"]:
        day = parse_day(item["issued_date"])
        assert day is not None
        register.issue(item["type_code"], day, item["subject"],
                       source_kind=item.get("source_kind"), source_id=item.get("source_id"))


def load_study(context: dict[str, Any]) -> None:
    """Study sessions 2007–2010: everyone present and writing, but a few staff absences."""
    from dataclasses import replace

    members: dict[str, int] = context["members"]
    for item in read_demo("study")["sessions"]:
        values = {k: v for k, v in item.items() if k not in ("attendance", "reflections_on")}
        for key in ("date", "reflection_due"):
            values[key] = parse_day(values.get(key))
        session = study_core.create_session(study_core.SessionData(**values))
        assert session.id is not None
        written_on = parse_day(item.get("reflections_on"))
        exceptions = {members[name]: change for name, change in item["attendance"].items()}
        rows = []
        for row in study_core.load_grid(session.id):
            if session.reflection_required and row.status == "present" and row.is_party_member:
                row = replace(row, reflection="submitted", reflection_date=written_on)
            change = dict(exceptions.get(row.member_id, {}))
            if "reflection_date" in change:
                change["reflection_date"] = parse_day(change["reflection_date"])
            rows.append(replace(row, **change))
        study_core.save_grid(session.id, rows)


# Loaders run in this order; each area appends its own. They share a context dict.
LOADERS: list[Callable[[dict[str, Any]], None]] = [
    load_cell, load_members, load_documents, load_plans, load_study,
]


def fill_demo() -> None:
    """Fill the open (empty) database with the demo cell, in one transaction."""
    from ..db import database

    context: dict[str, Any] = {}
    with database.atomic():
        for loader in LOADERS:
            loader(context)


def create_demo_database(path: Path | str, force: bool = False) -> Path:
    """Create a database file holding the demo cell; refuse to overwrite unless *force*."""
    path = Path(path).expanduser()
    if path.exists() and not force:
        raise DemoExistsError(
            f"Tệp “{path}” đã có. Dùng --force nếu muốn ghi đè (dữ liệu cũ sẽ mất)."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tao-mau")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        db = open_database(partial)
        try:
            fill_demo()
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute_sql("PRAGMA journal_mode = DELETE")
        finally:
            close_database()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return path
