"""Translations and locale-aware formatting, free of Qt.

Messages are written in English in the code and translated through Babel
catalogues in ``translations/<lang>/LC_MESSAGES/messages.po``. The catalogues
are compiled when a language is first chosen (and the result cached in the
user's cache folder), so no manual compile step is ever needed. Nothing is
installed into builtins: modules import ``_`` from here.
"""

from __future__ import annotations

import datetime as dt
import gettext
import hashlib
import io
import os
import tempfile
import threading
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from smartklasse.paths import TRANSLATIONS_DIR, cache_dir

if TYPE_CHECKING:
    from babel import Locale
    from babel.messages.catalog import Catalog

# Babel is imported where it is used: at start-up the compiled catalogue comes
# from the cache, and the first page may format no date at all.

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
#: Babel locale used for dates and numbers for each UI language.
BABEL_LOCALES: dict[str, str] = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
#: Each language's own name, shown in the language picker.
LANGUAGE_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}

_lock = threading.Lock()
_current = DEFAULT_LANGUAGE
_translations: dict[str, gettext.NullTranslations] = {}


def _load(lang: str) -> gettext.NullTranslations:
    """Return a language's translations, compiling its .po files on first use."""
    with _lock:
        cached = _translations.get(lang)
        if cached is not None:
            return cached
        folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
        compiled = compiled_catalogue(lang, sorted(folder.glob("*.po")))
        translations: gettext.NullTranslations
        if compiled is not None:
            translations = gettext.GNUTranslations(io.BytesIO(compiled))
        else:
            translations = gettext.NullTranslations()
        _translations[lang] = translations
        return translations


#: Bump when the way catalogues are compiled changes, so old cache files are ignored.
_CACHE_FORMAT = "2"


def compiled_catalogue(lang: str, paths: list[Path]) -> bytes | None:
    """The .mo bytes of a language's merged .po files; None if there are none.

    Parsing .po files takes Babel longer than the rest of start-up's own work,
    so the result is kept in the user's cache folder, keyed by each file's
    name, size and modification time: an edited catalogue is recompiled.
    """
    if not paths:
        return None
    key = hashlib.sha256(_CACHE_FORMAT.encode())
    for path in sorted(paths):
        stat = path.stat()
        key.update(f"|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    folder = cache_dir() / "translations"
    cache_file = folder / f"{lang}-{key.hexdigest()[:20]}.mo"
    try:
        return cache_file.read_bytes()
    except OSError:
        pass
    from babel.messages.mofile import write_mo

    catalog = read_catalogue_files(lang, paths)
    if catalog is None:
        return None
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    compiled = buf.getvalue()
    _write_cache(cache_file, compiled)
    return compiled


def _write_cache(cache_file: Path, data: bytes) -> None:
    # A cache that cannot be written (read-only home, full disk) only costs speed.
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for stale in cache_file.parent.glob(cache_file.name.split("-")[0] + "-*.mo"):
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, cache_file)
    except OSError:
        pass


def read_catalogue_files(lang: str, paths: list[Path]) -> Catalog | None:
    """Read and merge a language's .po files (``messages.po`` first); None if there are none.

    A feature may keep its messages in a .po file of its own beside
    ``messages.po``; the first non-empty translation of a message wins.
    """
    from babel.messages.pofile import read_po

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
    _current = lang
    return lang


def current_language() -> str:
    """Return the current UI language code (``nb``, ``nn`` or ``en``)."""
    return _current


def babel_locale(lang: str | None = None) -> Locale:
    """Return the Babel locale for a UI language (the current one by default)."""
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[lang or _current])


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
    from babel import dates as babel_dates

    return babel_dates.format_date(value, format=fmt, locale=babel_locale(lang))


def format_datetime(value: dt.datetime, fmt: str = "medium", lang: str | None = None) -> str:
    """Format a date and time in the current language."""
    from babel import dates as babel_dates

    return babel_dates.format_datetime(value, format=fmt, locale=babel_locale(lang))


def format_date_range(start: dt.date, end: dt.date, lang: str | None = None) -> str:
    """Format a period such as ``3.–7. mars 2025`` in the current language."""
    from babel import dates as babel_dates

    return babel_dates.format_interval(start, end, skeleton="yMMMd", locale=babel_locale(lang))


def format_number(value: int | float | Decimal, lang: str | None = None) -> str:
    """Format a number with the current language's separators."""
    from babel import numbers as babel_numbers

    return babel_numbers.format_decimal(value, locale=babel_locale(lang))
