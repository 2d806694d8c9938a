"""Saving over a document that Word or a PDF viewer holds open (Windows' rule, played on
Linux by ``windows_files``): a clear message, the old file kept, no number used up."""

from __future__ import annotations

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database


def test_member_list_over_a_document_open_in_word(tmp_path, windows_files, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    word = tmp_path / "danh-sach.docx"
    word.write_bytes(b"the copy the secretary has open")
    assert main(["register", "--db", str(db)]) == 0
    register = capsys.readouterr().out
    with word.open("rb"):
        assert main(["member-list", "--db", str(db), "--date", "05/09/2010",
                     "--docx", str(word)]) == 1
    error = capsys.readouterr().err
    assert f"Tệp “{word}” đang mở trong chương trình khác" in error
    assert "Hãy đóng tệp đó rồi thử lại. Hoặc lưu với tên tệp khác." in error
    assert word.read_bytes() == b"the copy the secretary has open"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert main(["register", "--db", str(db)]) == 0  # the failed save issued no number
    assert capsys.readouterr().out == register

    assert main(["member-list", "--db", str(db), "--date", "05/09/2010",
                 "--docx", str(word)]) == 0  # Word closed: saved
    assert word.read_bytes().startswith(b"PK")
