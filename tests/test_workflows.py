"""The GitHub Actions workflows cannot run here: each must at least be a valid workflow
(GitHub's schema, vendored by check-jsonschema, offline), and the Windows one must do what
the README says it does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_the_workflow_is_valid(workflow):
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         str(workflow)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    steps:\n      - run: echo\n",
                      encoding="utf-8")  # a job without runs-on
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         str(broken)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1


def _steps(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", ""))
                     for step in job["steps"])


def test_the_windows_workflow_builds_installs_and_starts_the_program():
    workflow = YAML(typ="safe").load((ROOT / ".github" / "workflows" / "windows.yml").read_text(
        encoding="utf-8"))
    assert {"push", "pull_request", "workflow_dispatch"} <= set(workflow["on"])
    windows, linux = workflow["jobs"]["windows"], workflow["jobs"]["linux"]
    assert windows["runs-on"] == "windows-latest"
    steps = _steps(windows)
    for needed in ("uv sync --locked", "uv run pytest", "choco install innosetup",
                   "packaging/build.py", "/VERYSILENT", "sochibo-cli.exe",
                   "'--version'", "'demo'", "'report'", "'backup'", "'restore'",
                   "schedule.install", "actions/upload-artifact"):
        assert needed in steps, needed
    upload = next(s for s in windows["steps"] if s.get("with", {}).get("name") ==
                  "SoChiBo-installer")
    assert upload["with"]["path"] == "dist/installer/SoChiBo-*-setup.exe"
    assert linux["runs-on"] == "ubuntu-latest"
    assert linux["strategy"]["matrix"]["python"] == ["3.11", "3.12"]
    assert "uv run pytest" in _steps(linux)
