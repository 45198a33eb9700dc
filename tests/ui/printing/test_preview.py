"""The preview never blocks the app: any window size, portrait and landscape, 1 or 30 pages."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

#: Opens a preview, resizes it through many sizes (607×499 looped forever once: QPdfView's
#: fitted zoom and its scroll bars kept undoing each other) and processes the events at each.
#: Run in its own process so a loop fails the test by a timeout instead of hanging the suite.
_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from smartklasse.domain.documents import ReflectionSheetData
    from smartklasse.domain.strengths import load_default_strengths
    from smartklasse.printing.reflection_sheet import reflection_sheets
    from smartklasse.printing.star_chart import star_chart
    from smartklasse.ui.printing.preview import PrintPreviewDialog

    app = QApplication([])
    if sys.argv[1] == "star_chart":
        pdf = star_chart(None, "nb")
    else:
        names = tuple(f"Elev {i}" for i in range(30))
        pdf = reflection_sheets(
            ReflectionSheetData(None, tuple(load_default_strengths()), names), "nb"
        )
    dialog = PrintPreviewDialog(pdf, "preview")
    dialog.show()
    sizes = [(607, 499), (900, 700)]
    sizes += [(w, h) for w in range(560, 660, 9) for h in range(450, 560, 13)]
    for width, height in sizes:
        dialog.resize(width, height)
        for _ in range(20):
            app.processEvents()
    print("pages", dialog.page_count())
    """
)


@pytest.mark.parametrize(("document", "pages"), [("star_chart", 1), ("class_set", 30)])
def test_preview_settles_at_every_window_size(document: str, pages: int) -> None:
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, document],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the {document} preview never settled: a layout loop froze the app")
    assert done.returncode == 0, done.stderr
    assert f"pages {pages}" in done.stdout
