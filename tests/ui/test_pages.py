"""Every registered page builds, shows and survives a language switch, in nb, nn and en."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from smartklasse import i18n
from smartklasse.paths import DATABASE_NAME
from smartklasse.settings import Settings
from smartklasse.storage import catalogue, classes, log
from smartklasse.storage import star_walls as sw
from smartklasse.storage.database import open_database
from smartklasse.ui.application import start
from smartklasse.ui.context import AppContext
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PAGES, PageKey
from smartklasse.ui.star_wall.page import StarWallPage
from smartklasse.ui.wheel.page import WheelPage

TODAY = dt.date(2026, 11, 2)


@pytest.fixture
def class_data(data_dir: Path) -> Iterator[Path]:
    """A class with pupils, a star wall with a star and a logged task, as a teacher has."""
    db = open_database(data_dir / DATABASE_NAME)
    catalogue.seed_catalogues(db)
    class_id = classes.create_class(db, "7B", ["Ada", "Ola", "Siri"])
    pupils = classes.list_pupils(db, class_id)
    wall_id = sw.create_wall(db, class_id, "Vi hjelper hverandre", ["omsorg"], 10, today=TODAY)
    sw.award_star(db, wall_id, "", today=TODAY)
    wheel = catalogue.list_wheels(db)[0]
    log.add_entry(
        db,
        class_id,
        wheel_id=wheel.id,
        task_id=wheel.tasks[0].id,
        task_text=wheel.tasks[0].text("nb"),
        pupil_ids=[pupils[0].id],
        strength_ids=["omsorg"],
    )
    db.close()
    yield data_dir


def _window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start(app, data_dir, Settings())
    assert window is not None
    qtbot.addWidget(window)
    return window


def _shown_texts(page: QWidget) -> list[str]:
    """Every text a person can read on the page (labels, buttons, field hints)."""
    texts: list[str] = []
    for child in page.findChildren(QWidget):
        if not child.isVisibleTo(page):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            texts.append(child.text())
        elif isinstance(child, QLineEdit) and child.placeholderText():
            texts.append(child.placeholderText())
        if child.accessibleName():
            texts.append(child.accessibleName())
    return sorted(texts)


def _visit_every_page(window: MainWindow) -> dict[PageKey, list[str]]:
    seen: dict[PageKey, list[str]] = {}
    for entry in PAGES:
        window.show_page(entry.key)
        page = window.page(entry.key)
        assert window.current_key() == entry.key
        assert page.isVisible()
        assert page.objectName() == f"page_{entry.key}"
        assert window.nav_buttons[entry.key].text() == entry.translated_title()
        seen[entry.key] = _shown_texts(page)
    return seen


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_page_survives_a_language_switch(lang: str, class_data: Path, qtbot: QtBot) -> None:
    # Switching language in Settings rebuilds every page: each one then reads exactly as
    # it does when the app starts in that language, and nothing of bokmål is left over.
    window = _window(qtbot, class_data)
    window.show()
    in_bokmal = _visit_every_page(window)
    window.context.set_language("en" if lang == "nb" else lang)
    window.context.set_language(lang)
    switched = _visit_every_page(window)
    assert window.current_key() == PAGES[-1].key  # the page shown stays shown

    db = open_database(class_data / DATABASE_NAME)
    fresh_window = MainWindow(AppContext(db, class_data, Settings(language=lang)))
    qtbot.addWidget(fresh_window)
    fresh_window.show()
    fresh = _visit_every_page(fresh_window)
    for entry in PAGES:
        assert switched[entry.key] == fresh[entry.key], entry.key
        if lang != "nb":
            assert switched[entry.key] != in_bokmal[entry.key], entry.key
    fresh_window.close()
    db.close()


def test_the_wheel_and_star_wall_shown_survive_a_language_switch(
    class_data: Path, qtbot: QtBot
) -> None:
    # The teacher picked the second wheel and the second star wall; switching to nynorsk
    # keeps both on the board.
    window = _window(qtbot, class_data)
    db = window.context.db
    class_id = window.context.active_class_id
    second_wall = sw.create_wall(db, class_id, "Vi rydder", ["humor"], 5, today=TODAY)
    window.show_page(PageKey.STAR_WALL)
    wall_page = window.page(PageKey.STAR_WALL)
    assert isinstance(wall_page, StarWallPage)
    wall_page.select_wall(second_wall)
    window.show_page(PageKey.WHEEL)
    wheel_page = window.page(PageKey.WHEEL)
    assert isinstance(wheel_page, WheelPage)
    second = catalogue.list_wheels(window.context.db)[1].id
    wheel_page.show_wheel(second)
    window.context.set_language("nn")
    rebuilt = window.page(PageKey.WHEEL)
    assert rebuilt is not wheel_page
    assert isinstance(rebuilt, WheelPage) and rebuilt.wheel is not None
    assert rebuilt.wheel.id == second
    rebuilt_wall = window.page(PageKey.STAR_WALL)
    assert isinstance(rebuilt_wall, StarWallPage)
    current_wall = rebuilt_wall.current_wall()
    assert current_wall is not None and current_wall.id == second_wall


def test_a_tap_reads_nothing_for_the_pages_behind_the_wheel_which_show_it_when_visited(
    class_data: Path, qtbot: QtBot
) -> None:
    # The class waits for "Ferdig" to close the flow: the log table and the strength cards,
    # built earlier but not shown, are not read then; they show the new entry when visited.
    window = _window(qtbot, class_data)
    for key in (PageKey.LOG, PageKey.STRENGTHS, PageKey.WHEEL):
        window.show_page(key)
    from smartklasse.ui.log.page import LogPage

    log_page, wheel = window.page(PageKey.LOG), window.page(PageKey.WHEEL)
    assert isinstance(log_page, LogPage) and isinstance(wheel, WheelPage)
    assert log_page.model.rowCount() == 1
    progress = wheel.wheel_widget.progress()
    wheel.open_task(1)
    flow = wheel.tap_flow
    assert flow is not None
    flow.pupil_tiles[next(iter(flow.pupil_tiles))].click()
    flow.next_button.click()
    flow.strength_chips["mot"].click()
    statements: list[str] = []
    db = window.context.db
    db.conn.set_trace_callback(statements.append)
    flow.done_button.click()
    db.conn.set_trace_callback(None)
    assert [s for s in statements if "FROM strengths" in s or "FROM wheel" in s] == []
    assert wheel.wheel_widget.progress()[1] == progress[1] + 1
    window.show_page(PageKey.LOG)
    assert log_page.model.rowCount() == 2
