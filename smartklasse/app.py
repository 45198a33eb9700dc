"""Start the app: arguments, data folder, language, database, main window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from smartklasse import APP_ID, APP_NAME
from smartklasse.data_move import data_dir_after_move
from smartklasse.i18n import LANGUAGES, set_language
from smartklasse.paths import SETTINGS_NAME, default_data_dir, old_data_dirs
from smartklasse.settings import Settings

log = logging.getLogger(__name__)

#: Qt-free modules the first window uses, imported before Qt (see :func:`import_before_qt`).
BEFORE_QT: tuple[str, ...] = (
    "sqlite_utils",
    "smartklasse.storage.database",
    "smartklasse.storage.backups",
    "smartklasse.storage.catalogue",
    "smartklasse.storage.classes",
    "smartklasse.storage.deletion",
    "smartklasse.storage.faults",
    "smartklasse.storage.teacher_lock",
    "smartklasse.storage.log",
    "smartklasse.storage.periods",
    "smartklasse.storage.strength_of_week",
    "smartklasse.storage.wheel_progress",
    "smartklasse.domain.classlist",
    "smartklasse.domain.colour",
    "smartklasse.domain.spin",
    "smartklasse.domain.wheel_geometry",
    "smartklasse.fonts",
    "babel.dates",
    "babel.numbers",
)


class VersionAction(argparse.Action):
    """``--version``: the app's version and those of Qt, PySide6, SQLite and Python."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from smartklasse.versions import version_line

        parser._print_message(version_line() + "\n", sys.stdout)  # as argparse.version does
        parser.exit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="smartklasse", description=APP_NAME)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder for all data (default: the per-user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language for this run")
    parser.add_argument("--version", action=VersionAction)
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.data_dir is None:
        data_dir = data_dir_after_move(default_data_dir(), old_data_dirs()).resolve()
    else:
        data_dir = args.data_dir.expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir / SETTINGS_NAME)
    set_language(args.lang or settings.language)
    import_before_qt()

    from PySide6.QtWidgets import QApplication

    from smartklasse.ui.application import start
    from smartklasse.ui.single_instance import Claim, SingleInstance, bring_to_front

    set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    instance = SingleInstance(data_dir)
    claim = instance.acquire()
    if claim is not Claim.TAKEN:
        # Two writers on one data folder would fight; say why this one cannot go on.
        from PySide6.QtWidgets import QMessageBox

        from smartklasse.ui.dialogs.damaged_data import claim_message

        text = claim_message(claim, data_dir, instance.holder_pid)
        if claim is Claim.OTHER_COPY:
            QMessageBox.information(None, APP_NAME, text)
            return 0
        QMessageBox.warning(None, APP_NAME, text)
        return 1
    window = start(app, data_dir, settings)
    if window is None:
        instance.release()
        return 1
    instance.activation_requested.connect(lambda: bring_to_front(window))
    code = app.exec()
    # A backup still running finishes before Python tears down the objects it reports to.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    instance.release()
    return code


def import_before_qt() -> None:
    """Import the storage and domain layers (and Babel) before Qt.

    Once PySide6 is loaded, it reads the source of every module imported after it
    (looking for ``from __feature__ import ...``). The Qt-free layers never use that,
    and importing them first takes about a tenth of a second off each start on a
    2-core machine (``benchmarks/bench_startup.py``).
    """
    for name in BEFORE_QT:
        importlib.import_module(name)


def set_app_identity() -> None:
    """Tie windows to the installed entry: taskbar grouping, icon, pinning.

    Linux: the desktop entry's name (Wayland app id, X11 ``_GTK_APPLICATION_ID``).
    Windows: the AppUserModelID, before any window exists.
    """
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setDesktopFileName(APP_ID)
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def run() -> None:
    """Entry point of the ``smartklasse`` gui script."""
    sys.exit(main())
