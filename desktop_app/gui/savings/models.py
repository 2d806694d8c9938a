"""Table models of the Savings tab: the year × 12-month grid and the results, each the
shared RowsModel with its columns (the record lists are in ``records``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.common.formats import number
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.results import ThriftResult, ThriftTable
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common.rows_model import Column, RowsModel

ROSE_BACKGROUND = QBrush(QColor("#fff1d6"))
TOTAL_BACKGROUND = QBrush(QColor("#eeeeee"))
REACHED_COLOUR = QBrush(QColor("#2e7d32"))
MISSED_COLOUR = QBrush(QColor("#c62828"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class GridTotal:
    """The total row of the grid: the month sums of the rows above it."""

    def __init__(self, model: RowsModel):
        self.model = model  # the sums follow the edits of its rows

    def month(self, month: int) -> int | None:
        values = [r.months[month].amount for r in self.model.rows if month in r.months]
        return sum(values) if values else None

    def year(self) -> int:
        return sum(r.total for r in self.model.rows)


class GridModel(RowsModel):
    """Categories × months of one year; typed amounts are saved at once.

    A cell whose text cannot be saved keeps the typed text, shown in red with the
    message as tooltip, and ``refused`` is emitted; nothing the user typed is lost.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent, keep_refused=True)
        self.year = 0
        self.rose: set[tuple[int, int]] = set()  # (category id, month) above the baseline
        self.columns = [
            Column(self.tr("Category (đồng)"), self._label, background=self._total_background,
                   tooltip=self._label_tip),
            *(self._month_column(month) for month in range(1, 13)),
            Column(self.tr("Year total"), self._year_total, align=RIGHT,
                   background=lambda _row: TOTAL_BACKGROUND),
        ]

    def _month_column(self, month: int) -> Column:
        return Column(self.tr("M%1").replace("%1", str(month)),
                      lambda row: self._month_text(row, month),
                      edit=lambda row, text: self._save(row, month, text),
                      tooltip=lambda row: self._month_tip(row, month), align=RIGHT,
                      background=lambda row: self._month_background(row, month))

    def load(self, year: int, rows: list[savings.GridRow],
             rose: set[tuple[int, int]] | None = None) -> None:
        """The grid of *year*; texts refused in this year's cells stay on screen."""
        same_year = year == self.year
        self.year = year
        self.rose = rose or set()
        self.set_rows(rows, total=GridTotal(self) if rows else None,
                      forget_refused=not same_year)

    def _label(self, row: Any) -> str:
        if isinstance(row, GridTotal):
            return self.tr("Total")
        # the cells hold money: a quantity unit beside the name ("Điện (kWh)") misled
        return row.category.name

    def _label_tip(self, row: Any) -> str:
        if isinstance(row, GridTotal):
            return self.tr("The total of the categories, in đồng")
        unit = row.category.quantity_unit
        text = self.tr("Amounts spent each month, in đồng.")
        if unit:
            text += " " + self.tr("The quantity (%1) is entered with “Quantity and note…”.") \
                .replace("%1", unit)
        return text

    def _month_text(self, row: Any, month: int) -> str:
        if isinstance(row, GridTotal):
            value = row.month(month)
            return "" if value is None else number(value)
        entry = row.months.get(month)
        return "" if entry is None else number(entry.amount)

    def _year_total(self, row: Any) -> str:
        if isinstance(row, GridTotal):
            value = row.year()
            return number(value) if value else ""
        return number(row.total)

    def _total_background(self, row: Any) -> QBrush | None:
        return TOTAL_BACKGROUND if isinstance(row, GridTotal) else None

    def _month_background(self, row: Any, month: int) -> QBrush | None:
        if isinstance(row, GridTotal):
            return TOTAL_BACKGROUND
        return ROSE_BACKGROUND if (row.category.id, month) in self.rose else None

    def _month_tip(self, row: Any, month: int) -> str | None:
        if isinstance(row, GridTotal):
            return None
        entry = row.months.get(month)
        tips = []
        if (row.category.id, month) in self.rose:
            tips.append(self.tr("Spending rose above the baseline this month."))
        if entry and entry.quantity is not None:
            unit = row.category.quantity_unit or ""
            tips.append(f"{number(entry.quantity, 2)} {unit}".strip())
        if entry and entry.note:
            tips.append(entry.note)
        return "\n".join(tips) or None

    def _save(self, row: savings.GridRow, month: int, text: str) -> savings.GridRow:
        """Save one cell; the row as it now is. ValueError with the message if refused."""
        category = row.category
        assert category.id is not None
        try:
            savings.set_amount(category.id, self.year, month, text)
        except ValidationError as error:
            raise ValueError(next(iter(error.fields.values()), str(error))) from error
        except UserError as error:
            raise ValueError(str(error)) from error
        amount = savings.parse_amount(text)
        months = dict(row.months)
        if amount is None:
            months.pop(month, None)
        else:
            old = months.get(month)
            months[month] = savings.MonthEntry(
                amount, old.quantity if old else None, old.note if old else "")
        return replace(row, months=months)


def reached_colour(result: ThriftResult) -> QBrush | None:
    """Green for a target reached, red for one missed."""
    if result.reached is None:
        return None
    return REACHED_COLOUR if result.reached else MISSED_COLOUR


class ResultsModel(RowsModel):
    """Thrift results: one row per category and the total, reached in green, missed in red."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(columns, parent, tips_show_text=True)
        self.table: ThriftTable | None = None

    def set_table(self, table: ThriftTable) -> None:
        self.table = table
        rows = [r for r in table.rows if r.months_recorded]
        self.set_rows(rows, total=table.total if rows else None)
