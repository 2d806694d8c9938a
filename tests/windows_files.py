"""Windows' rule for open files, played on Linux.

On Windows a file that a program holds open (Word with a .docx, an SQLite connection with
the database) cannot be renamed over or deleted: the call fails with PermissionError and
``winerror`` 32. Linux allows both, so a fault that only Windows has would pass every test
here. The ``windows_files`` fixture gives ``core.common.replace`` that rule: a file that
this test process holds open (found in /proc/self/fd) is refused as Windows would refuse
it. A test "holds a file open in Word" by keeping it open itself; a connection the
program forgot to close makes the replacement fail just as on the secretary's PC.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.common import replace as replace_module


def open_in_this_process(path: Path | str) -> bool:
    wanted = os.path.realpath(path)
    folder = "/proc/self/fd"
    for fd in os.listdir(folder):
        try:
            if os.readlink(os.path.join(folder, fd)) == wanted:
                return True
        except OSError:
            continue
    return False


def sharing_violation(path: Path | str) -> PermissionError:
    error = PermissionError(13, "The process cannot access the file because it is being "
                                "used by another process", str(path))
    error.winerror = replace_module.SHARING_VIOLATION  # type: ignore[attr-defined]
    return error


class WindowsFiles:
    """What the simulated Windows refused (the paths), for the test to look at."""

    def __init__(self) -> None:
        self.refused: list[Path] = []
        self.held: set[Path] = set()  # held open "by another program" without an open file

    def _check(self, *paths: Path) -> None:
        for path in paths:
            if Path(path) in self.held or (Path(path).exists() and open_in_this_process(path)):
                self.refused.append(Path(path))
                raise sharing_violation(path)

    def replace(self, source: Path, target: Path) -> None:
        self._check(source, target)
        os.replace(source, target)

    def unlink(self, path: Path) -> None:
        self._check(path)
        os.unlink(path)


@pytest.fixture
def windows_files(monkeypatch) -> WindowsFiles:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd (Linux) to see which files are open")
    files = WindowsFiles()
    monkeypatch.setattr(replace_module, "_replace", files.replace)
    monkeypatch.setattr(replace_module, "_unlink", files.unlink)
    monkeypatch.setattr(replace_module, "RETRY_DELAYS", (0.0, 0.0))
    return files
