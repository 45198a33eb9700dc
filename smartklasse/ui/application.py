"""Put the app together on a QApplication: style, database, window, first-start welcome."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from smartklasse import APP_NAME
from smartklasse.i18n import _, current_language, set_language
from smartklasse.paths import DATABASE_NAME, resource
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import (
    DamagedDatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    StorageError,
    open_database,
)
from smartklasse.ui.context import AppContext
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.qt_translations import install_qt_translations
from smartklasse.ui.style import BASE_POINT_SIZE, scale_factor, stylesheet

log = logging.getLogger(__name__)


def storage_error_message(error: StorageError) -> str:
    """Explain in the user's language why the database cannot be opened."""
    if isinstance(error, NewerDatabaseError):
        return _(
            "The data in {path} was saved by a newer version of SMART klasse. "
            "Update the app to open it. The file has not been changed."
        ).format(path=error.path)
    if isinstance(error, LockedDatabaseError):
        return _(
            "The data in {path} is in use by another program. "
            "Close it and start SMART klasse again."
        ).format(path=error.path)
    if isinstance(error, NotOurDatabaseError):
        return _("{path} is not a SMART klasse data file. The file has not been changed.").format(
            path=error.path
        )
    if isinstance(error, DamagedDatabaseError):
        return _(
            "The data file {path} is damaged and cannot be read. The file has not been changed."
        ).format(path=error.path)
    return _("The data in {path} cannot be opened.").format(path=error.path)


def apply_style(app: QApplication, settings: Settings) -> float:
    """Set the stylesheet and font size for the primary screen; return the scale factor."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        size = screen.availableGeometry().size()
        factor = scale_factor(
            size.width(), size.height(), screen.devicePixelRatio(), settings.ui_scale
        )
    else:
        factor = 1.0
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * factor)
    app.setFont(font)
    for widget_class in ("QMenuBar", "QMenu", "QToolTip"):
        app.setFont(font, widget_class)  # type: ignore[arg-type]
    app.setStyleSheet(stylesheet(factor))
    app.setProperty("smartklasse_scale", factor)
    return factor


def change_language(window: MainWindow, lang: str, remember: bool = True) -> None:
    """Switch the whole UI to ``lang`` without a restart."""
    context = window.context
    set_language(lang)
    install_qt_translations(current_language())
    if remember:
        context.settings.language = current_language()
        context.save_settings()
    window.retranslate()
    context.language_changed.emit(current_language())


def start(
    app: QApplication, data_dir: Path, settings: Settings, language_override: str | None = None
) -> MainWindow | None:
    """Open the data and show the main window; None if the data cannot be opened."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("SMART klasse")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    install_qt_translations(current_language())
    apply_style(app, settings)
    try:
        db = open_database(data_dir / DATABASE_NAME)
    except StorageError as error:
        log.error("cannot open database: %s", error)
        QMessageBox.critical(None, APP_NAME, storage_error_message(error))
        return None
    seed_catalogues(db)
    context = AppContext(db, data_dir, settings)
    window = MainWindow(context)
    window.settings_requested.connect(lambda: open_settings(window))
    window.about_requested.connect(lambda: open_about(window))
    window.resize(1280, 720)
    if os.environ.get("SMARTKLASSE_EXIT_AFTER_FIRST_PAINT") == "1":  # benchmarks only
        from smartklasse.ui.first_paint import install_probe

        install_probe(window)
    window.show()
    if not classes.list_classes(db):
        from smartklasse.ui.welcome import WelcomeDialog

        welcome = WelcomeDialog(context, window)
        welcome.open()
        window.welcome_dialog = welcome  # type: ignore[attr-defined]
    return window


def open_settings(window: MainWindow) -> None:
    """Show the settings dialog and apply what the teacher chose."""
    from smartklasse.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.context.settings, window)
    if dialog.exec():
        chosen = dialog.result_settings()
        settings = window.context.settings
        language_changed = chosen.language != current_language()
        settings.sound = chosen.sound
        settings.reduced_motion = chosen.reduced_motion
        settings.second_language = chosen.second_language
        scale_changed = chosen.ui_scale != settings.ui_scale
        settings.ui_scale = chosen.ui_scale
        window.context.save_settings()
        if scale_changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_style(app, settings)
        if language_changed:
            change_language(window, chosen.language)
        window.context.notify("settings")


def open_about(window: MainWindow) -> None:
    """Show the About box, crediting SMART Senteret for the wheel and the strengths."""
    from smartklasse import __version__

    QMessageBox.about(
        window,
        _("About SMART klasse"),
        _(
            "<h3>SMART klasse {version}</h3>"
            "<p>The SMART wheel, the 20 character strengths and the star wall for the "
            "classroom.</p>"
            "<p>The SMART wheel (SMARThjulet) and its tasks, and the SMART way of working "
            "with strengths, come from SMART Senteret, Tønsberg kommune "
            "(smartoppvekst.no). This app is a classroom tool for schools that work "
            "the SMART way.</p>"
            "<p>All data stays on this computer. Nothing is sent anywhere.</p>"
        ).format(version=__version__),
    )
