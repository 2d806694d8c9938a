"""A long table laid out a page at a time prints the same pages as one ReportLab table."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.documents import pdf_flowables
from desktop_app.documents.model import Document, Header, Paragraph, Signature, Table
from desktop_app.documents.pdf import render_pdf

from .helpers import flat, pdf_pages

HEADER = [["STT", "Họ và tên", "Ghi chú"], ["(1)", "(2)", "(3)"]]


def document(rows: list[list[str]]) -> Document:
    return Document(
        header=Header(["Đảng bộ Khối cơ quan"], "Chi bộ Văn phòng", "Số 03-DS/CB", "Hà Nội",
                      dt.date(2010, 2, 1)),
        type_name="Danh sách", subject="Đảng viên của Chi bộ",
        blocks=[Paragraph("Danh sách gồm các đồng chí sau:"),  # kept with the table
                Table(HEADER, rows, [1, 5, 4], ["center", "left", "left"]),
                Paragraph("Danh sách có tất cả các đồng chí trên.")],
        signature=Signature(name="Trần Thị Thu Hà"))


def rows_of_every_height(count: int) -> list[list[str]]:
    """One-line rows, rows whose note wraps over several lines, and empty rows (lower than
    a line: the window must grow past its bound)."""
    rows = []
    for i in range(1, count + 1):
        note = ("Chuyển sinh hoạt đảng tạm thời về Đảng bộ phường nơi cư trú " * (i % 4)
                if i % 7 == 0 else "")
        rows.append([str(i), f"Đảng viên số {i}", note] if i % 50 else ["", "", ""])
    return rows


@pytest.mark.parametrize("count", [41, 130, 600])
def test_a_long_table_prints_the_same_pages_a_page_at_a_time(tmp_path, monkeypatch, count):
    rows = rows_of_every_height(count)
    paged = pdf_pages(render_pdf(document(rows), tmp_path / "paged.pdf"))
    monkeypatch.setattr(pdf_flowables, "PAGED_AFTER_ROWS", 10**9)  # one ReportLab table
    whole = pdf_pages(render_pdf(document(rows), tmp_path / "whole.pdf"))
    assert [flat(p) for p in paged] == [flat(p) for p in whole]
    table_pages = [page for page in paged if "Đảng viên số" in page]
    assert len(table_pages) >= (2 if count > 100 else 1)
    for page in table_pages:  # the header rows on every page the table runs over
        assert "Họ và tên" in page and "(3)" in page
    text = flat(" ".join(paged))
    named = [i for i in range(1, count + 1) if i % 50]
    assert all(text.count(f"Đảng viên số {i} ") == 1 for i in named)
    positions = [text.index(f"Đảng viên số {i} ") for i in named]
    assert positions == sorted(positions)  # in order, none lost at a page break
    assert "Danh sách có tất cả các đồng chí trên." in text


def test_rows_shorter_than_the_bound_still_fill_the_page(tmp_path):
    rows = [["", "", ""]] * 400 + [["401", "Đảng viên số 401", ""]]
    pages = pdf_pages(render_pdf(document(rows), tmp_path / "empty-rows.pdf"))
    assert "Đảng viên số 401" in flat(pages[-1]) or "Đảng viên số 401" in flat(pages[-2])
    assert len(pages) < 20  # empty rows are 5 pt high: far more than a bound's count a page


def test_an_empty_signature_box_is_as_high_as_its_lines(tmp_path):
    """The sign-in sheet's "Ký tên" cell (two lines of no-break spaces, room to sign) is
    drawn as the room it takes: its rows fall on the pages that two-line rows do."""
    from desktop_app.documents.study.sheets import SIGN_SPACE

    blank = [[str(i), f"Đảng viên số {i}", SIGN_SPACE] for i in range(1, 121)]
    lined = [[str(i), f"Đảng viên số {i}", "Ký\nký"] for i in range(1, 121)]
    blank_pages = pdf_pages(render_pdf(document(blank), tmp_path / "blank.pdf"))
    lined_pages = pdf_pages(render_pdf(document(lined), tmp_path / "lined.pdf"))
    assert len(blank_pages) == len(lined_pages) > 2

    def names(page: str) -> list[str]:
        return [w for w in flat(page).replace("Đảng viên số ", "#").split() if w[0] == "#"]

    assert [names(p) for p in blank_pages] == [names(p) for p in lined_pages]
