"""Putting a finished file in place over the old one, on Windows as on Linux.

Every write in the program goes to a temporary file beside its target and is then renamed
over it. On Linux the rename replaces a file another program has open; on Windows it fails
while any program holds the file without sharing its deletion: Word with the ``.docx``,
Excel with the ``.xlsx``, a PDF viewer, another copy of Sổ Chi bộ with the database, or an
antivirus or indexer reading a file just written. Windows says so with PermissionError and
``winerror`` 32 (ERROR_SHARING_VIOLATION), 33 (ERROR_LOCK_VIOLATION) or 5
(ERROR_ACCESS_DENIED, which a read-only file gives too). Scanners let go within a moment,
so such a failure is tried again for about two seconds; after that :class:`FileInUseError`
tells the user, in Vietnamese, to close the file, and the old file is as it was.

Any other error, and every error on Linux (which has no ``winerror``), is raised at once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import UserError

log = logging.getLogger(__name__)

SHARING_VIOLATION = 32
LOCK_VIOLATION = 33
ACCESS_DENIED = 5
IN_USE_ERRORS = frozenset({SHARING_VIOLATION, LOCK_VIOLATION, ACCESS_DENIED})
# Seconds between the attempts: about two seconds in all before the user is asked.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.3, 0.5, 0.8)

# The system calls, named here so that the tests can give them Windows' behaviour on Linux.
_replace: Callable[[Path, Path], None] = os.replace
_unlink: Callable[[Path], None] = os.unlink


def in_use_message(path: Path | str, *, read_only_possible: bool = False) -> str:
    """"Tệp “…” đang mở trong chương trình khác …": what to tell the user."""
    name = Path(path)
    also = " hoặc chỉ cho phép đọc" if read_only_possible else ""
    return (f"Tệp “{name}” đang mở trong chương trình khác (Word, Excel, trình đọc PDF hoặc "
            f"một cửa sổ Sổ Chi bộ khác){also}. Hãy đóng tệp đó rồi thử lại.")


class FileInUseError(UserError):
    """Windows refused to replace or remove a file that another program holds open."""

    def __init__(self, path: Path | str, winerror: int | None = None):
        self.path = Path(path)
        self.winerror = winerror
        super().__init__(in_use_message(path, read_only_possible=winerror == ACCESS_DENIED))


def is_in_use(error: BaseException) -> bool:
    """True for the errors Windows gives when another program holds the file open."""
    return isinstance(error, OSError) and getattr(error, "winerror", None) in IN_USE_ERRORS


def _retrying(action: Callable[[], None], shown: Path) -> None:
    for delay in (*RETRY_DELAYS, None):
        try:
            action()
            return
        except OSError as error:
            if not is_in_use(error):
                raise
            if delay is None:
                log.warning("%s is held by another program: %s", shown, error)
                raise FileInUseError(shown, getattr(error, "winerror", None)) from error
            time.sleep(delay)


def replace_file(source: Path | str, target: Path | str) -> None:
    """Rename *source* over *target* (``os.replace``), waiting a moment for a program that
    holds either open; FileInUseError (naming *target*) if it keeps holding it."""
    source, target = Path(source), Path(target)
    _retrying(lambda: _replace(source, target), target)


def remove_file(path: Path | str, *, missing_ok: bool = True) -> None:
    """Delete *path*, waiting a moment for a program that holds it open; FileInUseError if
    it keeps holding it."""
    path = Path(path)

    def remove() -> None:
        try:
            _unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    _retrying(remove, path)
