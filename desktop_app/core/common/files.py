"""Writing a file safely: a temporary file beside the target, then a rename.

A target that cannot be written (read-only folder, file open in Word or a PDF viewer
on Windows, a full disk) gives a FileWriteError in Vietnamese, and no half-written file
is left behind. The renderers save documents with :func:`write_atomically`; work that
must not leave a file when it fails (issuing a report) writes a :class:`PendingFile`
first and puts it in place only once the work has succeeded.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import UserError

from .replace import FileInUseError, replace_file


class FileWriteError(UserError):
    """The file could not be saved; nothing was written at the target."""


def _message(target: Path, error: OSError) -> str:
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM,
                                                               errno.EROFS):
        if target.exists():
            return (f"Không ghi được tệp “{target}”: tệp đang được mở trong chương trình khác "
                    "(Word, trình đọc PDF) hoặc chỉ cho phép đọc. Hãy đóng tệp đó hoặc chọn "
                    "tên tệp khác rồi lưu lại.")
        return (f"Không ghi được vào thư mục “{target.parent}” (thư mục chỉ cho phép đọc). "
                "Hãy chọn thư mục khác, ví dụ Tài liệu.")
    if error.errno == errno.ENOSPC:
        return f"Không đủ chỗ trống trên ổ đĩa để lưu “{target}”."
    if error.errno == errno.ENOENT:
        return f"Không tìm thấy thư mục “{target.parent}”. Hãy chọn thư mục khác."
    return f"Không ghi được tệp “{target}”: {error.strerror or error}."


class PendingFile:
    """A file written in full beside its *target* (synced to disk), not yet in place.

    ``put_in_place`` renames it to the target; ``discard`` removes it. Writing it is
    where a full disk or a read-only folder shows: before the work it belongs to is
    committed, so that work can still be given up.
    """

    def __init__(self, target: Path | str, write: Callable[[BinaryIO], None]):
        self.target = Path(target)
        if self.target.is_dir():
            raise FileWriteError(f"“{self.target}” là một thư mục; hãy nhập tên tệp.")
        try:
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{self.target.stem}-", suffix=".part", dir=self.target.parent
            )
        except OSError as error:
            raise FileWriteError(_message(self.target, error)) from error
        self.temp: Path | None = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            if os.name == "posix":
                os.chmod(self.temp, 0o644)  # mkstemp makes it private; a document is not
        except OSError as error:
            self.discard()
            raise FileWriteError(_message(self.target, error)) from error
        except BaseException:
            self.discard()
            raise

    def put_in_place(self) -> Path:
        """Rename the written file to its target; FileWriteError (and nothing left) if not."""
        assert self.temp is not None, "already put in place or discarded"
        try:  # waits a moment for a program holding the old file (Windows)
            replace_file(self.temp, self.target)
        except FileInUseError as error:
            self.discard()
            raise FileWriteError(f"{error} Hoặc lưu với tên tệp khác.") from error
        except OSError as error:
            self.discard()
            raise FileWriteError(_message(self.target, error)) from error
        self.temp = None
        return self.target

    def discard(self) -> None:
        if self.temp is not None:
            with contextlib.suppress(OSError):
                self.temp.unlink()
            self.temp = None


def write_atomically(target: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call *write* with a binary file beside *target*, then rename it into place."""
    return PendingFile(target, write).put_in_place()
