"""Helpers of the savings tests (each test opens its own database with the ``db`` fixture)."""

from __future__ import annotations

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import thrift as savings


def category_id(name: str) -> int:
    for category in savings_categories.list_categories(include_archived=True):
        if category.name == name:
            assert category.id is not None
            return category.id
    raise KeyError(name)


def fill_year(cid: int, year: int, amount: int) -> None:
    savings.save_grid(year, {cid: {m: amount for m in range(1, 13)}})
