"""Benchmarks for SMART klasse: ``python -m benchmarks.run`` prints figures beside their floors."""

from __future__ import annotations

from pathlib import Path

#: Where the benchmarks keep what they build (the large database, copies, scratch files).
OUT_DIR = Path(__file__).resolve().parent / "out"
