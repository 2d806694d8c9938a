"""The ``member-list`` and ``register`` commands on the demo database."""

from __future__ import annotations

import docx

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database

from .helpers import flat, pdf_pages


def test_member_list_of_the_demo_cell(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    pdf, word = tmp_path / "ds.pdf", tmp_path / "ds.docx"
    assert main(["member-list", "--db", str(db), "--date", "05/9/2010", "--pdf", str(pdf),
                 "--docx", str(word)]) == 0
    text = flat(" ".join(pdf_pages(pdf)))
    assert "ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG" in text
    assert "Số 01-DS/CB" in text
    assert "TP. Hồ Chí Minh, ngày 05 tháng 9 năm 2010" in text
    assert "Trần Thị Thu Hà" in text and "Lý Văn Tư" in text
    assert "Phan Thị Hồng" not in text  # non-party staff
    assert "Số 01-DS/CB" in "\n".join(c.text for t in docx.Document(str(word)).tables
                                      for r in t.rows for c in r.cells)
    capsys.readouterr()
    assert main(["register", "--db", str(db)]) == 0
    assert "Số 01-DS/CB\t05/09/2010\tDanh sách" in capsys.readouterr().out


def test_unwritable_target_is_refused_in_vietnamese(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    code = main(["member-list", "--db", str(db), "--date", "05/9/2010",
                 "--pdf", str(tmp_path / "no" / "ds.pdf")])
    assert code == 1
    assert "Không tìm thấy thư mục" in capsys.readouterr().err
