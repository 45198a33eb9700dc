"""The base of every page shown in the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smartklasse.domain.documents import DocumentId
from smartklasse.ui.context import AppContext


class Page(QWidget):
    """A page of the main window.

    Pages are views over stored data: they are built lazily the first time
    they are shown, and rebuilt when the language changes
    (:attr:`AppContext.language_changed`), so a page keeps no state that is not
    in the database, the settings or :attr:`AppContext.view_state`. A page
    listens to :attr:`AppContext.data_changed` and compares :class:`Topic`
    members.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def on_shown(self) -> None:
        """Called each time the page becomes the visible one."""

    #: The printed document this page offers first (None: nothing to print).
    print_kind: DocumentId | None = None

    def can_print(self) -> bool:
        """True when the page has something to print (Ctrl+P)."""
        return self.print_kind is not None

    def print_current(self) -> None:
        """Open the Print dialog at this page's document."""
        from smartklasse.ui.printing.dialog import open_print_dialog  # loads reportlab on demand

        open_print_dialog(self.context, self, self.print_kind)
