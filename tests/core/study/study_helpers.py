"""Helpers shared by the study tests: a small cell with known members."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.members import roster as members_core
from desktop_app.core.members.roster import MemberData


def add_member(name: str, kind: str = "full", **values) -> int:
    if kind != "non_party":
        values.setdefault("joined_date", dt.date(2000, 1, 1))
        if kind == "full":
            values.setdefault("official_date", dt.date(2001, 1, 1))
    else:
        values.setdefault("role", "none")
    saved = members_core.save_member(MemberData(full_name=name, kind=kind, **values))
    assert saved.id is not None
    return saved.id
