"""A soft chime when the wheel lands; only when the teacher turned sound on.

QtMultimedia is imported here, lazily, so the app starts on machines without
an audio stack (no libpulse): a missing module simply means no sound.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)
_players: list[QObject] = []


def _write_chime(path: Path) -> None:
    """Two gentle sine notes that fade out (a major third), 0.6 s, mono 22 kHz."""
    rate = 22050
    frames = bytearray()
    for i in range(int(rate * 0.6)):
        t = i / rate
        envelope = math.exp(-5 * t) * min(1.0, t * 200)
        value = 0.3 * envelope * (math.sin(2 * math.pi * 660 * t) + math.sin(2 * math.pi * 830 * t))
        frames += struct.pack("<h", int(max(-1.0, min(1.0, value)) * 32767 * 0.5))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def play_landing(data_dir: Path) -> None:
    """Play the landing chime if the machine can; never raise."""
    try:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError as exc:  # no audio libraries: silence is fine
        log.info("no sound: %s", exc)
        return
    path = data_dir / "sounds" / "wheel-chime.wav"
    try:
        if not path.exists():
            _write_chime(path)
    except OSError as exc:
        log.info("no sound: %s", exc)
        return
    if not _players:
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.5)
        _players.append(effect)
    player = _players[0]
    if isinstance(player, QSoundEffect):
        player.play()
