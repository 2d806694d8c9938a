"""PySide6 6.12.0 on Python 3.11 drops a reference to None (C++ functions returning nothing)
or to True/False (signal disconnect) at each call, and the interpreter aborts once one of
them runs out ("none_dealloc"); it also crashed deleting windows. pyproject.toml keeps it out.
Run in a child process, as a session's worth of calls would abort the test run."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = """
{setup}
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()


def title_changed(title):
    pass


for n in range(300_000):  # about what a long working session calls
    label.setText("Sổ Chi bộ")
    label.update()
    if n % 10 == 0:
        label.windowTitleChanged.connect(title_changed)
        label.windowTitleChanged.disconnect(title_changed)
print("still running")
"""


def run(setup: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", CALLS.format(setup=setup)], env=env,
                          capture_output=True, text=True, timeout=300)


def test_many_calls_of_qt_functions_do_not_abort_the_app():
    done = run("import desktop_app.gui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still running" in done.stdout
    assert "_dealloc" not in done.stderr
