"""Closed years (khóa sổ): triggers that refuse every write into a closed year.

Whoever writes (a tab, the command line, an Excel import, a tool on the raw file), a
record of a closed year cannot be added, changed or deleted: a BEFORE trigger on each
table of ``year_rules.RULES`` raises, and the statement and its transaction's work so far
are undone. The closed years are written into the triggers as constants when a year is
closed or reopened (``install`` after ``year_closing`` changes), so that the message can
name the year (SQLite before 3.47 takes only a constant text in ``RAISE``) and a file with
no closed year pays nothing.

The message is ``closed-year|<field>|<Vietnamese text>``; ``guarded.py`` turns it into a
``ClosedYearError`` for the field it names.
"""

from __future__ import annotations

import re

from .history import CLOSED_PREFIX, AnyDatabase, existing_tables, literal, quote, table_columns
from .year_rules import RULES, Facet, Rule, touches_sql, until_sql, year_sql

MARKER = "closed-year"
_VERBS = {"insert": "ghi", "update": "sửa", "delete": "xóa"}  # an upsert is an insert


def closed_years(db: AnyDatabase) -> list[int]:
    """The years closed now, oldest first."""
    if "year_closing" not in existing_tables(db):
        return []
    rows = db.execute_sql('SELECT DISTINCT "year" FROM "year_closing" '
                          'WHERE "reopened_at" IS NULL ORDER BY "year"').fetchall()
    return [int(row[0]) for row in rows]


def message(year: int, noun: str, action: str) -> str:
    where = "vào năm này" if action == "insert" else "của năm này"
    return (f"Năm {year} đã khóa sổ nên không thể {_VERBS[action]} {noun} {where}. "
            f"Nếu thật sự cần sửa, hãy bỏ khóa sổ năm {year} (Tệp → Bỏ khóa sổ năm…) "
            "và ghi rõ lý do.")


def _changed(columns: list[str]) -> str:
    return " OR ".join(f"OLD.{quote(c)} IS NOT NEW.{quote(c)}" for c in columns) or "0"


def _conditions(rule: Rule, columns: list[str], action: str,
                year: int) -> list[tuple[Facet, str]]:
    """(facet, SQL condition) for each facet by which the write touches *year*."""
    found = []
    for facet in rule.facets:
        new, old = touches_sql(facet, "NEW", year), touches_sql(facet, "OLD", year)
        if action == "insert":
            found.append((facet, new))
        elif action == "delete":
            found.append((facet, old))
        else:
            fields = rule.facet_fields(facet, columns)
            if fields:
                found.append((facet, f"({_changed(fields)}) AND ({old} OR {new})"))
    return found


def _lock_trigger(rule: Rule, columns: list[str], action: str, years: list[int]) -> str | None:
    cases = [(cond, f"{MARKER}|{facet.key}|{message(year, facet.noun or rule.noun, action)}")
             for year in years for facet, cond in _conditions(rule, columns, action, year)]
    if not cases:
        return None
    name = quote(f"{CLOSED_PREFIX}{rule.table}_{action}")
    when = " OR ".join(f"({cond})" for cond, _text in cases)
    raises = " ".join(f"WHEN {cond} THEN RAISE(ABORT, {literal(text)})" for cond, text in cases)
    return (f"CREATE TRIGGER {name} BEFORE {action.upper()} ON {quote(rule.table)} "
            f"WHEN {when} BEGIN SELECT CASE {raises} END; END")


def closed_year_triggers(db: AnyDatabase) -> dict[str, str]:
    """Trigger name → SQL refusing writes into the closed years (none when none is)."""
    years = closed_years(db)
    if not years:
        return {}
    tables = existing_tables(db)
    triggers: dict[str, str] = {}
    for rule in RULES:
        if rule.table not in tables or not rule.facets:
            continue
        columns = table_columns(db, rule.table)
        for action in ("insert", "update", "delete"):
            sql = _lock_trigger(rule, columns, action, years)
            if sql is not None:
                triggers[f"{CLOSED_PREFIX}{rule.table}_{action}"] = sql
    return triggers


def refusal(db: AnyDatabase, table: str, values: dict[str, object],
            record_id: int | None = None) -> tuple[str, str] | None:
    """(field, message) when writing *values* into a record of *table* would be refused
    (a year it counts in is closed), else None: the same rules as the triggers, asked
    before writing (a form's fields, an import's rows). *record_id*: the stored record
    being changed (only the facets whose fields change are asked, as the triggers do);
    None: a new record."""
    from .year_rules import RULES_BY_TABLE

    rule = RULES_BY_TABLE.get(table)
    closed = set(closed_years(db))
    if rule is None or not closed:
        return None
    names = list(values)
    stored: dict[str, object] | None = None
    if record_id is not None:
        cursor = db.execute_sql(f"SELECT * FROM {quote(table)} WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is not None:
            stored = {d[0]: value for d, value in zip(cursor.description, row, strict=True)}
    for facet in rule.facets:
        fields = [n for n in rule.facet_fields(facet, names + [c for c in (stored or {})])
                  if n in values]
        if stored is not None and all(values[n] == stored.get(n) for n in fields):
            continue  # this facet does not change
        candidates = [({**(stored or {}), **values}, "insert" if stored is None else "update")]
        if stored is not None:
            candidates.append((stored, "update"))
        for row_values, action in candidates:
            first, last = _years(db, facet, row_values)
            year = next((y for y in sorted(closed) if first is not None and last is not None
                         and first <= y <= last), None)
            if year is not None:
                return facet.key, message(year, facet.noun or rule.noun, action)
    return None


def _years(db: AnyDatabase, facet: Facet,
           values: dict[str, object]) -> tuple[int | None, int | None]:
    """The first and last year *facet* puts a record with *values* in (None: no year)."""
    first, last = year_sql(facet, "candidate"), until_sql(facet, "candidate")
    named = re.findall(r'candidate\."([^"]+)"', first + last)
    values = {**dict.fromkeys(named), **values}  # a column not given: NULL
    names = list(values)
    row = ", ".join(f"? AS {quote(name)}" for name in names)
    sql = f"SELECT ({first}), ({last}) FROM (SELECT {row}) AS candidate"
    found = db.execute_sql(sql, [values[n] for n in names]).fetchone()
    if not found:
        return None, None
    return (int(found[0]) if found[0] is not None else None,
            int(found[1]) if found[1] is not None else None)
