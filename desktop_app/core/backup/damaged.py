"""A damaged database at start: what is wrong with a file, moving it aside, the backup to offer.

The damaged file is never deleted: it goes, with its side files, to ``recovery/`` beside it,
and the newest backup that validates is offered (restoring is :mod:`.restore`, salvaging
what is still readable :mod:`.salvage`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.common.replace import replace_file
from desktop_app.db.connection import SQLITE_MAGIC, DatabaseOpenError, inspect_file
from desktop_app.db.migrations import APPLICATION_ID
from desktop_app.private_files import make_private, private_folder

from .sqlite_copy import fsync_folder, read_only_connection

log = logging.getLogger(__name__)

RECOVERY_FOLDER = "recovery"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in SIDE_SUFFIXES]


@dataclass(frozen=True)
class Diagnosis:
    """What is wrong with a database file: ok, missing, damaged, empty (0 bytes),
    not_database, foreign (another program's SQLite file), newer (a newer version of
    ours) or unreadable."""

    kind: str
    message: str = ""


def diagnose(db_path: Path | str) -> Diagnosis:
    """Classify *db_path* without changing it (quick_check, as on every start)."""
    from desktop_app.db.migrations import SCHEMA_VERSION

    db_path = Path(db_path)
    try:
        state = inspect_file(db_path)
    except DatabaseOpenError as error:
        message = str(error)
    else:
        return Diagnosis("ok" if state.exists else "missing")
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return Diagnosis("unreadable", message)
    if not header:
        return Diagnosis("empty", message)  # 0 bytes: refused on opening, restorable by hand
    if header != SQLITE_MAGIC:
        # Zeroed or scrambled pages look like this too; a real document has a known header.
        return Diagnosis("damaged" if header.strip(b"\x00") == b"" else "not_database", message)
    try:
        connection = read_only_connection(db_path)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return Diagnosis("damaged", message)
    if app_id != APPLICATION_ID:
        return Diagnosis("foreign", message)
    if version > SCHEMA_VERSION:
        return Diagnosis("newer", message)
    return Diagnosis("damaged", message)


def move_to_recovery(db_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Move *db_path* and its side files into ``recovery/`` beside it; never delete them."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    folder = private_folder(db_path.parent / RECOVERY_FOLDER)
    base = f"{db_path.stem}-hong-{moment:%Y%m%d-%H%M%S}"
    stem = base
    attempt = 1
    while any(folder.glob(f"{stem}{db_path.suffix}*")):
        attempt += 1
        stem = f"{base}-{attempt}"
    moved = []
    for source in [db_path, *side_files(db_path)]:
        if source.exists():
            target = folder / (stem + db_path.suffix + source.name[len(db_path.name):])
            replace_file(source, target)  # a rename within the database's folder
            make_private(target)
            moved.append(target)
    fsync_folder(folder)
    log.warning("moved damaged database %s to %s", db_path, moved)
    return moved
