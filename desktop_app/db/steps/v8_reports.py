"""Version 8 (issue 17): reports that are true for any cell.

- ``cell.unit_kind`` and ``report.unit_kind``: what the unit is (chi bộ, chi bộ cơ sở, đảng
  bộ cơ sở, đảng bộ bộ phận), so its documents speak and sign as it;
- ``plan.period_kind``/``period_start``/``period_end``: the period a plan is for (a year, a
  committee term, dates), filled for existing plans with their year (the table is rebuilt so
  that it reads exactly as the model creates it);
- ``plan_target``: counts with a unit (``target_count``, ``unit``, ``result_value``) and two
  more measures (``admissions``, ``sessions``). The CHECK of ``indicator_kind`` changes, so the
  table is rebuilt (foreign keys off, see the runner);
- ``fund`` and ``fund_entry``: money in and money out of the cell's funds.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_UNIT_KINDS = "'chi_bo', 'chi_bo_co_so', 'dang_bo_co_so', 'dang_bo_bo_phan'"

_COLUMNS = [
    ("cell", f"\"unit_kind\" VARCHAR(32) NOT NULL DEFAULT 'chi_bo' CHECK (unit_kind IN "
             f"({_UNIT_KINDS}))"),
    ("report", f"\"unit_kind\" VARCHAR(32) NOT NULL DEFAULT 'chi_bo' CHECK (unit_kind IN "
               f"({_UNIT_KINDS}))"),
]

_PLAN = (
    'CREATE TABLE "plan__v8" ("id" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, '
    "\"kind\" VARCHAR(32) NOT NULL CHECK (kind IN ('plan', 'resolution', 'action_programme')), "
    '"number" INTEGER, "issued_date" DATE, "title" VARCHAR(500) NOT NULL, "theme" TEXT NOT '
    'NULL, "purpose" TEXT NOT NULL, "requirements" TEXT NOT NULL, "implements" TEXT NOT NULL, '
    '"plan_date" DATE, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    '"period_kind" VARCHAR(32) NOT NULL CHECK (period_kind IN (\'year\', \'term\', \'dates\')), '
    '"period_start" DATE, "period_end" DATE)'
)
# a plan of a year is for that year
_PLAN_COPY = (
    'INSERT INTO "plan__v8" SELECT "id", "year", "kind", "number", "issued_date", "title", '
    '"theme", "purpose", "requirements", "implements", "plan_date", "created_at", '
    "\"updated_at\", 'year', printf('%04d-01-01', \"year\"), printf('%04d-12-31', \"year\") "
    'FROM "plan"'
)
_PLAN_TARGET = (
    'CREATE TABLE "plan_target__v8" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER '
    'NOT NULL, "position" INTEGER NOT NULL, "content" TEXT NOT NULL, "indicator_kind" '
    "VARCHAR(32) NOT NULL CHECK (indicator_kind IN ('none', 'attendance', 'reflection', "
    "'commitment', 'savings', 'admissions', 'sessions')), \"target_value\" REAL, "
    '"indicator" VARCHAR(500) NOT NULL, "deadline" DATE, "status" VARCHAR(32) NOT NULL '
    "CHECK (status IN ('not_started', 'in_progress', 'done')), \"result_note\" TEXT NOT "
    'NULL, "result_date" DATE, "target_count" INTEGER, "unit" VARCHAR(100) NOT NULL, '
    '"result_value" REAL, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE '
    'CASCADE)'
)
_PLAN_TARGET_COPY = (
    'INSERT INTO "plan_target__v8" ("id", "plan_id", "position", "content", "indicator_kind", '
    '"target_value", "indicator", "deadline", "status", "result_note", "result_date", '
    '"target_count", "unit", "result_value") SELECT "id", "plan_id", "position", "content", '
    '"indicator_kind", "target_value", "indicator", "deadline", "status", "result_note", '
    '"result_date", NULL, \'\', NULL FROM "plan_target"'
)

_NEW_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "fund" ("id" INTEGER NOT NULL PRIMARY KEY, "name" '
        'VARCHAR(200) NOT NULL, "purpose" TEXT NOT NULL, "contribution_amount" INTEGER CHECK '
        '(contribution_amount IS NULL OR contribution_amount > 0), "contribution_per" '
        "VARCHAR(32) CHECK (contribution_per IS NULL OR contribution_per IN ('day', 'month', "
        "'year')), \"contributors\" VARCHAR(200) NOT NULL, \"start_date\" DATE NOT NULL, "
        '"end_date" DATE, "note" TEXT NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "fund_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"fund_id" INTEGER NOT NULL, "date" DATE NOT NULL, "direction" VARCHAR(32) NOT NULL '
        "CHECK (direction IN ('in', 'out')), \"amount\" INTEGER NOT NULL CHECK (amount > 0), "
        '"description" TEXT NOT NULL, "beneficiary" VARCHAR(300) NOT NULL, "note" TEXT NOT '
        'NULL, FOREIGN KEY ("fund_id") REFERENCES "fund" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "fund_entry_fund_id" ON "fund_entry" ("fund_id")',
    'CREATE INDEX IF NOT EXISTS "fund_entry_date" ON "fund_entry" ("date")',
]


def _columns(db: SqliteDatabase, table: str) -> set[str]:
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def _rebuild(db: SqliteDatabase, table: str, create: str, copy: str,
             indexes: list[str]) -> None:
    """The table anew with the copied rows (the runner has foreign keys off)."""
    db.execute_sql(f'DROP TABLE IF EXISTS "{table}__v8"')
    db.execute_sql(create)
    db.execute_sql(copy)
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{table}__v8" RENAME TO "{table}"')
    for statement in indexes:
        db.execute_sql(statement)


def run(db: SqliteDatabase) -> None:
    for table, definition in _COLUMNS:
        if definition.split()[0].strip('"') not in _columns(db, table):
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {definition}')
    if "period_kind" not in _columns(db, "plan"):
        _rebuild(db, "plan", _PLAN, _PLAN_COPY,
                 ['CREATE INDEX IF NOT EXISTS "plan_year" ON "plan" ("year")'])
    if "target_count" not in _columns(db, "plan_target"):
        _rebuild(db, "plan_target", _PLAN_TARGET, _PLAN_TARGET_COPY,
                 ['CREATE INDEX IF NOT EXISTS "plan_target_plan_id" ON "plan_target" '
                  '("plan_id")'])
    for statement in _NEW_TABLES:
        db.execute_sql(statement)
