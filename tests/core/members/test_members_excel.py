import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.core.members import excel as mx
from desktop_app.core.members import roster as mc
from desktop_app.errors import UserError


def test_export_then_import_finds_only_duplicates(demo_db, tmp_path):
    path = mx.export_members(tmp_path / "list.xlsx", mc.list_members())
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Họ và tên"
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert "Nguyễn Văn Đức" in names
    preview = mx.read_members_file(path)
    assert len(preview.rows) == 15
    assert preview.accepted == []
    assert all(row.duplicate_of == "đã có trong danh sách" for row in preview.rows)


def _sheet(tmp_path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Ngày sinh", "Loại", "Ngày vào Đảng", "Ngày chính thức"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    return path


def test_preview_reports_errors_and_duplicates_and_writes_nothing(db, tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["Lê Thị Lan", "12/3/1980", "Đảng viên chính thức", "01/02/2005", "01/02/2006"],
            ["", "12/3/1980", "", "", ""],
            ["Phạm Văn Bình", "31/02/1980", "dang vien du bi", "", ""],
            ["lê   thị lan", dt.datetime(1980, 3, 12), "Chính thức", "01/02/2005", "01/02/2006"],
            ["Trần Văn Út", "", "Quần chúng", "", ""],
        ],
    )
    preview = mx.read_members_file(path, today=dt.date(2026, 1, 1))
    by_line = {row.line: row for row in preview.rows}
    assert by_line[2].accepted
    assert any("Chưa nhập họ và tên" in e for e in by_line[3].errors)
    assert any("Ngày sinh" in e for e in by_line[4].errors)
    assert by_line[5].duplicate_of == "trùng dòng 2"
    assert by_line[6].accepted and by_line[6].member.kind == "non_party"
    assert mc.list_members() == []  # nothing written before confirmation
    assert mx.import_rows(preview) == 2
    assert sorted(m.full_name for m in mc.list_members()) == ["Lê Thị Lan", "Trần Văn Út"]


def test_not_an_excel_file(db, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not excel")
    with pytest.raises(UserError, match="Excel"):
        mx.read_members_file(path)


def test_missing_name_column(db, tmp_path):
    workbook = Workbook()
    workbook.active.append(["Tên", "Tuổi"])
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    with pytest.raises(UserError, match="Họ và tên"):
        mx.read_members_file(path)


def test_export_to_unwritable_place_leaves_nothing(db, tmp_path):
    target = tmp_path / "missing-folder" / "list.xlsx"
    with pytest.raises(UserError, match="Không ghi được") as caught:
        mx.export_members(target, [])
    assert not target.exists()
    assert "No such file" not in str(caught.value)  # the system's English stays in the log
    assert "không tìm thấy" in str(caught.value)


def test_export_over_a_list_open_in_excel(db, tmp_path, windows_files):
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"open in Excel")
    with target.open("rb"), pytest.raises(UserError, match="đang mở trong chương trình khác"):
        mx.export_members(target, [])
    assert target.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".list")] == []
