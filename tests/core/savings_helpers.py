"""Shared set-up for the savings tests: a fresh database per test in tmp_path."""

from __future__ import annotations

import pytest

from desktop_app.core import savings
from desktop_app.db.connection import close_database, open_database


@pytest.fixture
def savings_db(tmp_path):
    db = open_database(tmp_path / "t.db")
    yield db
    close_database()


def category_id(name: str) -> int:
    for category in savings.list_categories(include_archived=True):
        if category.name == name:
            assert category.id is not None
            return category.id
    raise KeyError(name)


def fill_year(cid: int, year: int, amount: int) -> None:
    savings.save_grid(year, {cid: {m: amount for m in range(1, 13)}})
