"""Printing through a real CUPS queue (cups-pdf): the job is the document, the right way round."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.documents.kind import Special
from smartklasse.domain.document_ids import DocumentId
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.context import AppContext
from smartklasse.ui.printing.dialog import PrintDialog
from smartklasse.ui.printing.preview import PrintPreviewDialog

QUEUE = "smartklasse_test"
SCRIPT = Path(__file__).resolve().parents[2] / "printing" / "cups_queue.sh"


@pytest.fixture
def cups_queue(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cupsd with one cups-pdf queue; yields the folder its PDFs land in."""
    if shutil.which("cupsd") is None:
        pytest.skip(
            "cupsd is not installed (apt: cups cups-client cups-bsd printer-driver-cups-pdf)"
        )
    if os.geteuid() != 0:
        pytest.fail("the CUPS test starts its own cupsd and needs root (CI runs as root)")
    # Not under pytest's tmp_path: cupsd's socket path must be short, and cups-pdf writes as
    # an unprivileged user who cannot enter pytest's private (0700) folders.
    root = Path(tempfile.mkdtemp(prefix="smartklasse-cups-"))
    root.chmod(0o755)
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(root)], capture_output=True, text=True, check=False
    )
    try:
        assert started.returncode == 0, started.stderr
        monkeypatch.setenv("CUPS_SERVER", str(root / "cups.sock"))
        yield root
    finally:
        pid_file = root / "cupsd.pid"
        pid = int(pid_file.read_text()) if pid_file.exists() else 0
        subprocess.run(["bash", str(SCRIPT), "stop", str(root)], check=False)
        _wait_gone(pid)
        shutil.rmtree(root, ignore_errors=True)


def _wait_gone(pid: int) -> None:
    """Wait (at most 10 s) until the test's cupsd has exited and written its last files."""
    deadline = time.monotonic() + 10
    while pid and time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)


def _printed(qtbot: QtBot, preview: PrintPreviewDialog, out: Path) -> Path:
    """Print through the preview's print path to the queue; return the PDF cups-pdf wrote."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    assert printer.printerName() == QUEUE, "Qt does not see the test queue"
    before = set(out.glob("*.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=30000) as blocker:
        run = preview.print_to(printer)
    assert run.spooled, "the PDF was rendered instead of sent to CUPS as it is"
    job = str(blocker.args[0])
    assert job.startswith(f"{QUEUE}-"), job
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        queued = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True)
        new = set(out.glob("*.pdf")) - before
        if job not in queued.stdout.split() and new:
            return new.pop()
        time.sleep(0.2)
    pytest.fail(f"CUPS did not finish job {job} within 90 s: {queued.stdout} {queued.stderr} {new}")


def _info(pdf: Path) -> dict[str, str]:
    text = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, _sep, value in (line.partition(":") for line in text.stdout.splitlines())
    )


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _preview(qtbot: QtBot, dialog: PrintDialog) -> PrintPreviewDialog:
    with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as blocker:
        dialog.preview_button.click()
    preview = blocker.args[0]
    assert isinstance(preview, PrintPreviewDialog)
    return preview


def test_class_set_and_star_chart_print_through_cups(
    qtbot: QtBot, db: Database, data_dir: Path, cups_queue: Path
) -> None:
    class_id = classes.create_class(db, "7B", [f"Elev {i} Ødegård" for i in range(30)])
    dialog = PrintDialog(AppContext(db, data_dir, Settings(active_class_id=class_id)))
    qtbot.addWidget(dialog)

    dialog.select(DocumentId.REFLECTION)
    who = dialog.findChild(type(dialog.kind), "who_combo")
    assert who is not None
    who.setCurrentIndex(who.findData(Special.WHOLE_CLASS))
    class_set = _printed(qtbot, _preview(qtbot, dialog), cups_queue / "out")
    info = _info(class_set)
    assert info["Pages"] == "30"
    assert info["Page size"].startswith("595 x 842") and info["Page rot"] == "0"
    assert "Elev 29" in _text(class_set)
    spooled = [
        int(m.group(1))
        for m in re.finditer(
            r"(\d+) Send-Document", (cups_queue / "log" / "access_log").read_text()
        )
    ]
    assert spooled and spooled[-1] < 2_000_000, spooled

    dialog.select(DocumentId.STAR_CHART)
    chart = _printed(qtbot, _preview(qtbot, dialog), cups_queue / "out")
    info = _info(chart)
    assert info["Pages"] == "1"
    # A4 sheet, the page turned a quarter: landscape on paper, as the chart is drawn.
    assert info["Page size"].startswith("595 x 842") and info["Page rot"] in {"90", "270"}
    assert "Stjernekart" in _text(chart)
