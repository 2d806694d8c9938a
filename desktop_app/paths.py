"""Every path the app uses, from one place.

User data (the database, backups, logs, settings) lives in the user's folders from
platformdirs, never next to the program; ``--db`` and ``--data-dir`` override them.
Resources shipped with the program are found by :func:`resource_path`, which works
the same from source and from a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

import platformdirs

from . import APP_ID

_APP_AUTHOR: Literal[False] = False  # no vendor folder level on Windows: %LOCALAPPDATA%\sochibo


def _override() -> Path | None:
    value = os.environ.get("SOCHIBO_DATA_DIR")
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder holding the default database and the backups."""
    return _override() or Path(platformdirs.user_data_dir(APP_ID, _APP_AUTHOR))


def default_database() -> Path:
    return data_dir() / "sochibo.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    override = _override()
    return override / "logs" if override else Path(platformdirs.user_log_dir(APP_ID, _APP_AUTHOR))


def settings_file() -> Path:
    """INI file for UI state (window geometry, last tab, column widths)."""
    override = _override()
    base = override if override else Path(platformdirs.user_config_dir(APP_ID, _APP_AUTHOR))
    return base / "sochibo.ini"


def resource_root() -> Path:
    """The ``resources/`` folder, from source or from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
