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
    # v10: a congress with its resolution, an outline of the cell's own, a starting number,
    # and the congress report presented to it
    "congress": "INSERT INTO congress (number, term_start, term_end, date, place, pilot, "
                "delegates_summoned, delegates_present, committee, secretary_name, "
                "deputy_secretary_name, resolution_id) SELECT 11, 2022, 2025, '2022-06-15', "
                "'Hội trường thôn', 0, 21, 20, 'Nguyễn Văn A\nTrần Thị B\nLê Văn C', "
                "'Nguyễn Văn A', 'Trần Thị B', (SELECT id FROM plan ORDER BY id LIMIT 1)",
    "register_start": "INSERT INTO register_start (term_id, type_code, next_number, created_at) "
                      "SELECT id, 'CV', 7, '2020-01-02 08:00:00' FROM committee_term "
                      "ORDER BY id LIMIT 1",
    "report_outline": "SELECT 1",  # seeded with the built-in outlines
}
# Rows added to a table that already has some (a fixture needs each kind of row).
MORE_ROWS = [
    "INSERT INTO report_outline (code, name, kind, builtin, version, definition, copied_from, "
    "created_at, updated_at) SELECT 'ban-cua-chi-bo', 'Đề cương của chi bộ', kind, 0, 2, "
    "definition, code, '2022-01-05 09:00:00', '2022-02-01 10:00:00' FROM report_outline "
    "WHERE code = 'ct05-nam'",
    "INSERT INTO report (kind, start_year, start_month, end_year, end_month, outline_id, title, "
    "subject, answers, report_date, place, signer_name, distribution, appendix, status, "
    "version, corrects_id, register_entry_id, issued_number, issued_date, archive_path, "
    "frozen_content, created_at, updated_at, unit_kind, outline_version, outline_snapshot, "
    "draft_mark, congress_id) SELECT 'congress', 2020, 1, 2022, 5, 'dai-hoi-bao-cao-chinh-tri', "
    "'BÁO CÁO CHÍNH TRỊ', 'trình Đại hội lần thứ XI', '', '2022-06-01', 'Xã Mẫu', 'Nguyễn Văn A', "
    "'', 0, 'draft', 1, NULL, NULL, '', NULL, NULL, NULL, '2022-06-01 08:00:00', "
    "'2022-06-01 08:00:00', 'chi_bo', 1, (SELECT definition FROM report_outline WHERE code = "
    "'dai-hoi-bao-cao-chinh-tri'), 0, (SELECT id FROM congress ORDER BY id LIMIT 1)",
]


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
        for sql in MORE_ROWS:
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
