"""Version 6 (issue 7): savings (thrift), social work, commendations and violations."""

from __future__ import annotations

from peewee import SqliteDatabase

_V6_TABLES = [
    (
        'CREATE TABLE IF NOT EXISTS "savings_category" ("id" INTEGER NOT NULL PRIMARY '
        'KEY, "name" VARCHAR(200) NOT NULL, "unit" VARCHAR(20) NOT NULL, "quantity_unit" '
        'VARCHAR(20), "is_default" INTEGER NOT NULL, "position" INTEGER NOT NULL, '
        '"archived" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "savings_category_name" ON "savings_category" ("name")',
    (
        'CREATE TABLE IF NOT EXISTS "savings_year_setting" ("id" INTEGER NOT NULL PRIMARY'
        ' KEY, "category_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "baseline_mode" '
        "VARCHAR(32) NOT NULL CHECK (baseline_mode IN ('previous_year', 'fixed', "
        '\'average\')), "baseline_fixed" INTEGER, "baseline_years" VARCHAR(100) NOT NULL, '
        '"target_percent" REAL NOT NULL, FOREIGN KEY ("category_id") REFERENCES '
        '"savings_category" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "savings_year_setting_category_id" ON '
        '"savings_year_setting" ("category_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "savings_year_setting_category_id_year" ON '
        '"savings_year_setting" ("category_id", "year")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "savings_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"category_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT '
        'NULL CHECK (month BETWEEN 1 AND 12), "amount" INTEGER NOT NULL CHECK (amount >= '
        '0), "quantity" REAL, "note" TEXT NOT NULL, FOREIGN KEY ("category_id") '
        'REFERENCES "savings_category" ("id") ON DELETE RESTRICT)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "savings_entry_category_id" ON "savings_entry" '
        '("category_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "savings_entry_category_id_year_month" ON '
        '"savings_entry" ("category_id", "year", "month")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "social_activity" ("id" INTEGER NOT NULL PRIMARY KEY,'
        ' "date" DATE NOT NULL, "end_date" DATE, "kind" VARCHAR(32) NOT NULL CHECK (kind '
        "IN ('charity_house', 'bridge', 'fund', 'gift', 'scholarship', 'other')), "
        '"description" TEXT NOT NULL, "quantity" INTEGER, "unit" VARCHAR(30) NOT NULL, '
        '"value" INTEGER CHECK (value IS NULL OR value >= 0), "sponsor" VARCHAR(300) NOT '
        'NULL, "programme" VARCHAR(300) NOT NULL, "place" VARCHAR(300) NOT NULL, "note" '
        'TEXT NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "social_activity_member" ("id" INTEGER NOT NULL '
        'PRIMARY KEY, "activity_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, '
        'FOREIGN KEY ("activity_id") REFERENCES "social_activity" ("id") ON DELETE '
        'CASCADE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE '
        'RESTRICT)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "social_activity_member_activity_id" ON '
        '"social_activity_member" ("activity_id")'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "social_activity_member_member_id" ON '
        '"social_activity_member" ("member_id")'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "social_activity_member_activity_id_member_id"'
        ' ON "social_activity_member" ("activity_id", "member_id")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "commendation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"recipient_kind" VARCHAR(32) NOT NULL CHECK (recipient_kind IN (\'cell\', \'group\','
        ' \'member\')), "member_id" INTEGER, "group_name" VARCHAR(300) NOT NULL, "kind" '
        "VARCHAR(32) NOT NULL CHECK (kind IN ('khen_thuong', 'bieu_duong', 'giay_khen', "
        '\'bang_khen\', \'other\')), "level" VARCHAR(300) NOT NULL, "date" DATE NOT NULL, '
        '"period" VARCHAR(100) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY '
        '("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "commendation_member_id" ON "commendation" ("member_id")',
    (
        'CREATE TABLE IF NOT EXISTS "violation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"member_id" INTEGER NOT NULL, "date" DATE NOT NULL, "description" TEXT NOT NULL,'
        ' "discipline" VARCHAR(300) NOT NULL, "resolved_date" DATE, FOREIGN KEY '
        '("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "violation_member_id" ON "violation" ("member_id")',
]

# The default thrift categories (DOMAIN.md §3); names are the ones users know from reports.
_V6_DEFAULT_CATEGORIES = (
    "INSERT OR IGNORE INTO \"savings_category\" "
    "(\"name\", \"unit\", \"quantity_unit\", \"is_default\", \"position\", \"archived\") VALUES "
    "('Chi hành chính, văn phòng phẩm', 'đồng', NULL, 1, 1, 0), "
    "('Điện', 'đồng', 'kWh', 1, 2, 0), "
    "('Nước', 'đồng', 'm³', 1, 3, 0), "
    "('Cước điện thoại', 'đồng', NULL, 1, 4, 0)"
)


def seed_savings_categories(db: SqliteDatabase) -> None:
    """The four default thrift categories, unless a category of that name exists."""
    db.execute_sql(_V6_DEFAULT_CATEGORIES)


def run(db: SqliteDatabase) -> None:
    for statement in _V6_TABLES:
        db.execute_sql(statement)
    seed_savings_categories(db)
