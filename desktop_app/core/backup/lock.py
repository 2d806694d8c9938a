"""One writer per database file, and a warning for databases on network shares.

The lock is ``<database>.lock`` beside the file, locked with the operating system's
own file locking (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows). The OS
releases such a lock when the process dies, so a crash never leaves the file locked:
a lock file found without an OS lock on it is stale and is simply taken over. The
file's text (process id, computer name, time) only serves to tell the user who holds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import socket
import sys
from pathlib import Path
from typing import BinaryIO

from desktop_app.db.storage import IO, StorageError, kind_of, what_to_do
from desktop_app.errors import UserError

from .backups import format_moment

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 4096  # lock a byte past the text, so others can still read who holds it


class DatabaseLockedError(UserError):
    """Another running copy of the program has the database open."""


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + LOCK_SUFFIX)


def _try_os_lock(handle) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(handle) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


WINDOW = "một cửa sổ Sổ Chi bộ khác"


def _lock_fields(path: Path) -> dict[str, str]:
    try:
        return dict(
            line.split("=", 1)
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
            if "=" in line
        )
    except OSError:
        return {}


def _holder_text(path: Path) -> str:
    """"máy VANPHONG-PC, tiến trình 1234, từ 26/11/2026 14:32" from the lock file."""
    fields = _lock_fields(path)
    parts = []
    if fields.get("host"):
        parts.append(f"máy {fields['host']}")
    if fields.get("pid"):
        parts.append(f"tiến trình {fields['pid']}")
    with contextlib.suppress(ValueError, KeyError):
        parts.append(f"từ {format_moment(dt.datetime.fromisoformat(fields['time']))}")
    return ", ".join(parts)


class DatabaseLock:
    """Hold the lock of one database file: ``with DatabaseLock(path): ...``.

    Every writer takes it before it writes: the window while it has the file open, and
    each command of the command line that writes (``demo --force``, ``member-list``,
    ``restore``). *holder* says who holds it, for the message another writer gets:
    "một cửa sổ Sổ Chi bộ khác" for a window, "lệnh sochibo restore" for a command.
    """

    def __init__(self, db_path: Path | str, holder: str = WINDOW):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.holder = holder
        self._handle: BinaryIO | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError with a Vietnamese message."""
        if self._handle is not None:
            return
        stale = self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            handle = os.fdopen(fd, "r+b")  # kept open while the lock is held
        except OSError as error:  # a read-only stick, a folder of another user
            kind = kind_of(error) or IO
            raise StorageError(
                f"Không mở được tệp dữ liệu “{self.db_path.name}” để ghi: "
                f"{what_to_do(kind, self.db_path.parent)}", kind, self.db_path.parent) from error
        if not _try_os_lock(handle):
            handle.close()
            holder = _holder_text(self.path)
            who = _lock_fields(self.path).get("holder") or WINDOW
            raise DatabaseLockedError(
                f"Tệp dữ liệu “{self.db_path.name}” đang được mở bởi {who}"
                + (f" ({holder})" if holder else "")
                + ". Hai chương trình cùng ghi một tệp có thể làm hỏng dữ liệu: "
                + ("hãy dùng cửa sổ đang mở, hoặc đóng nó rồi thử lại." if who == WINDOW
                   else "hãy chờ lệnh đó chạy xong rồi thử lại.")
            )
        if stale and self.path.stat().st_size > 0:
            log.info("took over stale lock file %s (%s)", self.path, _holder_text(self.path))
        text = (f"pid={os.getpid()}\nhost={socket.gethostname()}\n"
                f"time={dt.datetime.now().replace(microsecond=0).isoformat()}\n"
                f"holder={self.holder}\n")
        handle.seek(0)
        handle.truncate()
        handle.write(text.encode("utf-8"))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            # Empty it first: on Windows the file cannot be removed while another opens it.
            handle.seek(0)
            handle.truncate()
            handle.flush()
            _os_unlock(handle)
        finally:
            handle.close()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


# --- network shares -----------------------------------------------------------------

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "ceph",
    "glusterfs", "fuse.sshfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs", "coda",
})
NETWORK_WARNING = (
    "Tệp dữ liệu “{path}” nằm trên ổ mạng. Trên ổ mạng, việc khóa tệp không đáng tin "
    "cậy và dữ liệu có thể bị hỏng. Hãy chép tệp về ổ đĩa của máy này (ví dụ thư mục "
    "Tài liệu) rồi mở bản đó."
)


def _mount_type(path: Path, mounts_text: str) -> str | None:
    """The filesystem type of the mount holding *path*, from /proc/mounts text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ").replace("\\011", "\t")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def is_network_path(path: Path | str, *, platform: str | None = None,
                    mounts_text: str | None = None) -> bool:
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        if platform == sys.platform:
            with contextlib.suppress(OSError):
                text = str(Path(text).resolve())  # a mapped drive may resolve to \\server\share
        if text.startswith(("\\\\", "//")):
            return True  # UNC path: \\server\share\...
        return _windows_drive_is_remote(Path(text))
    if platform.startswith("linux"):
        if mounts_text is None:
            try:
                mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                return False
        resolved = Path(text).resolve() if platform == sys.platform else Path(text)
        kind = _mount_type(resolved, mounts_text)
        return kind is not None and kind.lower() in NETWORK_FILESYSTEMS
    return False


def network_share_warning(path: Path | str, **kwargs) -> str | None:
    """A Vietnamese warning when *path* is on a network share, else None."""
    return NETWORK_WARNING.format(path=path) if is_network_path(path, **kwargs) else None
