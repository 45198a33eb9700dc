"""The teacher lock file: the PIN hash, pupil mode and wrong tries, beside the settings.

It lives in ``data_dir/teacher-lock.json``, outside the database and the
settings, so it is never in a backup or an export. Deleting this file (which
needs the teacher's computer account) removes the PIN: that is the
documented recovery for a forgotten PIN.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from smartklasse.domain import pin as pin_rules

LOCK_FILE_NAME = "teacher-lock.json"


@dataclass
class TeacherLockState:
    """What the lock file holds."""

    pin_hash: str = ""
    pupil_mode: bool = False
    failures: int = 0
    #: Unix time before which no PIN is checked (the wait after wrong tries).
    wait_until: float = 0.0


class TeacherLock:
    """Checks and changes the PIN, keeping its state in the lock file."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / LOCK_FILE_NAME
        self._clock = clock
        self.state = self._load()

    def _load(self) -> TeacherLockState:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return TeacherLockState()
        if not isinstance(data, dict):
            return TeacherLockState()
        state = TeacherLockState()
        for key, default in asdict(state).items():
            value = data.get(key, default)
            if isinstance(value, type(default)) or (
                isinstance(default, float) and isinstance(value, int)
            ):
                setattr(state, key, type(default)(value))
        return state

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".teacher-lock-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self.state), fh, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @property
    def has_pin(self) -> bool:
        """True once the teacher has set a PIN."""
        return bool(self.state.pin_hash)

    @property
    def pupil_mode(self) -> bool:
        """True while the app is in pupil mode (remembered across restarts)."""
        return self.has_pin and self.state.pupil_mode

    def set_pupil_mode(self, on: bool) -> None:
        """Enter or leave pupil mode; entering needs a PIN to be set."""
        if on and not self.has_pin:
            raise ValueError("set a PIN before entering pupil mode")
        self.state.pupil_mode = on
        self._save()

    def seconds_to_wait(self) -> float:
        """How long until the next PIN may be tried (0 when it may be tried now)."""
        return max(0.0, self.state.wait_until - self._clock())

    def check(self, pin: str) -> bool:
        """Check a PIN; wrong ones are counted and make the next try wait.

        Returns False without checking while a wait is running.
        """
        if not self.has_pin or self.seconds_to_wait() > 0:
            return False
        if pin_rules.verify_pin(pin, self.state.pin_hash):
            if self.state.failures:
                self.state.failures = 0
                self.state.wait_until = 0.0
                self._save()
            return True
        self.state.failures += 1
        self.state.wait_until = self._clock() + pin_rules.wait_after_failures(self.state.failures)
        self._save()
        return False

    def set_pin(self, pin: str) -> None:
        """Set or change the PIN (the caller has already checked the old one)."""
        self.state.pin_hash = pin_rules.hash_pin(pin)
        self.state.failures = 0
        self.state.wait_until = 0.0
        self._save()

    def remove_pin(self) -> None:
        """Remove the PIN; pupil mode ends with it."""
        self.state = TeacherLockState()
        self._save()
