"""File choosers in one place, so tests can patch them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_path(parent: QWidget | None, caption: str, file_filter: str,
                  directory: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory, file_filter)
    return Path(path) if path else None


def ask_save_path(parent: QWidget | None, caption: str, file_filter: str,
                  suggested: str = "") -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return Path(path) if path else None
