"""Shared fixtures: offscreen Qt, a fresh data folder per test, bokmål by default."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")
# The suite's compiled catalogues stay out of the user's cache folder (and out of the way of
# the app and of other checkouts using it).
if "SMARTKLASSE_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["SMARTKLASSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="smartklasse-test-cache-")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from smartklasse import i18n
from smartklasse.domain import clock
from smartklasse.storage import log_schema
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database


@pytest.fixture(autouse=True)
def _bokmal() -> Iterator[None]:
    """Every test starts in bokmål, the app's default, and leaves it so."""
    i18n.set_language("nb")
    yield
    i18n.set_language("nb")


@pytest.fixture(autouse=True)
def _widgets_gone_after_each_test() -> Iterator[None]:
    """What a test's windows left to delete later is deleted before the next test starts.

    Otherwise the next test's restyling (a new window applies the app's style to every
    widget alive) also reaches the last test's half-closed windows.
    """
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


#: The suite's clock: a Wednesday morning in term, unless SMARTKLASSE_TEST_CLOCK (an ISO date
#: and time, e.g. ``2027-07-31T12:00``) moves the whole suite to another moment.
DEFAULT_MOMENT = "2026-11-25T10:00"

#: Moments that broke date code before: the weekend, a week's edges, the year's and the
#: school year's ends. Date-sensitive tests run at each of them (the ``lesson_day`` fixture).
TRICKY_MOMENTS = {
    "saturday": "2026-11-28T10:00",
    "sunday-night": "2026-11-29T23:30",
    "monday-morning": "2026-11-30T07:45",
    "new-years-eve": "2026-12-31T23:30",
    "31-july": "2027-07-31T12:00",
}


@pytest.fixture(autouse=True)
def pinned_clock() -> Iterator[dt.datetime]:
    """Every test reads a pinned clock: the app's "today" never depends on when tests run."""
    clock.pin(dt.datetime.fromisoformat(os.environ.get("SMARTKLASSE_TEST_CLOCK", DEFAULT_MOMENT)))
    yield clock.now()
    clock.pin(None)


@pytest.fixture(params=list(TRICKY_MOMENTS.values()), ids=list(TRICKY_MOMENTS))
def lesson_day(request: pytest.FixtureRequest, pinned_clock: dt.datetime) -> dt.date:
    """Run a date-sensitive test at each of the tricky moments; return that day."""
    clock.pin(dt.datetime.fromisoformat(request.param))
    return clock.today()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """A migrated database with the shipped catalogues."""
    database = open_database(data_dir / "smartklasse.sqlite3")
    seed_catalogues(database)
    yield database
    database.close()


#: Makes the data file at a path look written by the version before the log reports.
FileRewind = Callable[[Path], None]


def _as_before_log_reports(path: Path) -> None:
    conn = sqlite3.connect(path)
    triggers = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'log_sum%' OR name LIKE '%fts%' OR name LIKE 'log_pupil%' "
            "OR name LIKE 'log_link_lists%')"
        )
    ]
    # The triggers named after the link list they keep (pupil_ids_insert, ...).
    triggers += [
        f"{listed}_{event}"
        for _column, listed in log_schema.LINK_COLUMNS.values()
        for event in ("insert", "delete")
    ]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for table in (*log_schema.DAILY, *log_schema.EXTRAS, "log_text_fts", "pupil_name_fts"):
        conn.execute(f"DROP TABLE {table}")
    for _column, listed in log_schema.LINK_COLUMNS.values():
        conn.execute(f"ALTER TABLE log_entries DROP COLUMN {listed}")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = 'smartklasse.log_reports' "
        "AND name != 'm001_log_filter_indexes'"
    )
    conn.commit()
    conn.close()


@pytest.fixture
def as_before_log_reports() -> FileRewind:
    """Strip a closed data file back to what the version before the log reports wrote:
    no summaries, search indexes or link lists, only the first log migration recorded."""
    return _as_before_log_reports


#: Children's names in every script the app must show and print (tests/data/names.txt).
NAMES_CORPUS: tuple[str, ...] = tuple(
    line.strip()
    for line in (Path(__file__).parent / "data" / "names.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


@pytest.fixture
def names_corpus() -> tuple[str, ...]:
    """The names corpus, at least 25 names."""
    return NAMES_CORPUS


#: Finds the accessible object named ``name`` under a widget, as a screen reader walks to it.
AccessibleFinder = Callable[[QWidget, str], QAccessibleInterface | None]


def _find_accessible(root: QAccessibleInterface, name: str) -> QAccessibleInterface | None:
    if root.object() is not None and root.object().objectName() == name:
        return root
    for index in range(root.childCount()):
        child = root.child(index)
        if child is not None and (found := _find_accessible(child, name)) is not None:
            return found
    return None


@pytest.fixture
def find_accessible() -> AccessibleFinder:
    """Walk the accessibility tree down from a widget to the object named ``name``."""

    def find(widget: QWidget, name: str) -> QAccessibleInterface | None:
        root = QAccessible.queryAccessibleInterface(widget)
        assert root is not None
        return _find_accessible(root, name)

    return find
