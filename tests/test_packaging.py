"""The desktop entry, AppStream file and build spec agree with the app's id and version."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from smartklasse import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


class _CaseKeepingParser(configparser.ConfigParser):
    """Desktop entries' keys are case-sensitive (``Name`` is not ``name``)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def test_desktop_entry_is_named_after_the_app_id_and_shows_its_icon() -> None:
    entry = _CaseKeepingParser(interpolation=None)
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Name"] == APP_NAME
    assert group["Icon"] == APP_ID
    assert group["Exec"] == "smartklasse"  # the spec's executable name


def test_metainfo_launches_the_entry_and_lists_this_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version"
