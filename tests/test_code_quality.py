"""The style rules of CONVENTIONS.md hold: ruff is clean, mypy passes on the whole package,
and no hand-written module passes 400 lines."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
GENERATED = PACKAGE / "gui" / "forms"  # pyside6-uic output (scripts/build_ui.py)
MAX_LINES = 400


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8")


def test_ruff_is_clean():
    result = _run("ruff", "check", ".", "--output-format", "concise")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def module_lengths() -> dict[str, int]:
    """Lines of every hand-written module of the package (generated forms left out)."""
    return {path.relative_to(PACKAGE).as_posix():
            len(path.read_text(encoding="utf-8").splitlines())
            for path in sorted(PACKAGE.rglob("*.py")) if GENERATED not in path.parents}


def test_no_hand_written_module_passes_400_lines():
    lengths = module_lengths()
    assert len(lengths) > 100  # the whole package, not a corner of it
    too_long = {name: lines for name, lines in lengths.items() if lines > MAX_LINES}
    assert too_long == {}, f"split these by meaning (CONVENTIONS.md): {too_long}"
