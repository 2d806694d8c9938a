"""What the overview shows, as plain data: sections of items, each leading somewhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

# Where an item leads: the tab of an area, and the record to select there.
AREAS = ("cell", "members", "plans", "study", "reviews", "savings", "report", "backup")
# How an item stands: the overview colours warnings and marks what is done.
LEVELS = ("info", "ok", "warning")


@dataclass(frozen=True)
class Link:
    """A place in the program: ``Link("plans", year=2010, record_id=7, detail_id=31)``."""

    area: str
    year: int | None = None
    record_id: int | None = None  # the plan, session, category… to select
    detail_id: int | None = None  # a row inside it (a plan's target)
    member_id: int | None = None  # the member concerned (reviews, study history)
    action: str = ""  # what to open there: "" the place itself, "new" a new record,
    # "schedule" the next study session; in reviews the page: "commitments", "review",
    # "remedies", "ratings"

    def __post_init__(self) -> None:
        if self.area not in AREAS:
            raise ValueError(f"unknown area {self.area!r}")


@dataclass(frozen=True)
class Item:
    """One line of a section: its words, where it leads, how it stands."""

    text: str
    link: Link
    level: str = "info"
    detail: str = ""  # a second, smaller line

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown level {self.level!r}")


@dataclass(frozen=True)
class Section:
    """A question the overview answers, with the answer in a line and the items."""

    key: str  # overdue, study, reviews, thrift, backup, first_steps
    summary: str
    items: tuple[Item, ...] = ()
    level: str = "info"
    more: int = 0  # items left out (the section links to the full list)


@dataclass(frozen=True)
class BackupState:
    """The last backup of the open file, or why there is none."""

    when: dt.datetime | None = None
    path: Path | None = None
    verified: bool | None = None  # None: not checked (no manifest to check against)
    description: str = ""
    has_data: bool = False  # something was entered that a backup would keep


@dataclass(frozen=True)
class Overview:
    today: dt.date
    year: int  # the year of work shown (this year, or the latest year with records)
    is_current_year: bool
    cell_name: str
    new_file: bool  # nothing entered yet: the overview guides the first steps
    sections: tuple[Section, ...] = field(default_factory=tuple)
    backup: BackupState = field(default_factory=BackupState)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
