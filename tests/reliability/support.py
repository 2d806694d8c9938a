"""What the reliability proofs share: their size, their figures, small disks, another user.

Size: ``SOCHIBO_PROOF_SIZE=nightly`` runs the long version (at least 50 kills per proof
that kills); the default is the handful CI runs. Figures: each proof calls :func:`record`,
which prints them (``pytest -s`` shows them) and, with ``SOCHIBO_PROOF_FIGURES=FILE``,
appends them to FILE as one JSON line, from which ``docs/reliability.md`` is written.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NIGHTLY = os.environ.get("SOCHIBO_PROOF_SIZE", "") == "nightly"


def scaled(ci: int, nightly: int) -> int:
    return nightly if NIGHTLY else ci


def record(proof: str, **figures: Any) -> None:
    line = {"proof": proof, "size": "nightly" if NIGHTLY else "ci", **figures}
    print(f"\nPROOF {json.dumps(line, ensure_ascii=False)}")
    target = os.environ.get("SOCHIBO_PROOF_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def child(script: str, *args: object, **kwargs: Any) -> subprocess.Popen:
    """A Python process running *script* from the project, as the app runs."""
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                            text=True, **kwargs)


# --- small disks -----------------------------------------------------------------------

def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of *size_kb* KiB mounted on *folder* (skips when the machine allows no
    mount: not root, or a container without CAP_SYS_ADMIN)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a small disk needs a tmpfs mount: Linux, as root (CI runs as root)")
    folder.mkdir(parents=True, exist_ok=True)
    done = _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount_read_only(folder: Path) -> None:
    done = _mount("-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr


def free_bytes(folder: Path) -> int:
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


# --- another user ----------------------------------------------------------------------

def other_user() -> tuple[int, int, str]:
    """The account the read-only proofs run as: ``SOCHIBO_TEST_USER`` (``.ci/run`` makes
    one), else ``nobody``."""
    import pwd

    name = os.environ.get("SOCHIBO_TEST_USER", "nobody")
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        pytest.skip(f"no user {name!r} to run as")
    return entry.pw_uid, entry.pw_gid, name


def as_other_user(fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` as a non-root user and return its result (or raise its failure).

    As root the work runs in a forked child that drops to that user's ids, so the kernel
    checks every access as for that user; the program's modules are already loaded (they
    may live where that user cannot read). As a non-root user it simply runs here.
    """
    if os.name != "posix":
        pytest.skip("POSIX users")
    if os.geteuid() != 0:
        return fn(*args)
    uid, gid, _name = other_user()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to the user, run, send back the result
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            outcome: tuple[str, Any] = ("ok", fn(*args))
        except BaseException as error:  # noqa: BLE001 - everything goes back to the test
            outcome = ("error", f"{error!r}\n{traceback.format_exc()}")
        with os.fdopen(write_end, "wb") as pipe:
            try:
                pickle.dump(outcome, pipe)
            except Exception as error:  # noqa: BLE001
                pickle.dump(("error", f"unpicklable result: {error!r}"), pipe)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise AssertionError(f"as user {uid}: {value}")
    return value


@contextlib.contextmanager
def place_for_other_user() -> Iterator[Path]:
    """A fresh folder the user of :func:`as_other_user` owns (outside root's private tmp);
    removed afterwards, whatever rights were taken off inside it."""
    import shutil
    import tempfile

    place = Path(tempfile.mkdtemp(prefix="sochibo-user-"))
    try:
        if os.name == "posix" and os.geteuid() == 0:
            uid, gid, _name = other_user()
            os.chown(place, uid, gid)
        place.chmod(0o755)
        yield place
    finally:
        for folder in [place, *place.rglob("*")]:
            with contextlib.suppress(OSError):
                if folder.is_dir():
                    folder.chmod(0o755)
        shutil.rmtree(place, ignore_errors=True)


def give_to_other_user(*paths: Path) -> None:
    """Make *paths* belong to the user of :func:`as_other_user` (as root; else they are
    this user's already)."""
    if os.name == "posix" and os.geteuid() == 0:
        uid, gid, _name = other_user()
        for path in paths:
            os.chown(path, uid, gid)
