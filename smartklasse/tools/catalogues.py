"""Keep the translation catalogues in step with the source.

``python -m smartklasse.tools.catalogues`` extracts every ``_()``, ``N_()``,
``ngettext()`` and ``pgettext()`` message into ``translations/messages.pot``
and merges it into the nb, nn and en catalogues. New messages arrive
untranslated in nb and nn (a test fails until someone translates them); the
English catalogue takes the English source text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from smartklasse.i18n import BABEL_LOCALES, LANGUAGES, read_catalogue_files
from smartklasse.paths import PACKAGE_DIR, TRANSLATIONS_DIR

KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def extract() -> Catalog:
    """Extract the messages of the ``smartklasse`` package into a template catalogue."""
    template = Catalog(project="SMART klasse", msgid_bugs_address="", fuzzy=False)
    method_map = [("**/tools/**.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE_DIR), method_map=method_map, keywords=KEYWORDS, comment_tags=("NOTE:",)
    ):
        path = Path("smartklasse") / filename
        template.add(
            message, None, [(path.as_posix(), lineno)], auto_comments=comments, context=context
        )
    return template


def po_path(lang: str) -> Path:
    """Return the path of a language's catalogue."""
    return TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"


def read_all(lang: str) -> Catalog:
    """Read every .po file of a language merged, as the app loads them."""
    folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
    merged = read_catalogue_files(lang, sorted(folder.glob("*.po")))
    return merged if merged is not None else Catalog(locale=BABEL_LOCALES[lang])


def feature_ids(lang: str) -> set[object]:
    """Message ids translated in a language's feature .po files (all but messages.po)."""
    folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
    others = [p for p in folder.glob("*.po") if p.name != "messages.po"]
    merged = read_catalogue_files(lang, others) if others else None
    return {(m.id, m.context) for m in merged if m.id} if merged is not None else set()


def read_catalogue(lang: str) -> Catalog:
    """Read a language's messages.po (an empty catalogue if it does not exist yet)."""
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=BABEL_LOCALES[lang], project="SMART klasse", fuzzy=False)
    with path.open("rb") as fh:
        return read_po(fh, locale=BABEL_LOCALES[lang])


def update() -> None:
    """Write messages.pot and merge it into every language's catalogue."""
    template = extract()
    TRANSLATIONS_DIR.mkdir(exist_ok=True)
    with (TRANSLATIONS_DIR / "messages.pot").open("wb") as fh:
        write_po(fh, template, omit_header=False, sort_output=True, width=100)
    for lang in LANGUAGES:
        catalogue = read_catalogue(lang)
        elsewhere = feature_ids(lang)
        own = Catalog(locale=BABEL_LOCALES[lang])
        for message in template:
            if message.id and (message.id, message.context) not in elsewhere:
                own[message.id] = message
        catalogue.update(own, no_fuzzy_matching=True)
        catalogue.obsolete.clear()
        if lang == "en":
            for message in catalogue:
                if not message.id:
                    continue
                if isinstance(message.id, tuple | list):
                    strings = message.string
                    if not (isinstance(strings, tuple | list) and all(strings)):
                        message.string = tuple(message.id)
                elif not message.string:
                    message.string = message.id
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(
                fh, catalogue, sort_output=True, width=100, no_location=True, include_previous=False
            )


def untranslated(lang: str) -> list[str]:
    """Return the msgids of the current source that ``lang`` does not translate."""
    catalogue = read_all(lang)
    missing = []
    for message in extract():
        if not message.id:
            continue
        found = catalogue.get(message.id, context=message.context)
        strings = found.string if found is not None else None
        ok = all(strings) if isinstance(strings, tuple | list) else bool(strings)
        if found is None or not ok or found.fuzzy:
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def consolidate() -> None:
    """Fold every feature .po file into messages.po and remove the feature files."""
    for lang in LANGUAGES:
        merged = read_all(lang)
        folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
        for path in folder.glob("*.po"):
            if path.name != "messages.po":
                path.unlink()
        with po_path(lang).open("wb") as fh:
            write_po(fh, merged, sort_output=True, width=100, no_location=True)
    update()


if __name__ == "__main__":
    if "--consolidate" in sys.argv:
        consolidate()
    elif "--check" not in sys.argv:
        update()
    for code in LANGUAGES:
        todo = untranslated(code)
        print(f"{code}: {len(todo)} untranslated", file=sys.stderr)
        for msgid in todo:
            print(f"  {msgid!r}", file=sys.stderr)
