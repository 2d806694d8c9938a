"""Reading a database without writing to it: beside a window that has it open, or on
read-only media.

The one-writer rule (``core.backup.lock``) is for writers; a reader needs no lock: SQLite's
own consistency gives it a snapshot while the window writes on. :func:`open_read_only`
binds the proxy to a connection that cannot write. :func:`copy_snapshot` makes a private
copy to work on, for a reading that needs to write scratch rows (a report drafted from
the command line) or to upgrade an older file without touching it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import file_check
from . import database
from .connection import BUSY_TIMEOUT_MS, DatabaseOpenError, inspect_file
from .storage import AppDatabase, explain

READ_PRAGMAS = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS, "query_only": 1}


def open_read_only(path: Path | str) -> AppDatabase:
    """Bind the proxy to *path* opened read-only; raise DatabaseOpenError when it cannot be
    read as it is (missing, not ours, or of an older schema: use :func:`copy_snapshot`)."""
    from .migrations import SCHEMA_VERSION

    path = Path(path).expanduser()
    state = inspect_file(path)
    if not state.exists:
        raise DatabaseOpenError(f"Không tìm thấy tệp “{path}”.")
    if not state.is_ours:
        raise DatabaseOpenError(f"Tệp “{path}” chưa có dữ liệu Sổ Chi bộ.")
    if state.schema_version != SCHEMA_VERSION:
        raise DatabaseOpenError(f"Tệp “{path}” có cấu trúc dữ liệu cũ (số "
                                f"{state.schema_version}), cần nâng cấp trước khi đọc.")
    db = AppDatabase(file_check.read_only_uri(path), uri=True, pragmas=READ_PRAGMAS,
                     check_same_thread=False)
    db.shown_path = str(path)
    try:
        db.connect()
    except Exception as error:
        raise DatabaseOpenError(f"Không đọc được tệp dữ liệu: {explain(error, path)}") \
            from error
    database.initialize(db)
    return db


def copy_snapshot(path: Path | str, target: Path) -> Path:
    """Copy *path* to *target* (a private work file) as it is now, through SQLite's online
    backup API from a read-only connection: consistent even while a window writes."""
    path = Path(path).expanduser()
    state = inspect_file(path)
    if not state.exists:
        raise DatabaseOpenError(f"Không tìm thấy tệp “{path}”.")
    try:
        source = file_check.read_only_connection(path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise DatabaseOpenError(f"Không đọc được tệp dữ liệu: {explain(error, path)}") \
            from error
    return target


def current_schema(path: Path | str) -> bool:
    """True when *path* is our database at this program's schema version."""
    from .migrations import SCHEMA_VERSION

    state = inspect_file(Path(path).expanduser())
    return state.is_ours and state.schema_version == SCHEMA_VERSION
