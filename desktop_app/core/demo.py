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


def load_documents(context: dict[str, Any]) -> None:
    """Documents already issued (the register), e.g. the member list of 05/9/2010."""
    from . import register

    for item in read_demo("documents")["issued"]:
        day = parse_day(item["issued_date"])
        assert day is not None
        register.issue(item["type_code"], day, item["subject"],
                       source_kind=item.get("source_kind"), source_id=item.get("source_id"))


def load_savings(context: dict[str, Any]) -> None:
    """Thrift bills 2006–2010, social work, commendations (resources/demo/savings.json)."""
    from . import commendations, savings, social

    data = read_demo("savings")
    members = context.get("members", {})
    categories = {c.name: c.id for c in savings.list_categories(include_archived=True)
                  if c.id is not None}
    quantities = data.get("quantities", {})
    for name, years in data["entries"].items():
        cid = categories[name]
        for year, amounts in years.items():
            qty = quantities.get(name, {}).get(year, [None] * 12)
            savings.save_grid(int(year), {cid: {
                month: savings.MonthEntry(amount, qty[month - 1])
                for month, amount in enumerate(amounts, start=1)}})
    rule = data["year_settings"]
    for year in range(rule["first_year"], rule["last_year"] + 1):
        for cid in categories.values():
            savings.save_year_setting(savings.YearSetting(
                cid, year, rule["baseline_mode"], None, tuple(rule["baseline_years"]),
                rule["target_percent"]))
    for item in data["social_activities"]:
        values = dict(item)
        names = values.pop("members", [])
        values["date"] = parse_day(values["date"])
        values["end_date"] = parse_day(values.get("end_date"))
        values["member_ids"] = tuple(members[name] for name in names if name in members)
        social.save_activity(social.ActivityData(**values))
    for item in data["commendations"]:
        values = dict(item)
        values["date"] = parse_day(values["date"])
        member = values.pop("member", None)
        values["member_id"] = members.get(member) if member else None
        commendations.save_commendation(commendations.CommendationData(**values))
    for item in data["violations"]:
        values = dict(item)
        values["member_id"] = members[values.pop("member")]
        values["date"] = parse_day(values["date"])
        values["resolved_date"] = parse_day(values.get("resolved_date"))
        commendations.save_violation(commendations.ViolationData(**values))


# Loaders run in this order; each area appends its own. They share a context dict.
LOADERS: list[Callable[[dict[str, Any]], None]] = [load_cell, load_members, load_documents]
LOADERS.append(load_savings)


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
