"""Thrift charts as vector ReportLab drawings (not screenshots), for printed documents.

``saved_percent_drawing`` draws the saved % per category for a period against each
category's target; ``monthly_drawing`` draws a year's monthly actual spending against
the baseline and the spending the target allows. Both are ``reportlab.graphics``
``Drawing`` objects: a platypus flowable, so the summary report can place them directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from desktop_app.core.common.formats import number, percent
from desktop_app.core.savings.results import MonthPoint, ThriftTable
from desktop_app.documents.fonts import register_fonts

REACHED = colors.HexColor("#2e7d32")
MISSED = colors.HexColor("#c62828")
UNKNOWN = colors.HexColor("#9e9e9e")
ACTUAL = colors.HexColor("#1565c0")
BASELINE = colors.HexColor("#424242")
TARGET = colors.HexColor("#ef6c00")


def _wrap(text: str, width: int = 16) -> str:
    """Break a category name into short lines for an axis label."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _legend(drawing: Drawing, items: Sequence[tuple[str, colors.Color, str]], y: float,
            font_name: str, font_size: float) -> None:
    """A row of legend entries: (label, colour, style "bar", "line" or "dashed")."""
    x = 10.0
    for label, colour, style in items:
        if style != "bar":
            drawing.add(Line(x, y + 3, x + 18, y + 3, strokeColor=colour, strokeWidth=1.5,
                             strokeDashArray=[4, 2] if style == "dashed" else None))
        else:
            drawing.add(Rect(x, y, 18, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 22, y, label, fontName=font_name, fontSize=font_size))
        x += 36 + len(label) * font_size * 0.5


def _font(font_name: str | None) -> str:
    """The documents' font family (Vietnamese glyphs) unless another is asked for."""
    return font_name or register_fonts().regular


def saved_percent_drawing(table: ThriftTable, width: float = 16 * cm, height: float = 8 * cm,
                          font_name: str | None = None, font_size: float = 9) -> Drawing:
    """Saved % per category over *table*'s period, each bar against its target."""
    font_name = _font(font_name)
    rows = [row for row in table.rows if row.months_recorded]
    drawing = Drawing(width, height)
    title = f"Tỷ lệ tiết kiệm theo khoản chi, {table.period.label}"
    drawing.add(String(width / 2, height - font_size - 2, title, fontName=font_name,
                       fontSize=font_size + 2, textAnchor="middle"))
    if not rows:
        drawing.add(String(width / 2, height / 2, "Chưa có số liệu.", fontName=font_name,
                           fontSize=font_size, textAnchor="middle"))
        return drawing
    values = [row.saved_percent or 0.0 for row in rows]
    targets = [row.target_percent for row in rows]
    known = [t for t in targets if t is not None]
    low = min(0.0, *values)
    high = max(5.0, *values, *known)
    step = 5.0 if high - low <= 40 else 10.0
    low = step * (low // step)
    high = step * (high // step + 1)

    chart = VerticalBarChart()
    chart.x, chart.y = 42, 52
    chart.width, chart.height = width - 60, height - 100
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda v: percent(v, 0)
    chart.valueAxis.labels.fontName = font_name
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    chart.categoryAxis.categoryNames = [_wrap(row.name) for row in rows]
    chart.categoryAxis.labels.fontName = font_name
    chart.categoryAxis.labels.fontSize = font_size
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.visibleTicks = False
    chart.barWidth = 10
    chart.groupSpacing = 14
    for index, row in enumerate(rows):
        colour = UNKNOWN if row.reached is None else REACHED if row.reached else MISSED
        chart.bars[(0, index)].fillColor = colour
        chart.bars[(0, index)].strokeColor = None
    drawing.add(chart)

    def y_of(value: float) -> float:
        return chart.y + (value - low) / (high - low) * chart.height

    slot = chart.width / len(rows)
    for index, row in enumerate(rows):
        left = chart.x + slot * index
        centre = left + slot / 2
        if row.target_percent is not None:
            y = y_of(row.target_percent)
            drawing.add(Line(left + slot * 0.12, y, left + slot * 0.88, y, strokeColor=TARGET,
                             strokeWidth=1.5, strokeDashArray=[4, 2]))
        value = row.saved_percent
        label = ("không xác định" if value is None else
                 percent(value, 1) if value >= 0 else f"vượt chi {percent(-value, 1)}")
        top = y_of(max(value or 0.0, 0.0, row.target_percent or 0.0))
        drawing.add(String(centre, top + 4, label, fontName=font_name, fontSize=font_size,
                           textAnchor="middle"))
    _legend(drawing, [("Đạt chỉ tiêu", REACHED, "bar"), ("Chưa đạt", MISSED, "bar"),
                      ("Chỉ tiêu", TARGET, "dashed")], 6, font_name, font_size)
    return drawing


def monthly_drawing(points: Sequence[MonthPoint], title: str, width: float = 16 * cm,
                    height: float = 8 * cm, font_name: str | None = None,
                    font_size: float = 9) -> Drawing:
    """A year's months: actual spending as bars, the baseline and the target as lines."""
    font_name = _font(font_name)
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - font_size - 2, title, fontName=font_name,
                       fontSize=font_size + 2, textAnchor="middle"))
    values = [v for p in points for v in (p.actual, p.baseline, p.target_line) if v is not None]
    top_value = max(values, default=0) / 1_000_000
    step = 0.5 if top_value <= 4 else 1.0 if top_value <= 10 else 5.0
    high = step * (top_value // step + 1)

    chart = VerticalBarChart()
    chart.x, chart.y = 48, 40
    chart.width, chart.height = width - 66, height - 86
    chart.data = [[(p.actual or 0) / 1_000_000 for p in points]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda v: number(v, 1)
    chart.valueAxis.labels.fontName = font_name
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    chart.categoryAxis.categoryNames = [f"T{p.month}" for p in points]
    chart.categoryAxis.labels.fontName = font_name
    chart.categoryAxis.labels.fontSize = font_size
    chart.bars[0].fillColor = ACTUAL
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(String(8, chart.y + chart.height + 8, "Triệu đồng", fontName=font_name,
                       fontSize=font_size))

    slot = chart.width / max(len(points), 1)

    def line_of(attribute: str, colour: colors.Color, dashed: bool) -> None:
        segment: list[float] = []
        for index, point in enumerate(points):
            value = getattr(point, attribute)
            if value is None:
                if len(segment) >= 4:
                    drawing.add(PolyLine(segment, strokeColor=colour, strokeWidth=1.5,
                                         strokeDashArray=[4, 2] if dashed else None))
                segment = []
                continue
            segment += [chart.x + slot * (index + 0.5),
                        chart.y + value / 1_000_000 / high * chart.height]
        if len(segment) >= 4:
            drawing.add(PolyLine(segment, strokeColor=colour, strokeWidth=1.5,
                                 strokeDashArray=[4, 2] if dashed else None))

    line_of("baseline", BASELINE, False)
    line_of("target_line", TARGET, True)
    _legend(drawing, [("Thực chi", ACTUAL, "bar"), ("Mức gốc", BASELINE, "line"),
                      ("Mức chi theo chỉ tiêu", TARGET, "dashed")], 6, font_name, font_size)
    return drawing
