"""An Excel import that would write into a closed year is refused row by row in its preview;
the other rows import."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from desktop_app.core.closing import years
from desktop_app.core.members import excel as mx
from desktop_app.core.members import roster as mc


def _sheet(tmp_path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Ngày sinh", "Loại", "Ngày vào Đảng", "Ngày chính thức",
                  "Trạng thái", "Ngày (miễn / chuyển đi / từ trần)"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    return path


def test_rows_dated_in_a_closed_year_are_refused_in_the_preview(db, tmp_path):
    years.close_year(2009, backup=False, today=dt.date(2011, 1, 10))
    path = _sheet(tmp_path, [
        ["Lê Thị Lan", "12/3/1980", "Đảng viên chính thức", "01/02/2005", "01/02/2006", "", ""],
        ["Phạm Văn Bình", "1/1/1985", "Đảng viên dự bị", "15/06/2009", "", "", ""],
        ["Ngô Thị Hạnh", "1/1/1975", "Đảng viên chính thức", "01/02/2000", "01/02/2001",
         "Chuyển đi", "20/08/2009"],
        ["Đỗ Văn Tâm", "1/1/1990", "Đảng viên dự bị", "15/06/2010", "", "", ""],
    ])
    preview = mx.read_members_file(path, today=dt.date(2011, 1, 10))
    by_name = {row.member.full_name: row for row in preview.rows}
    assert by_name["Lê Thị Lan"].accepted and by_name["Đỗ Văn Tâm"].accepted
    assert by_name["Phạm Văn Bình"].errors == [
        "Năm 2009 đã khóa sổ nên không thể ghi ngày vào Đảng vào năm này. Nếu thật sự cần "
        "sửa, hãy bỏ khóa sổ năm 2009 (Tệp → Bỏ khóa sổ năm…) và ghi rõ lý do."]
    assert "ngày miễn sinh hoạt, chuyển đi hay từ trần" in by_name["Ngô Thị Hạnh"].errors[0]
    assert mx.import_rows(preview, today=dt.date(2011, 1, 10)) == 2
    assert sorted(m.full_name for m in mc.list_members()) == ["Lê Thị Lan", "Đỗ Văn Tâm"]
