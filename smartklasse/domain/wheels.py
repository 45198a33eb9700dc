"""The SMART wheels (SMARThjulet): blue, green and red, 8 everyday tasks each."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from smartklasse.domain.texts import pick_text
from smartklasse.paths import resource

MIN_TASKS = 4
MAX_TASKS = 12


@dataclass(frozen=True)
class WheelTask:
    """One task on a wheel, such as "Hold opp døren for andre."."""

    id: str
    wheel_id: str
    position: int
    texts: Mapping[str, str] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The task's text in ``lang`` (with fallback)."""
        return pick_text(self.texts, lang)


@dataclass(frozen=True)
class Wheel:
    """A wheel: a name, a colour and its tasks in order."""

    id: str
    position: int
    colour: str
    names: Mapping[str, str] = field(default_factory=dict)
    tasks: tuple[WheelTask, ...] = ()
    builtin: bool = False

    def name(self, lang: str) -> str:
        """The wheel's name in ``lang`` (with fallback)."""
        return pick_text(self.names, lang)


def load_default_wheels(path: Path | None = None) -> list[Wheel]:
    """Read the shipped wheels (the seed's SMARThjulet) from ``resources/wheels``."""
    path = path or resource("wheels", "wheels.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    wheels = []
    for w_index, item in enumerate(data["wheels"]):
        tasks = tuple(
            WheelTask(id=t["id"], wheel_id=item["id"], position=t_index, texts=t["text"])
            for t_index, t in enumerate(item["tasks"])
        )
        wheels.append(
            Wheel(
                id=item["id"],
                position=w_index,
                colour=item["colour"],
                names=item["names"],
                tasks=tasks,
                builtin=True,
            )
        )
    return wheels
