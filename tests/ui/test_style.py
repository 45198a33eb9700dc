"""The application stylesheet: every size and colour placeholder is filled in."""

from __future__ import annotations

import re

import pytest

from smartklasse.ui.style import ACCENT, stylesheet


@pytest.mark.parametrize("factor", [1.0, 1.5, 2.0])
def test_stylesheet_has_no_placeholder_left(factor: float) -> None:
    # A "{NAME}" left in the stylesheet makes Qt drop the rule, and the look with it.
    qss = stylesheet(factor)
    assert re.findall(r"\{[A-Z0-9]+\}", qss) == []
    assert f"background: {ACCENT}" in qss  # primary buttons in the app's accent colour
