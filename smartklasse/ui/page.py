"""The base of every page shown in the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from smartklasse.domain.document_ids import DocumentId
from smartklasse.ui import projection
from smartklasse.ui.context import AppContext
from smartklasse.ui.style import projected_text_px


class Page(QWidget):
    """A page of the main window.

    Pages are views over stored data: they are built lazily the first time
    they are shown, and rebuilt when the language changes
    (:attr:`AppContext.language_changed`), so a page keeps no state that is not
    in the database, the settings or :attr:`AppContext.view_state`. A page
    listens to :attr:`AppContext.data_changed` and compares :class:`Topic`
    members.
    """

    #: True for the pages shown to the class on the projector (the wheel, the strengths, the
    #: star wall): in full screen no text on them is smaller than the projector's rule.
    projected = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._screen_height = 0

    @property
    def projected_text_px(self) -> int:
        """The smallest text size on this page now, in pixels (0: not projected)."""
        return projected_text_px(self._screen_height)

    def set_projection(self, screen_height: int) -> None:
        """The window is full screen on a screen ``screen_height`` pixels tall (0: it is not)."""
        height = screen_height if self.projected else 0
        if height == self._screen_height:
            return
        self._screen_height = height
        self.fit_projection()
        self.on_projection()

    def fit_projection(self) -> None:
        """Lift the page's text widgets to the rule (again, after making new ones)."""
        if self.projected:
            projection.lift_texts(self, self.projected_text_px)

    def on_projection(self) -> None:
        """Called when the page starts or stops being projected: resize what it paints."""

    def on_shown(self) -> None:
        """Called each time the page becomes the visible one."""

    def is_current(self) -> bool:
        """False while another page of the window is shown.

        A page whose :meth:`on_shown` reads its data again need not read it when
        data changes behind it: a tap on the wheel would otherwise wait for the
        log table and the strength cards to be read and laid out unseen.
        """
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self

    #: The printed document this page offers first (None: nothing to print).
    print_kind: DocumentId | None = None

    def can_print(self) -> bool:
        """True when the page has something to print (Ctrl+P)."""
        return self.print_kind is not None

    def print_current(self) -> None:
        """Open the Print dialog at this page's document."""
        from smartklasse.ui.printing.dialog import open_print_dialog  # loads reportlab on demand

        open_print_dialog(self.context, self, self.print_kind)
