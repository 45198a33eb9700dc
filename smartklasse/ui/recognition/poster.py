"""The board's calm poster of the week: each strength seen as a pill that grows with each tap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartklasse.ui import widgets
from smartklasse.ui.style import scaled

#: A pill's font, relative to the app's font, the first time a strength is seen.
FIRST_SIZE = 2.0
#: It grows by this much for each further time ...
GROWTH = 0.4
#: ... up to this size.
LARGEST_SIZE = 4.0


@dataclass(frozen=True)
class Pill:
    """A strength seen this week: its name, colour and how many times."""

    name: str
    colour: str
    count: int


class PosterView(QWidget):
    """Pills in rows, centred, largest first; empty: a quiet invitation to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recognition_poster")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pills: tuple[Pill, ...] = ()
        self._empty_text = ""

    def set_pills(self, pills: Sequence[Pill], empty_text: str) -> None:
        """Show these strengths (any order: drawn most seen first)."""
        self._pills = tuple(sorted(pills, key=lambda p: -p.count))
        self._empty_text = empty_text
        names = ", ".join(f"{p.name} ({p.count})" for p in self._pills)
        self.setAccessibleName(names or empty_text)
        self.update()

    @property
    def pills(self) -> tuple[Pill, ...]:
        """The strengths shown."""
        return self._pills

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(scaled(800), scaled(360))

    def _font(self, count: int) -> QFont:
        return widgets.bigger(self.font(), min(FIRST_SIZE + GROWTH * (count - 1), LARGEST_SIZE))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._pills:
            painter.setPen(QColor("#6b6b6b"))
            painter.setFont(widgets.bigger(self.font(), 1.3, bold=False))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        gap = scaled(14)
        rows: list[list[tuple[Pill, QFont, float, float]]] = [[]]
        row_width = 0.0
        for pill in self._pills:
            font = self._font(pill.count)
            metrics = QFontMetricsF(font)
            label = pill.name if pill.count == 1 else f"{pill.name}  ×{pill.count}"
            w = metrics.horizontalAdvance(label) + metrics.height() * 1.4
            h = metrics.height() * 1.7
            if rows[-1] and row_width + gap + w > self.width() - 2 * gap:
                rows.append([])
                row_width = 0.0
            row_width += (gap if rows[-1] else 0) + w
            rows[-1].append((pill, font, w, h))
        total_h = sum(max(h for *_x, h in row) for row in rows) + gap * (len(rows) - 1)
        y = max(gap, (self.height() - total_h) / 2)
        for row in rows:
            width = sum(w for _p, _f, w, _h in row) + gap * (len(row) - 1)
            x = (self.width() - width) / 2
            height = max(h for *_x, h in row)
            for pill, font, w, h in row:
                rect = QRectF(x, y + (height - h) / 2, w, h)
                colour = QColor(pill.colour)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, h / 2, h / 2)
                painter.setPen(widgets.text_colour_on(colour))
                painter.setFont(font)
                label = pill.name if pill.count == 1 else f"{pill.name}  ×{pill.count}"
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                x += w + gap
            y += height + gap
