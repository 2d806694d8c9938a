"""The benchmark scripts run and print every row they promise (their timings are not
asserted: speed lives in benchmarks/ as ratios against floors)."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures_floor import floor_copy, floor_figures, plans  # noqa: E402
from table_floor import synthetic, table_floor_pdf  # noqa: E402


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(path)],
                   cwd=ROOT, check=True, capture_output=True)
    return path


def test_run_prints_every_kind_of_row_on_the_demo(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOCHIBO_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick",
                           "--only", "sort members by"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("| demo |")]
    labels = [line.split("|")[2].strip() for line in lines]
    assert labels[0] == "start-up to the first rows"
    assert "sort members by name: longest pause" in labels
    for label in ("peak memory after every action", "figures, 4 years",
                  "drafting the 4-year report", "Excel: export the members",
                  "Excel: read the members to import", "backup", "check the file"):
        assert label in labels
    for line in lines:  # ours, floor, ratio and target on every row
        cells = [c.strip() for c in line.split("|")[1:-1]]
        assert cells[2] and cells[3] and cells[4].endswith("×")


def test_the_figures_floor_reads_through_its_indexes(demo, tmp_path):
    copy = floor_copy(demo, tmp_path)
    connection = sqlite3.connect(copy)
    try:
        assert floor_figures(connection, 2007, 2010) > 0
        steps = plans(connection, 2007, 2010)
        assert any("COVERING INDEX floor_attendance_cover" in s
                   for s in steps["study: the other rows per member and year"])
    finally:
        connection.close()
    with sqlite3.connect(demo) as original:  # the floor's indexes are its copy's alone
        names = [r[0] for r in original.execute("SELECT name FROM sqlite_master")]
    original.close()
    assert not any(name.startswith("floor_") for name in names)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_table_floor_lays_out_every_row_with_its_header_on_each_page():
    pdf = table_floor_pdf(synthetic(300))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 3
    assert all("Họ và tên" in page for page in pages)
    text = " ".join(pages)
    assert "Nguyễn Văn An 0" in text and "Nguyễn Văn An 299" in text
