"""Translations and locale-aware formatting, free of Qt.

Messages are written in English in the code and translated through Babel
catalogues in ``translations/<lang>/LC_MESSAGES/messages.po``. The catalogues
are compiled in memory when a language is chosen, so no manual compile step is
ever needed. Nothing is installed into builtins: modules import ``_`` from here.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from smartklasse.paths import TRANSLATIONS_DIR

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
#: Babel locale used for dates and numbers for each UI language.
BABEL_LOCALES: dict[str, str] = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
#: Each language's own name, shown in the language picker.
LANGUAGE_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}

_lock = threading.Lock()
_current = DEFAULT_LANGUAGE
_translations: dict[str, gettext.NullTranslations] = {}
_listeners: list[Callable[[str], None]] = []


def _load(lang: str) -> gettext.NullTranslations:
    """Compile a language's .po catalogue in memory and cache the result."""
    with _lock:
        cached = _translations.get(lang)
        if cached is not None:
            return cached
        folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
        translations: gettext.NullTranslations
        catalog = read_catalogue_files(lang, sorted(folder.glob("*.po")))
        if catalog is not None:
            buf = io.BytesIO()
            write_mo(buf, catalog, use_fuzzy=False)
            buf.seek(0)
            translations = gettext.GNUTranslations(buf)
        else:
            translations = gettext.NullTranslations()
        _translations[lang] = translations
        return translations


def read_catalogue_files(lang: str, paths: list[Path]) -> Catalog | None:
    """Read and merge a language's .po files (``messages.po`` first); None if there are none.

    A feature may keep its messages in a .po file of its own beside
    ``messages.po``; the first non-empty translation of a message wins.
    """
    paths = sorted(paths, key=lambda p: (p.name != "messages.po", p.name))
    merged: Catalog | None = None
    for path in paths:
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=BABEL_LOCALES[lang])
        if merged is None:
            merged = catalog
            continue
        for message in catalog:
            if not message.id:
                continue
            existing = merged.get(message.id, context=message.context)
            if existing is None:
                merged[message.id] = message
            elif not _is_translated(existing.string):
                existing.string = message.string
    return merged


def _is_translated(string: object) -> bool:
    if isinstance(string, tuple | list):
        return all(string)
    return bool(string)


def normalise_language(lang: str | None) -> str:
    """Map a user or system language tag to one we ship (``no``/``nb_NO`` -> ``nb``)."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("-", "_").split("_")[0].lower()
    if code in ("no", "nob"):
        code = "nb"
    if code == "nno":
        code = "nn"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> str:
    """Make ``lang`` the current language for ``_()`` and the formatters; return it."""
    global _current
    lang = normalise_language(lang)
    _load(lang)
    changed = lang != _current
    _current = lang
    if changed:
        for listener in list(_listeners):
            listener(lang)
    return lang


def current_language() -> str:
    """Return the current UI language code (``nb``, ``nn`` or ``en``)."""
    return _current


def babel_locale(lang: str | None = None) -> Locale:
    """Return the Babel locale for a UI language (the current one by default)."""
    return Locale.parse(BABEL_LOCALES[lang or _current])


def add_language_listener(listener: Callable[[str], None]) -> None:
    """Call ``listener(lang)`` whenever the language changes."""
    _listeners.append(listener)


def remove_language_listener(listener: Callable[[str], None]) -> None:
    """Stop calling a listener added with :func:`add_language_listener`."""
    if listener in _listeners:
        _listeners.remove(listener)


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _load(_current).gettext(message)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext name
    """Mark ``message`` for extraction without translating it yet."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a plural form chosen by ``n``."""
    return _load(_current).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` in a disambiguating ``context``."""
    return _load(_current).pgettext(context, message)


def translate_in(lang: str, message: str) -> str:
    """Translate ``message`` into a given language, whatever the current one is."""
    return _load(normalise_language(lang)).gettext(message)


def format_date(value: dt.date, fmt: str = "full", lang: str | None = None) -> str:
    """Format a date in the current language, e.g. ``mandag 3. mars 2025``."""
    return babel_dates.format_date(value, format=fmt, locale=babel_locale(lang))


def format_datetime(value: dt.datetime, fmt: str = "medium", lang: str | None = None) -> str:
    """Format a date and time in the current language."""
    return babel_dates.format_datetime(value, format=fmt, locale=babel_locale(lang))


def format_date_range(start: dt.date, end: dt.date, lang: str | None = None) -> str:
    """Format a period such as ``3.–7. mars 2025`` in the current language."""
    return babel_dates.format_interval(start, end, skeleton="yMMMd", locale=babel_locale(lang))


def format_number(value: int | float | Decimal, lang: str | None = None) -> str:
    """Format a number with the current language's separators."""
    return babel_numbers.format_decimal(value, locale=babel_locale(lang))
