"""One strength shown big, for talking about it with the class ("strength of the week")."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.strength_usage import UsageCounts
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, format_number
from smartklasse.paths import resource
from smartklasse.ui import widgets
from smartklasse.ui.strengths.symbols import paint_symbol
from smartklasse.ui.style import TOUCH_TARGET


class SymbolBadge(QWidget):
    """A strength's symbol, white on a disc of its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor("#455A64")
        self._symbol = "star"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_symbol(self, symbol: str, colour: str) -> None:
        """Show ``symbol`` on ``colour``."""
        self._symbol, self._colour = symbol, QColor(colour)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Five lines of text tall."""
        side = self.fontMetrics().height() * 5
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint the disc and the symbol."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(QRectF(self.rect()))
        inset = self.width() * 0.2
        paint_symbol(
            painter,
            self._symbol,
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
            QColor("#ffffff"),
        )


class StrengthBigView(QWidget):
    """Name large, the description, three talk questions, the class's usage and the pin."""

    back_requested = Signal()
    #: The teacher pinned (True) or unpinned (False) the shown strength.
    pin_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_big_view")
        self.strength_id = ""
        self._pinned = False
        base = self.font()
        # Built in reading order: the order widgets are made is the keyboard's Tab order.
        top = self._build_top(base)
        body = QWidget(self)
        body.setObjectName("big_body")
        content = QVBoxLayout(body)
        content.addLayout(self._build_head(base))
        content.addSpacing(base.pointSize())
        self._build_talk(base, content)
        content.addSpacing(base.pointSize())
        self._build_usage(base, content)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("big_scroll")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.retranslate()

    def _build_top(self, base: QFont) -> QHBoxLayout:
        # Back to the cards, and the pin.
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("big_back_button")
        self.back_button.setMinimumHeight(round(TOUCH_TARGET * base.pointSizeF() / 12))
        self.back_button.setFont(widgets.bigger(base, 1.15))
        self.back_button.clicked.connect(self.back_requested)
        self.pin_button = QPushButton(self)
        self.pin_button.setObjectName("pin_button")
        self.pin_button.setProperty("primary", True)
        self.pin_button.setMinimumHeight(self.back_button.minimumHeight())
        self.pin_button.setFont(widgets.bigger(base, 1.15))
        self.pin_button.clicked.connect(
            lambda: self.pin_toggled.emit(self.strength_id, not self._pinned)
        )
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.pin_button)
        return top

    def _build_head(self, base: QFont) -> QHBoxLayout:
        # The symbol, the name (and in the second language) and the description.
        self.badge = SymbolBadge(self)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("big_name")
        self.name_label.setFont(widgets.bigger(base, 3.0))
        self.name_label.setWordWrap(True)
        self.second_label = QLabel(self)
        self.second_label.setObjectName("big_second_name")
        self.second_label.setFont(widgets.bigger(base, 1.8, bold=False))
        self.second_label.setWordWrap(True)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("big_description")
        self.description_label.setFont(widgets.bigger(base, 1.6, bold=False))
        self.description_label.setWordWrap(True)
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.second_label)
        names.addWidget(self.description_label)
        head = QHBoxLayout()
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(base.pointSize() * 2)
        head.addLayout(names, 1)
        return head

    def _build_talk(self, base: QFont, content: QVBoxLayout) -> None:
        # Three questions to talk about.
        self.talk_heading = QLabel(self)
        self.talk_heading.setProperty("heading", True)
        self.talk_heading.setFont(widgets.bigger(base, 1.4))
        content.addWidget(self.talk_heading)
        self.question_labels = [QLabel(self) for _i in range(3)]
        for number, label in enumerate(self.question_labels):
            label.setObjectName(f"talk_question_{number + 1}")
            label.setFont(widgets.bigger(base, 1.4, bold=False))
            label.setWordWrap(True)
            content.addWidget(label)

    def _build_usage(self, base: QFont, content: QVBoxLayout) -> None:
        # How often the class used the strength: three figures with captions.
        self.usage_heading = QLabel(self)
        self.usage_heading.setProperty("heading", True)
        self.usage_heading.setFont(widgets.bigger(base, 1.4))
        self.usage_note = QLabel(self)
        self.usage_note.setObjectName("usage_note")
        self.usage_note.setWordWrap(True)
        self.usage_figures: list[QLabel] = []
        self.usage_captions: list[QLabel] = []
        figures = QGridLayout()
        for column in range(3):
            figure = QLabel("0", self)
            figure.setObjectName(f"usage_figure_{column}")
            figure.setFont(widgets.bigger(base, 2.6))
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(self)
            caption.setFont(widgets.bigger(base, 1.2, bold=False))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            figures.addWidget(figure, 0, column)
            figures.addWidget(caption, 1, column)
            self.usage_figures.append(figure)
            self.usage_captions.append(caption)
        content.addWidget(self.usage_heading)
        content.addLayout(figures)
        content.addWidget(self.usage_note)

    def retranslate(self) -> None:
        """Set the fixed texts in the current language."""
        self.back_button.setText(_("← Back to all strengths"))
        self.back_button.setAccessibleName(_("Back to all strengths"))
        self.talk_heading.setText(_("Talk about it"))
        questions = (
            _("What does it look like at school?"),
            _("What does it look like at home?"),
            _("What does it look like with friends?"),
        )
        for label, question in zip(self.question_labels, questions, strict=True):
            label.setText(f"•  {question}")
        captions = (_("this week"), _("this month"), _("this school year"))
        for label, caption in zip(self.usage_captions, captions, strict=True):
            label.setText(caption)
        self._update_pin_text()

    def show_strength(
        self,
        strength: Strength,
        lang: str,
        second: str,
        second_rtl: bool,
        pinned: bool,
        usage: UsageCounts | None,
    ) -> None:
        """Show ``strength``; ``usage`` is the class's counts, or None without a class."""
        self.strength_id = strength.id
        self._pinned = pinned
        self.badge.set_symbol(strength.symbol, strength.colour)
        self.name_label.setText(strength.name(lang))
        widgets.tint_text(self.name_label, strength.colour)
        self.second_label.setText(second)
        self.second_label.setVisible(bool(second))
        direction = Qt.LayoutDirection.RightToLeft if second_rtl else Qt.LayoutDirection.LeftToRight
        self.second_label.setLayoutDirection(direction)
        # The text runs right to left, but stays under the name it translates.
        self.second_label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        self.description_label.setText(strength.description(lang))
        self.usage_heading.setText(_("How often our class has used it"))
        if usage is None:
            for figure in self.usage_figures:
                figure.setText("–")
            self.usage_note.setText(_("Choose a class to see how often it has been used."))
        else:
            for figure, count in zip(
                self.usage_figures, (usage.week, usage.month, usage.school_year), strict=True
            ):
                figure.setText(format_number(count))
            self.usage_note.setText(_("Counted from the class log, for the whole class."))
        self.pin_button.setEnabled(usage is not None)  # a pin belongs to a class
        self.setAccessibleName(strength.name(lang))
        self._update_pin_text()

    def is_pinned(self) -> bool:
        """True when the shown strength is the class's strength of the week."""
        return self._pinned

    def _update_pin_text(self) -> None:
        text = _("Unpin strength of the week") if self._pinned else _("Pin as strength of the week")
        self.pin_button.setText(text)
        self.pin_button.setIcon(
            QIcon() if self._pinned else QIcon(str(resource("icons", "star.svg")))
        )
        self.pin_button.setAccessibleName(text)
