"""One window per data folder: the first launch holds the folder's lock and listens on a local socket named
after the folder; a second launch finds the lock taken, hands its files to the first over that socket, and
exits. A read-only folder has no lock to take (nothing can be written there), so every launch opens."""

from __future__ import annotations

import enum
import hashlib
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from iurc_desktop.domain.errors import UserError
from iurc_desktop.services.data_folder import DataFolderBusy, DataFolderLock

FORWARD_WAIT = 5.0  # a first window may still be starting (lock taken, socket not listening yet)


class Claim(enum.Enum):
    PRIMARY = "primary"  # this process holds the folder
    FORWARDED = "forwarded"  # another window has it and took our files
    BUSY = "busy"  # a command (an import) holds it and no window answers
    UNLOCKED = "unlocked"  # the folder cannot be written: opened without a lock


def server_name(data_dir: Path) -> str:
    """A local socket name per user and data folder (a path would be too long for a Unix socket)."""
    owner = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{owner}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"iurc-desktop-{digest}"


class SingleInstance(QObject):
    files_received = Signal(list)  # absolute paths a second launch handed over

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = DataFolderLock(data_dir)
        self.server: QLocalServer | None = None
        self.problem: UserError | None = None  # why the folder is unlocked, to tell the user

    def claim(self, files: Sequence[str] = ()) -> Claim:
        deadline = time.monotonic() + FORWARD_WAIT
        while True:
            try:
                self.lock.acquire()
            except DataFolderBusy:
                if forward(self.data_dir, files):
                    return Claim.FORWARDED
                if time.monotonic() >= deadline:
                    return Claim.BUSY
                time.sleep(0.2)
                continue
            except UserError as exc:  # read-only or missing folder: open what can be read
                self.problem = exc
                return Claim.UNLOCKED
            self._listen()
            return Claim.PRIMARY

    def _listen(self) -> None:
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a killed window; we hold the lock, so it is stale
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.server.listen(name)

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        try:
            files = json.loads(line.decode("utf-8")).get("open", [])
        except (UnicodeDecodeError, ValueError, AttributeError):
            return  # not from a second launch of ours
        self.files_received.emit([str(f) for f in files if isinstance(f, str)])

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def forward(data_dir: Path, files: Sequence[str], wait_ms: int = 2000) -> bool:
    """Hand `files` to the window that holds `data_dir`; True when it acknowledged them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(wait_ms):
        return False
    message = {"open": [str(Path(f).resolve()) for f in files]}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    acknowledged = socket.waitForReadyRead(wait_ms) and bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    return acknowledged
