"""Shared fixtures: offscreen Qt, a fresh data folder per test, bokmål by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

import pytest
from sqlite_utils import Database

from smartklasse import i18n
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database


@pytest.fixture(autouse=True)
def _bokmal() -> Iterator[None]:
    """Every test starts in bokmål, the app's default, and leaves it so."""
    i18n.set_language("nb")
    yield
    i18n.set_language("nb")


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
