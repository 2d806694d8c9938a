"""``report`` on the command line (issue 18): the outline by its code, its name or a file;
a file that is not valid said in Vietnamese with the file and the line; the warning for an
outline of another era; the congress political report; the draft mark turned off."""

from __future__ import annotations

import pytest

from desktop_app.__main__ import main
from desktop_app.core.demo import create_demo_database
from tests.documents.helpers import flat, pdf_pages


@pytest.fixture
def demo(tmp_path):
    return create_demo_database(tmp_path / "demo.db")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return int(code or 0), captured.out, captured.err


def _text(path) -> str:
    return flat(" ".join(pdf_pages(path))).replace("\u00a0", " ")


def test_the_outline_by_name_warns_for_another_era(capsys, demo, tmp_path):
    pdf = tmp_path / "bc.pdf"
    code, out, err = _run(capsys, "report", "--db", str(demo), "--from", "2009", "--to", "2009",
                          "--outline", "Báo cáo năm – Chỉ thị 03-CT/TW (2011 – 2016)",
                          "--out", str(pdf))
    assert code == 0, err
    assert "Cảnh báo:" in err and "2011 – 2016" in err
    assert f"Đã ghi {pdf}." in out
    text = _text(pdf)
    assert "Chỉ thị số 03-CT/TW" in text and "(Dự thảo)" in text


def test_the_outline_by_code_without_the_draft_mark(capsys, demo, tmp_path):
    pdf = tmp_path / "bc.pdf"
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--from", "2009", "--to", "2009",
                           "--outline", "ct06-nam", "--no-draft-mark", "--out", str(pdf))
    assert code == 0, err
    assert "Cảnh báo" not in err
    text = _text(pdf)
    assert "BÁO CÁO Kết quả thực hiện" in text and "Dự thảo" not in text


def test_an_outline_file_is_used_as_it_is(capsys, demo, tmp_path):
    outline = tmp_path / "de-cuong.json"
    outline.write_text(
        '{\n  "id": "de-cuong-huyen", "name": "Đề cương của huyện", "kind": "final",\n'
        '  "numbering": ["upper_alpha", "upper_roman"],\n'
        '  "sections": [\n'
        '    {"key": "a", "title": "Đánh giá chung"},\n'
        '    {"key": "a1", "parent": "a", "title": "Việc học tập", "generator": "study"},\n'
        '    {"key": "b", "title": "Phương hướng", "generator": "direction"}\n  ]\n}\n',
        encoding="utf-8")
    pdf = tmp_path / "bc.pdf"
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--from", "2007", "--to",
                           "2010", "--outline", str(outline), "--out", str(pdf))
    assert code == 0, err
    text = _text(pdf)
    assert "A. ĐÁNH GIÁ CHUNG I. VIỆC HỌC TẬP" in text and "B. PHƯƠNG HƯỚNG" in text
    assert "I. A." not in text


def test_an_invalid_outline_file_is_said_in_vietnamese(capsys, demo, tmp_path):
    outline = tmp_path / "sai.json"
    outline.write_text('{\n  "id": "x", "name": "X",\n  "sections": [\n'
                       '    {"key": "a", "title": "A", "generator": "thoi-tiet"}\n  ]\n}\n',
                       encoding="utf-8")
    pdf = tmp_path / "bc.pdf"
    code, out, err = _run(capsys, "report", "--db", str(demo), "--from", "2007", "--to",
                          "2010", "--outline", str(outline), "--out", str(pdf))
    assert code == 1
    assert "Tệp đề cương “sai.json” (dòng 4): mục “a”: không có loại dữ liệu “thoi-tiet”" in err
    assert not pdf.exists() and out == ""


def test_an_unknown_outline_lists_the_files_outlines(capsys, demo, tmp_path):
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--from", "2007", "--to",
                           "2010", "--outline", "khong-co", "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert "Không có đề cương “khong-co”" in err and "ct03-nam" in err


def test_the_congress_political_report(capsys, demo, tmp_path):
    pdf = tmp_path / "bcct.pdf"
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--kind", "congress",
                           "--from", "2007", "--to", "2010", "--date", "20/9/2010",
                           "--congress-number", "4", "--new-term", "2010-2015",
                           "--congress-date", "25/9/2010", "--out", str(pdf))
    assert code == 0, err
    text = _text(pdf)
    assert "BÁO CÁO CHÍNH TRỊ Trình Đại hội Chi bộ Văn phòng Đảng ủy Khối lần thứ IV, " \
           "nhiệm kỳ 2010 – 2015" in text
    assert "T/M CHI ỦY" in text


def test_a_congress_report_without_its_congress_says_what_to_give(capsys, demo, tmp_path):
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--kind", "congress",
                           "--from", "2007", "--to", "2010", "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert "--congress-number" in err
    code, _out, err = _run(capsys, "report", "--db", str(demo), "--kind", "congress",
                           "--from", "2007", "--to", "2010", "--congress-number", "4",
                           "--new-term", "2010", "--congress-date", "25/9/2010",
                           "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "năm-năm" in err
