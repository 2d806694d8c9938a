"""Storage problems (disk full, read-only, locked, damaged) as one Vietnamese message.

SQLite and the operating system report these in English ("database or disk is full",
"Read-only file system"); the user gets instead one sentence that names the file and says
what to do. :class:`AppDatabase` is the app's SQLite database: its writes raise
:class:`StorageError` for such problems, and a transaction SQLite has already rolled back
itself (it does so on a full disk or an I/O error) is not rolled back a second time, which
used to hide the real problem behind "cannot rollback - no transaction is active". A write
into a closed year, refused by its trigger, raises ``ClosedYearError`` instead
(``guarded.py``), whether it came from a query, a model's save or a transaction's end.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import peewee

from ..errors import UserError
from .guarded import GuardedAtomic, closed_year_error

log = logging.getLogger(__name__)

# What went wrong, whatever reported it.
FULL = "full"
READ_ONLY = "read_only"
NO_PERMISSION = "no_permission"
IN_USE = "in_use"
DAMAGED = "damaged"
MISSING = "missing"
IO = "io"

_WHAT_TO_DO = {
    FULL: "ổ đĩa chứa “{path}” đã đầy. Hãy xóa bớt tệp không cần trên ổ đó (hoặc chọn ổ "
          "khác) rồi thử lại.",
    READ_ONLY: "“{path}” nằm trên ổ chỉ cho phép đọc (đĩa CD, thẻ nhớ hay USB đã gạt khóa "
               "ghi). Hãy chép tệp sang một thư mục ghi được (ví dụ Tài liệu) rồi dùng bản đó.",
    NO_PERMISSION: "tài khoản này không có quyền ghi vào “{path}”. Hãy dùng một thư mục của "
                   "mình (ví dụ Tài liệu), hoặc nhờ người quản trị máy cấp quyền ghi.",
    IN_USE: "tệp “{path}” đang được một chương trình khác mở hoặc khóa. Hãy đóng chương "
            "trình đó (một cửa sổ Sổ Chi bộ khác, Excel, phần mềm sao lưu hay diệt virus "
            "đang quét) rồi thử lại.",
    DAMAGED: "tệp “{path}” bị hỏng (ổ đĩa lỗi hoặc tệp bị ghi dở). Hãy phục hồi từ bản sao "
             "lưu gần nhất (Tệp → Phục hồi…).",
    MISSING: "không tìm thấy “{path}” (ổ USB đã rút ra, hoặc thư mục đã bị đổi tên hay "
             "xóa?). Hãy cắm lại ổ hoặc chọn nơi khác.",
    IO: "ổ đĩa chứa “{path}” báo lỗi khi đọc hoặc ghi. Hãy kiểm tra ổ (cắm lại USB) rồi thử "
        "lại; nếu vẫn lỗi, hãy chép dữ liệu sang ổ khác hoặc dùng bản sao lưu.",
}

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_SQLITE_KINDS = {
    3: NO_PERMISSION,  # SQLITE_PERM
    5: IN_USE,  # SQLITE_BUSY
    6: IN_USE,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: MISSING,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
# The same by their English text, for errors that lost their code on the way.
_SQLITE_TEXTS = (
    ("disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("database is locked", IN_USE),
    ("table is locked", IN_USE),
    ("malformed", DAMAGED),
    ("file is not a database", DAMAGED),
    ("disk i/o error", IO),
    ("unable to open database", MISSING),
)
_OS_KINDS = {
    errno.ENOSPC: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EBUSY: IN_USE,
    errno.ETXTBSY: IN_USE,
    errno.ENOENT: MISSING,
    errno.ENOTDIR: MISSING,
    errno.ENODEV: MISSING,
    errno.ENXIO: MISSING,
    errno.EIO: IO,
}
if hasattr(errno, "EDQUOT"):
    _OS_KINDS[errno.EDQUOT] = FULL
_WINDOWS_KINDS = {32: IN_USE, 33: IN_USE, 19: READ_ONLY, 39: FULL, 112: FULL, 5: NO_PERMISSION}


class StorageError(UserError):
    """A file could not be read or written; the message names it and says what to do.

    ``kind`` is one of FULL, READ_ONLY, NO_PERMISSION, IN_USE, DAMAGED, MISSING, IO.
    """

    def __init__(self, message: str, kind: str, path: Path | str | None = None):
        super().__init__(message)
        self.kind = kind
        self.path = Path(path) if path is not None else None


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind *error* (peewee wraps it, keeping it as its first arg)."""
    seen = error
    for _ in range(4):
        if isinstance(seen, sqlite3.Error):
            return seen
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) \
            else seen.__cause__ or seen.__context__
        if inner is None:
            return None
        seen = inner
    return None


def kind_of(error: BaseException) -> str | None:
    """The kind of storage problem *error* reports, or None for any other error."""
    if isinstance(error, StorageError):
        return error.kind
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _WINDOWS_KINDS:
            return _WINDOWS_KINDS[winerror]
        return _OS_KINDS.get(error.errno or 0, IO if error.errno else None)
    inner = _sqlite_error(error)
    if inner is None:
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(inner).lower()
    return next((kind for words, kind in _SQLITE_TEXTS if words in text), None)


def what_to_do(kind: str, path: Path | str) -> str:
    """The sentence (lower-case start) saying what is wrong with *path* and what to do."""
    return _WHAT_TO_DO[kind].format(path=path)


def explain(error: BaseException, path: Path | str) -> str:
    """What went wrong with *path* and what to do, for any error met reading or writing it
    (SQLite's or the system's own English text only goes to the log)."""
    log.warning("error on %s: %r", path, error)
    kind = kind_of(error)
    if kind is None:
        return (f"đã có lỗi khi đọc hoặc ghi “{path}” (chi tiết được ghi vào tệp nhật ký). "
                "Hãy thử lại; nếu vẫn lỗi, hãy chép dữ liệu sang ổ khác.")
    return what_to_do(kind, path)


def storage_error(error: BaseException, path: Path | str, *, doing: str,
                  kept: str = "") -> StorageError | None:
    """A StorageError for *error* ("{doing}: {what to do} {kept}"), or None when it is not
    a storage problem. *doing* says what failed ("Chưa lưu được thay đổi"), *kept* what
    is safe ("Dữ liệu đã lưu trước đó vẫn còn nguyên.")."""
    kind = kind_of(error)
    if kind is None:
        return None
    if isinstance(error, OSError) and error.filename and kind in (READ_ONLY, NO_PERMISSION,
                                                                 MISSING):
        path = error.filename  # the folder or file that refused, not the one aimed at
    log.warning("%s: %s (%s)", doing, error, path)
    message = f"{doing}: {what_to_do(kind, path)}"
    return StorageError(f"{message} {kept}".strip(), kind, path)


def raise_storage_error(error: BaseException, path: Path | str, *, doing: str,
                        kept: str = "") -> None:
    """Raise the StorageError for *error* if it is a storage problem (from *error*)."""
    translated = storage_error(error, path, doing=doing, kept=kept)
    if translated is not None:
        raise translated from error


def as_user_error(error: BaseException, path: Path | str | None = None) -> BaseException:
    """*error* for the user: a StorageError for a storage problem reported in English
    (about *path*, the file the error names, or the open database), else *error* itself."""
    if isinstance(error, UserError):
        return error
    kind = kind_of(error)
    if kind is None:
        return error
    if isinstance(error, OSError) and error.filename:
        path = error.filename
    if path is None:
        from . import database

        path = database.obj.database if database.obj is not None else "tệp dữ liệu"
    log.warning("storage problem on %s: %r", path, error)
    return StorageError(f"Việc vừa làm chưa xong: {what_to_do(kind, path)}", kind, path)


SAVE_FAILED = "Chưa lưu được thay đổi vào tệp dữ liệu"
SAVED_BEFORE_KEPT = "Những gì đã lưu trước đó vẫn còn nguyên."


class AppDatabase(peewee.SqliteDatabase):
    """The app's SQLite database: storage problems raise StorageError, in Vietnamese, and
    the closed-year triggers' refusals ClosedYearError."""

    def rolled_back_by_sqlite(self) -> bool:
        """True when SQLite ended the transaction itself (full disk, I/O error)."""
        connection = self._state.conn  # type: ignore[attr-defined]
        return connection is not None and not connection.in_transaction

    shown_path: str | None = None  # the file named in messages, when opened by a URI

    def _translated(self, error: Exception) -> Exception:
        return storage_error(error, self.shown_path or self.database, doing=SAVE_FAILED,
                             kept=SAVED_BEFORE_KEPT) or error

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self.rolled_back_by_sqlite():
            return None  # a savepoint inside the transaction SQLite already ended
        try:
            return super().execute_sql(sql, params)
        except peewee.IntegrityError as error:
            converted = closed_year_error(error)
            if converted is None:
                raise
            raise converted from error
        except peewee.DatabaseError as error:
            raise self._translated(error) from error

    def atomic(self, *args, **kwargs):
        return GuardedAtomic(self, *args, **kwargs)

    def begin(self, lock_type=None) -> None:
        try:
            super().begin(lock_type)
        except peewee.DatabaseError as error:
            raise self._translated(error) from error

    def commit(self) -> None:
        try:
            super().commit()
        except peewee.DatabaseError as error:
            raise self._translated(error) from error

    def rollback(self) -> None:
        if self.rolled_back_by_sqlite():
            return  # a second ROLLBACK would fail and hide why the first happened
        try:
            super().rollback()
        except peewee.DatabaseError as error:
            log.error("rollback failed: %s", error)  # the error that led here goes on
