"""A small cell in its own database, for the document tests."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.members import roster as members_core
from desktop_app.db.connection import close_database, open_database

ISSUE_DATE = dt.date(2010, 9, 5)
NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Văn Đức")


def add_member(name: str, **values) -> members_core.MemberData:
    data = members_core.MemberData(full_name=name, **values)
    return members_core.save_member(data, today=dt.date(2020, 1, 1))


@pytest.fixture
def cell_db(tmp_path):
    """A database with the particulars of a small cell and its current term."""
    open_database(tmp_path / "t.db")
    cell_core.save_profile(cell_core.CellProfile(
        name="Chi bộ Văn phòng", superior_line1="Đảng bộ Khối cơ quan",
        code="CB", place="Hà Nội", term_name="Nhiệm kỳ 2007 – 2010",
        term_start=dt.date(2007, 1, 15), term_end=dt.date(2010, 12, 31),
        secretary_name="Trần Thị Thu Hà",
    ))
    yield tmp_path
    close_database()


@pytest.fixture
def small_cell(cell_db):
    """Five party members (one with markup characters, one typed decomposed) and staff."""
    add_member("Trần Thị Thu Hà", role="secretary", birth_date=dt.date(1962, 3, 14),
               joined_date=dt.date(1986, 5, 19), official_date=dt.date(1987, 5, 19),
               job_title="Chánh Văn phòng")
    add_member("A <b>&", birth_date=dt.date(1970, 1, 2), joined_date=dt.date(1995, 1, 7),
               official_date=dt.date(1996, 1, 7))
    add_member(NFD_NAME, role="committee_member", birth_date=dt.date(1970, 11, 20),
               joined_date=dt.date(1996, 9, 2), official_date=dt.date(1997, 9, 2))
    add_member("Bùi Thị Lan", kind="probationary", birth_date=dt.date(1983, 9, 18),
               joined_date=dt.date(2010, 3, 3))
    add_member("Lý Văn Tư", status="excused", status_date=dt.date(2007, 1, 10),
               birth_date=dt.date(1950, 6, 15), joined_date=dt.date(1972, 7, 27),
               official_date=dt.date(1973, 7, 27))
    add_member("Phan Thị Hồng", kind="non_party", role="none")
    add_member("Lê Văn Chuyển", status="transferred", status_date=dt.date(2009, 1, 1),
               joined_date=dt.date(1990, 1, 1), official_date=dt.date(1991, 1, 1))
    return cell_db
