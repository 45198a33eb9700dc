"""Pupils' names: cleaning what a teacher pastes or imports, in any script."""

from __future__ import annotations

import unicodedata

#: Longest name we keep. Long enough for any real full name in any script.
MAX_NAME_LENGTH = 80

# Bidi controls and invisible characters: they can reverse or hide what a name shows
# (bidi overrides), or make two names look the same, so they are removed anywhere in a
# name. The zero-width (non-)joiners stay: Persian, Indic scripts and emoji need them.
_INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)


def clean_name(raw: str) -> str:
    """Return ``raw`` as a tidy name: NFC, no control characters, single spaces.

    Letters of every script, combining marks and emoji (with their joiners)
    are kept; tabs, newlines and other control characters become spaces;
    bidi controls and invisible characters are removed.
    """
    text = unicodedata.normalize("NFC", raw)
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in _INVISIBLE:
            continue
        if category in ("Cc", "Zl", "Zp") or (category == "Zs" and ch != " "):
            chars.append(" ")
        else:
            chars.append(ch)
    text = " ".join("".join(chars).split(" "))
    text = " ".join(text.split())
    return text.strip(" ")


def name_key(name: str) -> str:
    """Return the key two names are compared by: case- and width-insensitive."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()


def is_too_long(name: str) -> bool:
    """True when a cleaned name is longer than :data:`MAX_NAME_LENGTH` characters."""
    return len(name) > MAX_NAME_LENGTH
