"""The card wall: pure grid geometry, a painted card delegate and the reflowing list view.

In a window the cards reflow with the width and the wall scrolls; projected full screen the
wall is the poster: every card on the screen at once, as large as the screen allows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTextLayout,
)
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
#: A projected card's symbol is at least this many times its text size, at most
#: :data:`MOST_SYMBOL_EMS` times.
LEAST_SYMBOL_EMS = 1.0
MOST_SYMBOL_EMS = 3.2
#: A projected text's lines are this many times its size apart (a poster's leading; the
#: UI font's own line height is 1.36 of its size).
POSTER_LEADING = 1.2
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
class PosterPlan:
    """The projected wall: every card in ``columns`` × ``rows`` cells filling the space."""

    columns: int
    rows: int
    cell_width: int
    cell_height: int
    #: The description's size in pixels; the name is a fifth larger.
    text_px: int
    #: False when even at the smallest size some description is too long: it is shortened.
    fits: bool


#: How the projected wall asks what a cell needs: (text size, cell width) → the cell height
#: the tallest card needs at that size and width, or None when a word is wider than the card.
CellNeed = Callable[[int, int], int | None]


def poster_plan(
    width: int, height: int, count: int, least_px: int, need: CellNeed, most_px: int = 0
) -> PosterPlan:
    """The columns, rows and the largest text size that show ``count`` cards in the space.

    Every shape from two columns to eight is tried; the one with the largest text that fits
    wins, the one with fewer empty cells on a tie. When nothing fits at ``least_px`` the
    shape with the most room for the text is taken at ``least_px`` (``fits`` False).
    """
    count = max(1, count)
    most = max(least_px, most_px or height // 6)
    best: PosterPlan | None = None
    fallback: tuple[int, PosterPlan] | None = None
    for columns in range(2, min(8, count) + 1):
        rows = math.ceil(count / columns)
        if (rows - 1) * columns >= count:
            continue  # a whole row would stay empty
        cell_w, cell_h = width // columns, height // rows
        fitting = _largest_fitting(least_px, most, cell_w, cell_h, need)
        if fitting is not None:
            plan = PosterPlan(columns, rows, cell_w, cell_h, fitting, True)
            if best is None or (fitting, -columns * rows) > (
                best.text_px,
                -best.columns * best.rows,
            ):
                best = plan
        else:
            needed = need(least_px, cell_w)
            room = cell_h - needed if needed is not None else -(10**9)
            plan = PosterPlan(columns, rows, cell_w, cell_h, least_px, False)
            if fallback is None or room > fallback[0]:
                fallback = (room, plan)
    if best is not None:
        return best
    if fallback is not None:
        return fallback[1]
    return PosterPlan(1, count, width, height // count, least_px, False)


def _largest_fitting(low: int, high: int, cell_w: int, cell_h: int, need: CellNeed) -> int | None:
    # A larger text never needs less height, so the largest size that fits is found by halving.
    def fits(px: int) -> bool:
        needed = need(px, cell_w)
        return needed is not None and needed <= cell_h

    if not fits(low):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


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
    """The fonts and sizes of a card, derived from the view's (already scaled) font.

    With ``text_px`` the card is projected: the description and the second name are that
    many pixels, the name a fifth larger, the spaces follow the text and the symbol is
    ``symbol`` pixels (at least :data:`LEAST_SYMBOL_EMS` of the text; the wall gives it the
    room the text leaves).
    """

    def __init__(self, base: QFont, text_px: int = 0, symbol: int = 0) -> None:
        if text_px > 0:
            self.description = _pixel_font(base, text_px, bold=False)
            self.second = _pixel_font(base, text_px, bold=False)
            self.name = _pixel_font(base, round(text_px * 1.2), bold=True)
            em = QFontMetrics(self.description).height()
            self.symbol = max(symbol, round(text_px * LEAST_SYMBOL_EMS))
            self.pad = max(8, em // 3)
            self.spacing = max(4, em // 6)
            self.gap = max(8, em // 5)
            self.projected = True
        else:
            em = QFontMetrics(base).height()
            self.name = widgets.bigger(base, 1.2)
            self.second = QFont(base)
            self.description = widgets.bigger(base, 0.92, bold=False)
            self.symbol = em * 3
            self.pad = max(8, em * 2 // 3)
            self.spacing = max(4, em // 3)
            self.gap = max(8, em * 2 // 3)
            self.projected = False
        self.min_card_width = MIN_CARD_EMS * em

    def line_step(self, font: QFont) -> int:
        """From one line of a projected text to the next: poster leading, not the font's."""
        return round(font.pixelSize() * POSTER_LEADING)

    def text_height(self, font: QFont, width: int, text: str) -> int:
        """How tall ``text`` wraps to ``width`` in ``font`` on this card."""
        if not text:
            return 0
        if self.projected:
            return len(wrapped_lines(font, width, text)) * self.line_step(font)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), WRAP, text).height()


def _pixel_font(base: QFont, px: int, *, bold: bool) -> QFont:
    made = QFont(base)
    made.setPixelSize(px)
    made.setBold(bold)
    return made


def layout_for(
    fonts: CardFonts, width: int, index: QModelIndex | QPersistentModelIndex
) -> CardLayout:
    """The layout of the card for ``index`` at a card width of ``width``."""
    inner = width - 2 * fonts.pad
    return card_layout(
        width,
        fonts.pad,
        fonts.symbol,
        fonts.text_height(fonts.name, inner, str(index.data())),
        fonts.text_height(fonts.second, inner, str(index.data(StrengthRole.SECOND_NAME) or "")),
        fonts.text_height(
            fonts.description, inner, str(index.data(StrengthRole.DESCRIPTION) or "")
        ),
        fonts.spacing,
    )


def _rect(part: tuple[int, int, int, int], origin: QRect) -> QRect:
    return QRect(origin.x() + part[0], origin.y() + part[1], part[2], part[3])


def _widest_word(font: QFont, text: str) -> int:
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def cell_need(base: QFont, model: QAbstractItemModel) -> CellNeed:
    """What a projected cell needs for the cards of ``model``, measured with real fonts."""

    def need(text_px: int, cell_width: int) -> int | None:
        fonts = CardFonts(base, text_px)
        card_width = cell_width - fonts.gap
        inner = card_width - 2 * fonts.pad
        tallest = 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            name = str(index.data())
            words = max(
                _widest_word(fonts.name, name),
                _widest_word(fonts.description, str(index.data(StrengthRole.DESCRIPTION) or "")),
            )
            if words > inner:
                return None
            tallest = max(tallest, layout_for(fonts, card_width, index).height)
        return tallest + fonts.gap

    return need


def wrapped_lines(font: QFont, width: int, text: str) -> list[str]:
    """``text`` wrapped at word boundaries to ``width`` in ``font``, line by line."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def elided_lines(font: QFont, width: int, text: str, room: int, step: int) -> list[str]:
    """The lines of ``text`` that fit ``room`` pixels at ``step`` apart; the last one ends
    in "…" when the text goes on."""
    lines = wrapped_lines(font, width, text)
    keep = max(1, room // max(1, step))
    if len(lines) <= keep:
        return lines
    metrics = QFontMetrics(font)
    kept = lines[:keep]
    kept[-1] = metrics.elidedText(f"{kept[-1]} {lines[keep]}", Qt.TextElideMode.ElideRight, width)
    if not kept[-1].endswith("…"):
        kept[-1] = metrics.elidedText(f"{kept[-1]}…", Qt.TextElideMode.ElideRight, width)
    return kept


def _draw_lines(painter: QPainter, rect: QRect, lines: list[str], step: int) -> None:
    # Each line centred, ``step`` apart, its ascent inside the first step.
    for number, line in enumerate(lines):
        band = QRect(rect.x(), rect.y() + number * step, rect.width(), step)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), line)


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
        # A projected card fills its cell: its content sits in the middle.
        top = max(0, (card.height() - layout.height) // 2)
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
        content = card.adjusted(0, top, 0, 0)
        paint_symbol(
            painter,
            str(index.data(StrengthRole.SYMBOL)),
            QRectF(_rect(layout.symbol, content)),
            white,
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
        self._text(painter, f.name, _rect(layout.name, content), str(index.data()))
        second = str(index.data(StrengthRole.SECOND_NAME) or "")
        if second:
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if index.data(StrengthRole.SECOND_RTL)
                else Qt.LayoutDirection.LeftToRight
            )
            self._text(painter, f.second, _rect(layout.second, content), second)
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        description = _rect(layout.description, content)
        # Only when even the smallest projected size cannot hold it is a description shortened.
        room = card.top() + card.height() - f.pad - description.top()
        self._text(
            painter,
            f.description,
            description,
            str(index.data(StrengthRole.DESCRIPTION) or ""),
            room,
        )
        painter.restore()

    def _text(self, painter: QPainter, font: QFont, rect: QRect, text: str, room: int = 0) -> None:
        painter.setFont(font)
        if not self.fonts.projected:
            painter.drawText(rect, WRAP, text)
            return
        step = self.fonts.line_step(font)
        if room and rect.height() > room:
            lines = elided_lines(font, rect.width(), text, room, step)
        else:
            lines = wrapped_lines(font, rect.width(), text)
        _draw_lines(painter, rect, lines, step)

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
        #: The projected wall's plan (None in a window).
        self.poster: PosterPlan | None = None
        self._least_px = 0
        self.clicked.connect(self._choose)

    def set_projection(self, least_px: int) -> None:
        """Show the wall as the poster with no text under ``least_px`` (0: in a window)."""
        if least_px == self._least_px:
            return
        self._least_px = least_px
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if least_px
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        )
        if not least_px:
            self.card_delegate.fonts = CardFonts(self.font())
        self.relayout()

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
        if self._least_px:
            self._relayout_poster()
            return
        self.poster = None
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

    def _relayout_poster(self) -> None:
        # Every card on the screen at once, with the largest text that fits.
        model = self.model()
        if model is None:
            return
        # A row exactly as wide as the viewport wraps its last card in Qt's icon mode.
        width, height = self.viewport().width() - 2, self.viewport().height() - 1
        plan = poster_plan(
            width, height, model.rowCount(), self._least_px, cell_need(self.font(), model)
        )
        self.poster = plan
        # The symbol takes what height the tallest card's text leaves.
        fonts = CardFonts(self.font(), plan.text_px)
        needed = cell_need(self.font(), model)(plan.text_px, plan.cell_width) or plan.cell_height
        spare = max(0, plan.cell_height - needed)
        most = round(plan.text_px * MOST_SYMBOL_EMS)
        fonts = CardFonts(self.font(), plan.text_px, min(most, fonts.symbol + spare))
        self.card_delegate.fonts = fonts
        self.geometry_now = GridGeometry(
            plan.columns, plan.cell_width, plan.cell_width - fonts.gap, fonts.gap
        )
        self.setGridSize(QSize(plan.cell_width, plan.cell_height))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A new font size (the teacher changed the scale) re-measures the cards."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            if not self._least_px:
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
