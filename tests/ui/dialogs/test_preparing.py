"""The first start after an upgrade says it is preparing the data, in the teacher's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes, database, log
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.ui.application import start
from smartklasse.ui.dialogs import preparing
from smartklasse.ui.dialogs.preparing import PreparingNotice

#: Makes a file look written by the version before the log reports (a conftest fixture).
FileRewind = Callable[[Path], None]


def _old_data_folder(data_dir: Path, as_before_log_reports: FileRewind) -> None:
    """A data file with a log, as the version before the log summaries left it."""
    db = open_database(data_dir / "smartklasse.sqlite3")
    seed_catalogues(db)
    class_id = classes.create_class(db, "5A", ["Åse", "Ola"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    for n in range(30):
        log.add_entry(
            db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text="Holdt døra",
            pupil_ids=pupils[n % 2 :],
            strength_ids=["mot"],
            reflection_me="Jeg ble glad",
        )
    db.close()
    as_before_log_reports(data_dir / "smartklasse.sqlite3")


@pytest.mark.parametrize(
    ("language", "heading"),
    [("nb", "Forbereder dataene dine …"), ("nn", "Førebur dataa dine …")],
)
def test_upgrade_start_shows_a_preparing_notice_before_the_main_window(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    heading: str,
    as_before_log_reports: FileRewind,
) -> None:
    # The teacher sees a window saying the data is being prepared (not a frozen start), in
    # their language, with a busy bar; it is gone when the main window comes.
    from smartklasse import i18n

    i18n.set_language(language)
    _old_data_folder(data_dir, as_before_log_reports)
    monkeypatch.setattr(preparing, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(database, "PROGRESS_STEPS", 500)
    seen: list[tuple[bool, list[str], bool]] = []
    close = PreparingNotice.close

    def spy(self: PreparingNotice) -> None:
        if self.window is not None:
            texts = [label.text() for label in self.window.findChildren(QLabel)]
            busy = any(b.maximum() == 0 for b in self.window.findChildren(QProgressBar))
            seen.append((self.window.isVisible(), texts, busy))
        close(self)

    monkeypatch.setattr(PreparingNotice, "close", spy)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start(app, data_dir, Settings())
    assert window is not None
    qtbot.addWidget(window)
    assert seen, "no notice was shown while the data was prepared"
    visible, texts, busy = seen[0]
    assert visible and busy
    assert texts[0] == heading
    assert not [
        w for w in app.topLevelWidgets() if w.objectName() == "preparing_data" and w.isVisible()
    ]


def test_a_quick_open_shows_no_notice(qtbot: QtBot) -> None:
    # Under the delay nothing flashes up; the notice only appears for long work.
    notice = PreparingNotice(show_after=60.0)
    notice()
    notice()
    assert notice.window is None
    notice.close()
