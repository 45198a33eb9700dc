"""Where the data lives: Local, not Roaming, AppData on Windows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from smartklasse.paths import default_data_dir, old_data_dirs


def test_windows_data_is_in_local_appdata_and_roaming_is_the_old_place(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert default_data_dir() == tmp_path / "Local" / "SMART klasse"
    assert old_data_dirs() == [tmp_path / "Roaming" / "SMART klasse"]


def test_linux_data_follows_xdg_and_has_no_old_place(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "smartklasse"
    assert old_data_dirs() == []
