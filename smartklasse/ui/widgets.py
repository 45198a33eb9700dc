"""The shared building blocks of every page: buttons, chips, bigger fonts and colour tints.

Everything static about the look lives in ``resources/styles/app.qss``; the tints
here are the only per-widget style sheets, for colours that come from the data
(a wheel's colour, a strength's colour).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QScroller, QWidget

from smartklasse.domain.colour import INK, legible_fill, legible_on, text_colour_for
from smartklasse.ui.style import ACCENT, PAPER, TOUCH_TARGET

#: Buttons at the teacher's desk (the Class page, editors, dialogs) are a little smaller than
#: the board's; still a comfortable touch target (DOMAIN.md: at least 48).
DESK_HEIGHT = TOUCH_TARGET - 8


def accessible_text(text: str) -> str:
    """A button's text as a screen reader should say it (no mnemonic, no trailing …)."""
    # "&&" is how a button shows a literal "&".
    return "&".join(part.replace("&", "") for part in text.split("&&")).rstrip("…").rstrip()


def button(
    text: str,
    parent: QWidget,
    name: str,
    *,
    slot: Callable[[], object] | None = None,
    tip: str = "",
    height: int = TOUCH_TARGET,
    auto_default: bool = True,
) -> QPushButton:
    """A push button with an object name, an accessible name and a touch-sized height."""
    made = QPushButton(text, parent)
    made.setObjectName(name)
    made.setAccessibleName(accessible_text(text))
    made.setMinimumHeight(height)
    if tip:
        made.setToolTip(tip)
    if not auto_default:
        made.setAutoDefault(False)  # Enter in a dialog's fields does not press it
    if slot is not None:
        made.clicked.connect(lambda _checked=False: slot())
    return made


def chip(text: str, parent: QWidget, name: str, colour: str = ACCENT) -> QPushButton:
    """A large toggle for pupils to tap: outlined in ``colour``, filled when chosen."""
    made = button(text, parent, name, height=round(TOUCH_TARGET * 1.15))
    made.setCheckable(True)
    made.setProperty("look", "chip")
    made.setFont(bigger(made.font(), 1.15))
    tint_toggle(made, colour, border=2)
    return made


def bigger(font: QFont, factor: float, bold: bool = True) -> QFont:
    """``font`` scaled for the projector (the app font already follows the screen's scale)."""
    made = QFont(font)
    made.setPointSizeF(max(font.pointSizeF(), 8.0) * factor)
    made.setBold(bold)
    return made


def text_colour_on(background: QColor) -> QColor:
    """White or ink, whichever reads better on ``background`` (for painted widgets)."""
    return QColor(text_colour_for(background.name()))


#: The property that marks a window or page as the pupils' (what they tap at the board).
_FOR_PUPILS = "for_pupils"


def for_pupils(widget: QWidget) -> None:
    """Mark ``widget`` and everything in it as tapped by pupils: the sizing system makes its
    controls, list rows and scroll bars at least :func:`~smartklasse.ui.style.pupil_size`.

    Call it before the widget is first shown (Qt sizes controls as it polishes them).
    """
    widget.setProperty(_FOR_PUPILS, True)


def is_for_pupils(widget: QWidget) -> bool:
    """True if ``widget`` or a widget it sits in is marked with :func:`for_pupils`."""
    current: QWidget | None = widget
    while current is not None:
        if current.property(_FOR_PUPILS) is True:
            return True
        current = current.parentWidget()
    return False


def kinetic(area: QAbstractScrollArea) -> None:
    """Let a finger drag ``area``'s content (kinetic scrolling on a touch board).

    Applied to every scroll area, list and grid by the touch style as Qt polishes it.
    Only touch drags scroll: a mouse drag still selects rows and moves items.
    """
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def is_kinetic(area: QAbstractScrollArea) -> bool:
    """True when ``area`` scrolls under a finger."""
    return QScroller.hasScroller(area.viewport())


# -- tints: colours from the data -------------------------------------------------------------
def tint_text(widget: QWidget, colour: str) -> None:
    """Show the widget's text in ``colour`` (darkened to 4.5:1 on the paper where needed)."""
    widget.setStyleSheet(f"color: {legible_on(colour, PAPER)};")


def tint_toggle(
    toggle: QPushButton, colour: str, *, border: int = 3, coloured_text: bool = False
) -> None:
    """Outline a checkable button in ``colour`` and fill it with the colour when checked."""
    colour = legible_fill(colour)
    text = f" color: {colour};" if coloured_text else ""
    toggle.setStyleSheet(
        f"QPushButton {{ border: {border}px solid {colour};{text} }}"
        f"QPushButton:checked {{ background: {colour}; color: {text_colour_for(colour)}; }}"
    )


def tint_badge(label: QLabel, colour: str, scale: float = 1.0) -> None:
    """Fill a label with ``colour`` as a rounded badge, its text in the contrasting colour."""
    # The radius stays under half the height, or Qt draws square corners.
    pad_v, pad_h, radius = round(6 * scale), round(16 * scale), round(12 * scale)
    colour = legible_fill(colour)
    label.setStyleSheet(
        f"QLabel {{ background: {colour}; color: {text_colour_for(colour)}; "
        f"border-radius: {radius}px; padding: {pad_v}px {pad_h}px; font-weight: 700; }}"
    )


def tint_swatch(swatch: QPushButton, colour: str) -> None:
    """A button filled with ``colour`` (a colour to choose), ringed in ink when checked."""
    colour = legible_fill(colour)
    swatch.setStyleSheet(
        f"QPushButton {{ background: {colour}; color: {text_colour_for(colour)}; }}"
        f"QPushButton:checked {{ border: 4px solid {INK}; }}"
    )
