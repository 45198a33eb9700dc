"""The Logg page's charts (QtCharts): strengths used, the school-year trend, tasks done.

What each chart shows is decided by pure functions (``*_bars``) tested without
painting; the chart widgets only render those bars. Every chart shows the
class as a whole: no pupil is named or compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from babel import dates as babel_dates
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, babel_locale
from smartklasse.storage.log_queries import MonthCount, TaskCount
from smartklasse.ui.style import ACCENT, INK

#: Longest task label on the chart; the full text is in the tooltip and the table.
TASK_LABEL_CHARS = 42
#: At most this many tasks on the tasks chart (three wheels of eight fit).
MAX_TASK_BARS = 24


@dataclass(frozen=True)
class Bar:
    """One bar: its label and its value."""

    label: str
    value: int


def strength_bars(counts: dict[str, int], strengths: Sequence[Strength], lang: str) -> list[Bar]:
    """The strengths the class used, most used first; ties keep the catalogue's order."""
    order = {s.id: i for i, s in enumerate(strengths)}
    by_id = {s.id: s for s in strengths}
    used = [sid for sid, n in counts.items() if n > 0 and sid in by_id]
    used.sort(key=lambda sid: (-counts[sid], order[sid]))
    return [Bar(by_id[sid].name(lang), counts[sid]) for sid in used]


def month_bars(trend: Sequence[MonthCount], lang: str) -> list[Bar]:
    """One bar per month of the school year (August first), valued by completed tasks."""
    locale = babel_locale(lang)
    return [
        Bar(
            babel_dates.format_date(dt.date(m.year, m.month, 1), "LLL", locale=locale).rstrip("."),
            m.entries,
        )
        for m in trend
    ]


def task_bars(
    counts: Sequence[TaskCount],
    task_texts: dict[str, str],
    wheel_names: dict[str, str],
) -> list[Bar]:
    """The tasks completed, most first, labelled "Wheel: task" and shortened."""
    bars = []
    for count in counts[:MAX_TASK_BARS]:
        text = task_texts.get(count.task_id or "", count.task_text) or count.task_text
        wheel = wheel_names.get(count.wheel_id or "", "")
        bars.append(Bar(shorten(f"{wheel}: {text}" if wheel else text), count.count))
    return bars


def shorten(text: str, limit: int = TASK_LABEL_CHARS) -> str:
    """Cut a label at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,.;:") + "…"


class BarChart(QChartView):
    """A bar chart of :class:`Bar` values, horizontal for long labels."""

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self._bars: list[Bar] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setBackgroundRoundness(8)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setMinimumHeight(220)

    def bars(self) -> list[Bar]:
        """What the chart shows now."""
        return list(self._bars)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        """Show new values (an empty list shows ``empty_text`` as the title's hint)."""
        self._bars = list(bars)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QColor(INK))
        if not bars:
            self.setToolTip(empty_text)
            return
        self.setToolTip("")
        # Horizontal charts list top-down, so the first bar goes last into the series.
        ordered = list(reversed(bars)) if self._horizontal else bars
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        bar_set = QBarSet("")
        bar_set.append([b.value for b in ordered])
        bar_set.setColor(QColor(ACCENT))
        bar_set.setBorderColor(QColor(ACCENT))
        bar_set.setLabelColor(QColor(INK))
        bar_set.setLabelFont(font)
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([b.label for b in ordered])
        categories.setLabelsFont(font)
        categories.setLabelsColor(QColor(INK))
        categories.setGridLineVisible(False)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, _nice_max(max(b.value for b in bars)))
        values.setLabelsFont(font)
        values.setLabelsColor(QColor(INK))
        values.setTickCount(5 if max(b.value for b in bars) >= 4 else 2)
        cat_side, val_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self._horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, cat_side)
        chart.addAxis(values, val_side)
        series.attachAxis(categories)
        series.attachAxis(values)


def _nice_max(value: int) -> int:
    """A round axis end a little above ``value`` (room for the value labels)."""
    if value <= 4:
        return 4
    step = 4
    while step * 4 < value * 1.15:
        step = step * 2 if step < 10 else step + (5 if step < 50 else 25)
    return step * 4


def chart_titles() -> dict[str, str]:
    """The three chart titles in the current language."""
    return {
        "strengths": _("Strengths the class used"),
        "trend": _("Completed tasks per month this school year"),
        "tasks": _("Tasks by completions"),
    }
