"""Helpers shared by the backup tests: a small cell database and byte-exact checks."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.cell import Cell
from desktop_app.db.models.members import Member

CELL_NAME = "Chi bộ Văn phòng Đảng ủy Khối"


def make_database(path: Path, members: int = 5) -> Path:
    """A closed database with the cell's particulars and *members* members."""
    open_database(path)
    try:
        Cell.create(name=CELL_NAME, superior_line1="ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG")
        for index in range(members):
            Member.create(full_name=f"Nguyễn Văn Số {index + 1}", kind="full")
    finally:
        close_database()
    return path


def add_member(path: Path, name: str) -> None:
    open_database(path)
    try:
        Member.create(full_name=name)
    finally:
        close_database()


def dump(path: Path) -> list[str]:
    """Every table's rows as SQL text: equal dumps mean identical data."""
    uri = path.resolve().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file directly in *folder* (the live file and its side files)."""
    return {p.name: fingerprint(p) for p in sorted(folder.iterdir()) if p.is_file()}
