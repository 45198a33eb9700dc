"""The user's settings: a small JSON file beside the database, readable before it opens."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from smartklasse.i18n import DEFAULT_LANGUAGE, normalise_language


@dataclass
class Settings:
    """What the teacher chose; every field has a sensible default."""

    language: str = DEFAULT_LANGUAGE
    active_class_id: str = ""
    sound: bool = False
    reduced_motion: bool = False
    second_language: str = ""
    ui_scale: float = 1.0
    #: Delete log entries older than this many months at start; 0 keeps everything.
    retention_months: int = 0
    #: The window as the teacher left it (0 × 0: never closed yet), the page and the wheel shown.
    window_width: int = 0
    window_height: int = 0
    window_maximised: bool = False
    last_page: str = ""
    wheel_id: str = ""

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or damaged file gives the defaults."""
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        defaults = cls()
        for key, value in data.items():
            if key in known and isinstance(value, type(getattr(defaults, key))):
                kwargs[key] = value
        settings = cls(**kwargs)
        settings.language = normalise_language(settings.language)
        return settings

    def save(self, path: Path) -> None:
        """Write settings atomically, so a crash never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
