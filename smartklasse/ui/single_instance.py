"""One copy of the app per data folder: a second copy hands over to the first and quits.

The lock is a :class:`QLockFile` in the data folder (a crashed copy's stale
lock is taken over, because Qt checks whether its process still runs). The
first copy listens on a local socket named from a hash of the data folder;
the second connects to it, which brings the first window to the front.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_NAME = "smartklasse.lock"


def server_name(data_dir: Path) -> str:
    """The local socket name for a data folder (same folder, same name; short for all OSes)."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"smartklasse-{digest[:24]}"


class SingleInstance(QObject):
    """Holds the data folder for this process; tells the first copy when a second one starts."""

    #: Another copy was started on the same data folder; show the window.
    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # Never treat a live copy's lock as stale because it is old; a dead one is detected.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the data folder; False (after waking the first copy) if another copy has it."""
        if not self._lock.tryLock(100):
            self.wake_first()
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed copy may have left its socket file behind.
        QLocalServer.removeServer(self.name)
        server.listen(self.name)
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def wake_first(self) -> bool:
        """Ask the copy holding the folder to come to the front; True if it was reached."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(3000):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(3000)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            self.activation_requested.emit()

    def release(self) -> None:
        """Give the data folder back (also done by the OS when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show a window above the others, restoring it if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
