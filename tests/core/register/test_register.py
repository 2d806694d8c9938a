"""The document register (sổ văn bản): numbers per type within a term, never reused."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.register import numbering as register
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.cell import Cell, CommitteeTerm
from desktop_app.db.models.register import IssuedDocument
from desktop_app.errors import UserError


@pytest.fixture
def terms(tmp_path):
    open_database(tmp_path / "t.db")
    Cell.create(name="Chi bộ Văn phòng", superior_line1="ĐẢNG BỘ KHỐI", code="CB",
                place="Hà Nội")
    first = CommitteeTerm.create(name="Nhiệm kỳ 2007 – 2010", start_date=dt.date(2007, 1, 15),
                                 end_date=dt.date(2010, 12, 31))
    second = CommitteeTerm.create(name="Nhiệm kỳ 2011 – 2015", start_date=dt.date(2011, 1, 1),
                                  end_date=dt.date(2015, 12, 31))
    yield first, second
    close_database()


def test_numbers_count_from_01_per_type(terms):
    day = dt.date(2010, 9, 5)
    texts = [register.issue("BC", day, "Báo cáo 1").number_text,
             register.issue("BC", day, "Báo cáo 2").number_text,
             register.issue("KH", day, "Kế hoạch 1").number_text,
             register.issue("BC", day, "Báo cáo 3").number_text]
    assert texts == ["Số 01-BC/CB", "Số 02-BC/CB", "Số 01-KH/CB", "Số 03-BC/CB"]


def test_numbers_restart_in_a_new_term(terms):
    register.issue("BC", dt.date(2010, 6, 1), "Báo cáo cuối nhiệm kỳ")
    register.issue("BC", dt.date(2010, 12, 20), "Báo cáo tổng kết")
    entry = register.issue("BC", dt.date(2011, 1, 10), "Báo cáo đầu nhiệm kỳ")
    assert entry.number_text == "Số 01-BC/CB"
    assert entry.term_name == "Nhiệm kỳ 2011 – 2015"


def test_a_cancelled_number_is_never_given_again(terms):
    day = dt.date(2010, 9, 5)
    first = register.issue("NQ", day, "Nghị quyết")
    register.cancel(first.id)
    again = register.issue("NQ", day, "Nghị quyết (làm lại)")
    assert again.number == 2
    rows = register.list_entries()
    assert [(e.number, e.cancelled) for e in rows] == [(2, False), (1, True)]
    assert IssuedDocument.select().count() == 2  # nothing deleted


def test_reprinting_a_record_keeps_its_number(terms):
    plan = register.issue("KH", dt.date(2010, 2, 1), "Kế hoạch năm 2010", source_kind="plan",
                          source_id=7)
    register.issue("KH", dt.date(2010, 3, 1), "Kế hoạch khác", source_kind="plan", source_id=8)
    again = register.issue("KH", dt.date(2010, 2, 1), "Kế hoạch năm 2010", source_kind="plan",
                           source_id=7)
    assert again.id == plan.id and again.number_text == "Số 01-KH/CB"


def test_snapshot_documents_keep_their_number_for_their_date(terms):
    first = register.issue("DS", dt.date(2010, 9, 5), "Danh sách", source_kind="member_list")
    same_day = register.issue("DS", dt.date(2010, 9, 5), "Danh sách", source_kind="member_list")
    later = register.issue("DS", dt.date(2010, 10, 1), "Danh sách", source_kind="member_list")
    assert same_day.id == first.id
    assert later.number_text == "Số 02-DS/CB"


def test_the_cells_own_code_is_used(terms):
    Cell.update(code="ĐU").execute()
    entry = register.issue("QĐ", dt.date(2010, 9, 5), "Quyết định")
    assert entry.number_text == "Số 01-QĐ/ĐU"
    assert register.format_number(12, "BC", "CB") == "Số 12-BC/CB"


def test_a_date_outside_every_term_says_what_to_add(terms):
    with pytest.raises(UserError, match="Thông tin chi bộ"):
        register.issue("BC", dt.date(2006, 5, 1), "Báo cáo")
    assert IssuedDocument.select().count() == 0


def test_list_of_one_term_and_file_path(terms):
    first, second = terms
    old = register.issue("BC", dt.date(2010, 9, 5), "Báo cáo cũ")
    register.issue("BC", dt.date(2011, 9, 5), "Báo cáo mới")
    register.attach_file(old.id, "/tmp/bao-cao.pdf")
    entries = register.list_entries(term_id=first.id)
    assert [(e.subject, e.file_path, e.type_name) for e in entries] == [
        ("Báo cáo cũ", "/tmp/bao-cao.pdf", "Báo cáo")]


def test_a_number_taken_meanwhile_is_skipped(terms, monkeypatch):
    first, _second = terms
    real_next = register.next_number
    IssuedDocument.create(term=first, type_code="TB", number=1, issued_date=dt.date(2010, 1, 1))
    calls = []

    def stale_once(term, type_code):  # as if another process inserted after our read
        calls.append(type_code)
        return 1 if len(calls) == 1 else real_next(term, type_code)

    monkeypatch.setattr(register, "next_number", stale_once)
    assert register.issue("TB", dt.date(2010, 2, 1), "Thông báo").number == 2
