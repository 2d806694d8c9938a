"""The member list document: its contents, numbering and refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.register import numbering as register
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.cell import Cell
from desktop_app.db.models.register import IssuedDocument
from desktop_app.documents.members.jobs import issue_and_save, prepare_member_list
from desktop_app.documents.model import Table
from desktop_app.errors import UserError

from .conftest import ISSUE_DATE


def members_table(document) -> Table:
    return next(block for block in document.blocks if isinstance(block, Table))


def test_rows_posts_and_remarks(small_cell):
    rows = members_table(prepare_member_list(ISSUE_DATE)).rows
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    by_name = {row[1]: row for row in rows}
    assert by_name["Trần Thị Thu Hà"][3] == "Bí thư, Chánh Văn phòng"
    assert by_name["Nguyễn Văn Đức"][3] == "Chi ủy viên"
    assert by_name["Bùi Thị Lan"][5:] == ["", "Dự bị"]
    assert by_name["Lý Văn Tư"][6] == "Miễn sinh hoạt từ 10/01/2007"
    assert by_name["Trần Thị Thu Hà"][2] == "14/03/1962"


def test_a_member_who_joined_later_is_not_listed(small_cell):
    rows = members_table(prepare_member_list(dt.date(2009, 12, 31))).rows
    names = [row[1] for row in rows]
    assert "Bùi Thị Lan" not in names  # joined on 03/3/2010
    assert "Lê Văn Chuyển" not in names  # transferred on 01/01/2009


def test_preview_shows_the_next_number_without_issuing(small_cell):
    document = prepare_member_list(ISSUE_DATE)
    assert document.header.number == "Số 01-DS/CB"
    assert IssuedDocument.select().count() == 0


def test_printing_again_the_same_day_keeps_the_number(small_cell):
    first = prepare_member_list(ISSUE_DATE, issue=True)
    again = prepare_member_list(ISSUE_DATE, issue=True)
    preview = prepare_member_list(ISSUE_DATE)
    later = prepare_member_list(dt.date(2010, 10, 1), issue=True)
    assert first.header.number == again.header.number == preview.header.number == "Số 01-DS/CB"
    assert later.header.number == "Số 02-DS/CB"
    assert [e.subject for e in register.list_entries()] == [
        "Danh sách đảng viên tính đến 01/10/2010", "Danh sách đảng viên tính đến 05/09/2010"]


def test_signature_is_the_terms_secretary(small_cell):
    document = prepare_member_list(ISSUE_DATE)
    assert (document.signature.authority, document.signature.title, document.signature.name) == (
        "T/M CHI BỘ", "BÍ THƯ", "Trần Thị Thu Hà")


@pytest.mark.parametrize("field, missing", [("superior_line1", "tên cấp ủy cấp trên"),
                                            ("place", "địa danh")])
def test_missing_particulars_say_what_and_where(small_cell, field, missing):
    Cell.update({getattr(Cell, field): ""}).execute()
    with pytest.raises(UserError) as caught:
        prepare_member_list(ISSUE_DATE, issue=True)
    assert missing in str(caught.value)
    assert "Tệp → Thông tin chi bộ" in str(caught.value)
    assert IssuedDocument.select().count() == 0


def test_a_new_database_without_particulars(tmp_path):
    open_database(tmp_path / "new.db")
    try:
        with pytest.raises(UserError, match="Tệp → Thông tin chi bộ"):
            prepare_member_list(ISSUE_DATE)
    finally:
        close_database()


def test_a_date_outside_the_terms(small_cell):
    with pytest.raises(UserError, match="nhiệm kỳ"):
        prepare_member_list(dt.date(2012, 1, 1))


def test_a_failed_save_does_not_use_up_a_number(small_cell):
    def fail(document):
        raise UserError("Không ghi được tệp")

    with pytest.raises(UserError):
        issue_and_save(ISSUE_DATE, fail)
    assert IssuedDocument.select().count() == 0
    saved = []
    document = issue_and_save(ISSUE_DATE, saved.append)
    assert saved == [document] and document.header.number == "Số 01-DS/CB"
    assert IssuedDocument.select().count() == 1
