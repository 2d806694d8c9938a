"""``report`` takes what the Report tab takes: the documents answered, the subject, the
months, the unit kind; it warns of an outline of another era and refuses a period outside
every committee term."""

from __future__ import annotations

import sqlite3

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database

from .helpers import flat, pdf_pages

ANSWER = ("Hướng dẫn số 114-HD/ĐUK ngày 06/9/2010 của Đảng ủy Khối về tổng kết 04 năm thực "
          "hiện Cuộc vận động")


def test_answers_subject_months_and_unit_kind(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    pdf = tmp_path / "bc.pdf"
    assert main(["report", "--db", str(db), "--from", "2007", "--to", "2010",
                 "--to-month", "9", "--date", "20/9/2010", "--answer", ANSWER,
                 "--subject", "tổng kết Cuộc vận động của đảng bộ", "--unit-kind",
                 "dang_bo_co_so", "--out", str(pdf)]) == 0
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Tổng kết Cuộc vận động của đảng bộ" in text
    assert "ngày 07/11/2006 của Bộ Chính trị về tổ chức Cuộc vận động" in text
    assert "Hướng dẫn số 114-HD/ĐUK ngày 06/9/2010" in text
    assert "T/M ĐẢNG ỦY" in text and "T/M CHI BỘ" not in text
    assert "Đảng ủy đã tạo điều kiện" in text and "Cấp ủy chi bộ" not in text
    assert "từ tháng 1/2007 đến tháng 9/2010" in text
    assert "Cảnh báo" not in capsys.readouterr().err


def test_an_outline_of_another_era_warns(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    pdf = tmp_path / "bc.pdf"
    assert main(["report", "--db", str(db), "--from", "2010", "--to", "2010",
                 "--outline", "chi-thi-05", "--kind", "annual", "--out", str(pdf)]) == 0
    err = capsys.readouterr().err
    assert "Cảnh báo: Đề cương “Báo cáo thực hiện Chỉ thị 05-CT/TW (đề cương chung, từ 2016)” áp " \
           "dụng từ năm 2016; kỳ báo cáo 2010 nằm ngoài thời gian này." in err
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Chỉ thị số 05-CT/TW ngày 15/5/2016" not in text  # dated after the report
    assert "Kết luận số 01-KL/TW" not in text


def test_a_period_outside_every_term_is_refused(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    before = _reports(db)
    assert main(["report", "--db", str(db), "--from", "2030", "--to", "2030",
                 "--out", str(tmp_path / "bc.pdf")]) == 1
    assert "nằm ngoài mọi nhiệm kỳ đã ghi (2007 – 2010)" in capsys.readouterr().err
    assert not (tmp_path / "bc.pdf").exists()
    assert _reports(db) == before


def _reports(db) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM report ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_month_out_of_range_is_refused(tmp_path, capsys):
    db = create_demo_database(tmp_path / "demo.db")
    assert main(["report", "--db", str(db), "--from", "2007", "--to", "2010",
                 "--to-month", "13", "--out", str(tmp_path / "bc.pdf")]) == 1
    assert "Tháng phải từ 1 đến 12." in capsys.readouterr().err
