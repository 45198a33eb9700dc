"""The look: colours, the stylesheet and scaling from a laptop to a 4K projector."""

from __future__ import annotations

from smartklasse.domain import colour
from smartklasse.paths import resource

#: Base UI font size in points at 1920×1080 and 100 % scaling.
BASE_POINT_SIZE = 12.0
#: Smallest touch target, in logical pixels (DOMAIN.md: at least 48).
TOUCH_TARGET = 56
#: The sizing system: every interactive control is at least this tall and wide at the active
#: scale (WCAG 2.2 2.5.5), list rows, check boxes, scroll bars and the menu bar included.
#: Sizes set in code only ever make a control larger; the stylesheet sets no minimum sizes
#: for controls (its ``min-height`` would override the code's), ``touch_style`` applies these.
CONTROL_MIN = 44
#: What pupils tap on the board (the wheel, the strengths, the star wall) is at least this.
PUPIL_MIN = 48
#: Text and borders (WCAG 1.4.3 / 1.4.11): the weakest colours the stylesheet uses.
BORDER = "#857d70"  # 3.7:1 on paper, 4.0:1 on white
PLACEHOLDER = "#5f6b78"  # 5.4:1 on white

INK = colour.INK
PAPER = "#f7f5f0"
ACCENT = "#1565C0"


def scale_factor(width: int, height: int, device_pixel_ratio: float, user_scale: float) -> float:
    """How much larger than normal the UI should be on a screen of this logical size.

    A 4K projector running at 100 % (logical 3840×2160, ratio 1) should look
    like a 1920×1080 one: everything twice as large. Screens already scaled by
    the system (ratio 2) are left alone. A laptop (1366×768) stays at 1.
    """
    auto = max(1.0, min(width / 1920, height / 1080))
    factor = auto * (user_scale if user_scale > 0 else 1.0)
    return max(0.75, min(factor, 4.0))


def stylesheet(factor: float) -> str:
    """The application stylesheet with sizes for a scale factor."""
    qss = resource("styles", "app.qss").read_text(encoding="utf-8")
    px = {
        "{PAD}": str(round(8 * factor)),
        "{PAD2}": str(round(16 * factor)),
        "{RADIUS}": str(round(10 * factor)),
        "{TOUCH}": str(round(TOUCH_TARGET * factor)),
        "{NAVW}": str(round(132 * factor)),
        "{IND}": str(round(18 * factor)),
        "{CONTROL}": str(control_size(factor)),
        "{PUPIL}": str(pupil_size(factor)),
        "{HANDLE}": str(round(10 * factor)),
        "{BORDER}": BORDER,
        "{PLACEHOLDER}": PLACEHOLDER,
        "{ACCENT}": ACCENT,
    }
    for key, value in px.items():
        qss = qss.replace(key, value)
    return qss


def current_factor() -> float:
    """The scale factor applied to the running application (1.0 before it is styled)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    value = app.property("smartklasse_scale") if app is not None else None
    return float(value) if isinstance(value, int | float) and value > 0 else 1.0


def scaled(pixels: int) -> int:
    """``pixels`` at 1920×1080 scaled to the running application's screen."""
    return round(pixels * current_factor())


def control_size(factor: float) -> int:
    """The smallest side of an interactive control at scale ``factor`` (never under 44 px)."""
    return max(CONTROL_MIN, round(CONTROL_MIN * factor))


def pupil_size(factor: float) -> int:
    """The smallest side of what pupils tap at scale ``factor`` (never under 48 px)."""
    return max(PUPIL_MIN, round(PUPIL_MIN * factor))


#: On a projected page no text is smaller than the screen's height divided by this (at 8 m
#: from a 2160 px projector that is 48 px, at 768 px about 17 px).
PROJECTED_TEXT_RATIO = 45


def projected_text_px(screen_height: int) -> int:
    """The smallest font size, in pixels (the em), of any text on a page shown full screen
    on a screen ``screen_height`` pixels tall (0 when nothing is projected)."""
    return round(screen_height / PROJECTED_TEXT_RATIO) if screen_height > 0 else 0
