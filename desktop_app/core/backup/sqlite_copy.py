"""Consistent copies of SQLite files and what a copy holds.

The backup module's lower layer: copies through SQLite's online backup API from a
read-only connection (never a plain file copy), the facts read in the same snapshot
(row counts, schema version, cell name, members), integrity checks, durable writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app import file_check
from desktop_app.core.common.replace import replace_file
from desktop_app.errors import UserError
from desktop_app.private_files import create_private, open_private

log = logging.getLogger(__name__)

class BackupError(UserError):
    """A backup could not be made or read; the live database is unchanged."""


@dataclass(frozen=True)
class Snapshot:
    """Facts read from a database in one read transaction."""

    schema_version: int
    application_id: int
    row_counts: dict[str, int]
    cell_name: str = ""
    member_count: int = 0
    last_entry: dt.date | None = None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write; autocommit so that BEGIN is ours to issue."""
    return sqlite3.connect(file_check.read_only_uri(Path(path)), uri=True, isolation_level=None)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _scalar(connection: sqlite3.Connection, sql: str, default: object = None) -> object:
    try:
        row = connection.execute(sql).fetchone()
    except sqlite3.Error:
        return default
    return row[0] if row and row[0] is not None else default


def read_snapshot(connection: sqlite3.Connection) -> Snapshot:
    """Row counts and the facts a secretary recognises a backup by."""
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
        for table in tables
    }
    members = _scalar(
        connection,
        "SELECT count(*) FROM member WHERE kind IN ('full', 'probationary') "
        "AND status IN ('active', 'excused')",
    )
    if members is None:
        members = counts.get("member", 0)
    last_stamp = ""
    for table in tables:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({_quote(table)})")}
        for column in ("updated_at", "created_at"):
            if column in columns:
                value = _scalar(
                    connection, f"SELECT max({_quote(column)}) FROM {_quote(table)}", ""
                )
                last_stamp = max(last_stamp, str(value))
    last_entry = None
    with contextlib.suppress(ValueError):
        last_entry = dt.date.fromisoformat(last_stamp[:10]) if last_stamp else None
    return Snapshot(
        schema_version=connection.execute("PRAGMA user_version").fetchone()[0],
        application_id=connection.execute("PRAGMA application_id").fetchone()[0],
        row_counts=counts,
        cell_name=str(_scalar(connection, "SELECT name FROM cell ORDER BY id LIMIT 1", "")),
        member_count=int(members),  # type: ignore[call-overload]
        last_entry=last_entry,
    )


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_text_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".part")
    with open_private(partial, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    replace_file(partial, path)


def copy_consistent(source: Path, target: Path) -> Snapshot:
    """Copy *source* to *target* through the backup API; return the source's snapshot.

    The row counts are read in the same read transaction the backup copies from, so
    that they describe exactly the copied data even while the app keeps writing.
    The copy is switched to rollback-journal mode: one self-contained file.
    """
    src = read_only_connection(source)
    try:
        src.execute("BEGIN")
        snapshot = read_snapshot(src)
        if not Path(target).exists():
            create_private(target)  # the copy holds the members' data: the user's only
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return snapshot


def verify_copy(copy: Path, expected: Snapshot) -> None:
    """Raise BackupError unless *copy* is healthy and holds exactly *expected*'s rows."""
    connection = read_only_connection(copy)
    try:
        problems = integrity_problems(connection)
        if problems:
            log.error("the new copy %s fails integrity_check: %s", copy, problems[:5])
            raise BackupError(
                f"Bản sao vừa tạo “{copy.name}” không qua được kiểm tra toàn vẹn (ổ đĩa nơi "
                "ghi có thể bị lỗi). Dữ liệu gốc không bị thay đổi; hãy thử sao lưu vào ổ khác."
            )
        found = read_snapshot(connection)
    finally:
        connection.close()
    if found.schema_version != expected.schema_version:
        raise BackupError("Bản sao vừa tạo có phiên bản cấu trúc dữ liệu khác với tệp gốc.")
    if found.application_id != expected.application_id:
        raise BackupError("Bản sao vừa tạo không mang dấu tệp dữ liệu của Sổ Chi bộ.")
    if found.row_counts != expected.row_counts:
        differing = sorted(
            set(found.row_counts.items()) ^ set(expected.row_counts.items())
        )
        log.error("row counts differ: %s", differing)
        raise BackupError("Số dòng dữ liệu trong bản sao vừa tạo không khớp với tệp gốc.")
