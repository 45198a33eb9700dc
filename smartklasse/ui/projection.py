"""The projector's type scale on a page: no text under the rule of ``style.projected_text_px``.

A page shown full screen is projected for a class 8 m away. The main window tells each page
the screen's height (``Page.set_projection``); the page lifts every label, button, field and
combo under it to at least the rule with :func:`lift_texts`, and its painted widgets draw their
texts at least that size. Leaving full screen gives every widget its own font back.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

#: The widgets that show text of their own (painted widgets measure theirs themselves).
TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit)
#: Where a lifted widget keeps the font it had before the page was projected.
_OWN_FONT = "smartklasse_own_font"


def text_px(font: QFont) -> int:
    """The size ``font`` is drawn at, in pixels (its em; a line is about 1.36 of it)."""
    return QFontInfo(font).pixelSize()


def lifted(font: QFont, px: int, scale: float) -> QFont:
    """``font`` ``scale`` times larger, and at least ``px`` pixels (the type scale keeps its
    steps: a heading stays larger than the text under it)."""
    if px <= 0:
        return font
    wanted = max(px, round(text_px(font) * max(1.0, scale)))
    if wanted == text_px(font):
        return font
    made = QFont(font)
    made.setPixelSize(wanted)
    return made


def lift_texts(root: QWidget, px: int) -> None:
    """Draw the text of every text widget under ``root`` at ``px`` pixels or more.

    Text of ``root``'s own size becomes ``px``; larger text grows by the same factor.
    ``px`` 0 gives every widget back the font it had before. Widgets made later are lifted
    by calling this again.
    """
    for widget in root.findChildren(QWidget):
        if isinstance(widget, TEXT_WIDGETS):
            lift_text(widget, px, root.font())


def lift_text(widget: QWidget, px: int, base: QFont) -> None:
    """Draw ``widget``'s text at ``px`` pixels or more, larger text by the same factor.

    ``base`` is the text size that becomes ``px`` (its page's or window's font); ``px`` 0
    gives the widget back the font it had before.
    """
    own = widget.property(_OWN_FONT)
    if not isinstance(own, QFont):
        if px <= 0:
            return
        own = QFont(widget.font())
        widget.setProperty(_OWN_FONT, own)
    wanted = lifted(own, px, px / max(1, text_px(base)))
    if widget.font() != wanted:
        widget.setFont(wanted)
