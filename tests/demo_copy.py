"""A copy of the demo database for a test, built once per test run (building it takes a
second or two; many closed-year tests start from it)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

_built: Path | None = None


def demo_copy(folder: Path, name: str = "demo.db") -> Path:
    """A fresh copy of the demo database in *folder*."""
    global _built
    if _built is None or not _built.exists():
        from desktop_app.core.demo import create_demo_database

        _built = create_demo_database(Path(tempfile.mkdtemp(prefix="sochibo-demo-")) / "demo.db")
    target = folder / name
    shutil.copy(_built, target)
    return target
