"""The character strengths (karakteregenskapene) and the shipped default catalogue."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from smartklasse.domain.texts import pick_text
from smartklasse.paths import resource


@dataclass(frozen=True)
class Strength:
    """One character strength: a stable id, a colour, a symbol and texts per language."""

    id: str
    position: int
    colour: str
    symbol: str
    names: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)
    hidden: bool = False
    custom: bool = False

    def name(self, lang: str) -> str:
        """The strength's name in ``lang`` (with fallback)."""
        return pick_text(self.names, lang)

    def description(self, lang: str) -> str:
        """The one-sentence, child-friendly description in ``lang`` (with fallback)."""
        return pick_text(self.descriptions, lang)


def load_default_strengths(folder: Path | None = None) -> list[Strength]:
    """Read the shipped catalogue: ``strengths.json`` plus every ``i18n/<lang>.json``.

    A language is added by dropping another ``i18n/<lang>.json`` file beside
    the others; no code changes are needed.
    """
    folder = folder or resource("strengths")
    base = json.loads((folder / "strengths.json").read_text(encoding="utf-8"))
    names: dict[str, dict[str, str]] = {}
    descriptions: dict[str, dict[str, str]] = {}
    for lang_file in sorted((folder / "i18n").glob("*.json")):
        data = json.loads(lang_file.read_text(encoding="utf-8"))
        lang = data.get("language") or lang_file.stem
        for sid, texts in data.get("strengths", {}).items():
            if texts.get("name"):
                names.setdefault(sid, {})[lang] = texts["name"]
            if texts.get("description"):
                descriptions.setdefault(sid, {})[lang] = texts["description"]
    return [
        Strength(
            id=item["id"],
            position=index,
            colour=item["colour"],
            symbol=item.get("symbol", ""),
            names=names.get(item["id"], {}),
            descriptions=descriptions.get(item["id"], {}),
        )
        for index, item in enumerate(base["strengths"])
    ]
