"""Skalering on the star wall: record a 1–5 check (counts only) and draw the round's trend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from smartklasse.domain.scaling import SCALE
from smartklasse.i18n import _
from smartklasse.ui.style import ACCENT, scaled
from smartklasse.ui.touch_spin import with_step_buttons

#: Most pupils a class has at one number.
MOST_AT_ONE_NUMBER = 40


class ScalingDialog(QDialog):
    """How many pupils stood at 1, 2, 3, 4 and 5? Only the counts are kept."""

    def __init__(self, goal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaling_dialog")
        self.setWindowTitle(_("Scaling"))
        form = QFormLayout(self)
        intro = QLabel(
            _("How far have we come toward “{goal}”? Count how many stood at each number.").format(
                goal=goal
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.spins: list[QSpinBox] = []
        for number in SCALE:
            spin = QSpinBox(self)
            spin.setObjectName(f"scaling_at_{number}")
            spin.setRange(0, MOST_AT_ONE_NUMBER)
            spin.setAccessibleName(_("Pupils at {number}").format(number=number))
            self.spins.append(spin)
            form.addRow(str(number), with_step_buttons(spin))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def counts(self) -> tuple[int, int, int, int, int]:
        """The five counts entered."""
        a, b, c, d, e = (spin.value() for spin in self.spins)
        return (a, b, c, d, e)


class ScalingTrend(QWidget):
    """The round's checks as a calm line from 1 to 5, newest on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaling_trend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(scaled(140))
        self._values: tuple[float, ...] = ()

    @property
    def values(self) -> tuple[float, ...]:
        """The averages drawn."""
        return self._values

    def set_values(self, values: Sequence[float]) -> None:
        """Draw these averages (each from 1 to 5), oldest first."""
        self._values = tuple(values)
        self.setAccessibleName(
            _("Scaling: {values}").format(values=", ".join(f"{v:.1f}" for v in self._values))
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(scaled(280), scaled(140))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pad = scaled(18)
        area = QRectF(pad * 1.4, pad / 2, self.width() - pad * 2.4, self.height() - pad * 1.2)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        for number in SCALE:
            y = area.bottom() - (number - 1) / 4 * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(
                QRectF(0, y - pad / 2, pad, pad), Qt.AlignmentFlag.AlignCenter, str(number)
            )
        if not self._values:
            return
        step = area.width() / max(len(self._values) - 1, 1)
        points = [
            QPointF(
                area.left() + (i * step if len(self._values) > 1 else area.width() / 2),
                area.bottom() - (v - 1) / 4 * area.height(),
            )
            for i, v in enumerate(self._values)
        ]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(QColor(ACCENT), scaled(3)))
        painter.drawPath(path)
        painter.setBrush(QColor(ACCENT))
        for point in points:
            painter.drawEllipse(point, scaled(5), scaled(5))
