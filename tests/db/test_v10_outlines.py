"""Version 10 on a file of version 9: the built-in outlines are seeded, each report keeps
the outline it was drafted on (an issued one prints as before), drafts carry the mark, and
the file takes a congress and outlines of its own."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.core.backup.backups import backup_before_upgrade
from desktop_app.core.report import issuing
from desktop_app.core.report import outline_store as store
from desktop_app.core.report import reports as report
from desktop_app.core.report.outline_file import builtin_folder
from desktop_app.db.connection import close_database, open_database

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v9.db"


def test_a_version_9_file_keeps_its_reports_on_their_outlines(tmp_path):
    path = tmp_path / "v9.db"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    reports = dict(con.execute("SELECT id, outline_id FROM report"))
    frozen = dict(con.execute("SELECT id, frozen_content FROM report"))
    con.close()
    assert reports
    open_database(path, backup_before_upgrade=backup_before_upgrade)
    try:
        assert {o.id for o in store.list_outlines() if o.builtin} == \
            {p.stem for p in builtin_folder().glob("*.json")}
        for report_id, outline_id in reports.items():
            data = report.get_report(report_id)
            assert data.outline_id == outline_id and data.outline_snapshot
            assert report.outline_of(data).sections == store.get_outline(outline_id).sections
            assert data.draft_mark and data.congress_id is None
            if data.is_issued:
                assert issuing.build_content(report_id) is not None
                con = sqlite3.connect(path)
                after = con.execute("SELECT frozen_content FROM report WHERE id = ?",
                                    (report_id,)).fetchone()[0]
                con.close()
                assert after == frozen[report_id]
        copy = store.copy_outline(next(iter(reports.values())), "Đề cương của chi bộ")
        assert store.get_outline(copy.id).name == "Đề cương của chi bộ"
    finally:
        close_database()
