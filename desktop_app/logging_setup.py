"""Rotating log file in the user's log folder."""

from __future__ import annotations

import logging
import sys

from . import paths
from .private_files import make_private, private_folder

LOG_FILE_NAME = "sochibo.log"


def setup_logging(console: bool = True) -> None:
    root = logging.getLogger()
    wanted = str(paths.log_dir() / LOG_FILE_NAME)
    for old in [h for h in root.handlers if getattr(h, "_sochibo", False)]:
        if getattr(old, "baseFilename", None) == wanted:
            return  # already logging to the right file
        root.removeHandler(old)  # the data folder changed: log to the new one
        old.close()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from logging.handlers import RotatingFileHandler  # here: ~13 ms (socket, pickle)

        folder = private_folder(paths.log_dir())
        handler: logging.Handler = RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        make_private(folder / LOG_FILE_NAME)  # the log names members and files
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # no writable log folder: still log somewhere
    handler.setFormatter(formatter)
    handler._sochibo = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console and sys.stderr is not None and not any(
            getattr(h, "_sochibo_console", False) for h in root.handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream._sochibo_console = True  # type: ignore[attr-defined]
        stream.setLevel(logging.WARNING)
        stream.setFormatter(formatter)
        root.addHandler(stream)


def log_file_path() -> str:
    return str(paths.log_dir() / LOG_FILE_NAME)
