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
import json
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.replace import FileInUseError, replace_file
from desktop_app.core.common.text import fold
from desktop_app.db.connection import inspect_file

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

BACKUP_SUFFIX = ".sochibo-backup"
MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = "sochibo-backup-manifest"
BACKUPS_FOLDER = "backups"

# Why a backup was made (stored as a code in the manifest) and how to say it.
REASON_LABELS: dict[str, str] = {
    "manual": "sao lưu thủ công",
    "automatic": "tự động",
    "on_close": "tự động khi đóng chương trình",
    "before_restore": "trước khi phục hồi",
    "before_upgrade": "trước khi nâng cấp",
    "before_import": "trước khi nhập dữ liệu",
    "before_bulk_delete": "trước khi xóa hàng loạt",
    "handover": "gói bàn giao",
}
# Only these are thinned by retention; every other backup is kept until the user removes it.
AUTOMATIC_REASONS = frozenset({"automatic", "on_close"})


@dataclass(frozen=True)
class Manifest:
    """What the JSON file beside a backup says about it (bản kê)."""

    created_at: dt.datetime
    reason: str
    schema_version: int
    size: int
    sha256: str
    app_version: str = __version__
    cell_name: str = ""
    member_count: int = 0
    last_entry: dt.date | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    source_name: str = ""
    encrypted: bool = False

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    def to_json(self) -> str:
        data = {
            "format": MANIFEST_FORMAT,
            "format_version": 1,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "reason_label": self.reason_label,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "size": self.size,
            "sha256": self.sha256,
            "cell_name": self.cell_name,
            "member_count": self.member_count,
            "last_entry": self.last_entry.isoformat() if self.last_entry else None,
            "row_counts": self.row_counts,
            "source_name": self.source_name,
            "encrypted": self.encrypted,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a backup manifest")
        last = data.get("last_entry")
        return cls(
            created_at=dt.datetime.fromisoformat(data["created_at"]),
            reason=str(data["reason"]),
            schema_version=int(data["schema_version"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            app_version=str(data.get("app_version", "")),
            cell_name=str(data.get("cell_name", "")),
            member_count=int(data.get("member_count", 0)),
            last_entry=dt.date.fromisoformat(last) if last else None,
            row_counts={str(k): int(v) for k, v in dict(data.get("row_counts", {})).items()},
            source_name=str(data.get("source_name", "")),
            encrypted=bool(data.get("encrypted", False)),
        )


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


def default_backup_dir(db_path: Path) -> Path:
    """Backups live in ``backups/`` beside the database file."""
    return Path(db_path).parent / BACKUPS_FOLDER


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


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
            with candidate.open("xb"):
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
        folder.mkdir(parents=True, exist_ok=True)
        target = reserve_unique(folder, file_name or automatic_file_name(db_path, reason, moment))
    except OSError as error:
        raise BackupError(
            f"Không ghi được vào thư mục “{folder}”: {error.strerror}. "
            "Hãy chọn thư mục khác (ví dụ Tài liệu hoặc ổ USB)."
        ) from error
    partial = target.with_name(target.name + ".part")
    # The unencrypted copy stays on the local disk beside the database, never on the USB stick.
    plain = db_path.parent / f".{target.name}.plain"
    try:
        for leftover in (partial, plain):
            leftover.unlink(missing_ok=True)
        written = plain if password else partial
        try:
            snapshot = copy_consistent(db_path, written)
        except sqlite3.Error as error:
            raise BackupError(f"Không sao lưu được tệp “{db_path}”: {error}.") from error
        verify_copy(written, snapshot)
        if password:
            from .crypto import encrypt_file

            encrypt_file(plain, partial, password)
            plain.unlink()
        fsync_file(partial)
        size = partial.stat().st_size
        digest = sha256_file(partial)
        replace_file(partial, target)
        fsync_folder(folder)
    except FileInUseError as error:
        _discard(target, partial, plain)
        raise BackupError(f"{error} Dữ liệu gốc không bị thay đổi.") from error
    except OSError as error:
        _discard(target, partial, plain)
        raise BackupError(
            f"Không ghi được bản sao lưu vào “{folder}”: {error.strerror}. "
            "Dữ liệu gốc không bị thay đổi."
        ) from error
    except BaseException:
        _discard(target, partial, plain)
        raise
    manifest = Manifest(
        created_at=moment,
        reason=reason,
        schema_version=snapshot.schema_version,
        size=size,
        sha256=digest,
        cell_name=snapshot.cell_name,
        member_count=snapshot.member_count,
        last_entry=snapshot.last_entry,
        row_counts=snapshot.row_counts,
        source_name=db_path.name,
        encrypted=bool(password),
    )
    write_text_atomically(manifest_path(target), manifest.to_json())
    log.info("backup %s (%s) of %s", target, reason, db_path)
    return BackupInfo(path=target, size=size, created_at=moment, manifest=manifest)


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


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside *backup*, or None when it is missing or unreadable."""
    try:
        return Manifest.from_json(manifest_path(backup).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("unreadable manifest beside %s: %s", backup, error)
        return None


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
