"""close-year, reopen-year and changes from the command line (messages in Vietnamese, exit 1
on a refusal, the file then unchanged)."""

from __future__ import annotations

import datetime as dt

from desktop_app.__main__ import main
from desktop_app.core.closing import years
from desktop_app.db.connection import close_database, open_database


def test_close_reopen_and_list_from_the_command_line(tmp_path, capsys):
    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    assert main(["close-year", "--db", str(path), "--year", "2009", "--note", "sau báo cáo"]) == 0
    out = capsys.readouterr().out
    assert "Đã khóa sổ năm 2009." in out and "Bản sao lưu trước khi khóa sổ:" in out
    assert main(["close-year", "--db", str(path), "--year", "2009"]) == 1
    assert "Năm 2009 đã khóa sổ rồi." in capsys.readouterr().err
    assert main(["reopen-year", "--db", str(path), "--year", "2009", "--reason", " "]) == 1
    assert "Hãy ghi lý do bỏ khóa sổ" in capsys.readouterr().err
    assert main(["reopen-year", "--db", str(path), "--year", "2009",
                 "--reason", "Sửa điểm danh"]) == 0
    open_database(path)
    try:
        assert years.closed_years() == []
        from desktop_app.db.models.study import StudySession

        StudySession.update(place="Hội trường B").where(
            StudySession.date.between(dt.date(2009, 1, 1), dt.date(2009, 12, 31))).execute()
    finally:
        close_database()
    assert main(["changes", "--db", str(path), "--report", "01-BC/CB"]) == 0
    out = capsys.readouterr().out
    assert "sau khi ban hành báo cáo số 01-BC/CB" in out
    assert "Sửa Địa điểm:" in out and "→ Hội trường B" in out
    assert "bỏ khóa sổ năm 2009, lý do: Sửa điểm danh" in out
    pdf = tmp_path / "thay-doi.pdf"
    assert main(["changes", "--db", str(path), "--report", "Số 01-BC/CB", "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["changes", "--db", str(path), "--report", "09-BC/CB"]) == 1
    assert "Không có báo cáo đã ban hành số “09-BC/CB”." in capsys.readouterr().err
    assert main(["changes", "--db", str(path), "--from", "31/12/2010", "--to", "01/01/2010"]) == 1
