"""When to back up automatically (Qt-free, so that it is tested without a window).

The GUI asks the policy on a timer and when the window closes. A backup is due when
data changed since the last backup and, while the program runs, at least 30 minutes
have passed since the last one; on close, whenever data changed. Nothing changed means
no backup, however long the program stays open. Changes are counted by whatever the
caller passes: the SQLite connection's ``total_changes`` or a counter the GUI bumps.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from .backups import format_moment

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


# --- settings kept in the database (Setting table) -----------------------------------

EXTERNAL_BACKUPS_SETTING = "backup.external_paths"
MAX_REMEMBERED = 20


def _get_setting(key: str) -> str | None:
    from desktop_app.db.models.base import Setting

    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def _set_setting(key: str, value: str) -> None:
    from desktop_app.db.models.base import Setting

    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def warn_after_days() -> int:
    """The "last backup older than N days" threshold of the open database."""
    return parse_warn_after(_get_setting(WARN_AFTER_SETTING))


def set_warn_after_days(days: int) -> None:
    _set_setting(WARN_AFTER_SETTING, str(max(0, int(days))))


def remembered_backups() -> list[Path]:
    """Backups the user wrote to other folders (a USB stick), newest first."""
    try:
        values = json.loads(_get_setting(EXTERNAL_BACKUPS_SETTING) or "[]")
    except ValueError:
        return []
    return [Path(v) for v in values if isinstance(v, str)]


def remember_backup(path: Path) -> None:
    """Note a backup made outside ``backups/`` so that Phục hồi… lists it too."""
    paths = [str(path)] + [str(p) for p in remembered_backups() if p != Path(path)]
    _set_setting(EXTERNAL_BACKUPS_SETTING, json.dumps(paths[:MAX_REMEMBERED],
                                                      ensure_ascii=False))
