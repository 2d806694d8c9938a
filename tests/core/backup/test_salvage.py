"""Salvaging the readable rows of a damaged file into a new, healthy one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.backup.salvage import SalvageError, salvage
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.db.models.members import Member

from .backup_support import dump, make_database

PAGE = 4096


def _member_pages(path: Path) -> list[int]:
    """The page numbers of the member table's leaves (dbstat is not always built in, so
    found by the rows' names on each page)."""
    data = path.read_bytes()
    return [n for n in range(1, len(data) // PAGE)
            if "Nguyễn Văn Số".encode() in data[n * PAGE:(n + 1) * PAGE]]


def _damage_pages(path: Path, pages: list[int]) -> None:
    data = bytearray(path.read_bytes())
    for n in pages:
        data[n * PAGE: n * PAGE + PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def test_the_readable_rows_of_a_damaged_file_are_salvaged_into_a_healthy_one(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=3000)
    original = {m for m in dump(live) if "Nguyễn Văn Số" in m}
    pages = _member_pages(live)
    _damage_pages(live, pages[len(pages) // 3: len(pages) // 3 + 2])  # two pages mid-table
    result = salvage(live, tmp_path / "cuu-duoc.db")

    inspect_file(result.path, full_check=True)
    salvaged = {m for m in dump(result.path) if "Nguyễn Văn Số" in m}
    assert salvaged <= original  # only rows as they were, nothing invented
    assert 2500 < len(salvaged) < 3000  # rows after the bad pages are kept too
    assert result.kept["member"] == len(salvaged)
    assert result.unreadable["member"] >= 1 and not result.complete
    assert "Đã cứu được" in result.sentence() and "member" in result.sentence()
    assert result.kept["cell"] == 1
    open_database(result.path)  # opens like any file of ours
    try:
        assert Member.select().count() == len(salvaged)
    finally:
        close_database()


def test_salvaging_a_healthy_file_keeps_every_row(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=50)
    result = salvage(live, tmp_path / "cuu-duoc.db")
    assert result.complete and dump(result.path) == dump(live)


def test_rows_whose_parent_was_lost_are_left_out_and_counted(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=3)
    connection = sqlite3.connect(live)
    with connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO rating (member_id, year, stage, level, date, note) "
                           "VALUES (999, 2010, 'self', 'good', '2010-12-01', '')")
    connection.close()
    result = salvage(live, tmp_path / "cuu-duoc.db")
    assert result.orphans == {"rating": 1} and result.kept["rating"] == 0
    assert result.kept["member"] == 3


def test_a_file_whose_first_page_is_gone_cannot_be_salvaged(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=50)
    _damage_pages(live, [0])
    with pytest.raises(SalvageError, match="phục hồi từ một bản sao lưu"):
        salvage(live, tmp_path / "cuu-duoc.db")
    assert not (tmp_path / "cuu-duoc.db").exists()
