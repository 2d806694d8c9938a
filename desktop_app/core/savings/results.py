"""Thrift results: actual spending against the baseline (mức gốc) and the target (chỉ tiêu).

Sign convention: a *saving* is positive (baseline − actual). Spending above the baseline is
described in words ("vượt chi 3,2%"), never as a negative saving on screen or paper. A
baseline of zero or an unknown baseline gives a percentage of "không xác định".

Only months with an entered figure count: the baseline of a period is the sum of the
baselines of the months that have an actual figure, so a year still in progress compares
like with like.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.core.common.formats import money, percent

from .categories import Category, YearSetting, list_categories, year_settings_span
from .periods import Period, YearMonth
from .thrift import month_amounts

PERCENT_DECIMALS = 1
_EPSILON = 1e-9


@dataclass(frozen=True)
class ThriftResult:
    """One category (or the total) over a period. Amounts in đồng."""

    name: str
    category_id: int | None  # None for the total
    actual: int
    baseline: int | None  # None when a month's baseline is unknown
    target_amount: int | None  # the saving the target asks for, in đồng
    months_recorded: int
    rose_months: tuple[YearMonth, ...]  # months spent above their baseline
    baseline_label: str  # what the baseline is: "năm 2008", "năm trước", "mức chi gốc"

    @property
    def saved(self) -> int | None:
        """Baseline − actual: positive is a saving, negative an overspend."""
        return None if self.baseline is None else self.baseline - self.actual

    @property
    def saved_percent(self) -> float | None:
        if not self.baseline or self.saved is None:
            return None
        return self.saved * 100 / self.baseline

    @property
    def target_percent(self) -> float | None:
        if not self.baseline or self.target_amount is None:
            return None
        return self.target_amount * 100 / self.baseline

    @property
    def reached(self) -> bool | None:
        """Whether the saving met the target; None when it cannot be said."""
        if self.saved_percent is None or self.target_percent is None:
            return None
        return self.saved_percent >= self.target_percent - _EPSILON

    @property
    def margin_percent(self) -> float | None:
        """Saved % − target % (positive: above the target, in percentage points)."""
        if self.saved_percent is None or self.target_percent is None:
            return None
        return self.saved_percent - self.target_percent

    @property
    def margin_amount(self) -> int | None:
        if self.saved is None or self.target_amount is None:
            return None
        return self.saved - self.target_amount

    # --- words -------------------------------------------------------------------------

    def change_text(self) -> str:
        """"giảm 11,2%", "vượt chi 3,2%", "bằng mức gốc" or "không xác định"."""
        value = self.saved_percent
        if value is None:
            return "không xác định"
        if _rounds_to_zero(value):
            return "bằng mức gốc"
        if value > 0:
            return f"giảm {_pct(value)}"
        return f"vượt chi {_pct(-value)}"

    def saved_text(self) -> str:
        """"tiết kiệm 1.200.000 đồng", "vượt chi 500.000 đồng", or "" when unknown."""
        if self.saved is None:
            return ""
        if self.saved >= 0:
            return f"tiết kiệm {money(self.saved)}"
        return f"vượt chi {money(-self.saved)}"

    def target_text(self) -> str:
        return "—" if self.target_percent is None else _pct(self.target_percent)

    def status_text(self) -> str:
        """"Đạt, vượt 1,2%", "Chưa đạt, thiếu 2,3%", "Không xác định" (short, for tables)."""
        margin = self.margin_percent
        if self.reached is None or margin is None:
            return "Không xác định"
        if self.reached:
            return "Đạt" if _rounds_to_zero(margin) else f"Đạt, vượt {_pct(margin)}"
        return f"Chưa đạt, thiếu {_pct(-margin, small=True)}"

    def sentence(self, subject: str | None = None, amount: bool = False) -> str:
        """"chi hành chính giảm 11,2% so với năm 2007, vượt chỉ tiêu 10%" (no final stop).

        With *amount*, the saving in đồng follows the comparison: "(tiết kiệm 5.940.000 đồng)".
        """
        subject = subject if subject is not None else self.name[0].lower() + self.name[1:]
        if self.months_recorded == 0:
            return f"{subject}: chưa có số liệu"
        if self.saved_percent is None:
            return (f"{subject}: thực chi {money(self.actual)}, chưa xác định được tỷ lệ "
                    "tiết kiệm (chưa có mức gốc)")
        comparison = f"so với {self.baseline_label}"
        target = self.target_text()
        margin = self.margin_percent
        assert margin is not None
        if self.saved_percent > 0 and not _rounds_to_zero(self.saved_percent):
            head = f"{subject} giảm {_pct(self.saved_percent)} {comparison}"
        elif _rounds_to_zero(self.saved_percent):
            head = f"{subject} bằng mức {comparison.removeprefix('so với ')}"
        else:
            head = f"{subject} vượt chi {_pct(-self.saved_percent)} {comparison}"
        if amount and self.saved:
            head += f" ({self.saved_text()})"
        if self.reached:
            tail = (f"đạt chỉ tiêu {target}" if _rounds_to_zero(margin)
                    else f"vượt chỉ tiêu {target}")
        elif self.saved_percent > 0:
            tail = f"chưa đạt chỉ tiêu {target} (còn thiếu {_pct(-margin, small=True)})"
        else:
            tail = f"không đạt chỉ tiêu giảm {target}"
        return f"{head}, {tail}"


@dataclass(frozen=True)
class ThriftTable:
    """Results of every category and the total over one period."""

    period: Period
    rows: tuple[ThriftResult, ...]
    total: ThriftResult

    @property
    def has_data(self) -> bool:
        return self.total.months_recorded > 0


def _pct(value: float, small: bool = False) -> str:
    decimals = PERCENT_DECIMALS
    if small and 0 < abs(value) < 0.05:
        decimals = 2
    return percent(value, decimals)


def _rounds_to_zero(value: float) -> bool:
    return abs(value) < 0.05


def _round(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- computing -----------------------------------------------------------------------------


def _needed_years(period: Period, settings: dict[int, dict[int, YearSetting]]) -> int:
    earliest = period.first[0]
    for by_category in settings.values():
        for setting in by_category.values():
            if setting.baseline_mode == "previous_year":
                earliest = min(earliest, setting.year - 1)
            elif setting.baseline_mode == "average" and setting.baseline_years:
                earliest = min(earliest, *setting.baseline_years)
    return earliest


def month_baseline(setting: YearSetting, month: int,
                   amounts: dict[tuple[int, int, int], int]) -> int | None:
    """The baseline of one month under the year's setting; None when not known."""
    cid = setting.category_id
    if setting.baseline_mode == "previous_year":
        return amounts.get((cid, setting.year - 1, month))
    if setting.baseline_mode == "fixed":
        return setting.baseline_fixed
    values = [amounts[(cid, y, month)] for y in setting.baseline_years
              if (cid, y, month) in amounts]
    return _round(sum(values) / len(values)) if values else None


def _baseline_label(settings: list[YearSetting], single_year: bool) -> str:
    modes = {s.baseline_mode for s in settings}
    if modes == {"previous_year"}:
        return f"năm {settings[0].year - 1}" if single_year else "năm trước"
    if modes == {"fixed"}:
        return "mức chi gốc"
    chosen = {s.baseline_years for s in settings}
    if modes == {"average"} and len(chosen) == 1:
        years = settings[0].baseline_years
        if len(years) == 1:
            return f"năm {years[0]}"
        if single_year:
            return f"bình quân các năm {', '.join(str(y) for y in years)}"
    return "mức gốc"


@dataclass
class _MonthFigure:
    actual: int
    baseline: int | None
    target_amount: float | None


def _result(name: str, category_id: int | None, figures: dict[YearMonth, _MonthFigure],
            label: str) -> ThriftResult:
    actual = sum(f.actual for f in figures.values())
    known = all(f.baseline is not None for f in figures.values())
    baseline = sum(f.baseline or 0 for f in figures.values()) if known else None
    target = (_round(sum(f.target_amount or 0 for f in figures.values()))
              if known and figures else None)
    rose = tuple(sorted(ym for ym, f in figures.items()
                        if f.baseline is not None and f.actual > f.baseline))
    return ThriftResult(name, category_id, actual, baseline if figures else None, target,
                        len(figures), rose, label)


def thrift_table(period: Period, categories: list[Category] | None = None) -> ThriftTable:
    """Results per category and in total for *period*."""
    return thrift_tables([period], categories)[0]


def thrift_tables(periods: list[Period], categories: list[Category] | None = None
                  ) -> list[ThriftTable]:
    """The table of each period (a report's whole period and its years), from one read of
    the categories, the year settings and the amounts."""
    if not periods:
        return []
    every = list_categories(True)
    categories = categories if categories is not None else every
    first_year = min(p.year_span[0] for p in periods)
    last_year = max(p.year_span[1] for p in periods)
    settings = year_settings_span(first_year, last_year, every)
    spans = {p: _needed_years(p, {year: settings[year] for year in
                                  range(p.year_span[0], p.year_span[1] + 1)})
             for p in periods}
    amounts = month_amounts(min(spans.values()), last_year)
    tables = []
    for period in periods:
        needed, last = spans[period], period.year_span[1]
        # the years a read of this period alone would have had: a baseline naming a year
        # after the period finds nothing, as it would alone
        own = {key: value for key, value in amounts.items() if needed <= key[1] <= last}
        tables.append(_table(period, categories, settings, own))
    return tables


def _table(period: Period, categories: list[Category],
           all_settings: dict[int, dict[int, YearSetting]],
           amounts: dict[tuple[int, int, int], int]) -> ThriftTable:
    first_year, last_year = period.year_span
    settings = {year: all_settings[year] for year in range(first_year, last_year + 1)}
    by_category: dict[int, dict[int, YearSetting]] = {}
    for year, per_cat in settings.items():
        for cid, setting in per_cat.items():
            by_category.setdefault(cid, {})[year] = setting
    rows = []
    totals: dict[YearMonth, _MonthFigure] = {}
    single_year = first_year == last_year
    for category in categories:
        assert category.id is not None
        figures: dict[YearMonth, _MonthFigure] = {}
        for year, month in period.months():
            actual = amounts.get((category.id, year, month))
            if actual is None:
                continue
            setting = settings[year].get(category.id) or YearSetting(category.id, year)
            base = month_baseline(setting, month, amounts)
            figure = _MonthFigure(
                actual, base, None if base is None else base * setting.target_percent / 100)
            figures[(year, month)] = figure
            month_total = totals.setdefault((year, month), _MonthFigure(0, 0, 0.0))
            month_total.actual += actual
            if month_total.baseline is None or figure.baseline is None:
                month_total.baseline = None
                month_total.target_amount = None
            else:
                month_total.baseline += figure.baseline
                month_total.target_amount = ((month_total.target_amount or 0)
                                             + (figure.target_amount or 0))
        if category.archived and not figures:
            continue
        used = [by_category[category.id][y] for y in sorted({ym[0] for ym in figures})]
        label = _baseline_label(used, single_year) if used else "mức gốc"
        rows.append(_result(category.name, category.id, figures, label))
    all_used = [s for cid in by_category for s in by_category[cid].values()]
    total_label = _baseline_label(all_used, single_year) if all_used else "mức gốc"
    total = _result("Tổng cộng", None, totals, total_label)
    return ThriftTable(period, tuple(rows), total)


def per_year(first_year: int, last_year: int) -> dict[int, ThriftTable]:
    """One table per year (the summary report's appendix)."""
    years = range(first_year, last_year + 1)
    return dict(zip(years, thrift_tables([Period.year(year) for year in years]),
                    strict=True))


@dataclass(frozen=True)
class MonthPoint:
    """A chart point: the month's actual, baseline and the spending the target allows."""

    month: int
    actual: int | None
    baseline: int | None
    target_line: int | None


def monthly_series(year: int, category_id: int | None = None) -> list[MonthPoint]:
    """Twelve points for the chart of one category (or the total with None)."""
    categories = list_categories(True)
    if category_id is not None:
        categories = [c for c in categories if c.id == category_id]
    points = []
    tables = thrift_tables([Period.month(year, month) for month in range(1, 13)], categories)
    for month, table in enumerate(tables, start=1):
        result = table.total
        if result.months_recorded == 0:
            points.append(MonthPoint(month, None, None, None))
            continue
        line = (None if result.baseline is None or result.target_amount is None
                else result.baseline - result.target_amount)
        points.append(MonthPoint(month, result.actual, result.baseline, line))
    return points
