"""Write tests/fixtures/schema_v<N>.db: the demo cell at the current schema version.

    uv run python scripts/make_schema_fixture.py

Run it once for each new schema version and commit the file; never regenerate an old
version's fixture (it stands for files users already have). Every table must hold rows,
so that the upgrade test can prove nothing is lost: extend the demo data when one is empty.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.demo import create_demo_database  # noqa: E402
from desktop_app.db.migrations import SCHEMA_VERSION  # noqa: E402

# Tables the demo cell rightly leaves empty (it had no violations) still need a row in a fixture.
EXTRA_ROWS = {
    "violation": "INSERT INTO violation (member_id, date, description, discipline, resolved_date) "
                 "SELECT id, '2011-03-15', 'Dòng mẫu của tệp kiểm thử', 'Khiển trách', NULL "
                 "FROM member ORDER BY id LIMIT 1",
    # v8: the demo cell kept no fund; a fixture still needs one, with money in and out
    "fund": "INSERT INTO fund (name, purpose, contribution_amount, contribution_per, "
            "contributors, start_date, end_date, note) VALUES ('Quỹ vì người nghèo', "
            "'giúp đỡ hộ nghèo', 2000, 'day', 'mỗi đảng viên', '2010-01-01', NULL, '')",
    "fund_entry": "INSERT INTO fund_entry (fund_id, date, direction, amount, description, "
                  "beneficiary, note) SELECT id, '2010-01-31', 'in', 682000, 'Góp tháng 1/2010', "
                  "'', '' FROM fund UNION ALL SELECT id, '2010-02-05', 'out', 500000, "
                  "'tặng quà Tết', '02 hộ nghèo', '' FROM fund",
    # v9 (issue 22): the demo has no history of its own and no closed year
    "year_closing": "INSERT INTO year_closing (year, closed_at, closed_by, note, backup_file, "
                    "reopened_at, reopened_by, reopen_reason) VALUES (2007, "
                    "'2011-01-10 09:00:00', 'Trần Thị Thu Hà', 'Dòng mẫu của tệp kiểm thử', '', "
                    "'2011-02-01 10:00:00', 'Trần Thị Thu Hà', 'Sửa dòng mẫu')",
    "change_log": "UPDATE member SET note = 'Dòng mẫu của tệp kiểm thử' "
                  "WHERE id = (SELECT min(id) FROM member)",  # the triggers write the log
}


def main() -> int:
    target = ROOT / "tests" / "fixtures" / f"schema_v{SCHEMA_VERSION}.db"
    if target.exists():
        print(f"{target.name} already exists; old fixtures are never regenerated.")
        return 1
    create_demo_database(target)
    con = sqlite3.connect(target)
    try:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('fixture', ?)",
                    (str(SCHEMA_VERSION),))
        for table, sql in EXTRA_ROWS.items():
            exists = con.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (table,))
            count = f'SELECT count(*) FROM "{table}"'
            if exists.fetchone()[0] and not con.execute(count).fetchone()[0]:
                con.execute(sql)
        con.commit()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        empty = [t for t in tables if con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0]
        con.execute("VACUUM")
    finally:
        con.close()
    if empty:
        target.unlink()
        print(f"tables without rows: {', '.join(empty)}; extend the demo data", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
