"""Every committed schema fixture opens at the current version with nothing lost."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import backup_before_upgrade
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.migrations import SCHEMA_VERSION, STEPS

FIXTURES = sorted(
    (Path(__file__).parent.parent / "fixtures").glob("schema_v*.db"),
    key=lambda p: int(p.stem.removeprefix("schema_v")),
)


def tables(con):
    return [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def schema(path):
    """Tables with their columns (name, type, notnull, pk) and the index names."""
    con = sqlite3.connect(path)
    try:
        result = {
            t: [r[1:4] + (r[5],) for r in con.execute(f'PRAGMA table_info("{t}")')]
            for t in tables(con)
        }
        result["__indexes__"] = sorted(
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%'"
            )
        )
        return result
    finally:
        con.close()


def test_there_is_a_fixture_for_every_version():
    versions = {int(p.stem.removeprefix("schema_v")) for p in FIXTURES}
    assert versions == set(range(1, SCHEMA_VERSION + 1))
    assert set(STEPS) == set(range(2, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_without_loss(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    con = sqlite3.connect(path)
    before = {}
    for table in tables(con):
        rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
        assert rows, f"fixture {fixture.name} has no rows in {table}"
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        before[table] = (columns, sorted(rows, key=repr))
    old_version = con.execute("PRAGMA user_version").fetchone()[0]
    con.close()

    db = open_database(path, backup_before_upgrade=backup_before_upgrade)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        for table, (columns, rows) in before.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            after = db.execute_sql(f'SELECT {quoted} FROM "{table}"').fetchall()
            assert sorted(after, key=repr) == rows, f"rows changed in {table}"
    finally:
        close_database()

    fresh = tmp_path / "fresh.db"
    open_database(fresh)
    close_database()
    assert schema(path) == schema(fresh)
    if old_version < SCHEMA_VERSION:
        assert list((tmp_path / "backups").glob("*.sochibo-backup")), "no copy kept aside"


def test_upgrade_step_can_run_twice(tmp_path):
    """Each step is re-runnable: running it again on an upgraded file changes nothing."""
    path = tmp_path / "twice.db"
    db = open_database(path)
    try:
        before = schema(path)
        for version in sorted(STEPS):
            with db.atomic():
                STEPS[version].run(db)
        assert schema(path) == before
    finally:
        close_database()


def test_an_older_file_is_refused_unchanged_when_no_copy_can_be_kept(tmp_path):
    """The data layer upgrades only after the caller's backup kept a copy; without one
    (a caller that opens only fresh files) an older file is refused, byte for byte."""
    from desktop_app.db.connection import DatabaseOpenError

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES[0], path)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="Tệp không bị thay đổi"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_the_backup_is_given_the_file_and_both_versions(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES[0], path)
    calls = []

    def backup(file, old, new):
        calls.append((file, old, new))
        return backup_before_upgrade(file, old, new)

    open_database(path, backup_before_upgrade=backup)
    close_database()
    assert calls == [(path, 1, SCHEMA_VERSION)]
    (aside,) = (tmp_path / "backups").glob("*.sochibo-backup")
    assert aside.name.startswith(f"old-truoc-nang-cap-v1-v{SCHEMA_VERSION}-")
