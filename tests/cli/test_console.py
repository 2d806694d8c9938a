"""Every command's output in the code pages a Windows PC writes redirected output in.

Redirected (``> log.txt``, a scheduled task, a pipe), Python on Windows writes in the ANSI
code page: cp1252 on most PCs, cp1258 on a Vietnamese one; neither can encode "ệ".
``PYTHONIOENCODING`` makes Python here do the same. Each command must print its Vietnamese
(in UTF-8) or at worst replaced characters, with its usual exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import console
from desktop_app.db.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
CODE_PAGES = ("cp1258", "cp1252")


class Runner:
    def __init__(self, folder: Path, code_page: str):
        self.folder, self.code_page = folder, code_page
        self.env = {**os.environ, "PYTHONIOENCODING": code_page,
                    "SOCHIBO_DATA_DIR": str(folder / "data")}
        self.env.pop("PYTHONUTF8", None)

    def __call__(self, *args: str, status: int = 0) -> tuple[str, str]:
        """Run ``python -m desktop_app ARGS`` with both streams redirected to files."""
        out, err = self.folder / "out.txt", self.folder / "err.txt"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            code = subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                                  stdout=stdout, stderr=stderr, env=self.env,
                                  timeout=120).returncode
        texts = out.read_bytes().decode("utf-8"), err.read_bytes().decode("utf-8")
        for text in texts:
            assert "Traceback" not in text and "UnicodeEncodeError" not in text, text
        assert code == status, texts
        return texts


@pytest.mark.slow
@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_every_command_prints_vietnamese_when_redirected(tmp_path, code_page):
    run = Runner(tmp_path, code_page)
    db, copy = tmp_path / "demo.db", tmp_path / "phuc-hoi.db"

    out, _ = run("--help")
    assert "Sổ Chi bộ: sổ tay công tác của Bí thư chi bộ." in out
    assert "kiểm tra tính toàn vẹn của tệp dữ liệu" in out
    for command in ("demo", "check", "member-list", "register", "report", "backup", "restore"):
        out, _ = run(command, "--help")
        assert "đường dẫn tệp cơ sở dữ liệu" in out or "tệp cơ sở dữ liệu cần" in out
    out, _ = run("--version")
    assert out.startswith("Sổ Chi bộ ")

    out, _ = run("demo", "--db", str(db))
    assert out == f"Đã tạo cơ sở dữ liệu mẫu: {db}\n"
    _, err = run("demo", "--db", str(db), status=1)
    assert "đã có. Dùng --force nếu muốn ghi đè (dữ liệu cũ sẽ mất)." in err
    out, _ = run("check", "--db", str(db))
    assert out == f"Tệp “{db}” tốt (cấu trúc dữ liệu số {SCHEMA_VERSION}).\n"
    _, err = run("check", "--db", str(tmp_path / "không-có.db"), status=1)
    assert err == f"Không tìm thấy tệp “{tmp_path / 'không-có.db'}”.\n"

    out, _ = run("register", "--db", str(db))
    assert "Kế hoạch thực hiện Cuộc vận động “Học tập và làm theo tấm gương đạo đức" in out
    pdf = tmp_path / "báo cáo.pdf"
    out, _ = run("report", "--db", str(db), "--from", "2007", "--to", "2010", "--out", str(pdf))
    assert out == f"Đã ghi {pdf}.\n" and pdf.read_bytes().startswith(b"%PDF")
    _, err = run("report", "--db", str(db), "--from", "2007", "--to", "2010", status=1)
    assert err == "Hãy chọn tệp cần ghi: --out TỆP.pdf và/hoặc --docx TỆP.docx.\n"
    _, err = run("member-list", "--db", str(db), "--date", "31/02/2010", "--pdf", str(pdf),
                 status=1)
    assert "31/02/2010" in err

    out, _ = run("backup", "--db", str(db), "--auto")  # as the scheduled task runs it
    backup = Path(out.strip())
    assert backup.parent == tmp_path / "backups" and backup.name.endswith("-automatic"
                                                                          ".sochibo-backup")
    out, _ = run("restore", "--db", str(copy), str(backup))
    assert out.startswith(f"Đã phục hồi “{copy}” từ “{backup}”.\n  Chi bộ: ")
    _, err = run("restore", "--db", str(copy), str(tmp_path / "out.txt"), status=1)
    assert "đây không phải là bản sao lưu của Sổ Chi bộ." in err

    _, err = run("check", status=2)  # argparse's own refusal
    assert "--db" in err


def _stream(encoding: str, terminal: bool) -> io.TextIOWrapper:
    class Buffer(io.BytesIO):
        def isatty(self) -> bool:
            return terminal

    return io.TextIOWrapper(Buffer(), encoding=encoding, errors="strict")


def test_a_redirected_stream_in_an_ansi_code_page_is_switched_to_utf8():
    stream = _stream("cp1258", terminal=False)
    console.prepare_stream(stream)
    stream.write("Tệp “sochibo.db” tốt.")
    stream.flush()
    assert stream.buffer.getvalue().decode("utf-8") == "Tệp “sochibo.db” tốt."


def test_a_terminal_in_an_ansi_code_page_shows_what_it_can():
    stream = _stream("cp1252", terminal=True)
    console.prepare_stream(stream)
    stream.write("Tệp tốt")
    stream.flush()
    assert stream.encoding == "cp1252"
    assert stream.buffer.getvalue().decode("cp1252") == "T?p t?t"


def test_a_utf8_stream_keeps_its_encoding_and_survives_a_bad_file_name():
    stream = _stream("utf-8", terminal=False)
    console.prepare_stream(stream)
    stream.write("t\udcffệp")  # a file name that is not valid UTF-8 (surrogateescape)
    stream.flush()
    assert stream.buffer.getvalue().decode("utf-8") == "t?ệp"
    console.prepare_stream(None)  # a windowed program has no streams: nothing to do


def test_a_fault_of_the_program_is_a_vietnamese_line_and_the_log(capsys, caplog):
    def broken(_args):
        raise RuntimeError("bất ngờ")

    with caplog.at_level(logging.ERROR):
        status = console.run(broken, argparse.Namespace(command="check"))
    assert status == 2
    error = capsys.readouterr().err
    assert error.startswith("Lỗi ngoài dự kiến của chương trình: bất ngờ. Chi tiết đã ghi vào "
                            "nhật ký ")
    assert "Traceback" not in error
    assert "RuntimeError: bất ngờ" in caplog.text  # the details, for whoever reads the log
