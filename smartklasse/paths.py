"""Where things live on disk: the shipped resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = ROOT_DIR / "resources"
TRANSLATIONS_DIR = ROOT_DIR / "translations"

DATABASE_NAME = "smartklasse.sqlite3"
SETTINGS_NAME = "settings.json"
BACKUPS_DIR_NAME = "backups"


def default_data_dir() -> Path:
    """Return the platform's per-user data folder for the app (not created here).

    On Windows this is Local AppData: Roaming AppData is copied between machines on
    school networks, which a live SQLite database (with its -wal file) does not survive.
    """
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "SMART klasse"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "SMART klasse"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "smartklasse"


def old_data_dirs() -> list[Path]:
    """Folders earlier versions kept the data in by default, to move it from once."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return [base / "SMART klasse"]
    return []


def cache_dir() -> Path:
    """Return the platform's per-user cache folder for the app (not created here).

    Only things that can be rebuilt live here (compiled translation catalogues).
    ``SMARTKLASSE_CACHE_DIR`` overrides it.
    """
    override = os.environ.get("SMARTKLASSE_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "SMART klasse" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "SMART klasse"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "smartklasse"


def resource(*parts: str) -> Path:
    """Return the path of a shipped resource file."""
    return RESOURCES_DIR.joinpath(*parts)
