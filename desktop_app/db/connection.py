"""Opening a database file safely.

A file is inspected read-only before anything writes to it: a damaged file, a
foreign file, a file from a newer version or a file in a read-only place is refused
with a Vietnamese message and left byte-for-byte unchanged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from .. import file_check
from ..errors import UserError
from ..private_files import create_private, make_private, private_folder
from . import database, migrations, triggers
from .storage import AppDatabase, kind_of, what_to_do

log = logging.getLogger(__name__)

# Keeps a verified copy of the file at the path (schema version old -> new) before it is
# upgraded and returns where the copy is; raises UserError when it cannot. Passed in by
# whoever opens the file (the data layer knows nothing of backups).
BackupBeforeUpgrade = Callable[[Path, int, int], Path]

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "full",  # an office PC loses power; a committed row must survive it
}


class DatabaseOpenError(UserError):
    """The file cannot be used as the app's database; nothing was changed."""


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    schema_version: int = 0
    is_ours: bool = False
    is_empty: bool = True


# The last good quick check of a file, by its identity: the start-up checks a file before
# offering recovery and again when opening it, and on a decade of records each quick check
# reads the whole file (a quarter of a second). An unchanged file is not read twice.
_last_good: tuple[tuple, FileState] | None = None


def inspect_file(path: Path, *, full_check: bool = False) -> FileState:
    """Look at *path* without changing it; raise DatabaseOpenError if it is unusable."""
    global _last_good
    if full_check or not path.is_file():
        return _inspect(path, full_check)
    checked_ahead = file_check.quick_check_rows(path)  # started by __main__, if any
    identity = file_check.identity(path)
    if _last_good is not None and _last_good[0] == identity:
        return _last_good[1]
    state = _inspect(path, full_check, checked_ahead)
    _last_good = (identity, state) if identity == file_check.identity(path) else None
    return state


def _inspect(path: Path, full_check: bool, checked: list[str] | None = None) -> FileState:
    if not path.exists():
        return FileState(exists=False)
    if path.is_dir():
        raise DatabaseOpenError(f"“{path}” là một thư mục, không phải tệp cơ sở dữ liệu.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _open_error(error, path) from error
    if not header:
        raise DatabaseOpenError(
            f"Tệp “{path}” rỗng (0 byte), không phải cơ sở dữ liệu của Sổ Chi bộ. "
            "Nếu đây là tệp dữ liệu của anh/chị, hãy phục hồi từ bản sao lưu."
        )
    if header != SQLITE_MAGIC:
        raise DatabaseOpenError(
            f"Tệp “{path}” không phải là cơ sở dữ liệu của Sổ Chi bộ "
            "(có thể là tài liệu Word, Excel hoặc tệp khác)."
        )
    try:
        connection = file_check.read_only_connection(path)
    except sqlite3.Error as error:
        raise _open_error(error, path) from error
    try:
        check = "integrity_check" if full_check else "quick_check"
        rows = checked if checked is not None and not full_check else [
            str(r[0]) for r in connection.execute(f"PRAGMA {check}")]
        if rows != ["ok"]:
            log.warning("%s fails its check: %s", path, "; ".join(rows[:5]))
            raise DatabaseOpenError(DAMAGED_MESSAGE.format(path=path))
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _open_error(error, path) from error
    finally:
        connection.close()
    if app_id != migrations.APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return FileState(exists=True, is_empty=True)
        raise DatabaseOpenError(
            f"Tệp “{path}” là cơ sở dữ liệu SQLite của một chương trình khác, "
            "không phải của Sổ Chi bộ. Tệp không bị thay đổi."
        )
    latest = migrations.SCHEMA_VERSION
    if version > latest:
        raise DatabaseOpenError(
            f"Tệp “{path}” được tạo bởi phiên bản Sổ Chi bộ mới hơn "
            f"(cấu trúc dữ liệu số {version}, phiên bản này chỉ đọc được đến số {latest}). "
            "Hãy cập nhật chương trình; tệp không bị thay đổi."
        )
    return FileState(exists=True, schema_version=version, is_ours=True, is_empty=False)


DAMAGED_MESSAGE = ("Tệp “{path}” bị hỏng (ổ đĩa lỗi hoặc tệp bị ghi dở). Dữ liệu chưa bị thay "
                   "đổi; hãy phục hồi từ bản sao lưu gần nhất.")


def _open_error(error: BaseException, path: Path) -> DatabaseOpenError:
    """The Vietnamese refusal for an error met while opening *path* (never SQLite's text)."""
    log.warning("cannot open %s: %s", path, error)
    kind = kind_of(error)
    if kind == "damaged" or (kind is None and isinstance(error, sqlite3.DatabaseError)):
        return DatabaseOpenError(DAMAGED_MESSAGE.format(path=path))
    if kind is None:
        return DatabaseOpenError(f"Không mở được tệp “{path}”. Tệp không bị thay đổi.")
    return DatabaseOpenError(f"Không mở được tệp dữ liệu: {what_to_do(kind, path)}")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            f"Tệp “{path}” chỉ cho phép đọc. Hãy chép tệp sang một thư mục ghi được "
            "(ví dụ Tài liệu) rồi mở lại."
        )
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            f"Không ghi được vào thư mục “{folder}”. Hãy chọn một thư mục ghi được "
            "(ví dụ Tài liệu)."
        )


def copy_aside_before_upgrade(path: Path, old_version: int,
                              backup: BackupBeforeUpgrade | None) -> Path:
    """Keep the file as it was before a schema upgrade, through *backup* (the caller's).

    No upgrade without a safe copy: with no *backup*, or one that fails, the upgrade is
    refused and the file left unchanged.
    """
    latest = migrations.SCHEMA_VERSION
    if backup is None:
        raise DatabaseOpenError(
            f"Tệp “{path}” cần nâng cấp cấu trúc dữ liệu (từ số {old_version} lên số "
            f"{latest}) mà chưa có cách tạo bản sao trước khi nâng cấp, nên chưa được "
            "nâng cấp. Tệp không bị thay đổi."
        )
    try:
        return backup(path, old_version, latest)
    except DatabaseOpenError:
        raise
    except UserError as error:
        raise DatabaseOpenError(
            f"Chưa nâng cấp được tệp “{path}” vì không tạo được bản sao trước khi nâng cấp: "
            f"{error} Tệp không bị thay đổi."
        ) from error


def open_database(path: Path | str, *, create: bool = True,
                  backup_before_upgrade: BackupBeforeUpgrade | None = None) -> SqliteDatabase:
    """Open (creating or upgrading when needed) the database at *path* and bind the proxy.

    An older file is upgraded only after *backup_before_upgrade* kept a copy of it (the
    app passes ``core.backup.backups.backup_before_upgrade``); without one it is refused.
    Raises DatabaseOpenError with a Vietnamese message; the file is then unchanged.
    """
    path = Path(path).expanduser()
    state = inspect_file(path)
    if not state.exists:
        if not create:
            raise DatabaseOpenError(f"Không tìm thấy tệp “{path}”.")
        try:
            private_folder(path.parent)
        except OSError as error:
            raise _open_error(error, path.parent) from error
    _check_writable(path)
    if state.is_ours and state.schema_version < migrations.SCHEMA_VERSION:
        # Copied before the first connection, which would already switch the journal mode.
        aside = copy_aside_before_upgrade(path, state.schema_version, backup_before_upgrade)
        log.info("copied %s aside to %s before upgrading", path, aside)
    db = AppDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        if not state.exists:
            create_private(path)  # SQLite gives the WAL the rights of its database
        db.connect()
    except Exception as error:  # sqlite3.OperationalError wrapped by peewee
        if not state.exists:
            with contextlib.suppress(OSError):
                if path.stat().st_size == 0:
                    path.unlink()
        raise _open_error(error, path) from error
    make_private(path, f"{path}-wal", f"{path}-shm")  # also a file of an older version
    database.initialize(db)
    try:
        if not state.is_ours:
            migrations.create_fresh(db)
            log.info("created database %s", path)
        elif state.schema_version < migrations.SCHEMA_VERSION:
            migrations.upgrade(db, state.schema_version)
        else:
            triggers.ensure(db)  # triggers a tool dropped, or another version of the code made
    except Exception:
        db.close()
        database.initialize(None)
        raise
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
    database.initialize(None)


@dataclass(frozen=True)
class CheckResult:
    healthy: bool
    schema_version: int
    message: str


def check_file(path: Path | str) -> CheckResult:
    """Full integrity check of a file, read-only; used by the ``check`` command."""
    path = Path(path).expanduser()
    try:
        state = inspect_file(path, full_check=True)
    except DatabaseOpenError as error:
        return CheckResult(False, 0, str(error))
    if not state.exists:
        return CheckResult(False, 0, f"Không tìm thấy tệp “{path}”.")
    if state.is_empty:
        return CheckResult(
            False, 0, f"Tệp “{path}” là cơ sở dữ liệu rỗng, chưa có dữ liệu Sổ Chi bộ."
        )
    if state.schema_version < migrations.SCHEMA_VERSION:
        note = (
            f"cấu trúc dữ liệu số {state.schema_version}, sẽ được nâng cấp lên số "
            f"{migrations.SCHEMA_VERSION} khi mở"
        )
    else:
        note = f"cấu trúc dữ liệu số {state.schema_version}"
    return CheckResult(True, state.schema_version, f"Tệp “{path}” tốt ({note}).")
