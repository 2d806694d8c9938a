"""Version 8 on a file of version 7: plans get the period of their year, targets accept
counts and the new measures, the cell and its reports are a chi bộ, funds can be kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from desktop_app.core.backup.backups import backup_before_upgrade
from desktop_app.core.plans import plans
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.savings import funds
from desktop_app.db.connection import close_database, open_database

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v7.db"


def test_a_version_7_file_reads_with_the_periods_of_its_plans(tmp_path):
    path = tmp_path / "v7.db"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    years = dict(con.execute("SELECT id, year FROM plan"))
    targets = con.execute("SELECT COUNT(*) FROM plan_target").fetchone()[0]
    responsibles = con.execute("SELECT COUNT(*) FROM plan_target_responsible").fetchone()[0]
    con.close()
    open_database(path, backup_before_upgrade=backup_before_upgrade)
    try:
        for plan in plans.list_plans():
            assert plan.id is not None
            assert plan.period_kind == "year"
            assert plan.span == (dt.date(years[plan.id], 1, 1), dt.date(years[plan.id], 12, 31))
            assert all(t.target_count is None and t.unit == "" for t in plan.targets)
        assert sum(len(p.targets) for p in plans.list_plans()) == targets
        first = plans.list_plans()[0]
        counted = TargetData(content="Kết nạp đảng viên mới", indicator_kind="admissions",
                                   target_count=2, unit="đảng viên")
        saved = plans.save_plan(PlanData(**{**first.__dict__,
                                                  "targets": [*first.targets, counted]}))
        assert saved.targets[-1].indicator_kind == "admissions"
        assert saved.targets[-1].target_count == 2
        fund = funds.save_fund(funds.FundData(name="Quỹ tình thương",
                                              start_date=dt.date(2010, 1, 1)))
        assert fund.id is not None
    finally:
        close_database()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT unit_kind FROM cell").fetchone() == ("chi_bo",)
        assert {r[0] for r in con.execute("SELECT unit_kind FROM report")} == {"chi_bo"}
        assert con.execute("SELECT COUNT(*) FROM plan_target_responsible").fetchone()[0] \
            == responsibles
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
