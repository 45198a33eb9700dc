"""The teacher's PIN: format rules, a salted slow hash, and the wait after wrong tries.

The PIN is never kept in clear: only ``scrypt(pin, salt)`` is stored, and a
guess is compared in constant time. Each wrong guess after the first few
makes the next one wait longer, so trying all 10 000 four-digit PINs at the
board would take days.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

MIN_DIGITS = 4
MAX_DIGITS = 8
#: Wrong tries allowed before any waiting starts (a typo should not punish).
FREE_TRIES = 3
#: The longest wait between tries, in seconds: pupils can make the teacher wait a minute at most.
MAX_WAIT_SECONDS = 60

# scrypt cost: about 50 ms and 16 MiB on a school laptop; slow for a guesser, quick for a teacher.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def is_valid_pin(pin: str) -> bool:
    """True if ``pin`` is 4 to 8 ASCII digits."""
    return MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )


def hash_pin(pin: str) -> str:
    """Return a salted scrypt hash of ``pin``, as text that can be stored.

    Raises ValueError for a PIN that is not 4 to 8 digits.
    """
    if not is_valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = os.urandom(16)
    digest = _derive(pin, salt, _N, _R, _P)
    encode = base64.b64encode
    return f"{_SCHEME}${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches the stored hash; compares in constant time."""
    try:
        scheme, n, r, p, salt_text, digest_text = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(digest_text, validate=True)
        n_i, r_i, p_i = int(n), int(r), int(p)
    except ValueError:
        return False
    if not is_valid_pin(pin):
        # Still spend the time, so a malformed guess is not told apart by speed.
        pin = "0" * MIN_DIGITS
        _derive(pin, salt, n_i, r_i, p_i)
        return False
    return hmac.compare_digest(_derive(pin, salt, n_i, r_i, p_i), expected)


def looks_like_hash(stored: str) -> bool:
    """True if ``stored`` has the form :func:`hash_pin` gives (a damaged file has not)."""
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == _SCHEME and all(p.isdigit() for p in parts[1:4])


def wait_after_failures(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    # 5 s, 10 s, 20 s, ... doubling, capped.
    return float(min(5 * 2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS))
