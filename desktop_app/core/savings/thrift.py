"""Thrift (thực hành tiết kiệm): the year × 12-month grid of what each category spent.

Money is integer đồng, typed the Vietnamese way ("1.250.000" or "1250000"). The categories
and their yearly settings are in :mod:`.categories`, the results (actual against baseline
and target) in :mod:`.results`, the summary report's facts in :mod:`.report_facts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import IntegrityError

from desktop_app.core.common.formats import parse_money
from desktop_app.db import database, plain_rows
from desktop_app.db.models.savings import SavingsEntry
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from .categories import MAX_YEAR, MIN_YEAR, Category, list_categories

MAX_QUANTITY = 1e12


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
