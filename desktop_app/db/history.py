"""The change log (lịch sử thay đổi), written by SQLite triggers.

Why triggers and not peewee signals: signals fire only for ``Model.save()`` and
``delete_instance()``, while the core also writes with ``Model.update()``/``delete()``
queries, ``insert_many`` and prepared upserts run with ``executemany`` (the attendance
grid), and foreign keys delete children by cascade; a trigger sees every one of those, and
raw SQL from any tool, and it runs inside the statement, so the log row is in the same
transaction as the change by construction. The user's name needs no plumbing either: the
trigger reads it from the cell particulars (the secretary of the committee term that
contains today, see ``USER_SQL``), so it is right for the window, the command line and an
import alike.

The triggers are generated from ``year_rules.RULES`` and the table's own columns, so a new
column is logged without a new trigger by hand; ``triggers.py`` installs them (the
migration runner drops them before an upgrade's steps and makes them again after, so a
step that rebuilds a table loses nothing and a data step is not logged as a user's change).
"""

from __future__ import annotations

from peewee import DatabaseProxy, SqliteDatabase

from .year_rules import RULES, Rule, year_sql

AnyDatabase = SqliteDatabase | DatabaseProxy  # the file, or the app's proxy bound to it

HISTORY_PREFIX = "history_"
CLOSED_PREFIX = "closed_"  # closed_years.py

# The secretary of the term containing today, else of the latest term (core.cell's
# current_term); "" before the particulars are filled in.
USER_SQL = (
    "coalesce((SELECT \"secretary_name\" FROM \"committee_term\" ORDER BY "
    "(date('now', 'localtime') BETWEEN \"start_date\" AND \"end_date\") DESC, "
    "\"start_date\" DESC, \"id\" DESC LIMIT 1), '')"
)
NOW_SQL = "CAST(strftime('%s', 'now', 'localtime') AS INTEGER)"

_COLUMNS = ('"at", "user_name", "table_name", "record_id", "record_to", "owner_id", "action", '
            '"field", "old_value", "new_value", "year", "old_year"')


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_columns(db: AnyDatabase, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f"PRAGMA table_info({quote(table)})").fetchall()]


def _primary_year(rule: Rule, row: str) -> str:
    return f"({year_sql(rule.facets[0], row)})" if rule.facets else "NULL"


def _owner(rule: Rule, row: str) -> str:
    return f"{row}.{quote(rule.owner[1])}" if rule.owner else "NULL"


def _insert_trigger(rule: Rule) -> str:
    """One row per run of records added together: a record that follows the last logged
    insert of the same table, owner, year, user and second extends that row's range."""
    table, name = literal(rule.table), quote(f"{HISTORY_PREFIX}{rule.table}_insert")
    year, owner = _primary_year(rule, "NEW"), _owner(rule, "NEW")
    last = "(SELECT max(\"id\") FROM \"change_log\")"
    return (
        f"CREATE TRIGGER {name} AFTER INSERT ON {quote(rule.table)} BEGIN "
        f"UPDATE \"change_log\" SET \"record_to\" = NEW.\"id\" WHERE \"id\" = {last} "
        f"AND \"action\" = 'insert' AND \"table_name\" = {table} "
        f"AND \"record_to\" = NEW.\"id\" - 1 AND \"owner_id\" IS {owner} "
        f"AND \"year\" IS {year} AND \"at\" = {NOW_SQL} AND \"user_name\" = {USER_SQL}; "
        f"INSERT INTO \"change_log\" ({_COLUMNS}) SELECT {NOW_SQL}, {USER_SQL}, {table}, "
        f"NEW.\"id\", NEW.\"id\", {owner}, 'insert', NULL, NULL, NULL, {year}, NULL "
        f"WHERE NOT EXISTS (SELECT 1 FROM \"change_log\" WHERE \"id\" = {last} "
        f"AND \"action\" = 'insert' AND \"table_name\" = {table} AND \"record_to\" = NEW.\"id\"); "
        "END"
    )


def _field_years(rule: Rule, column: str) -> tuple[str, str]:
    facet = rule.facet_of(column)
    if facet is None:
        return "NULL", "NULL"
    new, old = f"({year_sql(facet, 'NEW')})", f"({year_sql(facet, 'OLD')})"
    return new, f"nullif({old}, {new})"


def _json_leaves(source: str) -> str:
    """The leaves (path, value) of a JSON text, or none when it is not valid JSON."""
    return (f"SELECT \"fullkey\" AS k, \"atom\" AS v FROM json_tree(CASE WHEN json_valid({source}) "
            f"THEN {source} ELSE '{{}}' END) WHERE \"type\" NOT IN ('object', 'array')")


def _update_trigger(rule: Rule, columns: list[str]) -> str | None:
    logged = [c for c in columns if c not in rule.ignored]
    if not logged:
        return None
    table, name = literal(rule.table), quote(f"{HISTORY_PREFIX}{rule.table}_update")
    owner = _owner(rule, "NEW")
    head = (f"INSERT INTO \"change_log\" ({_COLUMNS}) SELECT {NOW_SQL}, {USER_SQL}, {table}, "
            f"NEW.\"id\", NEW.\"id\", {owner}, 'update', ")
    statements = []
    plain = [c for c in logged if c not in rule.json_fields]
    if plain:
        changes = " UNION ALL ".join(
            f"SELECT {literal(c)} AS f, OLD.{quote(c)} AS o, NEW.{quote(c)} AS n, "
            f"{_field_years(rule, c)[0]} AS y, {_field_years(rule, c)[1]} AS oy"
            for c in plain)
        statements.append(f"{head}f, o, n, y, oy FROM ({changes}) WHERE o IS NOT n;")
    for column in rule.json_fields:
        if column not in columns:
            continue
        new_year, old_year = _field_years(rule, column)
        old, new = f"OLD.{quote(column)}", f"NEW.{quote(column)}"
        both = f"json_valid({old}) AND json_valid({new})"
        keys = f"SELECT k FROM ({_json_leaves(old)}) UNION SELECT k FROM ({_json_leaves(new)})"
        statements.append(
            f"{head}{literal(column)} || substr(keys.k, 2), o.v, n.v, {new_year}, {old_year} "
            f"FROM ({keys}) AS keys LEFT JOIN ({_json_leaves(old)}) AS o ON o.k = keys.k "
            f"LEFT JOIN ({_json_leaves(new)}) AS n ON n.k = keys.k "
            f"WHERE {old} IS NOT {new} AND {both} AND o.v IS NOT n.v;")
        statements.append(  # a text that is not JSON is logged whole
            f"{head}{literal(column)}, {old}, {new}, {new_year}, {old_year} "
            f"WHERE {old} IS NOT {new} AND NOT ({both});")
    changed = " OR ".join(f"OLD.{quote(c)} IS NOT NEW.{quote(c)}" for c in logged)
    return (f"CREATE TRIGGER {name} AFTER UPDATE ON {quote(rule.table)} WHEN {changed} "
            f"BEGIN {' '.join(statements)} END")


def _delete_trigger(rule: Rule, columns: list[str]) -> str:
    """BEFORE, so that a parent's row is in the log when its children go by cascade: a
    child whose parent is already gone takes the parent's year from the log."""
    table, name = literal(rule.table), quote(f"{HISTORY_PREFIX}{rule.table}_delete")
    values = ", ".join(f"{literal(c)}, OLD.{quote(c)}" for c in columns)
    year = _primary_year(rule, "OLD")
    if rule.owner:
        year = (f"coalesce({year}, (SELECT \"year\" FROM \"change_log\" WHERE \"table_name\" = "
                f"{literal(rule.owner[0])} AND \"record_id\" = OLD.{quote(rule.owner[1])} "
                "AND \"action\" = 'delete' ORDER BY \"id\" DESC LIMIT 1))")
    return (f"CREATE TRIGGER {name} BEFORE DELETE ON {quote(rule.table)} BEGIN "
            f"INSERT INTO \"change_log\" ({_COLUMNS}) VALUES ({NOW_SQL}, {USER_SQL}, {table}, "
            f"OLD.\"id\", OLD.\"id\", {_owner(rule, 'OLD')}, 'delete', NULL, "
            f"json_object({values}), NULL, {year}, NULL); END")


def existing_tables(db: AnyDatabase) -> set[str]:
    return {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def history_triggers(db: AnyDatabase) -> dict[str, str]:
    """Trigger name → SQL of the change log, for the tables of the rules the file has."""
    tables = existing_tables(db)
    if "change_log" not in tables:
        return {}
    triggers: dict[str, str] = {}
    for rule in RULES:
        if rule.table not in tables:
            continue
        columns = table_columns(db, rule.table)
        for kind, sql in (("insert", _insert_trigger(rule)),
                          ("update", _update_trigger(rule, columns)),
                          ("delete", _delete_trigger(rule, columns))):
            if sql is not None:
                triggers[f"{HISTORY_PREFIX}{rule.table}_{kind}"] = sql
    return triggers
