"""Categories, year settings, the monthly grid, money parsing and the schema step."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.categories import Category, YearSetting
from desktop_app.core.savings.thrift import MonthEntry
from desktop_app.db.models.savings import SavingsEntry
from desktop_app.errors import UserError, ValidationError

from .savings_helpers import category_id

pytestmark = pytest.mark.usefixtures("db")


def test_fresh_database_has_the_default_categories():
    names = [c.name for c in savings_categories.list_categories()]
    assert names == ["Chi hành chính, văn phòng phẩm", "Điện", "Nước", "Cước điện thoại"]
    power = savings_categories.get_category(category_id("Điện"))
    assert power.quantity_unit == "kWh" and power.unit == "đồng" and power.is_default


@pytest.mark.parametrize("text, amount", [
    ("1.250.000", 1_250_000), ("1250000", 1_250_000), (" 1.250.000 đồng ", 1_250_000),
    ("0", 0), ("", None), (1_250_000, 1_250_000),
])
def test_amounts_typed_the_vietnamese_way(text, amount):
    assert savings.parse_amount(text) == amount


@pytest.mark.parametrize("text, message", [
    ("-5.000", "không được âm"),
    (-5000, "không được âm"),
    ("một triệu", "không phải là số tiền"),
    ("1,250,000", "không phải là số tiền"),
    ("1.000.000.000.001", "quá lớn"),
])
def test_bad_amounts_are_refused_with_clear_messages(text, message):
    with pytest.raises(ValueError, match=message):
        savings.parse_amount(text)


def test_save_grid_upserts_and_clears():
    cid = category_id("Nước")
    savings.save_grid(2009, {cid: {1: "1.250.000", 2: "980000"}})
    savings.save_grid(2009, {cid: {1: "1.300.000", 2: None}})
    rows = list(SavingsEntry.select().where(SavingsEntry.category == cid))
    assert [(r.month, r.amount) for r in rows] == [(1, 1_300_000)]
    grid = {r.category.name: r for r in savings.load_grid(2009)}
    assert grid["Nước"].months[1].amount == 1_300_000
    assert grid["Nước"].total == 1_300_000


def test_one_bad_cell_saves_nothing():
    cid, other = category_id("Nước"), category_id("Điện")
    with pytest.raises(ValidationError) as info:
        savings.save_grid(2009, {cid: {1: "500.000", 2: "abc"}, other: {3: "-1"}})
    assert set(info.value.fields) == {f"{cid}:2", f"{other}:3"}
    assert "Nước, tháng 2" in info.value.fields[f"{cid}:2"]
    assert SavingsEntry.select().count() == 0


def test_month_entered_twice_is_impossible():
    cid = category_id("Nước")
    savings.save_grid(2009, {cid: {5: MonthEntry(100_000, 12.5, "hóa đơn")}})
    savings.set_amount(cid, 2009, 5, "120.000")  # keeps the quantity and note
    entry = SavingsEntry.get()
    assert (entry.amount, entry.quantity, entry.note) == (120_000, 12.5, "hóa đơn")
    with pytest.raises(IntegrityError):
        SavingsEntry.create(category=cid, year=2009, month=5, amount=1, note="")
    assert SavingsEntry.select().count() == 1


def test_copy_month():
    water, power = category_id("Nước"), category_id("Điện")
    savings.save_grid(2009, {water: {1: 100_000}, power: {1: 200_000}})
    assert savings.copy_month(2009, 1, 2) == 2
    grid = {r.category.name: r for r in savings.load_grid(2009)}
    assert grid["Điện"].months[2].amount == 200_000
    savings.set_amount(power, 2009, 2, "250.000")
    with pytest.raises(UserError, match="đã có số liệu"):
        savings.copy_month(2009, 1, 2)
    savings.copy_month(2009, 1, 2, overwrite=True)
    assert savings.load_grid(2009)[1].months[2].amount == 200_000
    with pytest.raises(UserError, match="chưa có số liệu"):
        savings.copy_month(2009, 7, 8)


def test_category_rules():
    with pytest.raises(ValidationError) as info:
        savings_categories.save_category(Category(name="  điện "))
    assert "Đã có khoản chi" in info.value.fields["name"]
    gas = savings_categories.save_category(Category(name="Xăng xe", quantity_unit="lít"))
    assert gas.position == 5
    savings.save_grid(2009, {gas.id: {1: 1}})
    with pytest.raises(UserError, match="Ngừng theo dõi"):
        savings_categories.delete_category(gas.id)
    savings_categories.save_category(Category(name="Xăng xe", archived=True, id=gas.id))
    assert "Xăng xe" not in [c.name for c in savings_categories.list_categories()]


def test_year_setting_validation():
    cid = category_id("Điện")
    assert savings_categories.get_year_setting(cid, 2009).target_percent == 10
    with pytest.raises(ValidationError) as info:
        savings_categories.save_year_setting(YearSetting(cid, 2009, "average", None, (2009,), 120))
    assert set(info.value.fields) == {"baseline_years", "target_percent"}
    saved = savings_categories.save_year_setting(
        YearSetting(cid, 2009, "previous_year", None, (), 2))
    assert saved.target_percent == 2
    saved = savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", 1_500_000, (), 2))
    assert (saved.baseline_mode, saved.baseline_fixed) == ("fixed", 1_500_000)
    assert savings_categories.parse_years("2006, 2007;2006") == (2006, 2007)
    with pytest.raises(ValueError, match="không phải là năm"):
        savings_categories.parse_years("2006, hai")


def test_migration_step_6_is_rerunnable_and_seeds_defaults(tmp_path):
    from peewee import SqliteDatabase

    from desktop_app.db.migrations import STEPS

    db = SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    db.execute_sql('CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY)')
    STEPS[6].run(db)
    STEPS[6].run(db)  # safe to re-run
    names = [r[0] for r in db.execute_sql(
        'SELECT name FROM savings_category ORDER BY position').fetchall()]
    assert names == ["Chi hành chính, văn phòng phẩm", "Điện", "Nước", "Cước điện thoại"]
    tables = {r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
    assert {"savings_entry", "savings_year_setting", "social_activity",
            "social_activity_member", "commendation", "violation"} <= tables


def test_migration_sql_equals_the_models(tmp_path):
    """The literal SQL of step 6 makes the same tables as peewee's create_tables."""
    from peewee import SqliteDatabase

    from desktop_app.db.migrations import STEPS
    from desktop_app.db.models import ALL_MODELS

    def schema(db):
        return sorted(r for r in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())

    fresh = SqliteDatabase(str(tmp_path / "fresh.db"))
    from desktop_app.db import database
    database.initialize(fresh)
    fresh.create_tables(ALL_MODELS)
    stepped = SqliteDatabase(str(tmp_path / "step.db"))
    database.initialize(stepped)
    stepped.create_tables(ALL_MODELS[:4])
    STEPS[6].run(stepped)
    ours = {"savings", "social", "commendation", "violation"}
    assert [r for r in schema(fresh) if r[0].startswith(tuple(ours))] == [
        r for r in schema(stepped) if r[0].startswith(tuple(ours))]
    database.initialize(None)


@pytest.mark.parametrize("fixed", [10**15, 1_000_000_000_001])
def test_a_fixed_baseline_has_the_same_upper_limit_as_every_amount(fixed):
    cid = category_id("Điện")
    with pytest.raises(ValidationError) as info:
        savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", fixed, (), 2))
    assert info.value.fields["baseline_fixed"] == (
        "Số tiền quá lớn (trên 1.000.000.000.000 đồng), xin kiểm tra lại.")
    with pytest.raises(ValueError, match="quá lớn"):
        savings.parse_amount(fixed)
    assert savings_categories.save_year_setting(
        YearSetting(cid, 2009, "fixed", 10**12, (), 2)).baseline_fixed == 10**12
