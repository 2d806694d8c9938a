"""When to back up automatically (Qt-free, so that it is tested without a window).

The GUI asks the policy on a timer and when the window closes. A backup is due when
data changed since the last backup and, while the program runs, at least 30 minutes
have passed since the last one; on close, whenever data changed. Nothing changed means
no backup, however long the program stays open. Changes are counted by whatever the
caller passes: the SQLite connection's ``total_changes`` or a counter the GUI bumps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .backup import format_moment

DEFAULT_INTERVAL = dt.timedelta(minutes=30)
DEFAULT_WARN_AFTER_DAYS = 7
WARN_AFTER_SETTING = "backup.warn_after_days"  # key in the Setting table


@dataclass
class AutoBackupPolicy:
    """Remembers the change counter at the last backup and when that was."""

    changes_at_last_backup: int = 0
    last_backup: dt.datetime | None = None
    interval: dt.timedelta = DEFAULT_INTERVAL

    @classmethod
    def starting(cls, changes: int, last_backup: dt.datetime | None = None,
                 interval: dt.timedelta = DEFAULT_INTERVAL) -> AutoBackupPolicy:
        """A policy for a freshly opened database whose counter now reads *changes*."""
        return cls(changes_at_last_backup=changes, last_backup=last_backup, interval=interval)

    def changed(self, changes: int) -> bool:
        return changes != self.changes_at_last_backup

    def due_while_running(self, now: dt.datetime, changes: int) -> bool:
        if not self.changed(changes):
            return False
        return self.last_backup is None or now - self.last_backup >= self.interval

    def due_on_close(self, changes: int) -> bool:
        return self.changed(changes)

    def backed_up(self, now: dt.datetime, changes: int) -> None:
        """Record a finished backup of the data as it was when *changes* was read."""
        self.changes_at_last_backup = changes
        self.last_backup = now


def parse_warn_after(value: str | None) -> int:
    """The warning threshold in days from its stored setting (default 7; 0 = never)."""
    try:
        days = int(value) if value not in (None, "") else DEFAULT_WARN_AFTER_DAYS
    except ValueError:
        return DEFAULT_WARN_AFTER_DAYS
    return max(0, days)


def last_backup_text(last: dt.datetime | None) -> str:
    """Status bar text: "Sao lưu gần nhất: 26/11/2026 14:32"."""
    return f"Sao lưu gần nhất: {format_moment(last)}" if last else "Chưa có bản sao lưu nào"


def stale_backup_warning(last: dt.datetime | None, now: dt.datetime,
                         warn_after_days: int = DEFAULT_WARN_AFTER_DAYS) -> str | None:
    """A Vietnamese warning when the last backup is older than *warn_after_days*."""
    if warn_after_days <= 0:
        return None
    if last is None:
        return ("Dữ liệu chưa từng được sao lưu. Hãy sao lưu ngay (Tệp → Sao lưu…), "
                "tốt nhất là ra ổ USB.")
    age = (now - last).days
    if age < warn_after_days:
        return None
    return (f"Lần sao lưu gần nhất đã cách đây {age} ngày ({format_moment(last)}). "
            "Hãy sao lưu ngay (Tệp → Sao lưu…), tốt nhất là ra ổ USB.")
