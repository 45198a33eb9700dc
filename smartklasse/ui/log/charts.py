"""The Logg page's charts, painted: strengths used, the school-year trend, tasks done.

What each chart shows is decided by pure functions (``*_bars``) tested without
painting; the chart widgets only render those bars. Every chart shows the
class as a whole: no pupil is named or compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from babel import dates as babel_dates
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

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


@dataclass(frozen=True)
class BarBox:
    """Where one bar, its label and its value go (widget coordinates)."""

    bar: QRectF
    label: QRectF
    value: QRectF


def horizontal_layout(
    bars: Sequence[Bar], area: QRectF, label_width: float, value_width: float, row_height: float
) -> list[BarBox]:
    """Rows top-down: label | bar scaled to the largest value | value. Pure geometry."""
    if not bars:
        return []
    row = min(row_height, area.height() / len(bars))
    top_value = max(max(b.value for b in bars), 1)
    bar_space = max(area.width() - label_width - value_width, 1.0)
    boxes = []
    for i, b in enumerate(bars):
        y = area.top() + i * row
        width = bar_space * b.value / top_value
        bar_x = area.left() + label_width
        boxes.append(
            BarBox(
                bar=QRectF(bar_x, y + row * 0.15, width, row * 0.7),
                label=QRectF(area.left(), y, label_width - row * 0.3, row),
                value=QRectF(bar_x + width + row * 0.15, y, value_width, row),
            )
        )
    return boxes


def vertical_layout(
    bars: Sequence[Bar], area: QRectF, label_height: float, value_height: float
) -> list[BarBox]:
    """Columns left to right, labels under them and values above. Pure geometry."""
    if not bars:
        return []
    column = area.width() / len(bars)
    top_value = max(max(b.value for b in bars), 1)
    bar_space = max(area.height() - label_height - value_height, 1.0)
    bottom = area.bottom() - label_height
    boxes = []
    for i, b in enumerate(bars):
        x = area.left() + i * column
        height = bar_space * b.value / top_value
        boxes.append(
            BarBox(
                bar=QRectF(x + column * 0.15, bottom - height, column * 0.7, height),
                label=QRectF(x, bottom, column, label_height),
                value=QRectF(x, bottom - height - value_height, column, value_height),
            )
        )
    return boxes


class BarChart(QWidget):
    """A painted bar chart of :class:`Bar` values; horizontal rows for long labels.

    Painted rather than QtCharts: a category axis drops or elides long labels
    (task texts, strength names), and every label must be readable from the back row.
    """

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._bars: list[Bar] = []
        self._empty_text = ""
        self.setAccessibleName(title)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def bars(self) -> list[Bar]:
        """What the chart shows now."""
        return list(self._bars)

    def title(self) -> str:
        """The chart's heading."""
        return self._title

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        """Show new values; with none, ``empty_text`` is shown instead."""
        if bars == self._bars and empty_text == self._empty_text:
            return
        self._bars = list(bars)
        self._empty_text = empty_text
        summary = "; ".join(f"{b.label}: {b.value}" for b in bars) or empty_text
        self.setAccessibleDescription(summary)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for a title and a dozen rows."""
        line = self.fontMetrics().height()
        return QSize(line * 24, line * 18)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the title, then the bars with their labels and values."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        pad = line * 0.6
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QColor("#ddd8cc"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(INK))
        title_rect = QRectF(pad, pad * 0.5, self.width() - 2 * pad, line * 1.4)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(title_font).elidedText(
                self._title, Qt.TextElideMode.ElideRight, int(title_rect.width())
            ),
        )
        painter.setFont(self.font())
        area = QRectF(pad, title_rect.bottom() + pad * 0.5, self.width() - 2 * pad, 0)
        area.setBottom(self.height() - pad)
        if not self._bars:
            painter.setPen(QColor("#5f6b78"))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            return
        value_width = metrics.horizontalAdvance("0000") + line * 0.3
        if self._horizontal:
            widest = max(metrics.horizontalAdvance(b.label) for b in self._bars) + line
            label_width = min(widest, area.width() * 0.55)
            # Rows never shrink below a line of text; what does not fit is left off the end.
            fits = max(1, int(area.height() // (line * 1.05)))
            shown = self._bars if len(self._bars) <= fits else self._bars[: fits - 1]
            rows = shown if len(shown) == len(self._bars) else [*shown, Bar("", 0)]
            boxes = horizontal_layout(rows, area, label_width, value_width, line * 1.8)
            if len(rows) > len(shown):
                # Say how many are left off rather than cutting them silently.
                painter.setPen(QColor("#5f6b78"))
                more = _("+ {n} more").format(n=len(self._bars) - len(shown))
                painter.drawText(
                    boxes[-1].label,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    more,
                )
                boxes = boxes[:-1]
            label_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            value_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            shown = self._bars
            boxes = vertical_layout(shown, area, line * 1.4, line * 1.3)
            label_align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            value_align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        for bar, box in zip(shown, boxes, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            painter.drawRoundedRect(box.bar, 3, 3)
            painter.setPen(QColor(INK))
            label = metrics.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, int(box.label.width())
            )
            painter.drawText(box.label, int(label_align), label)
            if bar.value:
                painter.drawText(box.value, int(value_align), str(bar.value))


def chart_titles() -> dict[str, str]:
    """The three chart titles in the current language."""
    return {
        "strengths": _("Strengths the class used"),
        "trend": _("Completed tasks per month this school year"),
        "tasks": _("Tasks by completions"),
    }
