"""Replacing a file another program holds open: Windows' errors, retried, then explained."""

from __future__ import annotations

import pytest

from desktop_app.core.common import replace as replace_module
from desktop_app.core.common.replace import FileInUseError, remove_file, replace_file
from tests.windows_files import sharing_violation


@pytest.fixture
def quick(monkeypatch):
    sleeps: list[float] = []
    monkeypatch.setattr(replace_module.time, "sleep", sleeps.append)
    return sleeps


def test_a_program_that_lets_go_in_a_moment_is_waited_for(tmp_path, monkeypatch, quick):
    source, target = tmp_path / ".bao-cao.pdf.part", tmp_path / "bao-cao.pdf"
    source.write_text("mới")
    target.write_text("cũ")
    calls = []

    def held_twice(src, dst):  # an antivirus scanning the file, twice
        calls.append(dst)
        if len(calls) <= 2:
            raise sharing_violation(dst)
        replace_module.os.replace(src, dst)

    monkeypatch.setattr(replace_module, "_replace", held_twice)
    replace_file(source, target)
    assert target.read_text() == "mới" and not source.exists()
    assert len(calls) == 3 and quick == list(replace_module.RETRY_DELAYS[:2])


def test_a_program_that_keeps_the_file_gets_a_vietnamese_message(tmp_path, windows_files):
    source, target = tmp_path / ".danh-sach.docx.part", tmp_path / "danh-sach.docx"
    source.write_text("mới")
    target.write_text("cũ")
    with target.open("rb"), pytest.raises(FileInUseError) as raised:  # Word has it open
        replace_file(source, target)
    assert str(raised.value) == (
        f"Tệp “{target}” đang mở trong chương trình khác (Word, Excel, trình đọc PDF hoặc "
        "một cửa sổ Sổ Chi bộ khác). Hãy đóng tệp đó rồi thử lại.")
    assert target.read_text() == "cũ" and source.read_text() == "mới"
    assert len(windows_files.refused) == len(replace_module.RETRY_DELAYS) + 1
    replace_file(source, target)  # closed: now it works
    assert target.read_text() == "mới"


def test_access_denied_may_also_mean_a_read_only_file(tmp_path, monkeypatch, quick):
    def denied(src, dst):
        error = PermissionError(13, "Access is denied", str(dst))
        error.winerror = replace_module.ACCESS_DENIED
        raise error

    monkeypatch.setattr(replace_module, "_replace", denied)
    with pytest.raises(FileInUseError, match="hoặc chỉ cho phép đọc"):
        replace_file(tmp_path / "a", tmp_path / "b")


def test_other_errors_are_not_retried(tmp_path, quick):
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inside").write_text("x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError) as raised:  # a real Linux error: no winerror, raised at once
        replace_file(tmp_path / "file", tmp_path / "folder")
    assert not isinstance(raised.value, FileInUseError)
    assert quick == []


def test_remove_file(tmp_path, windows_files):
    path = tmp_path / "sochibo.db-wal"
    remove_file(path)  # missing: nothing to do
    with pytest.raises(FileNotFoundError):
        remove_file(path, missing_ok=False)
    path.write_text("x")
    with path.open("rb"), pytest.raises(FileInUseError):
        remove_file(path)
    assert path.exists()
    remove_file(path)
    assert not path.exists()
