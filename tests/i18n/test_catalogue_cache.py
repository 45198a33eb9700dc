"""The compiled-catalogue cache speeds up start-up without ever showing stale translations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smartklasse import i18n

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Class:"
msgstr "{text}"
"""


@pytest.fixture
def po_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-message bokmål catalogue in a private translations folder and cache folder."""
    folder = tmp_path / "translations" / "nb" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    path = folder / "messages.po"
    path.write_text(PO.format(text="Klasse:"), encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "translations")
    monkeypatch.setenv("SMARTKLASSE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(i18n, "_translations", {})
    return path


def _fresh_translation(message: str) -> str:
    i18n._translations.clear()  # as a new start of the app would
    return i18n.translate_in("nb", message)


def test_translation_is_cached_and_used_on_the_next_start(po_file: Path, tmp_path: Path) -> None:
    # The second start reads the compiled cache and still shows the bokmål text.
    assert _fresh_translation("Class:") == "Klasse:"
    cached = list((tmp_path / "cache" / "translations").glob("nb-*.mo"))
    assert len(cached) == 1
    assert _fresh_translation("Class:") == "Klasse:"


def test_edited_catalogue_is_recompiled_not_served_stale(po_file: Path, tmp_path: Path) -> None:
    # A translator fixes a text and restarts: the fix shows, and the old cache file is gone.
    assert _fresh_translation("Class:") == "Klasse:"
    po_file.write_text(PO.format(text="Klassen:"), encoding="utf-8")
    stat = po_file.stat()
    os.utime(po_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert _fresh_translation("Class:") == "Klassen:"
    assert len(list((tmp_path / "cache" / "translations").glob("nb-*.mo"))) == 1


def test_unwritable_cache_still_translates(
    po_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A locked-down school PC where the cache folder cannot be created still gets bokmål.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("SMARTKLASSE_CACHE_DIR", str(blocker / "cache"))
    assert _fresh_translation("Class:") == "Klasse:"
