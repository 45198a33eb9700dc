"""Pieces of the star wall page: strength chips, the history list model, the celebration."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.star_grid import star_points
from smartklasse.domain.star_wall import MAX_TARGET, MIN_TARGET
from smartklasse.i18n import _, ngettext
from smartklasse.ui import widgets
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.touch_spin import with_step_buttons

_ROLE = Qt.ItemDataRole


def make_chip(name: str, colour: str, scale: float, parent: QWidget) -> QLabel:
    """A strength as a coloured chip with its name, like the strength cards."""
    chip = QLabel(name, parent)
    chip.setObjectName("star_wall_chip")
    chip.setAccessibleName(name)
    widgets.tint_badge(chip, colour, scale)
    return chip


class HistoryModel(QAbstractListModel):
    """The finished rounds as lines, newest first ("Round 1: 20 stars, 12 Sep – 24 Oct")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[str] = []

    def set_lines(self, lines: list[str]) -> None:
        """Replace the lines shown."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(  # noqa: N802 - Qt API
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        """One row per finished round."""
        return 0 if parent.isValid() else len(self._lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = _ROLE.DisplayRole
    ) -> object:
        """The line's text for display and for screen readers."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (_ROLE.DisplayRole, _ROLE.AccessibleTextRole, _ROLE.ToolTipRole):
            return self._lines[index.row()]
        return None


class _BigStar(QWidget):
    """One calm golden star for the celebration."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setMinimumSize(120, 120)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint the star centred in the widget."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = min(self.width(), self.height()) * 0.46
        points = star_points(self.width() / 2, self.height() / 2 + radius * 0.08, radius)
        painter.setPen(QColor("#A86F00"))
        painter.setBrush(QColor("#F2B705"))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        painter.end()


class CelebrationOverlay(QWidget):
    """Covers the page when the target is reached: a calm "well done" and the next round."""

    #: Start a new round with this target.
    new_round_requested = Signal(int)
    #: The teacher closed the celebration without a new round.
    closed = Signal()

    def __init__(self, scale: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("star_celebration")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(_("Celebration"))
        self.star = _BigStar(self)
        self.star.setMinimumSize(round(150 * scale), round(150 * scale))
        self.title = QLabel(self)
        self.title.setObjectName("celebration_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setProperty("heading", True)
        self.title.setFont(widgets.bigger(self.font(), 3.2))
        self.detail = QLabel(self)
        self.detail.setObjectName("celebration_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setFont(widgets.bigger(self.font(), 1.6, bold=False))
        button_height = round(TOUCH_TARGET * scale)
        self.same_button = QPushButton(self)
        self.same_button.setObjectName("celebration_same_target")
        self.same_button.setProperty("primary", True)
        self.same_button.setMinimumHeight(button_height)
        self._target = 1
        self.same_button.clicked.connect(lambda: self.new_round_requested.emit(self._target))
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("celebration_target")
        self.target_spin.setRange(MIN_TARGET, MAX_TARGET)
        self.target_spin.setFixedHeight(button_height)
        self.target_spin.setMinimumWidth(round(90 * scale))
        self.target_spin.setAccessibleName(_("New target"))
        self.new_button = widgets.button(
            _("New round with this target"),
            self,
            "celebration_new_target",
            slot=lambda: self.new_round_requested.emit(self.target_spin.value()),
            height=button_height,
        )
        self.close_button = widgets.button(
            _("Close"), self, "celebration_close", slot=self.dismiss, height=button_height
        )
        self.close_button.setAccessibleName(_("Close the celebration"))

        other = QHBoxLayout()
        other.addStretch(1)
        other.addWidget(with_step_buttons(self.target_spin))
        other.addWidget(self.new_button)
        other.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.star, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(round(24 * scale))
        layout.addWidget(self.same_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(other)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.hide()

    def celebrate(self, goal: str, count: int, round_number: int) -> None:
        """Show the celebration for a finished round of ``count`` stars."""
        self._target = count
        self.title.setText(_("You did it!"))
        self.detail.setText(
            ngettext(
                "“{goal}”: {count} star in round {number}. Well done, everyone!",
                "“{goal}”: {count} stars in round {number}. Well done, everyone!",
                count,
            ).format(goal=goal, count=count, number=round_number)
        )
        same = _("Start a new round ({count} stars)").format(count=count)
        self.same_button.setText(same)
        self.same_button.setAccessibleName(same)
        self.target_spin.setValue(count)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.same_button.setFocus()

    def dismiss(self) -> None:
        """Hide the celebration; the wall stays full until a new round starts."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape closes the celebration."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
