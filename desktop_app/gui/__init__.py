"""The Qt user interface (the only package that imports PySide6)."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: its C++ functions that return nothing
    give back ``None`` without taking a reference to it (harmless from Python 3.12,
    where ``None`` is immortal). Each call of ``setText``, ``update``, ``processEvents``…
    leaves ``None`` one reference short, and after a few thousand to a few hundred
    thousand calls, an hour of use, the interpreter aborts ("none_dealloc"). Until a
    PySide6 without the fault is out, ``None`` is given references that cannot run out;
    nothing else changes (tests/gui/test_pyside_none.py)."""
    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, a release build's first field
        count.value += 1 << 48


_keep_none_alive()
