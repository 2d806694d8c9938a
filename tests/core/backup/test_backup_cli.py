"""``python -m desktop_app backup`` / ``restore``, as a scheduled task would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.lock import DatabaseLock
from desktop_app.core.backup.manifest import read_manifest

from .backup_support import add_member, dump, fingerprint, make_database

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess:
    db = Path(args[args.index("--db") + 1])
    env = {**os.environ, "SOCHIBO_DATA_DIR": str(db.parent / "data")}  # logs go there
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env)


def test_backup_then_restore_from_the_command_line(tmp_path):
    db = make_database(tmp_path / "sochibo.db", members=3)
    made = _run("backup", "--db", str(db))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == tmp_path / "backups"
    assert read_manifest(backup).reason == "manual"
    at_backup = dump(db)

    usb = _run("backup", "--db", str(db), "--to", str(tmp_path / "usb"))
    assert Path(usb.stdout.strip()).parent == tmp_path / "usb"

    add_member(db, "Ngô Thị Sau Sao Lưu")
    restored = _run("restore", "--db", str(db), str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Đã phục hồi" in restored.stdout
    assert dump(db) == at_backup


def test_restore_refusal_exits_1_with_a_message_and_keeps_the_file(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    junk = tmp_path / "junk.sochibo-backup"
    junk.write_text("không phải dữ liệu", encoding="utf-8")
    before = fingerprint(db)
    refused = _run("restore", "--db", str(db), str(junk))
    assert refused.returncode == 1
    assert "Không phục hồi được" in refused.stderr
    assert "không bị thay đổi" in refused.stderr
    assert fingerprint(db) == before


def test_backup_of_a_missing_file_exits_1(tmp_path):
    result = _run("backup", "--db", str(tmp_path / "khong-co.db"))
    assert result.returncode == 1
    assert "Không tìm thấy" in result.stderr
    assert result.stdout == ""


def test_restore_is_refused_while_the_program_has_the_file_open(tmp_path):
    db = make_database(tmp_path / "sochibo.db")
    backup = create_backup(db)
    add_member(db, "Lý Văn Đang Mở")
    before = fingerprint(db)
    with DatabaseLock(db):
        refused = _run("restore", "--db", str(db), str(backup.path))
    assert refused.returncode == 1
    assert "đang được mở" in refused.stderr
    assert fingerprint(db) == before


def test_restore_of_an_encrypted_backup_needs_the_password_file(tmp_path):
    db = make_database(tmp_path / "sochibo.db", members=2)
    backup = create_backup(db, folder=tmp_path / "usb", password="mật khẩu usb")
    at_backup = dump(db)
    add_member(db, "Sau Sao Lưu")
    before = fingerprint(db)

    refused = _run("restore", "--db", str(db), str(backup.path))
    assert refused.returncode == 1 and "--password-file" in refused.stderr
    assert fingerprint(db) == before

    secret = tmp_path / "mat-khau.txt"
    secret.write_text("mật khẩu usb\n", encoding="utf-8")
    restored = _run("restore", "--db", str(db), str(backup.path), "--password-file", str(secret))
    assert restored.returncode == 0, restored.stderr
    assert dump(db) == at_backup


def test_the_command_line_keeps_a_copy_before_upgrading_an_older_file(tmp_path):
    import shutil

    db = tmp_path / "sochibo.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_v1.db", db)
    # member-list writes (it numbers the list in the register), so it upgrades the file;
    # reading commands such as register read an upgraded private copy instead.
    _run("member-list", "--db", str(db), "--date", "31/12/2009", "--pdf", str(tmp_path / "ds.pdf"))
    (aside,) = (tmp_path / "backups").glob("*truoc-nang-cap*.sochibo-backup")
    assert read_manifest(aside).reason == "before_upgrade"
