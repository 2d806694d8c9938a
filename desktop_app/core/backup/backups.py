"""Backups (sao lưu): consistent, verified copies of the database with a manifest.

A backup is made with SQLite's online backup API from a read-only connection (never a
plain file copy, which can catch a half-written page or miss the WAL), switched to a
self-contained rollback-journal file, then checked: integrity, schema version and the
row count of every table must equal the source's, read in the same snapshot. Backup
files carry their own extension (``.sochibo-backup``) so that nobody opens one as the
live database by mistake; beside each is a JSON manifest (``<file>.json``).

Copying and checking SQLite files is in :mod:`.sqlite_copy`, restoring in :mod:`.restore`,
thinning old automatic backups in :mod:`.retention`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.replace import FileInUseError, replace_file
from desktop_app.core.common.text import fold
from desktop_app.db.connection import inspect_file
from desktop_app.db.storage import DAMAGED, IN_USE, MISSING, explain, kind_of
from desktop_app.private_files import create_private, private_folder

from .leftovers import backup_in_progress, clean_interrupted
from .manifest import (
    BACKUP_SUFFIX,
    REASON_LABELS,
    Manifest,
    default_backup_dir,
    manifest_path,
    read_manifest,
)
from .sqlite_copy import (
    BackupError,
    copy_consistent,
    fsync_file,
    fsync_folder,
    sha256_file,
    verify_copy,
    write_text_atomically,
)

log = logging.getLogger(__name__)

UNCHANGED = "Dữ liệu gốc không bị thay đổi."

@dataclass(frozen=True)
class BackupInfo:
    """A backup file found on disk, with its manifest when it has one."""

    path: Path
    size: int
    created_at: dt.datetime
    manifest: Manifest | None

    @property
    def reason(self) -> str:
        return self.manifest.reason if self.manifest else ""

    @property
    def description(self) -> str:
        """"26/11/2026 14:32 · tự động khi đóng chương trình · 2,4 MB"."""
        return describe(self)


def format_size(size: int) -> str:
    """"2,4 MB", "850 KB": the size as a secretary reads it."""
    if size >= 1024 * 1024:
        return f"{number(size / (1024 * 1024), 1)} MB"
    return f"{number(max(1, round(size / 1024)))} KB"


def format_moment(moment: dt.datetime) -> str:
    """"26/11/2026 14:32"."""
    return f"{short_date(moment.date())} {moment:%H:%M}"


def describe(info: BackupInfo) -> str:
    parts = [format_moment(info.created_at)]
    if info.manifest is not None:
        parts.append(info.manifest.reason_label)
    else:
        parts.append("không có bản kê")
    parts.append(format_size(info.size))
    if info.manifest is not None and info.manifest.encrypted:
        parts.append("có mật khẩu")
    return " · ".join(parts)


def slug(text: str) -> str:
    """ASCII file-name part: "Chi bộ Văn phòng" → "chi-bo-van-phong"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60]


def automatic_file_name(db_path: Path, reason: str, moment: dt.datetime) -> str:
    return f"{Path(db_path).stem}-{moment:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def default_file_name(cell_name: str, moment: dt.datetime) -> str:
    """Name offered for a manual backup: the cell's name and the date and time."""
    name = slug(cell_name) or "so-chi-bo"
    return f"sao-luu-{name}-{moment:%Y-%m-%d-%H%M}{BACKUP_SUFFIX}"


def reserve_unique(folder: Path, file_name: str) -> Path:
    """Create an empty file under a name nobody has, adding "-2", "-3"… when needed.

    Creating it exclusively reserves the name, so two backups in the same second never
    overwrite each other, even from two processes.
    """
    if not file_name.endswith(BACKUP_SUFFIX):
        file_name += BACKUP_SUFFIX
    stem = file_name[: -len(BACKUP_SUFFIX)]
    for attempt in range(1, 1000):
        candidate = folder / (f"{stem}{BACKUP_SUFFIX}" if attempt == 1
                              else f"{stem}-{attempt}{BACKUP_SUFFIX}")
        try:
            create_private(candidate, exclusive=True)
            return candidate
        except FileExistsError:
            continue
    raise BackupError(f"Thư mục “{folder}” đã có quá nhiều bản sao lưu cùng tên.")


def create_backup(
    db_path: Path | str,
    *,
    reason: str = "manual",
    folder: Path | None = None,
    file_name: str | None = None,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back up the database at *db_path*; return the verified backup.

    *folder* defaults to ``backups/`` beside the database. With *password* the file is
    encrypted (see :mod:`.backup_crypto`). Raises BackupError (or DatabaseOpenError for
    an unusable source) with a Vietnamese message; the source is never written to.
    """
    if reason not in REASON_LABELS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    state = inspect_file(db_path)
    if not state.exists:
        raise BackupError(f"Không tìm thấy tệp dữ liệu “{db_path}”.")
    if not state.is_ours:
        raise BackupError(f"Tệp “{db_path}” chưa có dữ liệu Sổ Chi bộ để sao lưu.")
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    folder = Path(folder) if folder is not None else default_backup_dir(db_path)
    try:
        private_folder(folder)
        clean_interrupted(db_path, [folder])  # what killed backups left, before using space
        with backup_in_progress(folder, db_path.parent):
            target = reserve_unique(folder,
                                    file_name or automatic_file_name(db_path, reason, moment))
            manifest = _write_backup(db_path, target, reason, moment, password)
    except OSError as error:
        raise BackupError(f"Không sao lưu được: {explain(error, folder)} {UNCHANGED}") from error
    log.info("backup %s (%s) of %s", target, reason, db_path)
    return BackupInfo(path=target, size=manifest.size, created_at=moment, manifest=manifest)


def _write_backup(db_path: Path, target: Path, reason: str, moment: dt.datetime,
                  password: str | None) -> Manifest:
    """Copy, verify (and encrypt) *db_path* into the reserved *target*, with its manifest.

    The manifest is written before the backup is renamed over its reserved name: a backup
    found in place always has its manifest (a kill in between leaves an empty reserved
    file and a manifest, which the next clean-up removes).
    """
    folder = target.parent
    partial = target.with_name(target.name + ".part")
    # The unencrypted copy stays on the local disk beside the database, never on the USB
    # stick (on a read-only disk: in the user's private temporary folder).
    beside = db_path.parent if os.access(db_path.parent, os.W_OK) else Path(tempfile.gettempdir())
    plain = beside / f".{target.name}.plain"
    try:
        for leftover in (partial, plain):
            if leftover.exists():
                leftover.unlink()
        written = plain if password else partial
        try:
            snapshot = copy_consistent(db_path, written)
        except sqlite3.Error as error:
            source_side = kind_of(error) in (DAMAGED, IN_USE, MISSING, None)
            where = db_path if source_side else written.parent
            raise BackupError(f"Không sao lưu được: {explain(error, where)} {UNCHANGED}") \
                from error
        verify_copy(written, snapshot)
        if password:
            from .crypto import encrypt_file

            encrypt_file(plain, partial, password)
            plain.unlink()
        fsync_file(partial)
        manifest = Manifest(
            created_at=moment,
            reason=reason,
            schema_version=snapshot.schema_version,
            size=partial.stat().st_size,
            sha256=sha256_file(partial),
            cell_name=snapshot.cell_name,
            member_count=snapshot.member_count,
            last_entry=snapshot.last_entry,
            row_counts=snapshot.row_counts,
            source_name=db_path.name,
            encrypted=bool(password),
        )
        write_text_atomically(manifest_path(target), manifest.to_json())
        replace_file(partial, target)
        fsync_folder(folder)
    except FileInUseError as error:
        _discard(target, partial, plain, manifest_path(target))
        raise BackupError(f"{error} {UNCHANGED}") from error
    except OSError as error:
        _discard(target, partial, plain, manifest_path(target))
        raise BackupError(f"Không sao lưu được: {explain(error, folder)} {UNCHANGED}") from error
    except BaseException:
        _discard(target, partial, plain, manifest_path(target))
        raise
    return manifest


def backup_before_upgrade(db_path: Path, old_version: int, new_version: int) -> Path:
    """The copy of a file kept before its schema is upgraded from *old_version* to
    *new_version*: a verified backup in ``backups/``, named by both versions.

    Whoever opens a database passes this to ``db.connection.open_database``; it reads
    the file only (a backup never writes to its source).
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = (f"{db_path.stem}-truoc-nang-cap-v{old_version}-v{new_version}-{stamp}"
            f"{BACKUP_SUFFIX}")
    return create_backup(db_path, reason="before_upgrade", file_name=name).path


def _discard(*files: Path) -> None:
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def backup_info(path: Path) -> BackupInfo:
    path = Path(path)
    stat = path.stat()
    manifest = read_manifest(path)
    created = manifest.created_at if manifest else dt.datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(path=path, size=stat.st_size, created_at=created, manifest=manifest)


def list_backups(db_path: Path | str, extra: Iterable[Path] = ()) -> list[BackupInfo]:
    """Known backups, newest first: those in ``backups/`` plus *extra* files that exist."""
    found: dict[Path, BackupInfo] = {}
    folder = default_backup_dir(Path(db_path))
    candidates = list(folder.glob(f"*{BACKUP_SUFFIX}")) if folder.is_dir() else []
    candidates.extend(Path(p) for p in extra)
    for path in candidates:
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_size > 0:
                found[path.resolve()] = backup_info(path)
    return sorted(found.values(), key=lambda info: (info.created_at, info.path.name),
                  reverse=True)


def bound_database_path() -> Path:
    """The file of the database the app has open (the bound proxy)."""
    from desktop_app.db import database

    if database.obj is None:
        raise BackupError("Chưa mở tệp dữ liệu nào.")
    return Path(database.obj.database)


def backup_before(reason: str, db_path: Path | str | None = None) -> BackupInfo | None:
    """Safety backup before a risky operation: ``backup_before("before_import")``.

    Call it before an Excel import or a bulk delete (reasons ``before_import``,
    ``before_bulk_delete``); *db_path* defaults to the open database. Returns None for a
    database without data yet. Raises BackupError: then do not go on with the operation.
    """
    path = Path(db_path) if db_path is not None else bound_database_path()
    state = inspect_file(path)
    if not state.exists or not state.is_ours:
        return None
    return create_backup(path, reason=reason)
