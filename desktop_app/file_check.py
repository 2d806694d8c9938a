"""The quick check of a database file, started before anything else loads.

Standard library only (no peewee, no Qt): ``__main__`` starts it first thing, and SQLite
reads the whole file on a thread of its own while the window's code loads. The check's
rows are kept by the file's identity; ``db.connection`` uses them for the same unchanged
file instead of reading it again, and decides what they mean.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

_threads: dict[str, threading.Thread] = {}
_rows: dict[tuple, list[str]] = {}  # identity -> rows of PRAGMA quick_check


def identity(path: Path) -> tuple:
    """What changes when anything writes to the file or its WAL."""
    parts: list = [str(path.resolve())]
    for each in (path, Path(f"{path}-wal")):
        try:
            stat = each.stat()
            parts += [stat.st_mtime_ns, stat.st_size, stat.st_ino]
        except OSError:
            parts.append(None)
    return tuple(parts)


def read_only_uri(path: Path) -> str:
    """The URI that opens *path* without writing to it.

    On read-only media (a CD, a write-locked USB stick) SQLite cannot create the ``-shm``
    file a WAL database needs even to be read, so such a file is opened as immutable,
    which is true there: nobody can write to it. Not when a ``-wal`` file is beside it
    (its rows would be ignored).
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    folder = path.resolve().parent
    if (not os.access(folder, os.W_OK) and not Path(f"{path}-wal").exists()
            and not Path(f"{path}-shm").exists()):
        uri += "&immutable=1"
    return uri


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def start(path: Path) -> None:
    """Run the quick check of *path* in the background (nothing happens if it is not a
    readable SQLite file: the opening reports that)."""

    def check() -> None:
        if not path.is_file():
            return
        before = identity(path)
        with contextlib.suppress(sqlite3.Error, OSError):
            connection = read_only_connection(path)
            try:
                rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
            finally:
                connection.close()
            if identity(path) == before:
                _rows[before] = rows

    thread = threading.Thread(target=check, name="sochibo-check", daemon=True)
    _threads[str(path.resolve())] = thread
    thread.start()


def quick_check_rows(path: Path) -> list[str] | None:
    """The rows of a check started for *path*, once it ends; None when there is none for
    the file as it is now."""
    thread = _threads.pop(str(path.resolve()), None)
    if thread is not None and thread is not threading.current_thread():
        thread.join()
    return _rows.pop(identity(path), None)  # used once: a later look checks again
