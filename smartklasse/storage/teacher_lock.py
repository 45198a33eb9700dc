"""The teacher lock file: the PIN hash, pupil mode and wrong tries, beside the settings.

It lives in ``data_dir/teacher-lock.json``, outside the database and the
settings, so it is never in a backup or an export. Deleting this file (which
needs the teacher's computer account) removes the PIN: that is the
documented recovery for a forgotten PIN (docs/teacher-lock.md).

A file that is there but cannot be read (empty, cut off, edited by hand)
fails safe: pupil mode stays on and no PIN opens it, so a pupil cannot
unlock the app by damaging the file; :attr:`TeacherLock.damaged` tells the
teacher how to reset it. The file is then never written over.
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
        #: True when the lock file is there but cannot be read: pupil mode stays on.
        self.damaged = False
        self.state = self._load()

    def _load(self) -> TeacherLockState:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return TeacherLockState()
        except (OSError, ValueError):
            return self._fail_safe()
        if not isinstance(data, dict):
            return self._fail_safe()
        state = TeacherLockState()
        for key, default in asdict(state).items():
            value = data.get(key, default)
            if isinstance(value, type(default)) or (
                isinstance(default, float) and isinstance(value, int)
            ):
                setattr(state, key, type(default)(value))
            else:
                return self._fail_safe()
        if state.pin_hash and not pin_rules.looks_like_hash(state.pin_hash):
            return self._fail_safe()
        # A saved wait never runs past a minute from now (a wrong clock, an edited file).
        state.wait_until = min(state.wait_until, self._clock() + pin_rules.MAX_WAIT_SECONDS)
        return state

    def _fail_safe(self) -> TeacherLockState:
        self.damaged = True
        return TeacherLockState(pupil_mode=True)

    def _save(self) -> None:
        if self.damaged:
            return  # the damaged file stays as it is until the teacher deletes it
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
        return self.damaged or bool(self.state.pin_hash)

    @property
    def pupil_mode(self) -> bool:
        """True while the app is in pupil mode (remembered across restarts)."""
        return self.damaged or (self.has_pin and self.state.pupil_mode)

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
        if self.damaged or not self.has_pin or self.seconds_to_wait() > 0:
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
