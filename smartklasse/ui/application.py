"""Put the app together on a QApplication: style, database, window, first-start welcome."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlite_utils import Database

from smartklasse import APP_NAME
from smartklasse.i18n import _, current_language
from smartklasse.paths import BACKUPS_DIR_NAME, DATABASE_NAME, resource
from smartklasse.settings import Settings
from smartklasse.storage import backups, classes
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.storage.deletion import delete_entries_older_than
from smartklasse.storage.faults import start_fault
from smartklasse.ui import touch_style
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.dialogs.damaged_data import open_or_recover
from smartklasse.ui.dialogs.preparing import PreparingNotice
from smartklasse.ui.fonts import install_fonts
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.qt_translations import install_qt_translations
from smartklasse.ui.style import BASE_POINT_SIZE, scale_factor, stylesheet
from smartklasse.ui.window_fit import opening_screen, place_window
from smartklasse.ui.worker import run_in_background

log = logging.getLogger(__name__)

#: The daily backup and the rotation of old backups start this long after the window shows.
BACKUP_DELAY_MS = 3000


def apply_style(app: QApplication, settings: Settings, screen: QScreen | None = None) -> float:
    """Set the stylesheet and font size for ``screen`` (default: the primary one).

    Returns the scale factor.
    """
    screen = screen or QGuiApplication.primaryScreen()
    if screen is not None:
        size = screen.availableGeometry().size()
        factor = scale_factor(
            size.width(), size.height(), screen.devicePixelRatio(), settings.ui_scale
        )
    else:
        factor = 1.0
    apply_factor(app, factor)
    return factor


def apply_factor(app: QApplication, factor: float) -> None:
    """Set the font size and the stylesheet's sizes for a scale factor."""
    app.setProperty("smartklasse_scale", factor)  # before the style polishes with it
    touch_style.install(app)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * factor)
    app.setFont(font)
    for widget_class in ("QMenuBar", "QMenu", "QToolTip"):
        # PySide6 takes the class name as str; its stubs say bytes, which it rejects.
        app.setFont(font, widget_class)  # type: ignore[arg-type]
    app.setStyleSheet(stylesheet(factor))
    app.setProperty("smartklasse_scale", factor)


def apply_text_size(window: MainWindow) -> None:
    """Apply the text size setting to the running window at once, and back, without a restart."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, window.context.settings, window.screen())
        window.rescale()


def start(app: QApplication, data_dir: Path, settings: Settings) -> MainWindow | None:
    """Open the data and show the main window; None if the data cannot be opened."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("SMART klasse")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    install_qt_translations(current_language())
    install_fonts(app)
    screen = opening_screen()
    apply_style(app, settings, screen)
    # The first start after an upgrade may prepare years of log: a notice says so.
    preparing = PreparingNotice()
    try:
        db = open_or_recover(data_dir / DATABASE_NAME, on_migration=preparing)
    finally:
        preparing.close()
    if db is None:
        return None
    seed_catalogues(db)
    apply_retention(db, settings)
    context = AppContext(db, data_dir, settings)
    context.purge_backups()  # a purge of deleted data that was stopped goes on
    window = MainWindow(context)
    # Copying the file (gigabytes after years of log) would compete with the first paint.
    QTimer.singleShot(BACKUP_DELAY_MS, window, lambda: schedule_daily_backup(data_dir))
    window.settings_requested.connect(lambda: open_settings(window))
    window.about_requested.connect(lambda: open_about(window))
    window.restore_requested.connect(lambda: open_restore(window))
    window.end_of_year_requested.connect(lambda: open_end_of_year(window))
    plan = place_window(window, screen.availableGeometry(), settings)
    if os.environ.get("SMARTKLASSE_EXIT_AFTER_FIRST_PAINT") == "1":  # benchmarks only
        from smartklasse.ui.first_paint import install_probe

        install_probe(window)
    if context.pupil_mode:
        # Restarting the app does not leave pupil mode.
        window.showFullScreen()
    elif plan.maximised:
        window.showMaximized()
    else:
        window.show()
    fault = start_fault(data_dir)
    if fault is not None:
        from smartklasse.ui.dialogs.damaged_data import start_fault_message

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Not saved"),
            start_fault_message(fault, data_dir),
            parent=window,
        )
        box.setObjectName("start_fault")
        box.open()
        window.start_fault_box = box
    if context.teacher_lock.damaged:
        from smartklasse.ui.dialogs.teacher_lock import damaged_lock_message

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Teacher lock"),
            damaged_lock_message(context.teacher_lock),
            parent=window,
        )
        box.setObjectName("damaged_lock")
        box.open()
        window.damaged_lock_box = box
    if not classes.list_classes(db):
        from smartklasse.ui.dialogs.welcome import WelcomeDialog

        WelcomeDialog(context, window).open()  # the window owns it
    return window


def open_settings(window: MainWindow) -> None:
    """Show the settings dialog and apply what the teacher chose."""
    from smartklasse.ui.dialogs.settings import SettingsDialog

    if not window.context.require_teacher(window):
        return
    dialog = SettingsDialog(window.context.settings, window, window.context.teacher_lock)
    accepted = dialog.exec()
    # The PIN may have been removed in the dialog, which ends pupil mode.
    window.context.sync_pupil_mode()
    if accepted:
        chosen = dialog.result_settings()
        settings = window.context.settings
        language_changed = chosen.language != current_language()
        settings.sound = chosen.sound
        settings.reduced_motion = chosen.reduced_motion
        settings.second_language = chosen.second_language
        settings.retention_months = chosen.retention_months
        scale_changed = chosen.ui_scale != settings.ui_scale
        settings.ui_scale = chosen.ui_scale
        window.context.save_settings()
        if scale_changed:
            apply_text_size(window)
        if language_changed:
            window.context.set_language(chosen.language)
        window.context.notify(Topic.SETTINGS)


def open_about(window: MainWindow) -> None:
    """Show the About box, crediting SMART Senteret for the wheel and the strengths.

    The last line gives the versions of Qt, PySide6, SQLite and Python underneath.
    """
    from smartklasse import __version__
    from smartklasse.versions import component_versions

    versions = " · ".join(f"{name} {number}" for name, number in component_versions().items())
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
        ).format(version=__version__)
        + f"<p><small>{versions}</small></p>",
    )


def apply_retention(db: Database, settings: Settings) -> None:
    """Delete log entries older than the teacher's retention setting (off by default)."""
    if settings.retention_months > 0:
        removed = delete_entries_older_than(db, settings.retention_months)
        if removed:
            log.info("retention: deleted %d log entries", removed)


def schedule_daily_backup(data_dir: Path) -> None:
    """Back up the data in the background, at most once a day; rotate old backups every start."""
    folder = data_dir / BACKUPS_DIR_NAME
    # Copies left by a backup that was killed hold children's data and are never used.
    for partial in backups.remove_partials(folder):
        log.info("removed an unfinished backup: %s", partial)
    due = backups.backup_due(folder)

    def work() -> Path | None:
        made = None
        if due:
            made = backups.backup_file(data_dir / DATABASE_NAME, folder, backups.KIND_DAILY)
        # Rotation runs at every start, so old backups (and deleted pupils in them) go on time.
        backups.rotate(folder)
        return made

    run_in_background(
        work,
        lambda made: log.info("backup written: %s", made),
        lambda exc: log.warning("backup failed: %s", exc),
    )


def open_restore(window: MainWindow) -> None:
    """Show the restore dialog; restore the backup the teacher confirms."""
    from smartklasse.ui.dialogs.restore import RestoreDialog

    dialog = RestoreDialog(window.context.data_dir / BACKUPS_DIR_NAME, window)
    dialog.restore_requested.connect(lambda path: restore_from(window, path))
    dialog.exec()


def restore_from(window: MainWindow, backup: Path) -> None:
    """Replace the data with ``backup`` (current state backed up first) and show it."""
    context = window.context
    path = context.data_dir / DATABASE_NAME
    # SQLite needs the app's own connection closed while the file is replaced.
    context.db.close()
    try:
        backups.restore_backup(path, backup, context.data_dir / BACKUPS_DIR_NAME)
    finally:
        db = open_database(path)
        seed_catalogues(db)
        context.replace_database(db)
    window.rebuild_pages()
    context.show_toast(_("The backup was restored. The data from before is kept as a backup too."))


def open_end_of_year(window: MainWindow) -> None:
    """Show the end-of-school-year flow."""
    from smartklasse.ui.dialogs.end_of_year import EndOfYearDialog

    EndOfYearDialog(window.context, window).exec()
