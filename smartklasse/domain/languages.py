"""The languages the strength catalogue is available in, and how their script runs.

A language is added by dropping ``resources/strengths/i18n/<code>.json``
beside the others: its name and writing direction come from the Unicode
CLDR data Babel ships, so no code change is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale, UnknownLocaleError

from smartklasse.paths import resource

#: Scripts written right to left, used when Babel does not know a language.
RTL_LANGUAGES: frozenset[str] = frozenset(
    {"ar", "fa", "ur", "he", "ps", "ckb", "dv", "yi", "sd", "ug", "prs"}
)
#: The app's own languages come first in pickers, in this order.
FIRST_LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")


def catalogue_languages(folder: Path | None = None) -> list[str]:
    """The codes of every language with a strength catalogue file, nb/nn/en first."""
    folder = folder or resource("strengths", "i18n")
    codes: list[str] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a broken file must not stop the app; that language is just missing
        code = str(data.get("language") or path.stem) if isinstance(data, dict) else ""
        if code and code not in codes:
            codes.append(code)
    first = [c for c in FIRST_LANGUAGES if c in codes]
    return first + sorted(c for c in codes if c not in FIRST_LANGUAGES)


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def is_right_to_left(code: str) -> bool:
    """True if ``code``'s script is written from right to left (Arabic, Persian, Hebrew...)."""
    locale = _locale(code)
    if locale is not None:
        return locale.character_order == "right-to-left"
    return code.split("_")[0].split("-")[0].lower() in RTL_LANGUAGES


def native_name(code: str) -> str:
    """The language's name in itself ("العربية", "polski"), capitalised for a list."""
    locale = _locale(code)
    name = locale.get_display_name(code.replace("-", "_")) if locale is not None else None
    if not name:
        return code
    return name[:1].upper() + name[1:]
