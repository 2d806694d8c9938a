"""Thrift categories (khoản chi tiết kiệm) and their settings of each year: how the baseline
(mức gốc) is found and the saving target (chỉ tiêu). The monthly grid is :mod:`.thrift`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.common.formats import TOO_MUCH_MONEY, money_problem
from desktop_app.core.common.text import clean_line, fold
from desktop_app.db import database
from desktop_app.db.models.savings import SavingsCategory, SavingsEntry, SavingsYearSetting
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

BASELINE_MODE_LABELS = {
    "previous_year": "Thực chi năm trước",
    "fixed": "Mức cố định (đồng/tháng)",
    "average": "Bình quân các năm chọn",
}
DEFAULT_TARGET_PERCENT = 10.0
MIN_YEAR, MAX_YEAR = 1990, 2100


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
