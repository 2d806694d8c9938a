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
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.common.formats import number, percent
from desktop_app.core.savings.results import MonthPoint, ThriftTable
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.wrapping import balanced_lines

REACHED = colors.HexColor("#2e7d32")
MISSED = colors.HexColor("#c62828")
UNKNOWN = colors.HexColor("#9e9e9e")
ACTUAL = colors.HexColor("#1565c0")
BASELINE = colors.HexColor("#424242")
TARGET = colors.HexColor("#ef6c00")


MAX_LABEL_LINES = 4  # a longer category name is cut with "…" on its last line
LEGEND_ROW = 12  # pt between two rows of the legend


def _wrap(text: str, width: float, font_name: str, font_size: float) -> list[str]:
    """A category name broken between words into even lines no wider than *width*
    (measured), at most MAX_LABEL_LINES of them."""
    lines = balanced_lines(text, font_name, font_size, width)
    if len(lines) > MAX_LABEL_LINES:
        last = " ".join(lines[MAX_LABEL_LINES - 1:])
        while last and stringWidth(last + "…", font_name, font_size) > width:
            last = last[:-1].rstrip()
        lines = [*lines[:MAX_LABEL_LINES - 1], last + "…"]
    return lines


Legend = Sequence[tuple[str, colors.Color, str]]


def _legend_rows(items: Legend, width: float, font_name: str,
                 font_size: float) -> list[list[tuple[float, str, colors.Color, str]]]:
    """The legend's entries placed left to right, a new row when one is full."""
    rows: list[list[tuple[float, str, colors.Color, str]]] = [[]]
    x = 10.0
    for label, colour, style in items:
        advance = 22 + stringWidth(label, font_name, font_size) + 14
        if rows[-1] and x + advance - 14 > width - 4:
            rows.append([])
            x = 10.0
        rows[-1].append((x, label, colour, style))
        x += advance
    return rows


def _legend(drawing: Drawing, items: Legend, y: float, font_name: str,
            font_size: float) -> float:
    """The legend (label, colour, style "bar", "line" or "dashed") in rows from *y*
    upwards; returns the height it takes."""
    rows = _legend_rows(items, drawing.width, font_name, font_size)
    for index, row in enumerate(reversed(rows)):
        base = y + index * LEGEND_ROW
        for x, label, colour, style in row:
            if style != "bar":
                drawing.add(Line(x, base + 3, x + 18, base + 3, strokeColor=colour,
                                 strokeWidth=1.5,
                                 strokeDashArray=[4, 2] if style == "dashed" else None))
            else:
                drawing.add(Rect(x, base, 18, 7, fillColor=colour, strokeColor=None))
            drawing.add(String(x + 22, base, label, fontName=font_name, fontSize=font_size))
    return len(rows) * LEGEND_ROW


def _font(font_name: str | None) -> str:
    """The documents' font family (Vietnamese glyphs) unless another is asked for."""
    return font_name or register_fonts().regular


def saved_percent_drawing(table: ThriftTable, width: float = 16 * cm, height: float = 8 * cm,
                          font_name: str | None = None, font_size: float = 9) -> Drawing:
    """Saved % per category over *table*'s period, each bar against its target."""
    font_name = _font(font_name)
    rows = [row for row in table.rows if row.months_recorded]
    legend: Legend = [("Đạt chỉ tiêu", REACHED, "bar"), ("Chưa đạt", MISSED, "bar"),
                      ("Chỉ tiêu", TARGET, "dashed")]
    # Below the plot, from the bottom: the legend, then the category names (wrapped to
    # their bar's slot); the plot gets what is left, the drawing grows when too little is.
    slot = (width - 60) / max(len(rows), 1)
    names = [_wrap(row.name, slot - 6, font_name, font_size) for row in rows]
    legend_height = len(_legend_rows(legend, width, font_name, font_size)) * LEGEND_ROW
    label_height = max((len(n) for n in names), default=1) * font_size * 1.2 + 8
    plot_y = 6 + legend_height + 6 + label_height
    height = max(height, plot_y + 48 + 100)
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
    chart.x, chart.y = 42, plot_y
    chart.width, chart.height = width - 60, height - 48 - plot_y
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda v: percent(v, 0)
    chart.valueAxis.labels.fontName = font_name
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in names]
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
    _legend(drawing, legend, 6, font_name, font_size)
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
