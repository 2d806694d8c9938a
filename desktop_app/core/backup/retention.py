"""Thinning old automatic backups, the way Anki does it.

Walking from the newest backup to the oldest: everything from today and yesterday is
kept; then the newest backup of each earlier day, up to 12 days; then of each week, up
to 10 weeks; then of each month, up to 9 months. Everything older is removed. Only
automatic backups (reasons ``automatic`` and ``on_close``) in the default ``backups/``
folder take part: manual backups and safety copies made before a restore, an upgrade,
an import or a bulk delete are never removed, nor anything in other folders.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .backups import BackupInfo, create_backup, list_backups
from .manifest import AUTOMATIC_REASONS, default_backup_dir, manifest_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionLimits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _week(day: dt.date) -> int:
    return (day - dt.timedelta(days=day.weekday())).toordinal()


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month


def obsolete(moments: Sequence[dt.datetime], today: dt.date,
             limits: RetentionLimits = RetentionLimits()) -> set[int]:
    """Indexes into *moments* of the backups to remove."""
    order = sorted(range(len(moments)), key=lambda i: moments[i], reverse=True)
    yesterday = today - dt.timedelta(days=1)
    daily, weekly, monthly = limits.daily, limits.weekly, limits.monthly
    last_day = last_week = last_month = None
    removed: set[int] = set()
    for index in order:
        day = moments[index].date()
        if day >= yesterday:
            keep = True
        elif daily > 0:
            keep = day != last_day
            daily -= keep
        elif weekly > 0:
            keep = _week(day) != last_week
            weekly -= keep
        elif monthly > 0:
            keep = _month(day) != last_month
            monthly -= keep
        else:
            keep = False
        if keep:
            last_day, last_week, last_month = day, _week(day), _month(day)
        else:
            removed.add(index)
    return removed


def thin_backups(db_path: Path | str, *, now: dt.datetime | None = None,
                 limits: RetentionLimits = RetentionLimits()) -> list[Path]:
    """Remove the automatic backups retention no longer keeps; return what was removed."""
    folder = default_backup_dir(Path(db_path)).resolve()
    candidates: list[BackupInfo] = [
        info for info in list_backups(db_path)
        if info.manifest is not None and info.manifest.reason in AUTOMATIC_REASONS
        and info.path.resolve().parent == folder
    ]
    today = (now or dt.datetime.now()).date()
    doomed = obsolete([info.created_at for info in candidates], today, limits)
    removed = []
    for index in sorted(doomed):
        path = candidates[index].path
        try:
            path.unlink()
            manifest_path(path).unlink(missing_ok=True)
        except OSError as error:
            log.warning("could not remove old backup %s: %s", path, error)
            continue
        removed.append(path)
    if removed:
        log.info("retention removed %d old automatic backups", len(removed))
    return removed


def automatic_backup(db_path: Path | str, reason: str = "automatic", *,
                     now: dt.datetime | None = None) -> BackupInfo:
    """Make an automatic backup, then thin the older ones."""
    info = create_backup(db_path, reason=reason, now=now)
    thin_backups(db_path, now=now)
    return info
