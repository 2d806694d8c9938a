"""Closed years and the change log are in the database, so they travel with it: a backup
restored and a handover package opened on another PC keep them, and keep refusing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.handover import create_handover, open_handover
from desktop_app.core.backup.restore import restore_backup
from desktop_app.core.closing import changes, years
from desktop_app.core.study import sessions as study
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.guarded import ClosedYearError

TODAY = dt.date(2011, 1, 10)


def _prepare(path):
    """2009 closed, reopened with a reason, one change, closed again."""
    open_database(path)
    try:
        years.close_year(2009, backup=False, today=TODAY)
        years.reopen_year(2009, "Sửa điểm danh ghi nhầm")
        session = study.list_sessions(dt.date(2009, 1, 1), dt.date(2009, 12, 31))[0]
        study.update_session(dataclasses.replace(session, place="Hội trường B"), TODAY)
        years.close_year(2009, backup=False, today=TODAY)
        return session, len(changes.changes_between())
    finally:
        close_database()


def _check(path, session, logged):
    open_database(path)
    try:
        assert years.closed_years() == [2009]
        assert [c.reopen_reason for c in years.closings(2009)] == ["", "Sửa điểm danh ghi nhầm"]
        assert len(changes.changes_between()) == logged
        history = changes.record_history("study_session", session.id)
        assert [(c.field, c.new_value) for c in history] == [("place", "Hội trường B")]
        with pytest.raises(ClosedYearError):
            study.update_session(dataclasses.replace(session, place="khác"), TODAY)
    finally:
        close_database()


def test_a_restored_backup_keeps_closed_years_and_the_log(tmp_path):
    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    session, logged = _prepare(path)
    backup = create_backup(path).path
    open_database(path)
    try:  # afterwards the year is reopened in the live file…
        years.reopen_year(2009, "thử")
    finally:
        close_database()
    restore_backup(path, backup)  # …and the backup brings the closed year back
    _check(path, session, logged)


def test_a_handover_package_keeps_closed_years_and_the_log(tmp_path):
    from tests.demo_copy import demo_copy

    (tmp_path / "old-pc").mkdir()
    path = demo_copy(tmp_path / "old-pc", "sochibo.db")
    session, logged = _prepare(path)
    package = create_handover(path, tmp_path / "ban-giao.zip")
    opened = open_handover(package, tmp_path / "new-pc")
    _check(opened.db_path, session, logged)
