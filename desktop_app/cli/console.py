"""The command line's output streams, and its last line of defence against a traceback.

Redirected on Windows (``sochibo-cli check --db … > log.txt``, a scheduled task writing a
log, a pipe), Python writes in the ANSI code page (cp1252, cp1258), which cannot encode
"ệ": every Vietnamese message ended in UnicodeEncodeError. :func:`prepare` switches a
stream that cannot carry Vietnamese: to UTF-8 when it goes to a file or a pipe (Notepad
reads it; so does ``sochibo-cli``, which passes its twin's output on), and to replacement
characters ("?") on a terminal in a legacy code page, which could not show UTF-8 anyway.
The Windows console itself is written in UTF-16 by Python and needs nothing. Either way
an unencodable character is replaced, never fatal.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

# Letters a code page must hold for Vietnamese: cp1258 composes "ệ" from "ê" and a
# combining dot, so Python's cp1258 cannot encode the precomposed "ệ" that the app prints.
SAMPLE = "Sổ Chi bộ: đảng viên, nghị quyết, kiểm điểm"
TOLERANT = ("replace", "backslashreplace", "surrogateescape", "namereplace", "xmlcharrefreplace")


def carries_vietnamese(encoding: str | None) -> bool:
    try:
        SAMPLE.encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def prepare_stream(stream) -> None:
    """Make *stream* (sys.stdout or sys.stderr) print Vietnamese or, at worst, "?"."""
    if stream is None or not hasattr(stream, "reconfigure"):
        return  # a windowed program has no console streams; a test may have replaced them
    try:
        terminal = stream.isatty()
    except (OSError, ValueError):
        terminal = False
    if carries_vietnamese(getattr(stream, "encoding", None)):
        if getattr(stream, "errors", "strict") not in TOLERANT:
            stream.reconfigure(errors="replace")  # a file name that is not valid text
    elif terminal:
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8", errors="replace")


def prepare() -> None:
    """Prepare both output streams; called before anything is printed."""
    prepare_stream(sys.stdout)
    prepare_stream(sys.stderr)


def run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a subcommand: a refusal or a storage fault (a full disk, a read-only folder, a
    file another program holds) is one Vietnamese message and exit status 1; a fault of
    the program a Vietnamese line and exit status 2 (the details go to the log); never a
    traceback on the secretary's screen."""
    from ..errors import UserError

    try:
        return handler(args)
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    except Exception as error:
        from ..db.storage import as_user_error
        from ..logging_setup import log_file_path

        log.exception("the command %s failed", getattr(args, "command", "?"))
        explained = as_user_error(error, getattr(args, "db", None))
        if isinstance(explained, UserError):
            print(str(explained), file=sys.stderr)
            return 1
        print(f"Lỗi ngoài dự kiến của chương trình: {error}. Chi tiết đã ghi vào nhật ký "
              f"{log_file_path()}.", file=sys.stderr)
        return 2
