"""The card wall: pure grid geometry, a painted card delegate and the reflowing list view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smartklasse.ui import widgets
from smartklasse.ui.strengths.model import StrengthRole
from smartklasse.ui.strengths.symbols import paint_symbol

#: A card is never narrower than this many ems of the base font.
MIN_CARD_EMS = 10
#: Five columns of four rows is the shape of the SMART poster.
MAX_COLUMNS = 5
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)


@dataclass(frozen=True)
class GridGeometry:
    """How the cards are laid out for one width."""

    columns: int
    cell_width: int
    card_width: int
    gap: int


def grid_geometry(
    available_width: int, min_card_width: int, gap: int, max_columns: int = MAX_COLUMNS
) -> GridGeometry:
    """As many columns as fit (up to ``max_columns``), sharing the width equally.

    Each cell is a card plus ``gap``; a card is never narrower than
    ``min_card_width`` unless even one column is narrower than that.
    """
    columns = max(1, min(max_columns, available_width // max(1, min_card_width + gap)))
    cell = max(1, available_width // columns)
    return GridGeometry(columns, cell, max(1, cell - gap), gap)


@dataclass(frozen=True)
class CardLayout:
    """Where the parts of one card go, relative to the card's top-left corner."""

    symbol: tuple[int, int, int, int]
    name: tuple[int, int, int, int]
    second: tuple[int, int, int, int]
    description: tuple[int, int, int, int]
    height: int


def card_layout(
    width: int, pad: int, symbol: int, name_h: int, second_h: int, desc_h: int, spacing: int
) -> CardLayout:
    """Stack symbol, name, second name and description, centred; the card's height follows."""
    inner = width - 2 * pad
    y = pad
    symbol_rect = ((width - symbol) // 2, y, symbol, symbol)
    y += symbol + spacing
    name_rect = (pad, y, inner, name_h)
    y += name_h
    second_rect = (pad, y, inner, second_h)
    y += second_h + spacing
    desc_rect = (pad, y, inner, desc_h)
    return CardLayout(symbol_rect, name_rect, second_rect, desc_rect, y + desc_h + pad)


class CardFonts:
    """The fonts and sizes of a card, derived from the view's (already scaled) font."""

    def __init__(self, base: QFont) -> None:
        em = QFontMetrics(base).height()
        self.name = widgets.bigger(base, 1.2)
        self.second = QFont(base)
        self.description = widgets.bigger(base, 0.92, bold=False)
        self.pad = max(8, em * 2 // 3)
        self.spacing = max(4, em // 3)
        self.symbol = em * 3
        self.gap = max(8, em * 2 // 3)
        self.min_card_width = MIN_CARD_EMS * em


def _height(font: QFont, width: int, text: str) -> int:
    if not text:
        return 0
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), WRAP, text).height()


def layout_for(
    fonts: CardFonts, width: int, index: QModelIndex | QPersistentModelIndex
) -> CardLayout:
    """The layout of the card for ``index`` at a card width of ``width``."""
    inner = width - 2 * fonts.pad
    return card_layout(
        width,
        fonts.pad,
        fonts.symbol,
        _height(fonts.name, inner, str(index.data())),
        _height(fonts.second, inner, str(index.data(StrengthRole.SECOND_NAME) or "")),
        _height(fonts.description, inner, str(index.data(StrengthRole.DESCRIPTION) or "")),
        fonts.spacing,
    )


def _rect(part: tuple[int, int, int, int], origin: QRect) -> QRect:
    return QRect(origin.x() + part[0], origin.y() + part[1], part[2], part[3])


class StrengthCardDelegate(QStyledItemDelegate):
    """Paints one strength as a coloured card with white symbol and text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = CardFonts(parent.font() if parent is not None else QFont())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the card inside the cell, leaving half the gap around it."""
        f = self.fonts
        half = f.gap // 2
        card = option.rect.adjusted(half, half, -half, -half)
        layout = layout_for(f, card.width(), index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(str(index.data(StrengthRole.COLOUR))))
        painter.drawRoundedRect(QRectF(card), f.pad, f.pad)
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus or state & QStyle.StateFlag.State_Selected:
            # A thick dark ring with a white inner ring shows on every card colour.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = max(3, half)
            painter.setPen(QPen(QColor("#111111"), ring))
            painter.drawRoundedRect(QRectF(card).adjusted(1, 1, -1, -1), f.pad, f.pad)
            painter.setPen(QPen(QColor("#ffffff"), max(2, ring // 2)))
            inset = ring + 1
            painter.drawRoundedRect(
                QRectF(card).adjusted(inset, inset, -inset, -inset), f.pad, f.pad
            )
        white = QColor("#ffffff")
        paint_symbol(
            painter, str(index.data(StrengthRole.SYMBOL)), QRectF(_rect(layout.symbol, card)), white
        )
        if index.data(StrengthRole.PINNED):
            badge = QRectF(
                card.right() - f.symbol * 0.55 - f.pad,
                card.top() + f.pad,
                f.symbol * 0.55,
                f.symbol * 0.55,
            )
            paint_symbol(painter, "star", badge, QColor("#FFD54F"), QColor("#FFD54F"))
        painter.setPen(white)
        painter.setFont(f.name)
        painter.drawText(_rect(layout.name, card), WRAP, str(index.data()))
        second = str(index.data(StrengthRole.SECOND_NAME) or "")
        if second:
            painter.setFont(f.second)
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if index.data(StrengthRole.SECOND_RTL)
                else Qt.LayoutDirection.LeftToRight
            )
            painter.drawText(_rect(layout.second, card), WRAP, second)
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setFont(f.description)
        painter.drawText(
            _rect(layout.description, card), WRAP, str(index.data(StrengthRole.DESCRIPTION) or "")
        )
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The size of one grid cell (the view decides it, so every card is the same)."""
        view = self.parent()
        if isinstance(view, StrengthGridView):
            return view.gridSize()
        return QSize(self.fonts.min_card_width, self.fonts.min_card_width)


class StrengthGridView(QListView):
    """The cards in a grid that reflows with the width; tap, Enter or Space opens a card."""

    #: A card was chosen; the argument is the strength's id.
    strength_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setProperty("look", "cards")
        self.card_delegate = StrengthCardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.geometry_now = GridGeometry(1, 1, 1, 0)
        self.clicked.connect(self._choose)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        """Show ``model``, re-measuring the cards whenever it changes."""
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.relayout)
        self.relayout()

    def min_card_width(self) -> int:
        """The narrowest card: enough ems, and never narrower than the longest name."""
        f = self.card_delegate.fonts
        widest = 0
        model = self.model()
        if model is not None:
            metrics = QFontMetrics(f.name)
            for row in range(model.rowCount()):
                for word in str(model.index(row, 0).data()).split():
                    widest = max(widest, metrics.horizontalAdvance(word))
        return max(f.min_card_width, widest + 2 * f.pad + 2)

    def relayout(self) -> None:
        """Choose columns for the width and a row height that fits every card's text."""
        f = self.card_delegate.fonts
        # A row exactly as wide as the viewport wraps its last card in Qt's icon mode.
        width = self.viewport().width() - 2
        geometry = grid_geometry(width, self.min_card_width(), f.gap)
        height = 1
        model = self.model()
        if model is not None:
            for row in range(model.rowCount()):
                layout = layout_for(f, geometry.card_width, model.index(row, 0))
                height = max(height, layout.height)
        self.geometry_now = geometry
        self.setGridSize(QSize(geometry.cell_width, height + f.gap))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A new font size (the teacher changed the scale) re-measures the cards."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.card_delegate.fonts = CardFonts(self.font())
            self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Reflow the cards for the new width."""
        super().resizeEvent(event)
        self.relayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter, Return and Space open the current card."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        strength_id = index.data(StrengthRole.ID)
        if strength_id:
            self.strength_chosen.emit(str(strength_id))
