"""How each command opens its database: writers under the one-writer lock, readers beside
whoever writes.

A command that writes (``member-list`` issues a number into the register) takes the lock
the window takes, so it is refused while a window or another command has the file open,
with the window's own message. A command that only reads (``register``) opens the file
read-only and works beside a running window; one that needs scratch rows (``report``) works
on a private snapshot copy, so that the live file is never written to.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def writing(db_path: Path, command: str) -> Iterator[None]:
    """The database at *db_path* open for writing, under its lock, for *command*."""
    from desktop_app.core.backup.backups import backup_before_upgrade
    from desktop_app.core.backup.leftovers import clean_after_crash
    from desktop_app.core.backup.lock import DatabaseLock
    from desktop_app.db.connection import close_database, open_database

    with DatabaseLock(db_path, holder=f"lệnh sochibo {command}"):
        clean_after_crash(db_path)
        open_database(db_path, create=False, backup_before_upgrade=backup_before_upgrade)
        try:
            yield
        finally:
            close_database()


@contextlib.contextmanager
def reading(db_path: Path) -> Iterator[None]:
    """The database at *db_path* open read-only (an older file: a private upgraded copy)."""
    from desktop_app.db.connection import close_database
    from desktop_app.db.reading import current_schema, open_read_only

    if not current_schema(db_path):
        with snapshot(db_path):
            yield
        return
    open_read_only(db_path)
    try:
        yield
    finally:
        close_database()


@contextlib.contextmanager
def snapshot(db_path: Path) -> Iterator[None]:
    """A private copy of *db_path* as it is now, open for scratch writes; deleted after."""
    from desktop_app.db.connection import close_database, open_database
    from desktop_app.db.reading import copy_snapshot

    with tempfile.TemporaryDirectory(prefix="sochibo-") as work:
        copy = copy_snapshot(db_path, Path(work) / db_path.name)
        # An older copy is upgraded in place: it is the private copy, the live file stays.
        open_database(copy, create=False, backup_before_upgrade=_copy_needs_no_backup)
        try:
            yield
        finally:
            close_database()


def _copy_needs_no_backup(copy: Path, _old_version: int, _new_version: int) -> Path:
    """The snapshot is a throw-away copy of the live file, which stays as it was: that file
    is the copy kept from before the upgrade."""
    return copy
