"""Writing a rendered document safely: a temporary file beside the target, then a rename.

A target that cannot be written (read-only folder, file open in Word or a PDF viewer
on Windows) gives a UserError in Vietnamese, and no half-written file is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..errors import UserError


class DocumentWriteError(UserError):
    """The document could not be saved; nothing was written at the target."""


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


def write_atomically(target: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call *write* with a binary file beside *target*, then rename it into place."""
    target = Path(target)
    if target.is_dir():
        raise DocumentWriteError(f"“{target}” là một thư mục; hãy nhập tên tệp.")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise DocumentWriteError(_message(target, error)) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":
            os.chmod(temp, 0o644)  # mkstemp makes it private; a document is an ordinary file
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise DocumentWriteError(_message(target, error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
