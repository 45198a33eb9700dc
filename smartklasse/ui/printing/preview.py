"""Preview a printed document inside the app, then print it or save it as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.documents import PageFormat
from smartklasse.i18n import _, ngettext, pgettext
from smartklasse.ui import widgets
from smartklasse.ui.printing.printer import PrintRun, set_page


def safe_file_name(title: str) -> str:
    """A file name for a document title: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title).strip(" .")
    return (cleaned or "document")[:120] + ".pdf"


class PrintPreviewDialog(QDialog):
    """Shows PDF bytes page by page; the teacher prints them or saves them as a file."""

    #: The job reached the printer (or file): the CUPS job id or the path.
    printed = Signal(str)
    #: The job did not reach the printer: what went wrong.
    print_failed = Signal(str)

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        page: PageFormat | None = None,
        file_stem: str = "",
    ) -> None:
        super().__init__(parent)
        self.page = page or PageFormat()
        self.file_stem = file_stem or title
        self.setObjectName("print_preview")
        self.setWindowTitle(_("Preview: {title}").format(title=title))
        self.setAccessibleName(_("Print preview"))
        self.pdf = pdf
        self.title = title
        self.resize(900, 700)

        # The buffer must outlive the document, which reads from it lazily.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setAccessibleName(_("Pages of the document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # Scroll bars that come and go change the viewport, which changes the fitted zoom,
        # which brings the scroll bar back: at some sizes (a landscape page in a 607×499
        # window) QPdfView relaid itself out forever. A fixed viewport breaks that loop.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDocument(self.document)

        pages = self.document.pageCount()
        self.pages_label = QLabel(ngettext("{n} page", "{n} pages", pages).format(n=pages), self)
        self.print_button = widgets.button(
            _("&Print…"), self, "print_button", slot=self.print_document
        )
        self.save_button = widgets.button(
            _("&Save as PDF…"), self, "save_button", slot=self.save_document
        )
        self.close_button = widgets.button(
            pgettext("printing", "Close"), self, "close_button", slot=self.reject
        )
        self.print_button.setDefault(True)
        print_action = QAction(self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_document)
        self.addAction(print_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def page_count(self) -> int:
        """How many pages the previewed document has."""
        return int(self.document.pageCount())

    def save_to(self, path: Path) -> None:
        """Write the PDF to ``path``."""
        path.write_bytes(self.pdf)

    def save_document(self) -> None:
        """Ask where to save, then write the PDF there."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            _("Save as PDF"),
            str(Path.home() / safe_file_name(self.file_stem)),
            _("PDF (*.pdf)"),
        )
        if name:
            path = Path(name)
            path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
            self.save_to(path)
            self.confirm_saved(path)

    def confirm_saved(self, path: Path) -> QMessageBox:
        """Say where the file went, with a button that opens its folder."""
        box = QMessageBox(QMessageBox.Icon.Information, _("Saved"), "", parent=self)
        box.setObjectName("saved_message")
        box.setText(_("“{name}” is saved in {folder}.").format(name=path.name, folder=path.parent))
        open_folder = box.addButton(_("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        box.open()
        return box

    def print_document(self) -> None:
        """Show the system print dialog at the document's paper, then print what it chose."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        set_page(printer, self.page)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintRun:
        """Print to ``printer`` off the UI thread, with progress and Cancel when it takes long."""
        run = PrintRun(self)
        self.print_button.setEnabled(False)
        progress = QProgressDialog(
            _("Printing “{title}”…").format(title=self.title),
            pgettext("printing", "Cancel"),
            0,
            0,
            self,
        )
        progress.setObjectName("printing_progress")
        progress.setMinimumDuration(1000)
        progress.setAutoReset(False)
        progress.canceled.connect(run.cancel)

        def moved(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def ended() -> None:
            progress.close()
            self.print_button.setEnabled(True)

        def finished(where: str) -> None:
            ended()
            self.printed.emit(where)

        def failed(reason: str) -> None:
            ended()
            queue = printer.printerName() or _("the printer")
            QMessageBox.warning(
                self,
                _("Print"),
                _("“{title}” was not printed on {printer}.\n\n{reason}").format(
                    title=self.title, printer=queue, reason=reason
                ),
            )
            self.print_failed.emit(reason)

        run.progressed.connect(moved)
        run.finished.connect(finished)
        run.failed.connect(failed)
        run.cancelled.connect(ended)
        run.start(self.pdf, printer, self.title, self.page)
        return run
