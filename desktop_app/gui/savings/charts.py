"""QtCharts of the Savings tab: monthly actual vs baseline with the target line; saved %."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.core.common.formats import number
from desktop_app.core.savings.results import MonthPoint, ThriftTable

ACTUAL = QColor("#1565c0")
BASELINE = QColor("#424242")
TARGET = QColor("#ef6c00")
REACHED = QColor("#2e7d32")
MISSED = QColor("#c62828")


def make_view(parent: QWidget | None = None) -> QChartView:
    view = QChartView(QChart(), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def _nice_max(value: float) -> float:
    """A round axis maximum above *value*."""
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    return (int(value / step) + 1) * step


def monthly_chart(points: Sequence[MonthPoint], title: str) -> QChart:
    """Bars of actual spending (million đồng), lines for the baseline and the target."""
    chart = _chart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QBarSet(QCoreApplication.translate("SavingsCharts", "Actual spending"))
    bars.setColor(ACTUAL)
    for point in points:
        bars.append((point.actual or 0) / 1_000_000)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    month = QCoreApplication.translate("SavingsCharts", "M%1")
    axis_x.append([month.replace("%1", str(p.month)) for p in points])
    axis_y = QValueAxis()
    values = [v for p in points for v in (p.actual, p.baseline, p.target_line) if v is not None]
    axis_y.setRange(0, _nice_max(max(values, default=0) / 1_000_000 * 1.05))
    axis_y.setLabelFormat("%.1f")
    axis_y.setTitleText(QCoreApplication.translate("SavingsCharts", "million đồng"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    for name, attribute, colour, style in (
        (QCoreApplication.translate("SavingsCharts", "Baseline"), "baseline", BASELINE,
         Qt.PenStyle.SolidLine),
        (QCoreApplication.translate("SavingsCharts", "Spending allowed by the target"),
         "target_line", TARGET, Qt.PenStyle.DashLine),
    ):
        line = QLineSeries()
        line.setName(name)
        pen = QPen(colour, 2, style)
        line.setPen(pen)
        for index, point in enumerate(points):
            value = getattr(point, attribute)
            if value is not None:
                line.append(QPointF(index, value / 1_000_000))
        chart.addSeries(line)
        # the category axis maps bar i to x = i, so lines share the bars' positions
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    return chart


def percent_chart(table: ThriftTable) -> QChart:
    """Saved % per category as horizontal bars (green reached, red missed), each target a
    dashed mark; the labels say "giảm 11,2%" or "vượt chi 3,2%", never a bare minus."""
    chart = _chart()
    title = QCoreApplication.translate("SavingsCharts", "Saved % by category, %1")
    chart.setTitle(title.replace("%1", table.period.label))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # horizontal bars are drawn bottom-up: reverse, so the list reads top-down like the table
    rows = [r for r in table.rows if r.months_recorded][::-1]
    reached = QBarSet(QCoreApplication.translate("SavingsCharts", "Target reached"))
    missed = QBarSet(QCoreApplication.translate("SavingsCharts", "Target not reached"))
    reached.setColor(REACHED)
    missed.setColor(MISSED)
    for row in rows:
        value = row.saved_percent or 0.0
        reached.append(value if row.reached else 0.0)
        missed.append(0.0 if row.reached else value)
    series = QHorizontalStackedBarSeries()
    series.append(reached)
    series.append(missed)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    axis_categories = QBarCategoryAxis()
    axis_categories.append([f"{r.name}: {r.change_text()}" for r in rows] or [""])
    values = [r.saved_percent or 0.0 for r in rows] + [r.target_percent or 0.0 for r in rows]
    low = 5 * math.floor(min(0.0, *values) / 5) if values else 0
    high = 5 * math.ceil((max(5.0, *values) + 1) / 5) if values else 15
    axis_values = QValueAxis()
    axis_values.setRange(low, high)
    axis_values.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_values.setTickAnchor(0)
    axis_values.setTickInterval(5)
    axis_values.setLabelFormat("%.0f%")  # localized labels keep the text after the number
    chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_categories)
    series.attachAxis(axis_values)
    for index, row in enumerate(rows):
        if row.target_percent is None:
            continue
        mark = QLineSeries()
        mark.setName(QCoreApplication.translate("SavingsCharts", "Target"))
        mark.setPen(QPen(TARGET, 3, Qt.PenStyle.DashLine))
        mark.append(QPointF(row.target_percent, index - 0.4))
        mark.append(QPointF(row.target_percent, index + 0.4))
        chart.addSeries(mark)
        mark.attachAxis(axis_values)
        mark.attachAxis(axis_categories)
        if index > 0:  # one legend entry for all the target marks
            chart.legend().markers(mark)[0].setVisible(False)
    return chart


def _chart() -> QChart:
    """A chart whose numbers follow the Vietnamese locale (decimal comma)."""
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return chart


def amount_label(value: int | None) -> str:
    return "" if value is None else number(value)
