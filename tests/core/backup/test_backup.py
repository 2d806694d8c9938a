"""Making backups: verified copies, manifests, unique names, listing in words, policy."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop_app.core.backup.backups import (
    backup_before_upgrade,
    create_backup,
    default_file_name,
    format_size,
    list_backups,
)
from desktop_app.core.backup.manifest import BACKUP_SUFFIX, manifest_path, read_manifest
from desktop_app.core.backup.policy import (
    AutoBackupPolicy,
    last_backup_text,
    parse_warn_after,
    stale_backup_warning,
)
from desktop_app.core.backup.sqlite_copy import BackupError, sha256_file
from desktop_app.db import migrations
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.members import Member

from .backup_support import CELL_NAME, add_member, dump, fingerprint, make_database

NOW = dt.datetime(2026, 11, 26, 14, 32, 5)


def test_backup_is_a_verified_copy_with_manifest(tmp_path):
    db = make_database(tmp_path / "sochibo.db", members=7)
    info = create_backup(db, reason="on_close", now=NOW)

    assert info.path.parent == tmp_path / "backups"
    assert info.path.name.endswith(BACKUP_SUFFIX)
    assert dump(info.path) == dump(db)
    manifest = read_manifest(info.path)
    assert manifest is not None
    assert manifest.reason == "on_close"
    assert manifest.reason_label == "tự động khi đóng chương trình"
    assert manifest.sha256 == sha256_file(info.path)
    assert manifest.size == info.path.stat().st_size
    assert manifest.schema_version == migrations.SCHEMA_VERSION
    assert manifest.cell_name == CELL_NAME
    assert manifest.member_count == 7
    assert manifest.row_counts["member"] == 7
    assert manifest.created_at == NOW
    # The backup is one self-contained file: no journal to lose beside it.
    assert not list(info.path.parent.glob("*-wal"))
    assert info.path.read_bytes()[18:20] == b"\x01\x01"


def test_backup_never_writes_to_the_source(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    before = fingerprint(db)
    create_backup(db, now=NOW)
    assert fingerprint(db) == before


def test_backups_in_the_same_second_never_overwrite_each_other(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    first = create_backup(db, reason="automatic", now=NOW)
    add_member(db, "Trần Thị Bình")
    second = create_backup(db, reason="automatic", now=NOW)

    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert read_manifest(first.path).row_counts["member"] == 5
    assert read_manifest(second.path).row_counts["member"] == 6


def test_backup_of_an_open_database_holds_every_committed_row(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    open_database(db)
    try:
        Member.create(full_name="Lê Văn Còn Trong WAL")
        info = create_backup(db, now=NOW)
    finally:
        close_database()
    names = [r[0] for r in sqlite3.connect(info.path).execute("SELECT full_name FROM member")]
    assert "Lê Văn Còn Trong WAL" in names


def test_manual_backup_to_another_folder_with_the_cell_name(tmp_path):
    db = make_database(tmp_path / "data" / "sochibo.db")
    usb = tmp_path / "usb"
    name = default_file_name(CELL_NAME, NOW)
    assert name == "sao-luu-chi-bo-van-phong-dang-uy-khoi-2026-11-26-1432.sochibo-backup"
    info = create_backup(db, folder=usb, file_name=name, now=NOW)
    again = create_backup(db, folder=usb, file_name=name, now=NOW)
    assert info.path == usb / name
    assert again.path == usb / name.replace(BACKUP_SUFFIX, f"-2{BACKUP_SUFFIX}")


def test_refuses_to_back_up_a_missing_or_foreign_file(tmp_path):
    with pytest.raises(BackupError, match="Không tìm thấy"):
        create_backup(tmp_path / "khong-co.db")
    foreign = tmp_path / "khac.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(Exception, match="chương trình khác"):
        create_backup(foreign)
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_listing_newest_first_described_in_words(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    create_backup(db, reason="manual", now=NOW - dt.timedelta(days=2))
    create_backup(db, reason="on_close", now=NOW)
    create_backup(db, reason="before_restore", now=NOW - dt.timedelta(hours=1))
    stray = tmp_path / "backups" / f"cu{BACKUP_SUFFIX}"
    stray.write_bytes((tmp_path / "sochibo.db").read_bytes())

    backups = list_backups(db)
    described = [b.description for b in backups if b.path != stray]
    size = format_size(backups[0].size)
    assert described == [
        f"26/11/2026 14:32 · tự động khi đóng chương trình · {size}",
        f"26/11/2026 13:32 · trước khi phục hồi · {size}",
        f"24/11/2026 14:32 · sao lưu thủ công · {size}",
    ]
    assert "không có bản kê" in next(b for b in backups if b.path == stray).description


def test_sizes_are_written_the_vietnamese_way():
    assert format_size(int(2.4 * 1024 * 1024)) == "2,4 MB"
    assert format_size(850 * 1024) == "850 KB"
    assert format_size(12 * 1024 * 1024) == "12 MB"


def test_before_upgrade_copy_goes_through_backup_with_manifest(tmp_path, monkeypatch):
    db = make_database(tmp_path / "sochibo.db", members=3)
    current = migrations.SCHEMA_VERSION
    monkeypatch.setitem(migrations.STEPS, current + 1, migrations.Step(run=lambda db: None))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    open_database(db, backup_before_upgrade=backup_before_upgrade)
    close_database()

    (aside,) = (tmp_path / "backups").glob(f"*{BACKUP_SUFFIX}")
    manifest = read_manifest(aside)
    assert manifest.reason == "before_upgrade"
    assert manifest.reason_label == "trước khi nâng cấp"
    assert manifest.schema_version == current
    assert manifest.row_counts["member"] == 3
    assert manifest_path(aside).exists()
    assert sqlite3.connect(aside).execute("PRAGMA user_version").fetchone()[0] == current


# --- automatic backup policy ----------------------------------------------------------


def test_policy_backs_up_every_30_minutes_only_while_data_changed():
    policy = AutoBackupPolicy.starting(changes=10)
    start = NOW
    assert not policy.due_while_running(start + dt.timedelta(hours=5), changes=10)
    assert not policy.due_on_close(changes=10)

    assert policy.due_while_running(start, changes=11)  # never backed up this session
    policy.backed_up(start, changes=11)
    assert not policy.due_while_running(start + dt.timedelta(minutes=29), changes=15)
    assert policy.due_while_running(start + dt.timedelta(minutes=30), changes=15)
    policy.backed_up(start + dt.timedelta(minutes=30), changes=15)
    assert not policy.due_while_running(start + dt.timedelta(hours=3), changes=15)
    assert not policy.due_on_close(changes=15)
    assert policy.due_on_close(changes=16)


def test_week_old_backup_warning():
    assert stale_backup_warning(NOW - dt.timedelta(days=6), NOW) is None
    warning = stale_backup_warning(NOW - dt.timedelta(days=9), NOW)
    assert warning.startswith("Lần sao lưu gần nhất đã cách đây 9 ngày (17/11/2026 14:32)")
    assert "chưa từng được sao lưu" in stale_backup_warning(None, NOW)
    assert stale_backup_warning(NOW - dt.timedelta(days=3), NOW, warn_after_days=2)
    assert stale_backup_warning(None, NOW, warn_after_days=0) is None
    assert parse_warn_after(None) == 7 and parse_warn_after("14") == 14
    assert parse_warn_after("abc") == 7
    assert last_backup_text(NOW) == "Sao lưu gần nhất: 26/11/2026 14:32"


def test_settings_live_in_the_database(tmp_path):
    from desktop_app.core.backup.policy import (
        remember_backup,
        remembered_backups,
        set_warn_after_days,
        warn_after_days,
    )

    db = make_database(tmp_path / "sochibo.db")
    usb = create_backup(db, folder=tmp_path / "usb", now=NOW + dt.timedelta(hours=1))
    create_backup(db, now=NOW)
    open_database(db)
    try:
        assert warn_after_days() == 7
        set_warn_after_days(14)
        assert warn_after_days() == 14
        remember_backup(usb.path)
        remember_backup(tmp_path / "usb" / "da-xoa.sochibo-backup")
        remember_backup(usb.path)
        extra = remembered_backups()
    finally:
        close_database()
    assert extra[0] == usb.path and len(extra) == 2
    listed = list_backups(db, extra)
    assert [b.path for b in listed][0] == usb.path  # a missing remembered file is skipped
    assert len(listed) == 2


def test_safety_backup_before_a_bulk_delete_of_the_open_database(tmp_path):
    from desktop_app.core.backup.backups import backup_before

    db = make_database(tmp_path / "sochibo.db")
    open_database(db)
    try:
        Member.create(full_name="Chưa Lưu Ra Tệp Chính")
        info = backup_before("before_bulk_delete")
    finally:
        close_database()
    assert info.manifest.reason_label == "trước khi xóa hàng loạt"
    assert info.manifest.row_counts["member"] == 6


def test_an_excel_import_is_preceded_by_a_safety_backup(tmp_path):
    from desktop_app.core.members import excel as members_excel
    from desktop_app.core.members.roster import MemberData

    db = make_database(tmp_path / "sochibo.db", members=2)
    preview = members_excel.ImportPreview(path=tmp_path / "ds.xlsx", rows=[
        members_excel.ImportRow(2, MemberData(full_name="Đinh Văn Nhập", kind="non_party",
                                              role="none"), []),
    ])
    open_database(db)
    try:
        assert members_excel.import_rows(preview) == 1
    finally:
        close_database()
    (safety,) = list_backups(db)
    assert safety.manifest.reason_label == "trước khi nhập dữ liệu"
    assert safety.manifest.row_counts["member"] == 2


def test_no_upgrade_without_a_copy_of_the_old_file(tmp_path, monkeypatch):
    from desktop_app.db.connection import DatabaseOpenError

    db = make_database(tmp_path / "sochibo.db", members=3)
    before = fingerprint(db)
    (tmp_path / "backups").write_text("a file where the folder should be", encoding="utf-8")
    current = migrations.SCHEMA_VERSION
    monkeypatch.setitem(migrations.STEPS, current + 1, migrations.Step(run=lambda db: None))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    with pytest.raises(DatabaseOpenError, match="không tạo được bản sao trước khi nâng cấp"):
        open_database(db, backup_before_upgrade=backup_before_upgrade)
    assert fingerprint(db) == before
