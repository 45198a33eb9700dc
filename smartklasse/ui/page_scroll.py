"""The pages' frame: a page fills the window, and scrolls only below its smallest size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget


class PageScroll(QScrollArea):
    """Holds the page stack. The window never grows past the screen for a big page; the page
    scrolls instead, and only when the window is smaller than the page's minimum size.

    QScrollArea's own resizing gives word-wrapped pages their preferred height (the wheel's
    640 px), which scrolls the wheel page on a 1366×768 laptop although its minimum fits.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(False)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        """Hold ``widget`` and follow its minimum size as its pages change."""
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Give the held widget the viewport's size, or its minimum where that is larger."""
        widget = self.widget()
        if widget is None:
            return
        # A stack's minimum is its largest page's; only the page shown matters here.
        shown = widget.currentWidget() if isinstance(widget, QStackedWidget) else None
        least = (shown or widget).minimumSizeHint()
        widget.resize(self.viewport().size().expandedTo(least))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Refit when the window changes size."""
        super().resizeEvent(event)
        self.fit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Refit when a scroll bar comes or goes (the viewport changes size)."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Refit when the shown page's layout changes its needs."""
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.fit()
        return super().eventFilter(watched, event)
