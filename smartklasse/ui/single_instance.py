"""One copy of the app per data folder: a second copy hands over to the first and quits.

The lock is a :class:`QLockFile` in the data folder (a crashed copy's stale
lock is taken over, because Qt checks whether its process still runs). The
first copy listens on a local socket named from a hash of the data folder;
the second connects to it, which brings the first window to the front.

When the folder cannot be taken, :meth:`SingleInstance.acquire` says why
(:class:`Claim`), so the app never claims a copy is open when the folder is
read-only, the disk is full, or a stale lock names a process that is not us.
"""

from __future__ import annotations

import hashlib
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from smartklasse.storage.faults import Fault, probe_write

LOCK_NAME = "smartklasse.lock"


def server_name(data_dir: Path) -> str:
    """The local socket name for a data folder (same folder, same name; short for all OSes)."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"smartklasse-{digest[:24]}"


class Claim(Enum):
    """How taking the data folder went."""

    #: This process has the folder.
    TAKEN = "taken"
    #: Another copy has it and was brought to the front.
    OTHER_COPY = "other_copy"
    #: A lock names a live process that does not answer (it may not be SMART klasse).
    NOT_ANSWERING = "not_answering"
    #: The folder cannot be written to.
    READ_ONLY = "read_only"
    #: The disk is full.
    DISK_FULL = "disk_full"
    #: Something else stopped it.
    FAILED = "failed"


def _is_other_program(pid: int) -> bool:
    """True if process ``pid`` is known to run something other than SMART klasse (Linux)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"smartklasse" not in cmdline.lower()


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
        #: The process named in a lock that does not answer (see Claim.NOT_ANSWERING).
        self.holder_pid = 0

    def acquire(self) -> Claim:
        """Take the data folder, or say why not (waking the first copy if there is one)."""
        if not self._lock.tryLock(100):
            return self._why_not()
        self._listen()
        return Claim.TAKEN

    def _why_not(self) -> Claim:
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            if self.wake_first():
                return Claim.OTHER_COPY
            pid, _host, _app = self._lock.getLockInfo()
            # A lock left by a crash whose PID now belongs to another program is stale.
            if (
                pid > 0
                and _is_other_program(pid)
                and self._lock.removeStaleLockFile()
                and self._lock.tryLock(100)
            ):
                self._listen()
                return Claim.TAKEN
            self.holder_pid = int(pid)
            return Claim.NOT_ANSWERING
        fault = probe_write(self.data_dir)
        if fault is Fault.DISK_FULL:
            return Claim.DISK_FULL
        if fault is Fault.READ_ONLY or self._lock.error() == QLockFile.LockError.PermissionError:
            return Claim.READ_ONLY
        return Claim.FAILED

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed copy may have left its socket file behind.
        QLocalServer.removeServer(self.name)
        server.listen(self.name)
        server.newConnection.connect(self._on_connection)
        self._server = server

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
