"""QtCharts of the Savings tab: monthly actual vs baseline with the target line; saved %."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..core.formats import number, percent
from ..core.savings_results import MonthPoint, ThriftTable

ACTUAL = QColor("#1565c0")
BASELINE = QColor("#424242")
TARGET = QColor("#ef6c00")
REACHED = QColor("#2e7d32")
MISSED = QColor("#c62828")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavingsCharts", text)


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
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QBarSet(_tr("Actual spending"))
    bars.setColor(ACTUAL)
    for point in points:
        bars.append((point.actual or 0) / 1_000_000)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([_tr("M%1").replace("%1", str(p.month)) for p in points])
    axis_y = QValueAxis()
    values = [v for p in points for v in (p.actual, p.baseline, p.target_line) if v is not None]
    axis_y.setRange(0, _nice_max(max(values, default=0) / 1_000_000 * 1.05))
    axis_y.setLabelFormat("%.1f")
    axis_y.setTitleText(_tr("million đồng"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    for name, attribute, colour, style in (
        (_tr("Baseline"), "baseline", BASELINE, Qt.PenStyle.SolidLine),
        (_tr("Spending allowed by the target"), "target_line", TARGET, Qt.PenStyle.DashLine),
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
    """Saved % per category (green reached, red missed) with each target as a dashed mark."""
    chart = QChart()
    chart.setTitle(_tr("Saved % by category, %1").replace("%1", table.period.label))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    rows = [r for r in table.rows if r.months_recorded]
    reached, missed = QBarSet(_tr("Target reached")), QBarSet(_tr("Target not reached"))
    reached.setColor(REACHED)
    missed.setColor(MISSED)
    for row in rows:
        value = row.saved_percent or 0.0
        reached.append(value if row.reached else 0.0)
        missed.append(0.0 if row.reached else value)
    series = QStackedBarSeries()
    series.append(reached)
    series.append(missed)
    series.setLabelsVisible(False)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([f"{r.name}\n{percent(r.saved_percent, 1) if r.saved_percent is not None else _tr('undefined')}"
                   for r in rows] or [""])
    values = [r.saved_percent or 0.0 for r in rows] + [r.target_percent or 0.0 for r in rows]
    axis_y = QValueAxis()
    low = min(0.0, *values) if values else 0.0
    axis_y.setRange(low - (2 if low < 0 else 0), max(5.0, *values) + 3 if values else 15)
    axis_y.setLabelFormat("%.0f%%")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    for index, row in enumerate(rows):
        if row.target_percent is None:
            continue
        mark = QLineSeries()
        mark.setName(_tr("Target"))
        mark.setPen(QPen(TARGET, 3, Qt.PenStyle.DashLine))
        mark.append(QPointF(index - 0.4, row.target_percent))
        mark.append(QPointF(index + 0.4, row.target_percent))
        chart.addSeries(mark)
        mark.attachAxis(axis_x)
        mark.attachAxis(axis_y)
        if index > 0:  # one legend entry for all the target marks
            chart.legend().markers(mark)[0].setVisible(False)
    return chart


def amount_label(value: int | None) -> str:
    return "" if value is None else number(value)
