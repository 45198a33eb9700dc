"""A print job that does not reach the printer says so, in the teacher's language."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from smartklasse.domain.documents import PageFormat
from smartklasse.printing.spool import SpoolError, SpoolRequest
from smartklasse.printing.star_chart import star_chart
from smartklasse.ui.printing import printer as printer_module
from smartklasse.ui.printing.preview import PrintPreviewDialog


def test_an_lp_error_is_shown_in_bokmal(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_pdf: bytes, request: SpoolRequest) -> str:
        raise SpoolError(request.queue, "lp: Error - The printer or class does not exist.")

    monkeypatch.setattr(printer_module, "goes_to_cups", lambda _printer: True)
    monkeypatch.setattr(printer_module, "spool", refuse)
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.NoButton

    monkeypatch.setattr(QMessageBox, "warning", warning)
    preview = PrintPreviewDialog(star_chart(None, "nb"), "Stjernekart", None, PageFormat())
    qtbot.addWidget(preview)
    printer = QPrinter()
    with qtbot.waitSignal(preview.print_failed, timeout=10000):
        preview.print_to(printer)
    QApplication.processEvents()
    assert len(shown) == 1
    assert shown[0].startswith("«Stjernekart» ble ikke skrevet ut på ")
    assert "does not exist" in shown[0]
    assert preview.print_button.isEnabled()
