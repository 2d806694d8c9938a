"""The command line's own mistakes (a wrong value, a missing or unknown option) in Vietnamese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("usage:", "error:", "invalid", "required", "unrecognized", "choose from",
           "options:", "positional arguments", "show this help")


def _run(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    captured = capsys.readouterr()
    return int(stop.value.code or 0), captured.out + captured.err


@pytest.mark.parametrize(("argv", "said"), [
    (["close-year", "--db", "a.db", "--year", "abc"],
     "tham số --year: giá trị không hợp lệ: 'abc' (cần một số nguyên)"),
    (["report", "--db", "a.db"], "thiếu tham số bắt buộc: --from, --to"),
    (["--bogus"], "không hiểu tham số: --bogus"),
    (["report", "--db", "a.db", "--from", "2007", "--to", "2010", "--unit-kind", "x"],
     "giá trị 'x' không có trong các lựa chọn"),
    (["closeyear"], "giá trị 'closeyear' không có trong các lựa chọn"),
    (["close-year", "--db"], "tham số --db: cần một giá trị"),
])
def test_a_mistake_is_told_in_vietnamese(capsys, argv, said):
    code, text = _run(capsys, *argv)
    assert code == 2
    assert said in text and "lỗi:" in text and "cách dùng: sochibo" in text
    assert not [word for word in ENGLISH if word in text], text


def test_help_is_vietnamese_throughout(capsys):
    for argv in (["--help"], ["close-year", "--help"], ["report", "--help"]):
        code, text = _run(capsys, *argv)
        assert code == 0
        assert "cách dùng:" in text and "tùy chọn:" in text
        assert "hiện hướng dẫn này rồi thoát" in text
        assert not [word for word in ENGLISH if word in text], text
    _, text = _run(capsys, "--help")
    assert "tham số:" in text and "hiện số phiên bản rồi thoát" in text


def test_a_path_still_arrives_as_a_path(tmp_path):
    """The Vietnamese-named converters give the commands the values they always had."""
    db = tmp_path / "demo.db"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert db.exists()
