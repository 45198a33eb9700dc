"""The one horizontal bar chart of printed documents (the pupil profile, the practice summary)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing

from smartklasse.domain.documents import Counted
from smartklasse.printing.common import colour, mm
from smartklasse.printing.fonts import SANS, font_name


@dataclass(frozen=True)
class BarChartLook:
    """What differs between documents: room for the labels, margins and type sizes."""

    label_room: float  # points left of the bars for the category labels
    right_margin: float
    extra_height: float  # points above and below the bars
    label_size: float
    value_size: float
    max_label: int = 0  # longer labels end in "…" (0: never cut)
    max_bars: int = 0  # the first this many with a count (0: all)


def bar_chart(items: Sequence[Counted], width: float, look: BarChartLook) -> Drawing | None:
    """Horizontal bars in the given order from the top, in each item's colour; None if empty.

    Items with a count of 0 are left out. The drawing starts in the app's font, so no
    unembedded standard font (Helvetica) is declared.
    """
    shown = [item for item in items if item.count > 0]
    if look.max_bars:
        shown = shown[: look.max_bars]
    if not shown:
        return None
    height = 7 * mm * len(shown) + look.extra_height
    drawing = Drawing(width, height, initialFontName=font_name(SANS))
    chart = HorizontalBarChart()
    # types-reportlab types the plot area's geometry as int; reportlab takes any number.
    chart.x = look.label_room  # type: ignore[assignment]
    chart.y = 8 * mm  # type: ignore[assignment]
    chart.width = width - look.label_room - look.right_margin  # type: ignore[assignment]
    chart.height = height - 12 * mm  # type: ignore[assignment]
    ordered = list(reversed(shown))  # the chart draws its first category at the bottom
    chart.data = [[item.count for item in ordered]]
    cut = look.max_label
    chart.categoryAxis.categoryNames = [
        item.label if not cut or len(item.label) <= cut else item.label[: cut - 1] + "…"
        for item in ordered
    ]
    chart.categoryAxis.labels.fontName = font_name(SANS)
    chart.categoryAxis.labels.fontSize = look.label_size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    top = max(item.count for item in shown)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontName = font_name(SANS)
    chart.valueAxis.labels.fontSize = look.value_size
    chart.bars.strokeColor = None
    for index, item in enumerate(ordered):
        chart.bars[(0, index)].fillColor = colour(item.colour)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font_name(SANS, bold=True)
    chart.barLabels.fontSize = 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
