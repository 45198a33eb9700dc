"""The teacher's PIN: only a salted slow hash is kept, and wrong guesses slow down."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from smartklasse.domain import pin
from smartklasse.storage.teacher_lock import LOCK_FILE_NAME, TeacherLock


@pytest.mark.parametrize("text", ["1234", "12345678", "0000"])
def test_valid_pins(text: str) -> None:
    # 4 to 8 digits are accepted.
    assert pin.is_valid_pin(text)


@pytest.mark.parametrize("text", ["", "123", "123456789", "12a4", "١٢٣٤", " 1234", "12.4"])
def test_invalid_pins(text: str) -> None:
    # Too short, too long, letters, non-ASCII digits and spaces are refused.
    assert not pin.is_valid_pin(text)
    with pytest.raises(ValueError):
        pin.hash_pin(text)


def test_hash_is_salted_and_verifies() -> None:
    # The same PIN hashes differently each time, and only the right PIN matches.
    first, second = pin.hash_pin("4711"), pin.hash_pin("4711")
    assert first != second
    assert "4711" not in first
    assert first.startswith("scrypt$")
    assert pin.verify_pin("4711", first) and pin.verify_pin("4711", second)
    assert not pin.verify_pin("4712", first)
    assert not pin.verify_pin("47110", first)
    assert not pin.verify_pin("abc", first)


def test_tampered_hash_never_matches() -> None:
    # A lock file edited by hand does not open the lock.
    assert not pin.verify_pin("1234", "")
    assert not pin.verify_pin("1234", "plain$1234")
    assert not pin.verify_pin("1234", "scrypt$x$8$1$abc$def")


def test_waits_grow_after_free_tries() -> None:
    # A typo or two costs nothing; after that each wrong try doubles the wait, up to a cap.
    waits = [pin.wait_after_failures(n) for n in range(1, 12)]
    assert waits[:2] == [0.0, 0.0]
    assert all(later >= earlier for earlier, later in itertools.pairwise(waits))
    assert waits[3] > waits[2] > 0
    assert pin.wait_after_failures(100) == pin.MAX_WAIT_SECONDS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_lock_file_keeps_hash_only_and_counts_failures(tmp_path: Path) -> None:
    # The PIN never reaches the disk in clear; wrong tries persist across a restart.
    clock = FakeClock()
    lock = TeacherLock(tmp_path, clock)
    lock.set_pin("2468")
    text = (tmp_path / LOCK_FILE_NAME).read_text()
    assert "2468" not in text
    for _ in range(pin.FREE_TRIES):
        assert not lock.check("0000")
    wait = lock.seconds_to_wait()
    assert wait > 0
    again = TeacherLock(tmp_path, clock)  # the app was restarted to dodge the wait
    assert again.seconds_to_wait() == wait
    assert not again.check("2468")  # not even the right PIN is checked while waiting
    clock.now += wait
    assert again.check("2468")
    assert json.loads((tmp_path / LOCK_FILE_NAME).read_text())["failures"] == 0


def test_pupil_mode_needs_pin_and_survives_restart(tmp_path: Path) -> None:
    # Pupil mode is remembered, so restarting the app does not unlock it.
    lock = TeacherLock(tmp_path)
    with pytest.raises(ValueError):
        lock.set_pupil_mode(True)
    lock.set_pin("1357")
    lock.set_pupil_mode(True)
    assert TeacherLock(tmp_path).pupil_mode
    lock.remove_pin()
    assert not TeacherLock(tmp_path).pupil_mode
    assert not TeacherLock(tmp_path).has_pin


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"pin_hash": 5}', b'{"pin_hash": "x", "pupil_mode": true}'],
    ids=["empty", "cut-off", "not-an-object", "wrong-type", "not-a-hash"],
)
def test_damaged_lock_file_keeps_pupil_mode_on(tmp_path: Path, content: bytes) -> None:
    # A lock file that cannot be read fails safe: pupil mode stays on, no PIN opens it,
    # the teacher is told (damaged), and the file is left as it was for the teacher to
    # delete (the documented reset). A pupil gains nothing by damaging it.
    path = tmp_path / LOCK_FILE_NAME
    path.write_bytes(content)
    lock = TeacherLock(tmp_path)
    assert lock.damaged
    assert lock.pupil_mode and lock.has_pin
    assert not lock.check("2468")
    lock.set_pupil_mode(False)
    assert TeacherLock(tmp_path).pupil_mode
    assert path.read_bytes() == content


def test_missing_lock_file_means_no_pin(tmp_path: Path) -> None:
    # Deleting the file is the reset: no PIN, pupil mode off, nothing damaged.
    lock = TeacherLock(tmp_path)
    assert not lock.damaged and not lock.has_pin and not lock.pupil_mode


def test_pupils_cannot_stretch_the_wait_past_a_minute(tmp_path: Path) -> None:
    # However many wrong PINs pupils type, the teacher waits a minute at most, also after
    # a restart and with a lock file whose saved wait was edited to lock the teacher out.
    clock = FakeClock()
    lock = TeacherLock(tmp_path, clock)
    lock.set_pin("2468")
    for _ in range(40):
        lock.check("0000")
        assert lock.seconds_to_wait() <= 60
        clock.now += lock.seconds_to_wait()
    assert not lock.check("0000")
    assert 0 < lock.seconds_to_wait() <= 60
    data = json.loads((tmp_path / LOCK_FILE_NAME).read_text())
    data["wait_until"] = clock.now + 30 * 24 * 3600
    (tmp_path / LOCK_FILE_NAME).write_text(json.dumps(data))
    again = TeacherLock(tmp_path, clock)
    assert 0 < again.seconds_to_wait() <= 60
    clock.now += 60
    assert again.check("2468")
