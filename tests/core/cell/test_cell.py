import datetime as dt

import pytest

from desktop_app.core.cell import particulars as cell
from desktop_app.db.models.cell import CommitteeTerm
from desktop_app.errors import ValidationError


def profile(**kw):
    values = dict(
        name="Chi bộ Trường THCS Lê Lợi",
        superior_line1="ĐẢNG BỘ PHƯỜNG 5",
        code="CB",
        place="Đà Lạt",
        term_start=dt.date(2025, 1, 1),
        term_end=dt.date(2027, 12, 31),
        secretary_name="Lê Văn Tám",
    )
    values.update(kw)
    return cell.CellProfile(**values)


def test_first_start_then_saved(db):
    assert not cell.has_profile()
    assert set(cell.missing_for_documents()) == {"tên cấp ủy cấp trên", "tên chi bộ", "địa danh"}
    cell.save_profile(profile())
    assert cell.has_profile()
    loaded = cell.load_profile()
    assert loaded.name == "Chi bộ Trường THCS Lê Lợi"
    assert loaded.term_name == "Nhiệm kỳ 2025 – 2027"
    assert cell.missing_for_documents() == []


def test_validation(db):
    errors = cell.validate_profile(
        profile(name="", place=" ", code="C B", term_end=dt.date(2024, 1, 1))
    )
    assert set(errors) == {"name", "place", "code", "term_end"}
    with pytest.raises(ValidationError):
        cell.save_profile(profile(name=""))


def test_a_new_term_keeps_the_old_one(db):
    cell.save_profile(profile())
    cell.save_profile(profile(term_start=dt.date(2028, 1, 1), term_end=dt.date(2030, 12, 31)))
    assert CommitteeTerm.select().count() == 2
    assert cell.current_term(dt.date(2026, 6, 1)).start_date == dt.date(2025, 1, 1)
