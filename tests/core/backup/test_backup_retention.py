"""Retention thinning of automatic backups over a simulated year (Anki's scheme)."""

from __future__ import annotations

import datetime as dt
import hashlib

from desktop_app.core.backup.backups import list_backups
from desktop_app.core.backup.manifest import BACKUP_SUFFIX, Manifest, manifest_path
from desktop_app.core.backup.retention import RetentionLimits, obsolete, thin_backups

TODAY = dt.date(2026, 11, 26)
START = dt.date(2025, 11, 27)  # a year of backups up to today


def _fake_backup(folder, moment, reason):
    """A backup file with its manifest; retention only reads manifests and names."""
    path = folder / f"sochibo-{moment:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"
    path.write_bytes(b"backup " + moment.isoformat().encode())
    manifest = Manifest(created_at=moment, reason=reason, schema_version=1,
                        size=path.stat().st_size,
                        sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    manifest_path(path).write_text(manifest.to_json(), encoding="utf-8")
    return path


def _year(folder):
    paths = []
    day = START
    while day <= TODAY:
        for hour in (9, 17):  # twice a day: a timed backup and one on close
            moment = dt.datetime.combine(day, dt.time(hour, 30))
            paths.append(_fake_backup(folder, moment, "automatic" if hour == 9 else "on_close"))
        day += dt.timedelta(days=1)
    return paths


def test_a_year_of_automatic_backups_is_thinned_like_anki(tmp_path):
    db = tmp_path / "sochibo.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    _year(folder)
    manual = _fake_backup(folder, dt.datetime(2025, 12, 1, 8, 0), "manual")
    upgrade = _fake_backup(folder, dt.datetime(2026, 1, 5, 8, 0), "before_upgrade")
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    usb = _fake_backup(elsewhere, dt.datetime(2025, 12, 2, 8, 0), "automatic")

    removed = thin_backups(db, now=dt.datetime.combine(TODAY, dt.time(18, 0)))

    kept = [b for b in list_backups(db) if b.reason in ("automatic", "on_close")]
    days = [b.created_at.date() for b in kept]
    assert len(kept) == 4 + 12 + 10 + 9
    assert len(removed) == 2 * 365 - len(kept)
    assert all(not manifest_path(p).exists() for p in removed)
    # Today and yesterday: every backup.
    assert days[:4] == [TODAY] * 2 + [TODAY - dt.timedelta(days=1)] * 2
    # Then the newest backup of each of the 12 days before.
    assert days[4:16] == [TODAY - dt.timedelta(days=n) for n in range(2, 14)]
    assert all(b.created_at.hour == 17 for b in kept[4:16])
    # Then one per week for 10 weeks, then one per month for 9 months.
    weekly = days[16:26]
    assert len({d.isocalendar()[:2] for d in weekly}) == 10
    assert all(a - b == dt.timedelta(days=7) for a, b in zip(weekly, weekly[1:], strict=False))
    monthly = days[26:]
    assert len({(d.year, d.month) for d in monthly}) == 9
    assert monthly[-1] >= START
    # Never touched: manual backups, safety copies, other folders.
    assert manual.exists() and upgrade.exists() and usb.exists()


def test_thinning_every_day_keeps_the_same_shape(tmp_path):
    moments = []
    day = START
    kept: list[dt.datetime] = []
    while day <= TODAY:
        moments = kept + [dt.datetime.combine(day, dt.time(17, 0))]
        doomed = obsolete(moments, day)
        kept = [m for i, m in enumerate(moments) if i not in doomed]
        day += dt.timedelta(days=1)
    assert len(kept) == 2 + 12 + 10 + 9
    assert max(kept).date() == TODAY


def test_limits_of_zero_keep_only_today_and_yesterday():
    moments = [dt.datetime(2026, 11, d, 12) for d in range(1, 27)]
    doomed = obsolete(moments, TODAY, RetentionLimits(daily=0, weekly=0, monthly=0))
    assert sorted(moments[i].day for i in set(range(26)) - doomed) == [25, 26]
