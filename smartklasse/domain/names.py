"""Pupils' names: cleaning what a teacher pastes or imports, in any script."""

from __future__ import annotations

import unicodedata

#: Longest name we keep. Long enough for any real full name in any script.
MAX_NAME_LENGTH = 80

# Bidi and zero-width marks that are meaningless at the ends of a name.
_EDGE_MARKS = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def clean_name(raw: str) -> str:
    """Return ``raw`` as a tidy name: NFC, no control characters, single spaces.

    Letters of every script, combining marks and emoji (with their joiners)
    are kept; tabs, newlines and other control characters become spaces.
    """
    text = unicodedata.normalize("NFC", raw)
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp") or (category == "Zs" and ch != " "):
            chars.append(" ")
        else:
            chars.append(ch)
    text = " ".join("".join(chars).split(" "))
    text = " ".join(text.split())
    return text.strip(_EDGE_MARKS + " ")


def name_key(name: str) -> str:
    """Return the key two names are compared by: case- and width-insensitive."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()


def is_too_long(name: str) -> bool:
    """True when a cleaned name is longer than :data:`MAX_NAME_LENGTH` characters."""
    return len(name) > MAX_NAME_LENGTH
