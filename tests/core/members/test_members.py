import datetime as dt
import unicodedata
from dataclasses import replace

import pytest

from desktop_app.core.members import roster as mc
from desktop_app.db.models.members import Member
from desktop_app.errors import UserError, ValidationError

TODAY = dt.date(2026, 11, 26)


def member(**kw):
    values = dict(
        full_name="Nguyễn Văn Đức",
        birth_date=dt.date(1970, 11, 20),
        joined_date=dt.date(1996, 9, 2),
        official_date=dt.date(1997, 9, 2),
    )
    values.update(kw)
    return mc.MemberData(**values)


def test_save_and_read_back(db):
    saved = mc.save_member(member(), TODAY)
    assert saved.id is not None
    assert mc.get_member(saved.id).full_name == "Nguyễn Văn Đức"


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"full_name": "   "}, "full_name", "Chưa nhập họ và tên"),
        ({"birth_date": dt.date(2030, 1, 1)}, "birth_date", "không được sau hôm nay"),
        ({"official_date": dt.date(1996, 1, 1)}, "official_date", "phải sau ngày vào Đảng"),
        ({"kind": "probationary"}, "official_date", "dự bị chưa có ngày chính thức"),
        ({"kind": "non_party", "role": "none"}, "joined_date", "Quần chúng chưa có ngày vào Đảng"),
        ({"joined_date": dt.date(1980, 1, 1), "official_date": None}, "joined_date", "18 tuổi"),
        ({"status": "transferred"}, "status_date", "Chưa nhập ngày chuyển đi"),
        ({"full_name": "A" * 201}, "full_name", "quá dài"),
    ],
)
def test_validation_messages_name_the_field(db, changes, field, text):
    errors = mc.validate(member(**changes), TODAY)
    assert field in errors
    assert text in errors[field]
    with pytest.raises(ValidationError):
        mc.save_member(member(**changes), TODAY)
    assert Member.select().count() == 0


def test_text_is_stored_as_typed_in_nfc(db):
    odd = unicodedata.normalize("NFD", "Lê <b>Thị</b> & \u00d0ào 🌸")
    note = "x" * 10_000
    saved = mc.save_member(member(full_name=odd, note=note), TODAY)
    row = Member.get_by_id(saved.id)
    assert row.full_name == "Lê <b>Thị</b> & Đào 🌸"
    assert row.note == note


def test_member_with_history_cannot_be_deleted(db, monkeypatch):
    saved = mc.save_member(member(), TODAY)
    monkeypatch.setattr(mc, "has_history", lambda member_id: True)
    with pytest.raises(UserError, match="Chuyển đi"):
        mc.delete_member(saved.id)
    assert Member.select().count() == 1


def test_member_without_history_can_be_deleted(db):
    saved = mc.save_member(member(), TODAY)
    assert not mc.has_history(saved.id)
    mc.delete_member(saved.id)
    assert Member.select().count() == 0


def test_counts_and_orders(demo_db):
    members = mc.list_members()
    counts = mc.counts(members)
    assert counts.total == 15
    assert counts.party == 12
    assert (counts.full, counts.probationary, counts.non_party) == (11, 1, 3)
    assert counts.excused == 1
    by_position = [m.full_name for m in mc.sort_by_position(members)]
    assert by_position[0] == "Trần Thị Thu Hà"  # the secretary
    assert by_position[1] == "Lê Văn Đức"  # the deputy
    assert set(by_position[-3:]) == {"Phan Thị Hồng", "Mai Văn Tài", "Châu Thị Kim Ngân"}


def test_left_members_stay_but_are_not_active(demo_db):
    tu = next(m for m in mc.list_members() if m.full_name == "Ngô Quang Hải")
    mc.save_member(
        mc.MemberData(
            **{**tu.__dict__, "status": "transferred", "status_date": dt.date(2009, 6, 30)}
        )
    )
    assert "Ngô Quang Hải" in [m.full_name for m in mc.active_on(dt.date(2009, 1, 1))]
    assert "Ngô Quang Hải" not in [m.full_name for m in mc.active_on(dt.date(2010, 1, 1))]
    assert mc.counts().total == 14


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200b \ufeff", "\x00\x07", "\u2060\u00ad"])
def test_a_name_of_invisible_characters_only_is_refused(db, name):
    assert mc.validate(member(full_name=name), TODAY)["full_name"] == "Chưa nhập họ và tên."
    with pytest.raises(ValidationError):
        mc.save_member(member(full_name=name), TODAY)
    assert Member.select().count() == 0


def test_invisible_characters_inside_a_name_are_not_stored(db):
    saved = mc.save_member(member(full_name="Nguyễn\u200b Văn\ufeff Đức\u200e"), TODAY)
    assert Member.get_by_id(saved.id).full_name == "Nguyễn Văn Đức"


def test_the_same_member_twice_is_a_likely_duplicate(db):
    first = mc.save_member(member(), TODAY)
    again = member(full_name="  nguyen van  DUC ")  # the same folded name and birth date
    assert [m.id for m in mc.likely_duplicates(again)] == [first.id]
    with pytest.raises(mc.DuplicateMemberError) as caught:
        mc.save_member(again, TODAY)
    assert "Nguyễn Văn Đức" in str(caught.value) and "20/11/1970" in str(caught.value)
    assert caught.value.fields.keys() == {"full_name"}
    assert Member.select().count() == 1
    saved = mc.save_member(again, TODAY, allow_duplicate=True)  # the user said: another person
    assert Member.select().count() == 2
    assert mc.save_member(replace(saved, note="sửa"), TODAY).note == "sửa"  # editing: no warning
    assert mc.likely_duplicates(member(birth_date=dt.date(1971, 1, 1))) == []
    assert mc.likely_duplicates(member(full_name="Nguyễn Văn Đực")) != []  # tones ignored


def test_party_years_count_from_admission_for_full_members_only():
    full = member(joined_date=dt.date(1996, 9, 2), official_date=dt.date(1997, 9, 2))
    assert mc.party_years(full, dt.date(2026, 9, 1)) == 29  # the day before the 30th year
    assert mc.party_years(full, dt.date(2026, 9, 2)) == 30
    assert mc.party_years(replace(full, kind="probationary", official_date=None),
                          TODAY) is None  # counted once recognised as full
    assert mc.party_years(replace(full, kind="non_party", joined_date=None,
                                  official_date=None), TODAY) is None
    assert mc.party_years(replace(full, joined_date=None), TODAY) is None
    left = replace(full, status="deceased", status_date=dt.date(2016, 9, 2))
    assert mc.party_years(left, TODAY) == 20  # the years until leaving
