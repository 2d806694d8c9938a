"""Every tab and dialog fits an office screen, speaks Vietnamese and works by keyboard.

``scripts/screens.py`` opens every tab, page, menu and dialog on the demo database,
offscreen, on a 1024×768 screen at 100% and on 1366×768 at 150% (911×512 logical pixels,
the large text many users set), takes a shot of each and checks it
(``scripts/screens_checks.py``). The two runs go side by side, once for this module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNS = {"1024x768": ("1024x768", "1"), "1366x768@1.5": ("1366x768", "1.5")}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, list[dict]]:
    base = tmp_path_factory.mktemp("screens")
    started = {}
    for name, (size, scale) in RUNS.items():
        out = base / name
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        started[name] = (out, subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "screens.py"), "--demo", "--size", size,
             "--scale", scale, "--out", str(out)], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    found = {}
    for name, (out, process) in started.items():
        output, _ = process.communicate(timeout=600)
        report = out / "report.json"
        assert report.exists(), f"screens.py at {name} did not finish:\n{output[-3000:]}"
        found[name] = json.loads(report.read_text(encoding="utf-8"))
    return found


def _problems(reports, kind: str) -> list[str]:
    return [f"{run} {shot['name']}: {problem}"
            for run, shots in reports.items() for shot in shots
            for problem in shot["problems"].get(kind, [])]


def test_every_tab_and_dialog_was_opened(reports):
    for run, shots in reports.items():
        names = {shot["name"] for shot in shots}
        assert {"tab-overview", "tab-members", "tab-plans", "tab-study", "tab-reviews",
                "tab-savings", "tab-report", "tab-register"} <= names, run
        # the outlines, the congress and the register's past (issue 18)
        assert {"report-outlines", "report-congress", "register-starts",
                "register-outside"} <= names, run
        # the closed years (issue 22): its dialogs, and the tabs with the year shown closed
        assert {"file-close-year", "file-change-list", "members-history", "file-reopen-year",
                "closed-tab-plans", "closed-tab-study", "closed-tab-reviews",
                "closed-tab-savings"} <= names, run
        assert _problems({run: shots}, "open") == []
        assert [s["name"] for s in shots if "nothing opened" in s["notes"]] == []
        assert all(Path(s["path"]).stat().st_size > 0 for s in shots)


def test_every_window_and_dialog_fits_the_screen(reports):
    """No window or dialog larger than the screen or partly off it, no button cut off,
    no table or form that scrolls sideways at the size it opens with."""
    assert _problems(reports, "fit") == []


def test_no_english_on_any_screen_button_or_context_menu(reports):
    assert _problems(reports, "english") == []


def test_mnemonics_are_unique_in_every_window_dialog_and_menu(reports):
    assert _problems(reports, "mnemonics") == []


def test_every_button_is_reachable_by_keyboard_and_tab_goes_down_each_dialog(reports):
    assert _problems(reports, "keyboard") == []
    assert _problems(reports, "tab_order") == []


def test_a_greyed_button_says_why(reports):
    assert _problems(reports, "greyed") == []
