"""The register's past: starting numbers per type and term, documents issued on paper."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.register import numbering as register
from desktop_app.core.register import past
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.cell import Cell, CommitteeTerm
from desktop_app.db.models.register import IssuedDocument
from desktop_app.errors import ValidationError


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


def test_a_starting_number_gives_the_next_document_its_number(terms):
    first, second = terms
    past.set_start(second.id, "BC", 7)
    assert register.issue("BC", dt.date(2012, 3, 1), "Báo cáo").number_text == "Số 07-BC/CB"
    assert register.issue("BC", dt.date(2012, 4, 1), "Báo cáo").number == 8
    # other types and other terms are not touched
    assert register.issue("KH", dt.date(2012, 3, 1), "Kế hoạch").number == 1
    assert register.issue("BC", dt.date(2010, 3, 1), "Báo cáo").number == 1


def test_a_starting_number_at_or_below_a_given_one_is_refused(terms):
    _first, second = terms
    for _ in range(3):
        register.issue("BC", dt.date(2012, 3, 1), "Báo cáo")
    for start in (2, 3):
        with pytest.raises(ValidationError) as caught:
            past.set_start(second.id, "BC", start)
        assert "đã cấp đến Số 03-BC/CB" in caught.value.fields["start"]
        assert "từ 04 trở lên" in caught.value.fields["start"]
    assert not past.type_numbers(second.id)[0].start  # nothing kept
    assert past.set_start(second.id, "BC", 10).next_number == 10


def test_a_start_can_be_removed(terms):
    _first, second = terms
    past.set_start(second.id, "NQ", 5)
    assert past.set_start(second.id, "NQ", None).next_number == 1
    row = next(n for n in past.type_numbers(second.id) if n.type_code == "NQ")
    assert (row.start, row.largest, row.next_number) == (None, None, 1)


def test_a_paper_document_is_recorded_and_its_number_skipped(terms):
    entry = past.record_outside("BC", 4, dt.date(2011, 6, 30), "  Báo cáo sơ kết 6 tháng ")
    assert entry.number_text == "Số 04-BC/CB"
    assert entry.subject == "Báo cáo sơ kết 6 tháng"
    assert entry.outside and entry.term_name == "Nhiệm kỳ 2011 – 2015"
    assert register.issue("BC", dt.date(2011, 12, 1), "Báo cáo năm").number == 5


def test_a_paper_document_with_a_taken_number_is_refused(terms):
    register.issue("BC", dt.date(2011, 2, 1), "Báo cáo tháng 1")
    with pytest.raises(ValidationError) as caught:
        past.record_outside("BC", 1, dt.date(2011, 6, 30), "Báo cáo khác")
    assert "Số 01-BC/CB đã có trong sổ" in caught.value.fields["number"]
    assert IssuedDocument.select().count() == 1


def test_a_paper_document_needs_its_fields(terms):
    errors = past.validate_outside("XX", None, None, " ")
    assert set(errors) == {"type_code", "number", "issued_date", "subject"}
    errors = past.validate_outside("BC", 2, dt.date.today() + dt.timedelta(days=30), "Báo cáo")
    assert "chưa tới" in errors["issued_date"]
    errors = past.validate_outside("BC", 2, dt.date(2005, 1, 1), "Báo cáo")
    assert "Chưa có nhiệm kỳ chi ủy nào chứa ngày 01/01/2005" in errors["issued_date"]
