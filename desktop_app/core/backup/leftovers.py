"""What an interrupted backup, restore or demo leaves behind, and removing it.

A backup killed half-way (the computer switched off, the program ended from the Task
Manager) leaves its working files: the ``.part`` copy (as large as the database) and
SQLite's ``-journal`` of it, the empty file that reserved the backup's name, a half-written
manifest, and, for a backup with a password, the unencrypted copy made beside the
database. None of them is a backup; on a USB stick they would fill it. The next backup
into a folder, and the window when it opens the database, remove them.

A backup under way holds a shared lock on the folders it writes into (POSIX ``flock`` on
the folder itself), and the clean-up takes it exclusively without waiting: files of a
backup still running, in this process or another, are never taken for leftovers. On
Windows a file still being written cannot be deleted, which gives the same protection.

Since this version a backup's manifest is written before the backup is renamed into
place, so a backup without its manifest only comes from an older version killed between
the two: it is checked and given its manifest, or removed when it is not a good backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import crypto
from .manifest import (
    BACKUP_SUFFIX,
    MANIFEST_SUFFIX,
    REASON_LABELS,
    Manifest,
    default_backup_dir,
    manifest_path,
    read_manifest,
)
from .sqlite_copy import (
    integrity_problems,
    read_only_connection,
    read_snapshot,
    sha256_file,
    write_text_atomically,
)

log = logging.getLogger(__name__)

WORK_SUFFIXES = (".part", ".part-journal", ".part-wal", ".part-shm")
# Where a handover package is unpacked inside the chosen folder while it is opened
# (core/backup/handover.py); a killed opening leaves it behind.
STAGING_FOLDER = ".sochibo-dang-nhan-ban-giao"
PLAIN_SUFFIX = ".plain"  # the unencrypted copy of a backup with a password, beside the db
RESTORE_SUFFIX = ".restore-tmp"
DECRYPTED_SUFFIX = ".decrypted"
DEMO_SUFFIX = ".tao-mau"
SALVAGE_SUFFIX = ".cuu-tmp"  # as in .salvage
_SIDE = ("", "-journal", "-wal", "-shm")
_NAMED = re.compile(r"-(\d{8}-\d{6})-([a-z_]+?)(?:-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")
_OURS = re.compile(r"(^sao-luu-.*|-\d{8}-\d{6}-[a-z_]+(-\d+)?)" + re.escape(BACKUP_SUFFIX) + "$")


def _flock(fd: int, flags: int) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, flags)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def backup_in_progress(*folders: Path) -> Iterator[None]:
    """Mark a backup as writing into *folders* (a shared lock on each) until the end."""
    fds: list[int] = []
    try:
        if os.name == "posix":
            import fcntl

            for folder in dict.fromkeys(Path(f).resolve() for f in folders):
                with contextlib.suppress(OSError):
                    fd = os.open(folder, os.O_RDONLY)
                    fds.append(fd)
                    _flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        for fd in fds:
            os.close(fd)  # closing releases the lock


@contextlib.contextmanager
def _nobody_writing(folder: Path) -> Iterator[bool]:
    """True inside when no backup is writing into *folder* (held until the end)."""
    if os.name != "posix":
        yield True
        return
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        yield _flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(fd)


def _remove(path: Path, removed: list[Path]) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:  # still open elsewhere (Windows): left for the next time
        log.warning("cannot remove leftover %s: %s", path, error)
        return
    removed.append(path)
    log.info("removed leftover %s", path)


def _named(path: Path) -> tuple[dt.datetime | None, str]:
    """When and why a backup was made, from its name (``…-20261126-143200-automatic``)."""
    match = _NAMED.search(path.name)
    if match is None:
        return None, "manual"
    moment = None
    with contextlib.suppress(ValueError):
        moment = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    reason = match.group(2)
    return moment, reason if reason in REASON_LABELS else "manual"


def complete_manifest(backup: Path) -> bool:
    """Write the missing manifest of *backup* after checking it; False when it is not a
    good backup (then nothing is written)."""
    moment, reason = _named(backup)
    if moment is None:
        moment = dt.datetime.fromtimestamp(backup.stat().st_mtime).replace(microsecond=0)
    size, digest = backup.stat().st_size, sha256_file(backup)
    if crypto.is_encrypted(backup):  # its content needs the password: size and checksum only
        manifest = Manifest(created_at=moment, reason=reason, schema_version=0, size=size,
                            sha256=digest, encrypted=True)
    else:
        from desktop_app.db.migrations import APPLICATION_ID

        try:
            connection = read_only_connection(backup)
            try:
                if integrity_problems(connection):
                    return False
                snapshot = read_snapshot(connection)
            finally:
                connection.close()
        except Exception as error:  # not SQLite, damaged: not a backup
            log.warning("%s is not a good backup: %s", backup, error)
            return False
        if snapshot.application_id != APPLICATION_ID or snapshot.schema_version < 1:
            return False
        manifest = Manifest(
            created_at=moment, reason=reason, schema_version=snapshot.schema_version,
            size=size, sha256=digest, cell_name=snapshot.cell_name,
            member_count=snapshot.member_count, last_entry=snapshot.last_entry,
            row_counts=snapshot.row_counts)
    write_text_atomically(manifest_path(backup), manifest.to_json())
    log.info("completed the manifest of %s", backup)
    return True


def _clean_backup_folder(folder: Path) -> list[Path]:
    removed: list[Path] = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if not path.is_file():
            continue
        if name.endswith(tuple(BACKUP_SUFFIX + s for s in WORK_SUFFIXES)) or name.endswith(
                BACKUP_SUFFIX + MANIFEST_SUFFIX + ".part"):
            _remove(path, removed)
        elif name.endswith(BACKUP_SUFFIX) and path.stat().st_size == 0:
            _remove(path, removed)  # the name reserved by a backup that never got written
            _remove(manifest_path(path), removed)
        elif name.endswith(BACKUP_SUFFIX + MANIFEST_SUFFIX):
            backup = path.with_name(name[: -len(MANIFEST_SUFFIX)])
            if not backup.exists() and read_manifest(backup) is not None:
                _remove(path, removed)  # the manifest of a backup that was never renamed
        elif (name.endswith(BACKUP_SUFFIX) and not manifest_path(path).exists()
              and not complete_manifest(path) and _OURS.search(name)):
            _remove(path, removed)  # ours, without manifest, and not a good backup
    return removed


def _clean_beside_database(folder: Path) -> list[Path]:
    """The unencrypted copies made beside the database while backing up with a password
    or restoring such a backup: the database's data in clear."""
    removed: list[Path] = []
    endings = tuple(suffix + side for suffix in (PLAIN_SUFFIX, DECRYPTED_SUFFIX)
                    for side in _SIDE)
    for path in sorted(folder.glob(".*")):
        if path.is_file() and path.name.endswith(endings):
            _remove(path, removed)
    return removed


def clean_interrupted(db_path: Path | str, folders: Iterable[Path] = ()) -> list[Path]:
    """Remove what interrupted backups of *db_path* left in ``backups/`` (and *folders*)
    and beside it; return the files removed. Folders a backup is writing into are skipped."""
    db_path = Path(db_path)
    removed: list[Path] = []
    for folder in dict.fromkeys([default_backup_dir(db_path), *map(Path, folders)]):
        if folder.is_dir():
            with _nobody_writing(folder) as free:
                if free:
                    removed += _clean_backup_folder(folder)
    if db_path.parent.is_dir():
        with _nobody_writing(db_path.parent) as free:
            if free:
                removed += _clean_beside_database(db_path.parent)
    return removed


def restore_work_files(db_path: Path) -> list[Path]:
    """The working files of a restore (and of a demo being made) into *db_path*."""
    folder = db_path.parent
    names = [f".{db_path.name}{RESTORE_SUFFIX}{s}" for s in _SIDE]
    names += [f"{db_path.name}{DEMO_SUFFIX}{s}" for s in _SIDE]
    names += [f".{db_path.name}{SALVAGE_SUFFIX}{s}" for s in _SIDE]
    return [folder / n for n in names if (folder / n).is_file()]


def clean_old_temporary(max_age: dt.timedelta = dt.timedelta(days=1)) -> list[Path]:
    """The program's temporary folders (``sochibo-*``: a decrypted backup being checked, a
    handover being opened) left by a process that was killed: those of this user older than
    *max_age*, an age no piece of work reaches."""
    import shutil
    import tempfile
    import time

    removed: list[Path] = []
    limit = time.time() - max_age.total_seconds()
    for folder in Path(tempfile.gettempdir()).glob("sochibo-*"):
        with contextlib.suppress(OSError):
            info = folder.stat()
            if (folder.is_dir() and info.st_mtime < limit
                    and (os.name != "posix" or info.st_uid == os.geteuid())):
                shutil.rmtree(folder)
                removed.append(folder)
    return removed


def clean_after_crash(db_path: Path | str) -> list[Path]:
    """Everything interrupted work on *db_path* left behind. The caller holds the file's
    lock (no restore or demo can be writing into it meanwhile)."""
    import shutil


    db_path = Path(db_path)
    removed: list[Path] = []
    if db_path.parent.is_dir():
        with _nobody_writing(db_path.parent) as free:  # a restore holds it while it works
            if free:
                for path in restore_work_files(db_path):
                    _remove(path, removed)
                staging = db_path.parent / STAGING_FOLDER  # a handover opening killed late
                if staging.is_dir():
                    shutil.rmtree(staging, ignore_errors=True)
                    removed.append(staging)
    return removed + clean_interrupted(db_path) + clean_old_temporary()
