"""Files holding members' personal data are the user's only (POSIX), whatever the umask.

Measured with the usual umask 022, under which a file is created 0644 (readable by every
account of the computer) unless the program says otherwise.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.damaged import move_to_recovery
from desktop_app.core.backup.handover import create_handover, open_handover
from desktop_app.core.backup.lock import DatabaseLock, lock_path
from desktop_app.core.backup.manifest import manifest_path
from desktop_app.core.backup.restore import restore_backup
from desktop_app.db.connection import close_database, open_database

from .backup_support import make_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def others_can(path: Path) -> int:
    """The permission bits of the group and of other accounts (0 = user only)."""
    return stat.S_IMODE(path.stat().st_mode) & 0o077


def test_the_database_and_its_wal_are_the_users_only(tmp_path):
    path = tmp_path / "sochibo.db"
    open_database(path)
    try:
        from desktop_app.db.models.members import Member

        Member.create(full_name="Nguyễn Văn Riêng")
        sides = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in sides)
        assert [others_can(p) for p in [path, *sides]] == [0, 0, 0]
    finally:
        close_database()


def test_an_existing_world_readable_database_is_made_private_when_opened(tmp_path):
    path = make_database(tmp_path / "sochibo.db")
    path.chmod(0o644)
    open_database(path)
    close_database()
    assert others_can(path) == 0


def test_backups_manifests_and_their_folder_are_the_users_only(tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    plain = create_backup(live)
    usb = create_backup(live, folder=tmp_path / "usb", password="mật khẩu ổ USB")
    for info in (plain, usb):
        assert others_can(info.path) == 0, info.path
        assert others_can(manifest_path(info.path)) == 0
    assert others_can(plain.path.parent) == 0  # backups/ made by the program


def test_the_handover_package_and_what_it_opens_are_the_users_only(tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    package = create_handover(live, tmp_path / "ban-giao.zip")
    assert others_can(package) == 0
    opened = open_handover(package, tmp_path / "nhan")
    assert others_can(opened.db_path) == 0


def test_restored_and_quarantined_files_and_the_lock_are_the_users_only(tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    backup = create_backup(live, folder=tmp_path / "usb")
    backup.path.chmod(0o644)
    with DatabaseLock(live):
        assert others_can(lock_path(live)) == 0
        restore_backup(live, backup.path)
    assert others_can(live) == 0
    live.chmod(0o644)
    moved = move_to_recovery(live)
    assert [others_can(p) for p in moved] == [0] * len(moved)
    assert others_can(moved[0].parent) == 0


def test_the_demo_the_log_and_the_settings_are_the_users_only(tmp_path):
    env = {**os.environ, "SOCHIBO_DATA_DIR": str(tmp_path / "data")}
    demo = tmp_path / "demo.db"
    result = subprocess.run([sys.executable, "-c", "import os; os.umask(0o022); "
                             "from desktop_app.__main__ import main; "
                             f"raise SystemExit(main(['demo', '--db', {str(demo)!r}]))"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert others_can(demo) == 0
    log = tmp_path / "data" / "logs" / "sochibo.log"
    assert log.exists() and others_can(log) == 0
    assert others_can(log.parent) == 0
