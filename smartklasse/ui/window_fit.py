"""The first window on the screen it opens on: maximised on small and projector screens, the
remembered size elsewhere, and never larger than the screen's free area (the taskbar excluded).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from smartklasse.settings import Settings

#: Screens up to this free size are laptops: the window fills them.
SMALL_SCREEN = (1440, 900)
#: Screens at least this wide are projectors, boards and big monitors: the window fills them.
PROJECTOR_WIDTH = 1900
#: A window that is not maximised takes this share of the free area.
NORMAL_SHARE = 0.85


@dataclass(frozen=True)
class WindowPlan:
    """The size of the normal (not maximised) window and whether it opens maximised."""

    width: int
    height: int
    maximised: bool


def plan_window(free_width: int, free_height: int, settings: Settings) -> WindowPlan:
    """Where the first window goes on a screen whose free area is ``free_width × free_height``.

    A size the teacher left is kept if the screen has room for it (else shrunk to fit);
    the first start fills small and projector screens and takes most of the others.
    """
    if settings.window_width > 0 and settings.window_height > 0:
        return WindowPlan(
            min(settings.window_width, free_width),
            min(settings.window_height, free_height),
            settings.window_maximised,
        )
    width, height = round(free_width * NORMAL_SHARE), round(free_height * NORMAL_SHARE)
    small = free_width <= SMALL_SCREEN[0] or free_height <= SMALL_SCREEN[1]
    return WindowPlan(width, height, small or free_width >= PROJECTOR_WIDTH)


def opening_screen() -> QScreen:
    """The screen the first window opens on: the one with the mouse, else the primary one."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def place_window(window: QWidget, free: QRect, settings: Settings) -> WindowPlan:
    """Size and centre ``window`` in ``free`` (a screen's available geometry); return the plan."""
    plan = plan_window(free.width(), free.height(), settings)
    window.resize(plan.width, plan.height)
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(max(frame.left(), free.left()), max(frame.top(), free.top()))
    return plan


def remember_window(window: QWidget, settings: Settings) -> None:
    """Keep the window's normal size and maximised state for the next start."""
    normal = window.normalGeometry()
    if normal.width() > 0 and normal.height() > 0:
        settings.window_width, settings.window_height = normal.width(), normal.height()
    settings.window_maximised = window.isMaximized()
