"""The Study tab's chart: party members present per session (or per month)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter

from desktop_app.core.study.figures import SessionFigures

CHART_SESSIONS = 24  # more sessions in a year: the chart shows months


def make_chart_view() -> QChartView:
    """An empty chart without legend, drawn smoothly."""
    chart = QChart()
    chart.legend().hide()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def fill_chart(chart: QChart, figures: list[SessionFigures]) -> list[float]:
    """One bar per session; a year of more sessions than the chart can label shows
    one bar per month instead (the members present over those expected that month)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    shown = [f for f in figures if f.party_expected]
    if len(shown) <= CHART_SESSIONS:
        chart.setTitle(QCoreApplication.translate(
            "StudyChart", "Party members present (%) per session"))
        labels = [f"{f.date.day}/{f.date.month}" for f in shown]
        values_shown = [round(f.attendance_percent or 0, 2) for f in shown]
    else:
        chart.setTitle(QCoreApplication.translate(
            "StudyChart", "Party members present (%) per month"))
        months: dict[int, list[int]] = {}
        for f in shown:
            present_expected = months.setdefault(f.date.month, [0, 0])
            present_expected[0] += f.party_present
            present_expected[1] += f.party_expected
        labels = [f"T{month}" for month in sorted(months)]
        # Whole percents: twelve bars leave no room for "94,95" on each
        values_shown = [float(round(100 * present / expected))
                        for present, expected in (months[m] for m in sorted(months))]
    bars = QBarSet(QCoreApplication.translate("StudyChart", "Present"))
    bars.append(values_shown)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setLabelFormat("%d%%")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(axis_y)
    return values_shown
