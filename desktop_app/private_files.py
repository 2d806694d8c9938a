"""Files and folders only the user can read: the database, its backups, manifests, the
handover package, logs. They hold members' personal data.

On POSIX a file is created with the process's umask (usually 022: readable by every
account of the computer); the program makes its own files 0600 and its folders 0700.
``__main__`` also sets the umask to 077, so that whatever else the program creates
(settings, exports) is private too. On Windows every file stays in the user's profile
(``%LOCALAPPDATA%``), which other accounts cannot read. Standard library only: every layer
uses it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
UMASK = 0o077


def make_private(*paths: Path | str) -> None:
    """Take the group's and others' rights off *paths* that exist and are ours."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(OSError):
            info = os.stat(path)
            if info.st_uid != os.geteuid() or not stat.S_IMODE(info.st_mode) & 0o077:
                continue
            os.chmod(path, FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)


def create_private(path: Path | str, *, exclusive: bool = False) -> None:
    """Create *path* empty with the user's rights only (before SQLite or a writer opens it:
    SQLite gives the journal and WAL the rights of their database). An existing file is
    left as it is, unless *exclusive* (then FileExistsError)."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    if exclusive:
        flags |= os.O_EXCL
    fd = os.open(path, flags, FILE_MODE)
    os.close(fd)


def private_folder(folder: Path | str) -> Path:
    """``mkdir -p`` *folder*; the folders made here are the user's only."""
    folder = Path(folder)
    missing = []
    for each in [folder, *folder.parents]:
        if each.exists():
            break
        missing.append(each)
    folder.mkdir(parents=True, exist_ok=True)
    make_private(*missing)
    return folder


def open_private(path: Path | str, mode: str = "w", **kwargs):
    """``open(path, mode)`` for writing a new or replaced file that only the user reads."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, FILE_MODE), mode, **kwargs)
