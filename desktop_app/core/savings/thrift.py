"""Thrift (thực hành tiết kiệm): categories, year settings and the year × 12-month grid.

Money is integer đồng, typed the Vietnamese way ("1.250.000" or "1250000"). The results
(actual against baseline and target) are in :mod:`savings_results`; the summary report's
facts are gathered by :func:`report_facts` here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import IntegrityError

from desktop_app.core.common.formats import TOO_MUCH_MONEY, money_problem, parse_money
from desktop_app.core.common.text import clean_line, fold, normalize
from desktop_app.db import database, plain_rows
from desktop_app.db.models.savings import SavingsCategory, SavingsEntry, SavingsYearSetting
from desktop_app.errors import UserError, ValidationError

if TYPE_CHECKING:  # the results modules import this one
    from .report_facts import SavingsFacts
    from .results import ThriftTable

BASELINE_MODE_LABELS = {
    "previous_year": "Thực chi năm trước",
    "fixed": "Mức cố định (đồng/tháng)",
    "average": "Bình quân các năm chọn",
}
DEFAULT_TARGET_PERCENT = 10.0
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_QUANTITY = 1e12


@dataclass
class Category:
    """A thrift category (khoản chi tiết kiệm)."""

    name: str = ""
    unit: str = "đồng"
    quantity_unit: str | None = None
    is_default: bool = False
    position: int = 0
    archived: bool = False
    id: int | None = None


@dataclass
class YearSetting:
    """How a category's baseline (mức gốc) is found in a year, and its target (chỉ tiêu)."""

    category_id: int
    year: int
    baseline_mode: str = "previous_year"
    baseline_fixed: int | None = None  # đồng per month
    baseline_years: tuple[int, ...] = ()
    target_percent: float = DEFAULT_TARGET_PERCENT

    @property
    def mode_label(self) -> str:
        return BASELINE_MODE_LABELS[self.baseline_mode]


@dataclass
class MonthEntry:
    """One cell of the grid: the month's amount, with optional quantity and note."""

    amount: int
    quantity: float | None = None
    note: str = ""


@dataclass
class GridRow:
    """One category's year: month (1–12) → entry, missing months absent."""

    category: Category
    months: dict[int, MonthEntry] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(entry.amount for entry in self.months.values())


# --- categories --------------------------------------------------------------------------


def _category(row: SavingsCategory) -> Category:
    return Category(row.name, row.unit, row.quantity_unit, bool(row.is_default), row.position,
                    bool(row.archived), row.id)


def list_categories(include_archived: bool = False) -> list[Category]:
    query = SavingsCategory.select().order_by(SavingsCategory.position, SavingsCategory.id)
    if not include_archived:
        query = query.where(SavingsCategory.archived == False)  # noqa: E712 (peewee)
    return [_category(row) for row in query]


def get_category(category_id: int) -> Category:
    row = SavingsCategory.get_or_none(SavingsCategory.id == category_id)
    if row is None:
        raise UserError("Không tìm thấy khoản chi này (có thể đã bị xóa).")
    return _category(row)


def save_category(data: Category) -> Category:
    """Validate and store a category; returns it with its id."""
    name = clean_line(data.name)
    unit = clean_line(data.unit) or "đồng"
    quantity_unit = clean_line(data.quantity_unit) or None
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Chưa nhập tên khoản chi."
    elif len(name) > 200:
        errors["name"] = "Tên khoản chi quá dài (tối đa 200 ký tự)."
    else:
        for other in list_categories(include_archived=True):
            if other.id != data.id and fold(other.name) == fold(name):
                errors["name"] = f"Đã có khoản chi “{other.name}”."
    if len(unit) > 20:
        errors["unit"] = "Đơn vị quá dài (tối đa 20 ký tự)."
    if quantity_unit and len(quantity_unit) > 20:
        errors["quantity_unit"] = "Đơn vị đo quá dài (tối đa 20 ký tự)."
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = dict(name=name, unit=unit, quantity_unit=quantity_unit,
                                     archived=data.archived)
    with database.atomic():
        if data.id is None:
            last = SavingsCategory.select().order_by(SavingsCategory.position.desc()).first()
            values["position"] = (last.position + 1) if last else 1
            row = SavingsCategory.create(**values)
        else:
            updated = SavingsCategory.update(**values).where(
                SavingsCategory.id == data.id).execute()
            if not updated:
                raise UserError("Không tìm thấy khoản chi này (có thể đã bị xóa).")
            row = SavingsCategory.get_by_id(data.id)
    return _category(row)


def delete_category(category_id: int) -> None:
    """Delete a category without entries; one with entries is archived instead (history)."""
    if SavingsEntry.select().where(SavingsEntry.category == category_id).exists():
        raise UserError(
            "Khoản chi này đã có số liệu nên không xóa được; hãy chọn “Ngừng theo dõi” "
            "để ẩn nó mà vẫn giữ số liệu cũ."
        )
    with database.atomic():
        SavingsCategory.delete().where(SavingsCategory.id == category_id).execute()


# --- year settings -----------------------------------------------------------------------

_YEARS_SPLIT = re.compile(r"[\s,;]+")


def parse_years(text: str) -> tuple[int, ...]:
    """"2006, 2007" → (2006, 2007); raises ValueError with a Vietnamese message."""
    years = []
    for part in _YEARS_SPLIT.split(normalize(text).strip()):
        if not part:
            continue
        if not part.isdigit() or not MIN_YEAR <= int(part) <= MAX_YEAR:
            raise ValueError(f"“{part}” không phải là năm hợp lệ (ví dụ: 2006, 2007).")
        years.append(int(part))
    return tuple(sorted(set(years)))


def get_year_setting(category_id: int, year: int) -> YearSetting:
    """The stored setting, or the default (previous year's actual, 10%)."""
    row = SavingsYearSetting.get_or_none(
        (SavingsYearSetting.category == category_id) & (SavingsYearSetting.year == year))
    if row is None:
        return YearSetting(category_id, year)
    return YearSetting(category_id, year, row.baseline_mode, row.baseline_fixed,
                       parse_years(row.baseline_years), row.target_percent)


def year_settings(year: int) -> dict[int, YearSetting]:
    """Every category's setting for *year* (defaults filled in)."""
    return year_settings_span(year, year)[year]


def year_settings_span(first_year: int, last_year: int,
                       categories: list[Category] | None = None
                       ) -> dict[int, dict[int, YearSetting]]:
    """Every category's setting for each year from *first_year* to *last_year* (defaults
    filled in), from one query; *categories*: every category, archived ones included, when
    the caller has them already."""
    stored = {(row.year, row.category_id): row for row in SavingsYearSetting.select().where(
        SavingsYearSetting.year.between(first_year, last_year))}
    if categories is None:
        categories = list_categories(include_archived=True)
    result: dict[int, dict[int, YearSetting]] = {}
    for year in range(first_year, last_year + 1):
        result[year] = settings = {}
        for category in categories:
            assert category.id is not None
            row = stored.get((year, category.id))
            settings[category.id] = (
                YearSetting(category.id, year) if row is None else
                YearSetting(category.id, year, row.baseline_mode, row.baseline_fixed,
                            parse_years(row.baseline_years), row.target_percent))
    return result


def save_year_setting(setting: YearSetting) -> YearSetting:
    errors: dict[str, str] = {}
    if setting.baseline_mode not in BASELINE_MODE_LABELS:
        errors["baseline_mode"] = "Cách tính mức gốc không hợp lệ."
    if not 0 <= setting.target_percent <= 100:
        errors["target_percent"] = "Chỉ tiêu tiết kiệm phải từ 0% đến 100%."
    if setting.baseline_mode == "fixed":
        if setting.baseline_fixed is None:
            errors["baseline_fixed"] = "Chưa nhập mức chi gốc mỗi tháng."
        elif setting.baseline_fixed < 0:
            errors["baseline_fixed"] = "Mức chi gốc không được âm."
        elif money_problem(setting.baseline_fixed):
            errors["baseline_fixed"] = TOO_MUCH_MONEY
    if setting.baseline_mode == "average":
        if not setting.baseline_years:
            errors["baseline_years"] = "Chưa chọn các năm để tính bình quân (ví dụ: 2006, 2007)."
        elif any(y >= setting.year for y in setting.baseline_years):
            errors["baseline_years"] = f"Các năm làm gốc phải trước năm {setting.year}."
    if not MIN_YEAR <= setting.year <= MAX_YEAR:
        errors["year"] = "Năm không hợp lệ."
    if errors:
        raise ValidationError(errors)
    values = dict(
        baseline_mode=setting.baseline_mode,
        baseline_fixed=setting.baseline_fixed if setting.baseline_mode == "fixed" else None,
        baseline_years=",".join(str(y) for y in setting.baseline_years)
        if setting.baseline_mode == "average" else "",
        target_percent=float(setting.target_percent),
    )
    with database.atomic():
        updated = SavingsYearSetting.update(**values).where(
            (SavingsYearSetting.category == setting.category_id)
            & (SavingsYearSetting.year == setting.year)).execute()
        if not updated:
            SavingsYearSetting.create(category=setting.category_id, year=setting.year, **values)
    return get_year_setting(setting.category_id, setting.year)


# --- the grid ----------------------------------------------------------------------------


def load_grid(year: int, include_archived: bool = False) -> list[GridRow]:
    """Every category with its entries of *year*."""
    rows = {c.id: GridRow(c) for c in list_categories(include_archived)}
    query = SavingsEntry.select().where(SavingsEntry.year == year)
    for entry in query:
        if entry.category_id in rows:
            rows[entry.category_id].months[entry.month] = MonthEntry(
                entry.amount, entry.quantity, entry.note)
    return list(rows.values())


def parse_amount(value: str | int | None) -> int | None:
    """A grid cell's text → đồng; empty → None. Raises ValueError (Vietnamese message)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError("Số tiền không được âm.")
        return parse_money(str(value))
    text = normalize(str(value)).strip()
    return parse_money(text) if text else None


def parse_quantity(value: str | float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = normalize(value).strip().replace(".", "").replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"“{value}” không phải là số (ví dụ: 1.250 hoặc 12,5).") from None
    if number < 0:
        raise ValueError("Số lượng không được âm.")
    if number > MAX_QUANTITY:
        raise ValueError("Số lượng quá lớn, xin kiểm tra lại.")
    return number


def _check_month_key(month: int) -> None:
    if not 1 <= month <= 12:
        raise UserError(f"Tháng {month} không hợp lệ (phải từ 1 đến 12).")


def save_grid(year: int, changes: dict[int, dict[int, MonthEntry | str | int | None]]) -> None:
    """Save a year's grid: category id → month → entry (or typed text, or None to clear).

    Every value is checked first; one bad cell refuses the whole save (nothing half-saved),
    with one message per cell under the key "<category id>:<month>". A month already
    stored is updated, never entered twice.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError({"year": "Năm không hợp lệ."})
    known = {c.id: c for c in list_categories(include_archived=True)}
    errors: dict[str, str] = {}
    parsed: dict[tuple[int, int], MonthEntry | None] = {}
    for category_id, months in changes.items():
        if category_id not in known:
            raise UserError("Không tìm thấy khoản chi này (có thể đã bị xóa).")
        for month, value in months.items():
            _check_month_key(month)
            key = f"{category_id}:{month}"
            label = f"{known[category_id].name}, tháng {month}"
            try:
                if isinstance(value, MonthEntry):
                    amount = parse_amount(value.amount)
                    quantity = parse_quantity(value.quantity)
                    entry = None if amount is None else MonthEntry(
                        amount, quantity, normalize(value.note).strip())
                else:
                    amount = parse_amount(value)
                    entry = None if amount is None else MonthEntry(amount)
            except ValueError as error:
                errors[key] = f"{label}: {error}"
                continue
            parsed[(category_id, month)] = entry
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        for (category_id, month), entry in parsed.items():
            where = ((SavingsEntry.category == category_id) & (SavingsEntry.year == year)
                     & (SavingsEntry.month == month))
            if entry is None:
                SavingsEntry.delete().where(where).execute()
                continue
            values = dict(amount=entry.amount, quantity=entry.quantity, note=entry.note)
            if not SavingsEntry.update(**values).where(where).execute():
                try:
                    SavingsEntry.create(category=category_id, year=year, month=month, **values)
                except IntegrityError as error:  # a CHECK or UNIQUE slipped past: refuse all
                    raise UserError(f"Không lưu được số liệu tháng {month}: giá trị không hợp "
                                    "lệ hoặc đã có. Không có số liệu nào được lưu.") from error


def set_amount(category_id: int, year: int, month: int, value: str | int | None) -> None:
    """Save one cell (typed text), keeping its quantity and note."""
    _check_month_key(month)
    existing = SavingsEntry.get_or_none(
        (SavingsEntry.category == category_id) & (SavingsEntry.year == year)
        & (SavingsEntry.month == month))
    if existing is None or value is None or (isinstance(value, str) and not value.strip()):
        save_grid(year, {category_id: {month: value}})
        return
    try:
        amount = parse_amount(value)
    except ValueError as error:
        raise ValidationError({f"{category_id}:{month}": str(error)}) from None
    assert amount is not None
    save_grid(year, {category_id: {month: MonthEntry(amount, existing.quantity, existing.note)}})


def copy_month(year: int, from_month: int, to_month: int, overwrite: bool = False,
               to_year: int | None = None) -> int:
    """Copy every category's amount of one month into another; returns how many were copied.

    Refuses (nothing copied) when the target month already has figures, unless *overwrite*.
    """
    _check_month_key(from_month)
    _check_month_key(to_month)
    to_year = year if to_year is None else to_year
    if (to_year, to_month) == (year, from_month):
        raise UserError("Tháng nguồn và tháng đích trùng nhau.")
    source = list(SavingsEntry.select().where(
        (SavingsEntry.year == year) & (SavingsEntry.month == from_month)))
    if not source:
        raise UserError(f"Tháng {from_month}/{year} chưa có số liệu để sao chép.")
    target = SavingsEntry.select().where(
        (SavingsEntry.year == to_year) & (SavingsEntry.month == to_month))
    if target.exists() and not overwrite:
        raise UserError(
            f"Tháng {to_month}/{to_year} đã có số liệu; chọn ghi đè nếu muốn thay bằng "
            f"số liệu tháng {from_month}/{year}."
        )
    changes: dict[int, dict[int, MonthEntry | str | int | None]] = {}
    for entry in source:
        changes.setdefault(entry.category_id, {})[to_month] = MonthEntry(
            entry.amount, entry.quantity, entry.note)
    save_grid(to_year, changes)
    return len(source)


def years_with_entries() -> list[int]:
    query = SavingsEntry.select(SavingsEntry.year).distinct().order_by(SavingsEntry.year)
    return [row.year for row in query]


def month_amounts(first_year: int, last_year: int) -> dict[tuple[int, int, int], int]:
    """(category id, year, month) → amount for the years given (used by the results)."""
    query = (SavingsEntry.select(SavingsEntry.category, SavingsEntry.year, SavingsEntry.month,
                                 SavingsEntry.amount)
             .where(SavingsEntry.year.between(first_year, last_year)))
    return {(category, year, month): amount for category, year, month, amount in plain_rows(query)}


def report_facts(start: dt.date, end: dt.date) -> SavingsFacts:
    """Thrift, social work, commendations and violations in [start, end] (summary report).

    ``.sentences()`` gives the report's wording; ``.thrift`` the period's table,
    ``.thrift_per_year`` one table per year, ``.social`` and ``.recognition`` the rest.
    """
    from .report_facts import report_facts as build

    return build(start, end)


def per_year(first_year: int, last_year: int) -> dict[int, ThriftTable]:
    """Thrift results per year (the report's appendix); see also ``social.per_year``."""
    from .results import per_year as build

    return build(first_year, last_year)
