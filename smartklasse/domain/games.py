"""Games and exercises: a goal, what to talk about before, how it goes, what to ask after.

The rhythm is SMART Senteret's (see its game "Navnebølgen"): an activity, then a talk about
which strengths were in use, in three steps: IRP (Individuell – Relasjon – Plenum).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from smartklasse.domain.texts import FALLBACK_ORDER
from smartklasse.paths import resource


class Space(enum.Enum):
    """The room a game needs."""

    DESKS = "desks"
    FLOOR = "floor"
    HALL = "hall"
    OUTDOORS = "outdoors"


class Step(enum.Enum):
    """The steps a game is shown in, full screen, one after the other."""

    GOAL = "goal"
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"
    IRP = "irp"


#: The fields of a game's text, each one a step or part of one.
TEXT_FIELDS = ("title", "goal", "before", "during", "after", "individual", "pair", "plenary")


@dataclass(frozen=True)
class GameText:
    """A game's texts in one language."""

    title: str
    goal: str
    before: str
    during: str
    after: str
    individual: str
    pair: str
    plenary: str

    def as_dict(self) -> dict[str, str]:
        """The texts by field name."""
        return {name: getattr(self, name) for name in TEXT_FIELDS}


@dataclass(frozen=True)
class Game:
    """A game or exercise in the library."""

    id: str
    minutes: int
    space: Space
    texts: Mapping[str, GameText] = field(default_factory=dict)
    builtin: bool = False
    position: int = 0
    #: Who the game comes from, shown with it ("SMART Senteret" for Navnebølgen).
    credit: str = ""

    def text(self, lang: str) -> GameText:
        """The game's texts in ``lang``, falling back to bokmål, nynorsk, English, then any."""
        for code in (lang, *FALLBACK_ORDER):
            if code in self.texts:
                return self.texts[code]
        return next(iter(self.texts.values()))


#: The question after every game (SMART: "Hvilke egenskaper var i bruk?").
AFTER_QUESTION = "Which strengths were in use?"


def game_text_from_data(data: Mapping[str, object]) -> GameText:
    """A game's texts in one language from ``{field: text}`` (missing fields are empty)."""
    return GameText(**{name: str(data.get(name, "") or "") for name in TEXT_FIELDS})


def load_default_games(path: Path | None = None) -> list[Game]:
    """Read the shipped game library from ``resources/year``."""
    path = path or resource("year", "games.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Game(
            id=item["id"],
            minutes=int(item["minutes"]),
            space=Space(item["space"]),
            texts={lang: game_text_from_data(t) for lang, t in item["text"].items()},
            builtin=True,
            position=index,
            credit=item.get("credit", ""),
        )
        for index, item in enumerate(data["games"])
    ]
