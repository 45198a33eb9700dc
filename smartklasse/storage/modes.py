"""Children's data is for the teacher's account only: folder 0700, files 0600.

Where the platform has Unix file modes; on Windows the user's profile folder
already keeps other accounts out, and these calls do nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

#: True where chmod means something for other accounts.
HAS_MODES = os.name == "posix"


def private_folder(path: Path) -> None:
    """Let only the owner into ``path`` (0700)."""
    if HAS_MODES and path.is_dir():
        path.chmod(0o700)


def private_file(path: Path) -> None:
    """Let only the owner read ``path`` (0600)."""
    if HAS_MODES and path.is_file():
        path.chmod(0o600)


def private_data(data_dir: Path, database: Path) -> None:
    """The data folder, the database with its -wal and -shm, and the backups: owner only."""
    private_folder(data_dir)
    for companion in ("", "-wal", "-shm"):
        private_file(database.with_name(database.name + companion))
