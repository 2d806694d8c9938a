"""One writer per file (lock across processes, stale locks) and the network share warning."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.backup.lock import (
    DatabaseLock,
    DatabaseLockedError,
    lock_path,
    network_share_warning,
)

ROOT = Path(__file__).resolve().parents[3]

HOLDER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.backup.lock import DatabaseLock
    lock = DatabaseLock(sys.argv[1])
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.readline()
    lock.release()
    """
)


def _hold(db: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_second_instance_is_refused_with_a_vietnamese_message(tmp_path):
    db = tmp_path / "sochibo.db"
    holder = _hold(db)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            DatabaseLock(db).acquire()
        message = str(caught.value)
        assert "đang được mở bởi một cửa sổ Sổ Chi bộ khác" in message
        assert f"tiến trình {holder.pid}" in message
    finally:
        holder.communicate("\n")
    assert holder.returncode == 0
    assert not lock_path(db).exists()  # a clean exit removes the lock file
    with DatabaseLock(db) as lock:
        assert lock.held


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_lock_of_a_crashed_process_is_stale_and_taken_over(tmp_path):
    db = tmp_path / "sochibo.db"
    holder = _hold(db)
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate()
    assert lock_path(db).exists()  # left behind by the crash

    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert f"pid={os.getpid()}" in lock_path(db).read_text(encoding="utf-8")
    finally:
        lock.release()


def test_two_locks_in_one_process_exclude_each_other(tmp_path):
    db = tmp_path / "sochibo.db"
    with DatabaseLock(db), pytest.raises(DatabaseLockedError):
        DatabaseLock(db).acquire()


MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
nas:/export/chibo /mnt/nas nfs4 rw,vers=4.2 0 0
//server/share /media/van\\040phong cifs rw 0 0
"""


def test_network_share_warning_on_linux_mounts():
    assert network_share_warning("/home/bt/sochibo.db", platform="linux",
                                 mounts_text=MOUNTS) is None
    warning = network_share_warning("/mnt/nas/sochibo.db", platform="linux", mounts_text=MOUNTS)
    assert warning is not None and "nằm trên ổ mạng" in warning
    assert network_share_warning("/media/van phong/a.db", platform="linux", mounts_text=MOUNTS)
    assert network_share_warning("/mnt/nasty/a.db", platform="linux", mounts_text=MOUNTS) is None


def test_network_share_warning_for_unc_paths_on_windows():
    warning = network_share_warning(r"\\MAYCHU\TaiLieu\sochibo.db", platform="win32")
    assert warning is not None and "ổ mạng" in warning
