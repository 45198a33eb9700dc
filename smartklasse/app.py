"""Start the app: arguments, data folder, language, database, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from smartklasse import APP_NAME, __version__
from smartklasse.i18n import LANGUAGES, set_language
from smartklasse.paths import SETTINGS_NAME, default_data_dir
from smartklasse.settings import Settings

log = logging.getLogger(__name__)


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
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir / SETTINGS_NAME)
    set_language(args.lang or settings.language)

    from PySide6.QtWidgets import QApplication

    from smartklasse.ui.application import start
    from smartklasse.ui.single_instance import SingleInstance, bring_to_front

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        # Two writers on one data folder would fight; the open copy has been woken instead.
        from PySide6.QtWidgets import QMessageBox

        from smartklasse.i18n import _

        QMessageBox.information(
            None,
            APP_NAME,
            _(
                "SMART klasse is already open with this data. Its window has been brought to "
                "the front."
            ),
        )
        return 0
    window = start(app, data_dir, settings)
    if window is None:
        instance.release()
        return 1
    instance.activation_requested.connect(lambda: bring_to_front(window))
    code = app.exec()
    instance.release()
    return code


def run() -> None:
    """Entry point of the ``smartklasse`` gui script."""
    sys.exit(main())
