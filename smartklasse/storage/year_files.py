"""Strict reading of shared calendar and game files (validated like wheel files).

A file is small JSON with a ``format`` and a ``version``. Everything is checked before
anything is written: a broken or hostile file raises :class:`YearFileError` with a
``reason`` for the UI to word, and the database is not touched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

#: A real calendar or game file is a few kilobytes; anything far larger is not one.
MAX_FILE_BYTES = 64 * 1024
MAX_NAME_LENGTH = 60
MAX_TEXT_LENGTH = 400
_LANG = re.compile(r"^[a-z]{2,3}$")


class YearFileError(ValueError):
    """A calendar or game file (or draft) cannot be used; ``reason`` says why."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def clean(text: object, limit: int, reason: str) -> str:
    """One line of user text: NFC, no control or format characters, spaces collapsed."""
    if not isinstance(text, str):
        raise YearFileError(reason, "not text")
    text = unicodedata.normalize("NFC", text)
    # Control characters (also bidi overrides) have no place on a projector.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    text = " ".join(text.split())
    if len(text) > limit:
        raise YearFileError(reason, "too long")
    return text


def texts(value: object, limit: int, reason: str, *, required: bool = True) -> dict[str, str]:
    """Texts by language code, cleaned; at least one unless ``required`` is False."""
    if not isinstance(value, Mapping):
        raise YearFileError(reason, "no texts")
    cleaned: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise YearFileError(reason, "bad language code")
        line = clean(text, limit, reason)
        if line:
            cleaned[lang] = line
    if required and not cleaned:
        raise YearFileError(reason, "empty")
    return cleaned


def read_file(data: bytes, file_format: str, version: int) -> dict[str, Any]:
    """The JSON object of a file of ``file_format``, after the size, format and version checks."""
    if len(data) > MAX_FILE_BYTES:
        raise YearFileError("too_large")
    try:
        parsed: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise YearFileError("not_json", str(exc)) from exc
    if not isinstance(parsed, dict) or parsed.get("format") != file_format:
        raise YearFileError("wrong_format")
    found = parsed.get("version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise YearFileError("wrong_format", "version")
    if found > version:
        raise YearFileError("newer_version")
    return parsed


def write_file(file_format: str, version: int, body: Mapping[str, object]) -> bytes:
    """The bytes of a file of ``file_format`` holding ``body``."""
    data = {"format": file_format, "version": version, **body}
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
