"""Restoring a backup (phục hồi): validated completely, then put in place in one step.

A candidate is validated completely before anything near the live file changes: it
must be SQLite, carry our application id, pass ``integrity_check``, have a schema no
newer than this program's, and match its manifest's checksum and row counts when it
has one. Then the current file is backed up (reason ``before_restore``), a verified
copy of the candidate is written beside the live file, made durable, and renamed over
it in one step. The caller must have closed its connection to the live database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.replace import (
    FileInUseError,
    in_use_message,
    remove_file,
    replace_file,
)
from desktop_app.db.connection import SQLITE_MAGIC, inspect_file
from desktop_app.db.migrations import APPLICATION_ID
from desktop_app.db.storage import DAMAGED, explain, kind_of
from desktop_app.errors import UserError

from . import crypto as backup_crypto
from .backups import BackupInfo, create_backup, format_moment, list_backups
from .damaged import diagnose, move_to_recovery, side_files
from .manifest import Manifest, read_manifest
from .sqlite_copy import (
    BackupError,
    Snapshot,
    copy_consistent,
    fsync_file,
    fsync_folder,
    integrity_problems,
    read_only_connection,
    read_snapshot,
    sha256_file,
)

log = logging.getLogger(__name__)

UNCHANGED = "Dữ liệu hiện tại không bị thay đổi."


class RestoreError(UserError):
    """The backup was refused or could not be restored; the live file is as it was."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the confirmation dialog."""

    cell_name: str
    member_count: int
    last_entry: dt.date | None
    schema_version: int
    created_at: dt.datetime | None
    reason_label: str
    encrypted: bool

    def lines(self) -> list[str]:
        lines = [f"Chi bộ: {self.cell_name or '(chưa đặt tên)'}",
                 f"Số đảng viên: {number(self.member_count)}"]
        if self.last_entry:
            lines.append(f"Dữ liệu nhập gần nhất: {short_date(self.last_entry)}")
        if self.created_at:
            made = format_moment(self.created_at)
            lines.append(f"Sao lưu lúc: {made}" + (f" ({self.reason_label})"
                                                   if self.reason_label else ""))
        return lines


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    safety_backup: BackupInfo | None  # the live file as it was, reason before_restore
    quarantined: list[Path]  # a damaged live file moved to recovery/ instead


def _refuse(path: Path, why: str) -> RestoreError:
    return RestoreError(f"Không phục hồi được từ tệp “{path.name}”: {why} {UNCHANGED}")


def _check_plain(path: Path, shown: Path) -> Snapshot:
    """Validate a plain (decrypted) candidate; *shown* is the name used in messages."""
    from desktop_app.db.migrations import SCHEMA_VERSION

    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _refuse(shown, explain(error, shown)) from error
    if header != SQLITE_MAGIC:
        raise _refuse(shown, "đây không phải là bản sao lưu của Sổ Chi bộ.")
    try:
        connection = read_only_connection(path)
        try:
            problems = integrity_problems(connection)
            if problems:
                log.warning("%s fails integrity_check: %s", shown, problems[:5])
                raise _refuse(shown, "tệp bị hỏng (không qua được kiểm tra toàn vẹn).")
            snapshot = read_snapshot(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if kind_of(error) in (None, DAMAGED):
            log.warning("%s cannot be read: %s", shown, error)
            raise _refuse(shown, "tệp bị hỏng hoặc không phải bản sao lưu.") from error
        raise _refuse(shown, explain(error, shown)) from error
    if snapshot.application_id != APPLICATION_ID:
        raise _refuse(shown, "đây là cơ sở dữ liệu của một chương trình khác, "
                             "không phải bản sao lưu của Sổ Chi bộ.")
    if snapshot.schema_version > SCHEMA_VERSION:
        raise _refuse(
            shown,
            f"bản sao lưu được tạo bởi phiên bản Sổ Chi bộ mới hơn (cấu trúc dữ liệu số "
            f"{snapshot.schema_version}, phiên bản này chỉ đọc được đến số {SCHEMA_VERSION}). "
            "Hãy cập nhật chương trình trước.",
        )
    if snapshot.schema_version < 1:
        raise _refuse(shown, "tệp không có phiên bản cấu trúc dữ liệu.")
    return snapshot


@contextlib.contextmanager
def _plain_candidate(candidate: Path, password: str | None, work_folder: Path):
    """Yield a plain database path for *candidate*, decrypting into a temporary file."""
    if not backup_crypto.is_encrypted(candidate):
        yield candidate
        return
    temporary = work_folder / f".{candidate.name}.decrypted"
    try:
        backup_crypto.decrypt_file(candidate, temporary, password)
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def _check_manifest(candidate: Path, manifest: Manifest | None) -> None:
    if manifest is None:
        return
    size = candidate.stat().st_size
    if size != manifest.size:
        raise _refuse(candidate, f"tệp có {number(size)} byte nhưng bản kê ghi "
                                 f"{number(manifest.size)} byte (tệp bị cắt cụt hoặc bị sửa).")
    if sha256_file(candidate) != manifest.sha256:
        raise _refuse(candidate, "mã kiểm tra (SHA-256) không khớp với bản kê: tệp đã bị "
                                 "hỏng hoặc bị sửa sau khi sao lưu.")


def _summary(snapshot: Snapshot, manifest: Manifest | None, encrypted: bool) -> BackupSummary:
    return BackupSummary(
        cell_name=snapshot.cell_name,
        member_count=snapshot.member_count,
        last_entry=snapshot.last_entry,
        schema_version=snapshot.schema_version,
        created_at=manifest.created_at if manifest else None,
        reason_label=manifest.reason_label if manifest else "",
        encrypted=encrypted,
    )


def _validate(candidate: Path, password: str | None, work_folder: Path):
    try:
        return _validate_file(candidate, password, work_folder)
    except OSError as error:
        raise _refuse(candidate, explain(error, candidate)) from error


def _validate_file(candidate: Path, password: str | None, work_folder: Path):
    if not candidate.is_file():
        raise _refuse(candidate, "không tìm thấy tệp.")
    manifest = read_manifest(candidate)
    _check_manifest(candidate, manifest)
    encrypted = backup_crypto.is_encrypted(candidate)
    with _plain_candidate(candidate, password, work_folder) as plain:
        snapshot = _check_plain(plain, candidate)
    if manifest is not None and manifest.row_counts and manifest.row_counts != snapshot.row_counts:
        raise _refuse(candidate, "số dòng dữ liệu không khớp với bản kê.")
    return snapshot, manifest, encrypted


def summarize_backup(candidate: Path | str, password: str | None = None) -> BackupSummary:
    """Validate *candidate* and say what it holds; raise RestoreError when refused.

    Encrypted backups need *password* (PasswordRequiredError / WrongPasswordError).
    """
    import tempfile

    candidate = Path(candidate)
    with tempfile.TemporaryDirectory(prefix="sochibo-") as work:
        snapshot, manifest, encrypted = _validate(candidate, password, Path(work))
    return _summary(snapshot, manifest, encrypted)


def _settle_side_files(db_path: Path) -> None:
    """Fold a leftover WAL into the live file, then remove its side files.

    A stale -wal or -journal next to a replaced file would be applied to the new
    content and corrupt it, so they must go; checkpointing first keeps any committed
    rows they held (they are also in the before_restore backup).
    """
    wal = db_path.with_name(db_path.name + "-wal")
    if db_path.exists() and wal.exists() and wal.stat().st_size > 0:
        connection = sqlite3.connect(db_path, isolation_level=None)
        try:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            connection.close()
        if busy:
            raise RestoreError("Tệp dữ liệu đang được một chương trình khác sử dụng. "
                               f"Hãy đóng chương trình đó rồi thử lại. {UNCHANGED}")
    for path in side_files(db_path):
        remove_file(path)


def restore_backup(
    db_path: Path | str,
    candidate: Path | str,
    *,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace the live database at *db_path* with the backup *candidate*.

    The caller has closed every connection to *db_path* (and holds its lock). Raises
    RestoreError with a Vietnamese message; the live file is then as it was.
    """
    from .leftovers import backup_in_progress, clean_after_crash

    db_path = Path(db_path)
    candidate = Path(candidate)
    folder = db_path.parent
    if candidate.exists() and db_path.exists() and candidate.resolve() == db_path.resolve():
        raise _refuse(candidate, "đây chính là tệp dữ liệu đang dùng.")
    clean_after_crash(db_path)  # what an interrupted restore left (the caller holds the lock)
    with backup_in_progress(folder):  # a decrypted copy may sit beside the database
        return _restore(db_path, candidate, password, now)


def _restore(db_path: Path, candidate: Path, password: str | None,
             now: dt.datetime | None) -> RestoreResult:
    folder = db_path.parent
    snapshot, manifest, encrypted = _validate(candidate, password, folder)
    summary = _summary(snapshot, manifest, encrypted)

    safety: BackupInfo | None = None
    quarantined: list[Path] = []
    if db_path.exists():
        state = diagnose(db_path)
        if state.kind == "ok" and inspect_file(db_path).is_ours:
            try:
                safety = create_backup(db_path, reason="before_restore", now=now)
            except BackupError as error:  # no restore without a copy of the current data
                raise RestoreError(f"Chưa phục hồi, vì chưa sao lưu được dữ liệu hiện tại. "
                                   f"{error}") from error
        elif state.kind == "ok":
            pass  # an SQLite file without any table: nothing to keep
        elif state.kind in ("damaged", "not_database", "empty"):
            quarantined = move_to_recovery(db_path, now=now)
        elif state.kind != "missing":
            raise RestoreError(f"{state.message} Không phục hồi đè lên tệp này.")

    temporary = folder / f".{db_path.name}.restore-tmp"
    try:
        with _plain_candidate(candidate, password, folder) as plain:
            copied = copy_consistent(plain, temporary)
        fsync_file(temporary)
        check = read_only_connection(temporary)
        try:
            problems = integrity_problems(check)
            written = read_snapshot(check)
        finally:
            check.close()
        if problems or written.row_counts != copied.row_counts:
            raise RestoreError(f"Bản chép ra từ bản sao lưu không đúng. {UNCHANGED}")
        digest = sha256_file(temporary)
        _settle_side_files(db_path)
        replace_file(temporary, db_path)
        fsync_folder(folder)
    except FileInUseError as error:  # Windows: another program has the live file open
        raise RestoreError(f"{in_use_message(db_path)} {UNCHANGED}") from error
    except (OSError, sqlite3.Error) as error:
        raise RestoreError(f"Chưa phục hồi được: {explain(error, folder)} {UNCHANGED}") \
            from error
    finally:
        for side in ("", "-journal"):  # the copy and SQLite's journal of it (a full disk)
            Path(f"{temporary}{side}").unlink(missing_ok=True)
    if sha256_file(db_path) != digest:
        raise RestoreError("Tệp sau khi phục hồi không khớp với bản sao lưu. "
                           f"Bản sao của dữ liệu cũ nằm ở “{safety.path if safety else ''}”.")
    inspect_file(db_path, full_check=True)
    log.info("restored %s from %s", db_path, candidate)
    return RestoreResult(summary=summary, safety_backup=safety, quarantined=quarantined)


@dataclass(frozen=True)
class Recovery:
    moved: list[Path]  # where the damaged file (and its side files) went
    offer: BackupInfo | None  # the newest backup that passes validation


def newest_good_backup(db_path: Path | str, extra=()) -> BackupInfo | None:
    """The newest known backup that validates (encrypted ones are skipped)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sochibo-") as work:
        for info in list_backups(db_path, extra):
            if backup_crypto.is_encrypted(info.path):
                continue
            try:
                _validate(info.path, None, Path(work))
            except UserError as error:
                log.warning("backup %s not usable: %s", info.path, error)
                continue
            return info
    return None


def recover_damaged(db_path: Path | str, *, now: dt.datetime | None = None,
                    extra=()) -> Recovery:
    """Move a damaged database aside and find the newest good backup to offer.

    Raises ValueError when the file is not damaged (a foreign or newer file is refused
    by opening it, never moved).
    """
    db_path = Path(db_path)
    state = diagnose(db_path)
    if state.kind != "damaged":
        raise ValueError(f"{db_path} is not damaged ({state.kind})")
    moved = move_to_recovery(db_path, now=now)
    return Recovery(moved=moved, offer=newest_good_backup(db_path, extra))
