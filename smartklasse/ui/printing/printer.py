"""From the system Print dialog to paper: the PDF itself to CUPS, or rendered off the UI thread.

Where printing goes through CUPS (Linux, macOS) the PDF goes to the queue the teacher
chose, with the dialog's copies, duplex and pages: text stays text and a class set
spools in kilobytes. Elsewhere (Windows) each page is rendered at the printer's
resolution on a worker thread, in grey where the page is grey, and can be cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRect, QSize, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from smartklasse.domain.documents import PageFormat, Paper
from smartklasse.printing.spool import Sides, SpoolError, SpoolRequest, can_spool, spool
from smartklasse.ui.worker import run_in_background

_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.A3: QPageSize.PageSizeId.A3}


def set_page(printer: QPrinter, page: PageFormat) -> None:
    """Make the printer's paper and orientation the document's own (before its dialog opens)."""
    orientation = (
        QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(QPageSize(_PAGE_SIZES[page.paper]), orientation, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)


def _sides(printer: QPrinter, page: PageFormat) -> Sides:
    mode = printer.duplex()
    if mode == QPrinter.DuplexMode.DuplexLongSide:
        return Sides.LONG_EDGE
    if mode == QPrinter.DuplexMode.DuplexShortSide:
        return Sides.SHORT_EDGE
    if mode == QPrinter.DuplexMode.DuplexAuto:
        # Pages turn over along their long side as read: a landscape sheet flips on the short one.
        return Sides.SHORT_EDGE if page.landscape else Sides.LONG_EDGE
    return Sides.ONE


def page_ranges(printer: QPrinter, page_count: int) -> tuple[tuple[int, int], ...]:
    """The pages chosen in the dialog (1-based, inclusive); empty for all of them."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return ()
    ranges = tuple(
        (max(1, r.from_), min(page_count, r.to))
        for r in printer.pageRanges().toRangeList()
        if r.from_ <= page_count
    )
    if ranges:
        return ranges
    first, last = printer.fromPage(), printer.toPage()
    if first or last:
        return ((max(1, first), min(page_count, last or page_count)),)
    return ()


def spool_request(printer: QPrinter, title: str, page: PageFormat, pages: int) -> SpoolRequest:
    """What the system dialog chose, as a CUPS job."""
    return SpoolRequest(
        queue=printer.printerName(),
        title=title,
        page=page,
        copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(),
        sides=_sides(printer, page),
        page_ranges=page_ranges(printer, pages),
    )


def goes_to_cups(printer: QPrinter) -> bool:
    """True when the chosen printer is a CUPS queue that ``lp`` can reach."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and bool(printer.printerName())
        and can_spool()
    )


class PrintRun(QObject):
    """One print job under way; says when it is done, failed or was cancelled."""

    #: (done, total) pages rendered, on the UI thread.
    progressed = Signal(int, int)
    #: The job reached the queue or file; the argument says where (job id or path).
    finished = Signal(str)
    #: It did not: the argument is the reason (queue and CUPS's words), untranslated.
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        #: True when the PDF went to CUPS (vector); False when pages were rendered.
        self.spooled = False

    def cancel(self) -> None:
        """Stop rendering after the current page (a spooled job is already queued)."""
        self._stop.set()

    def start(self, pdf: bytes, printer: QPrinter, title: str, page: PageFormat) -> None:
        """Print ``pdf`` with what the dialog chose, off the UI thread."""
        document, _buffer, _data = _document(pdf)
        pages = int(document.pageCount())
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            path = printer.outputFileName()
            run_in_background(lambda: _write(path, pdf), self._done, self._error)
            return
        if goes_to_cups(printer):
            self.spooled = True
            request = spool_request(printer, title, page, pages)
            run_in_background(lambda: spool(pdf, request), self._done, self._error)
            return
        ranges = page_ranges(printer, pages) or ((1, pages),)
        numbers = [n for first, last in ranges for n in range(first, last + 1)]
        run_in_background(
            lambda: _render(pdf, printer, numbers, self._stop, self.progressed.emit),
            self._done,
            self._error,
        )

    def _done(self, result: object) -> None:
        if result is None:
            self.cancelled.emit()
        else:
            self.finished.emit(str(result))

    def _error(self, error: BaseException) -> None:
        if isinstance(error, SpoolError):
            self.failed.emit(error.detail)
        else:
            self.failed.emit(str(error) or type(error).__name__)


def _document(pdf: bytes) -> tuple[QPdfDocument, QBuffer, QByteArray]:
    """A document over ``pdf``; keep all three alive together (it reads the buffer lazily)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer, data


def _write(path: str, pdf: bytes) -> str:
    with open(path, "wb") as file:
        file.write(pdf)
    return path


def _render(
    pdf: bytes,
    printer: QPrinter,
    numbers: list[int],
    stop: threading.Event,
    progress: Callable[[int, int], None],
) -> str | None:
    """Render pages at the printer's resolution (grey where grey); None when cancelled."""
    document, _buffer, _data = _document(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be opened")
    try:
        for done, number in enumerate(numbers):
            if stop.is_set():
                printer.abort()
                return None
            if done:
                printer.newPage()
            target: QRect = painter.viewport()
            size_pt = document.pagePointSize(number - 1)
            scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
            size = QSize(round(size_pt.width() * scale), round(size_pt.height() * scale))
            image = document.render(number - 1, size)
            if image.allGray():
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            painter.drawImage(QRect(target.topLeft(), size), image)
            progress(done + 1, len(numbers))
    finally:
        painter.end()
    return printer.printerName() or "printer"
