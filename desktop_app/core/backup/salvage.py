"""Salvaging the rows still readable in a damaged database (cứu dữ liệu).

When a file is damaged and no backup holds the latest work, what the damaged file still
lets SQLite read is copied into a new, healthy file: the schema as the damaged file had it
(from its ``sqlite_master``, which lives on the first page), then every row each table
gives up, table by table. A damaged page stops a table's scan; the scan resumes past it,
by rowid, so that the rows after a bad page are kept too. Rows whose parent row was lost
(an attendance whose member is gone) are left out, so that the salvaged file is as
consistent as one the program wrote; the counts say what was kept and what was lost.

The damaged file is only read (it has been moved to ``recovery/`` first, never deleted);
the salvaged file opens like any older file and is upgraded to this version if need be.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.common.formats import number
from desktop_app.core.common.replace import replace_file
from desktop_app.db.storage import explain
from desktop_app.errors import UserError
from desktop_app.private_files import create_private

from .sqlite_copy import fsync_file, integrity_problems

log = logging.getLogger(__name__)

_MAX_SKIPS = 64  # attempts to jump past a damaged stretch of one table
SALVAGE_SUFFIX = ".cuu-tmp"  # the salvaged file being written, beside the database


class SalvageError(UserError):
    """Nothing could be salvaged (the file's first page, with its schema, is unreadable)."""


@dataclass
class SalvageResult:
    path: Path  # the new, healthy file
    kept: dict[str, int] = field(default_factory=dict)  # rows kept per table
    unreadable: dict[str, int] = field(default_factory=dict)  # damaged stretches per table
    orphans: dict[str, int] = field(default_factory=dict)  # rows left out, parent lost

    @property
    def rows(self) -> int:
        return sum(self.kept.values())

    @property
    def complete(self) -> bool:
        return not any(self.unreadable.values()) and not any(self.orphans.values())

    def sentence(self) -> str:
        """"Đã cứu được 1.234 dòng dữ liệu (có 40 đảng viên); …"."""
        members = self.kept.get("member", 0)
        text = (f"Đã cứu được {number(self.rows)} dòng dữ liệu (có {number(members)} "
                "người trong danh sách đảng viên)")
        if self.complete:
            return text + "; không phát hiện phần nào bị mất."
        damaged = sorted(t for t, n in self.unreadable.items() if n)
        lost = sum(self.orphans.values())
        parts = []
        if damaged:
            parts.append("một phần các bảng " + ", ".join(damaged) + " không đọc được")
        if lost:
            parts.append(f"{number(lost)} dòng bị bỏ vì dữ liệu gốc của chúng đã mất")
        return text + "; " + "; ".join(parts) + ". Hãy kiểm tra lại dữ liệu sau khi mở."


def _readable(source: sqlite3.Connection, table: str):
    """Every row of *table* SQLite can still read, in rowid order: (rowid, values)."""
    quoted = '"' + table.replace('"', '""') + '"'
    after: int | None = None
    skips = 0
    step = 1
    while True:
        sql = f"SELECT rowid, * FROM {quoted}" + (" WHERE rowid > ?" if after is not None
                                                   else "") + " ORDER BY rowid"
        try:
            for row in source.execute(sql, () if after is None else (after,)):
                after = row[0]
                step = 1
                yield row
            return
        except sqlite3.DatabaseError as error:
            skips += 1
            log.warning("table %s unreadable after rowid %s: %s", table, after, error)
            if skips > _MAX_SKIPS:
                return
            after = (after or 0) + step  # jump past the damaged stretch, further each time
            step = min(step * 4, 1 << 40)
            yield None  # tells the caller a stretch was lost


def salvage(damaged: Path | str, target: Path | str) -> SalvageResult:
    """Copy what is readable of *damaged* into the new file *target*; raise SalvageError
    when not even the schema can be read."""
    damaged, target = Path(damaged), Path(target)
    try:
        source = sqlite3.connect(damaged.resolve().as_uri() + "?mode=ro", uri=True)
        schema = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%'").fetchall()
        version = source.execute("PRAGMA user_version").fetchone()[0]
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise SalvageError(
            f"Không cứu được dữ liệu từ tệp “{damaged.name}”: phần đầu tệp, nơi ghi cấu trúc "
            "dữ liệu, cũng bị hỏng. Hãy phục hồi từ một bản sao lưu.") from error
    result = SalvageResult(path=target)
    try:
        target.unlink(missing_ok=True)
        create_private(target)
        copy = sqlite3.connect(target, isolation_level=None)
        try:
            _copy(source, copy, schema, result)
            copy.execute(f"PRAGMA user_version = {int(version)}")
            copy.execute(f"PRAGMA application_id = {int(app_id)}")
            if integrity_problems(copy):
                raise SalvageError(f"Tệp cứu được từ “{damaged.name}” không qua được kiểm tra "
                                   "toàn vẹn. Hãy phục hồi từ một bản sao lưu.")
        finally:
            copy.close()
        fsync_file(target)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise SalvageError(f"Chưa cứu được dữ liệu: {explain(error, target.parent)}") \
            from error
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    log.info("salvaged %s into %s: %s", damaged, target, result)
    return result


def _copy(source: sqlite3.Connection, copy: sqlite3.Connection, schema: list,
          result: SalvageResult) -> None:
    copy.execute("PRAGMA foreign_keys = OFF")  # parents may come later; orphans go at the end
    copy.execute("BEGIN")
    tables = [(name, sql) for kind, name, sql in schema if kind == "table"]
    for _name, sql in tables:
        copy.execute(sql)
    for name, _sql in tables:
        kept = lost = 0
        columns = None
        for row in _readable(source, name):
            if row is None:
                lost += 1
                continue
            if columns is None:
                columns = len(row) - 1
                marks = ", ".join("?" * columns)
                quoted = '"' + name.replace('"', '""') + '"'
                insert = f"INSERT OR IGNORE INTO {quoted} VALUES ({marks})"
            if copy.execute(insert, row[1:]).rowcount:
                kept += 1
        result.kept[name] = kept
        result.unreadable[name] = lost
    for kind, _name, sql in schema:
        if kind in ("index", "trigger", "view"):
            copy.execute(sql)
    _drop_orphans(copy, result)
    copy.execute("COMMIT")
    copy.execute("PRAGMA foreign_keys = ON")


def _drop_orphans(copy: sqlite3.Connection, result: SalvageResult) -> None:
    """Leave out rows whose parent row was lost, until none is left (a child of a child)."""
    for _ in range(10):
        problems = copy.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, _index in problems:
            quoted = '"' + table.replace('"', '""') + '"'
            if copy.execute(f"DELETE FROM {quoted} WHERE rowid = ?", (rowid,)).rowcount:
                result.orphans[table] = result.orphans.get(table, 0) + 1
                result.kept[table] -= 1


def salvage_into(damaged: Path | str, db_path: Path | str) -> SalvageResult:
    """Salvage *damaged* (already moved aside) into a new file that takes *db_path*'s
    place in one step; the caller holds *db_path*'s lock."""

    from .sqlite_copy import fsync_folder

    db_path = Path(db_path)
    work = db_path.with_name(f".{db_path.name}{SALVAGE_SUFFIX}")
    try:
        result = salvage(damaged, work)
        replace_file(work, db_path)
    except OSError as error:
        raise SalvageError(f"Chưa cứu được dữ liệu: {explain(error, db_path.parent)}") \
            from error
    finally:
        for side in ("", "-journal"):
            Path(f"{work}{side}").unlink(missing_ok=True)
    fsync_folder(db_path.parent)
    result.path = db_path
    return result
