"""Texts that exist in several languages, such as a strength's name."""

from __future__ import annotations

from collections.abc import Mapping

FALLBACK_ORDER: tuple[str, ...] = ("nb", "nn", "en")


def pick_text(texts: Mapping[str, str], lang: str) -> str:
    """Return the text in ``lang``, falling back to bokmål, nynorsk, English, then any."""
    if texts.get(lang):
        return texts[lang]
    for fallback in FALLBACK_ORDER:
        if texts.get(fallback):
            return texts[fallback]
    return next((t for t in texts.values() if t), "")
