"""Nơi nhận built from the cell's particulars (the superior body, the cell's copy)."""

from __future__ import annotations

import pytest

from desktop_app.core.cell.recipients import (
    clean_recipients,
    default_recipients,
    superior_committee,
)


@pytest.mark.parametrize(("lines", "committee"), [
    (["ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG"], "Đảng ủy Khối cơ sở Bộ Xây Dựng"),
    (["Đảng bộ Khối cơ quan"], "Đảng ủy Khối cơ quan"),  # as typed, but the committee
    (["ĐẢNG BỘ TỈNH TÂY NINH", "ĐẢNG BỘ XÃ SUỐI ĐÁ"], "Đảng ủy xã Suối Đá"),  # the nearer
    (["HUYỆN ỦY DƯƠNG MINH CHÂU"], "Huyện ủy Dương Minh Châu"),
    (["Đảng ủy Khối các cơ quan tỉnh", ""], "Đảng ủy Khối các cơ quan tỉnh"),
    ([" ", ""], "Đảng ủy cấp trên"),
])
def test_the_superior_committee_is_named_after_the_header(lines, committee):
    assert superior_committee(lines) == committee


def test_default_recipients_report_to_the_superior_and_keep_a_copy():
    assert default_recipients(["ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG"], "chi_bo") == [
        "- Đảng ủy Khối cơ sở Bộ Xây Dựng (để b/c);", "- Lưu Chi bộ."]
    assert default_recipients(["Đảng bộ Khối cơ quan"], "chi_bo_co_so",
                              members="Các đồng chí đảng viên") == [
        "- Đảng ủy Khối cơ quan (để b/c);", "- Các đồng chí đảng viên (để t/h);",
        "- Lưu Chi bộ."]
    # the unit keeps its copy in its own words (core/cell/units.py)
    assert default_recipients([], "dang_bo_co_so", to_superior=False) == [
        "- Lưu Văn phòng Đảng ủy."]
    assert default_recipients([], "dang_bo_bo_phan", to_superior=False) == [
        "- Lưu Đảng ủy bộ phận."]


def test_typed_recipients_become_dash_lines_ending_in_a_full_stop():
    assert clean_recipients("Đảng ủy Khối (để b/c)\n-  Lưu Chi bộ\n\n") == [
        "- Đảng ủy Khối (để b/c);", "- Lưu Chi bộ."]
    assert clean_recipients("• Chi ủy;\n+ Lưu.") == ["- Chi ủy;", "- Lưu."]
    assert clean_recipients(" \n") == []


def test_each_kind_keeps_the_recipients_last_set(db):
    import datetime as dt

    from desktop_app.core.cell import particulars, recipients

    particulars.save_profile(particulars.CellProfile(
        name="Chi bộ Văn phòng", superior_line1="Đảng bộ Khối cơ quan", place="Hà Nội",
        term_start=dt.date(2007, 1, 15), term_end=dt.date(2010, 12, 31)))

    assert recipients.recipients_for("plan") == [
        "- Đảng ủy Khối cơ quan (để b/c);", "- Các đồng chí đảng viên (để t/h);",
        "- Lưu Chi bộ."]
    assert recipients.recipients_for("study_sign_in") == ["- Lưu Chi bộ."]
    recipients.save_recipients("member_list", "Đảng ủy Khối cơ quan (để b/c)\nLưu Chi bộ")
    assert recipients.recipients_for("member_list") == [
        "- Đảng ủy Khối cơ quan (để b/c);", "- Lưu Chi bộ."]
    assert recipients.recipients_for("plan")[1] == "- Các đồng chí đảng viên (để t/h);"
    assert recipients.save_recipients("member_list", "  ") == recipients.default_for(
        "member_list")
