"""PySide6 6.12.0 on Python 3.11 drops a reference to None at each call of a C++ function
that returns nothing; desktop_app.gui makes up for it (see its __init__)."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = """
import sys
{setup}
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for n in range(300_000):  # about what a long working session calls
    label.setText("Sổ Chi bộ")
    label.update()
print("still running")
"""


def run(setup: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", CALLS.format(setup=setup)], env=env,
                          capture_output=True, text=True, timeout=300)


def test_many_calls_of_qt_functions_returning_nothing_do_not_abort_the_app():
    done = run("import desktop_app.gui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still running" in done.stdout
    assert "none_dealloc" not in done.stderr
