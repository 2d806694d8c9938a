"""Members to and from Excel (.xlsx): export the list; import with a preview.

Import never writes until the user confirms: :func:`read_members_file` returns a preview
(each row with its errors and whether it duplicates a member already there or an earlier
row); :func:`import_rows` saves the accepted rows in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.backup.backups import backup_before
from desktop_app.core.common.formats import parse_date, short_date
from desktop_app.core.common.replace import FileInUseError, replace_file
from desktop_app.core.common.text import clean_line, fold
from desktop_app.db import database
from desktop_app.db.storage import explain
from desktop_app.errors import UserError, ValidationError

from . import roster as mc

COLUMNS = [
    ("full_name", "Họ và tên"),
    ("gender", "Giới tính"),
    ("birth_date", "Ngày sinh"),
    ("role", "Chức vụ trong chi bộ"),
    ("kind", "Loại"),
    ("key_cadre", "Cán bộ chủ chốt"),
    ("job_title", "Chức vụ / đơn vị công tác"),
    ("joined_date", "Ngày vào Đảng"),
    ("official_date", "Ngày chính thức"),
    ("status", "Trạng thái"),
    ("status_date", "Ngày (miễn / chuyển đi / từ trần)"),
    ("note", "Ghi chú"),
]
MAX_ROWS = 5000
Progress = Callable[[int, int, str], None]


def _labels(mapping: dict[str, str]) -> dict[str, str]:
    """Folded Vietnamese label -> code, so "dang vien du bi" and "Đảng viên dự bị" both work."""
    return {fold(label): code for code, label in mapping.items() if label}


_GENDERS = _labels(mc.GENDER_LABELS)
_ROLES = _labels(mc.ROLE_LABELS) | {fold("Chi ủy"): "committee_member"}
_KINDS = _labels(mc.KIND_LABELS) | {
    fold("Chính thức"): "full",
    fold("Dự bị"): "probationary",
    fold("Quần chúng"): "non_party",
    fold("CB-CNV"): "non_party",
}
_STATUSES = _labels(mc.STATUS_LABELS)
_YES = {"x", "co", "1", "yes", "true", "v"}


def export_members(
    path: Path | str, members: list[mc.MemberData], progress: Progress | None = None
) -> Path:
    """Write *members* to an .xlsx file (temporary file, then renamed into place)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append([label for _, label in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for index, member in enumerate(members, start=1):
        sheet.append(
            [
                member.full_name,
                mc.GENDER_LABELS.get(member.gender or "", ""),
                short_date(member.birth_date),
                member.role_label,
                member.kind_label,
                "x" if member.key_cadre else "",
                member.job_title,
                short_date(member.joined_date),
                short_date(member.official_date),
                mc.STATUS_LABELS[member.status],
                short_date(member.status_date),
                member.note,
            ]
        )
        if progress and index % 50 == 0:
            progress(index, len(members), "")
    widths = [28, 10, 12, 18, 24, 10, 36, 14, 14, 16, 14, 30]
    for column, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    partial = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(partial)
        replace_file(partial, path)
    except FileInUseError as error:  # Windows: Excel has the old file open
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(str(error)) from error
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(f"Không ghi được tệp Excel: {explain(error, path)}") from error
    return path


@dataclass
class ImportRow:
    """One row of the file as read, with what is wrong with it."""

    line: int  # the row number in Excel
    member: mc.MemberData
    errors: list[str] = field(default_factory=list)
    duplicate_of: str = ""  # "đã có trong danh sách" or "trùng dòng 5"

    @property
    def accepted(self) -> bool:
        return not self.errors and not self.duplicate_of


@dataclass
class ImportPreview:
    path: Path
    rows: list[ImportRow]

    @property
    def accepted(self) -> list[ImportRow]:
        return [row for row in self.rows if row.accepted]

    def summary(self) -> str:
        errors = sum(1 for row in self.rows if row.errors)
        duplicates = sum(1 for row in self.rows if row.duplicate_of and not row.errors)
        return (
            f"Đọc được {len(self.rows)} dòng: {len(self.accepted)} dòng sẽ được nhập, "
            f"{errors} dòng có lỗi, {duplicates} dòng trùng (bỏ qua)."
        )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_line(str(value))


def _date(value: object, label: str, errors: list[str]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(str(value))
    except ValueError:
        errors.append(f"{label}: “{_text(value)}” không phải ngày hợp lệ (dd/mm/yyyy).")
        return None


def _choice(
    value: object, choices: dict[str, str], label: str, errors: list[str], default: str | None
) -> str | None:
    text = _text(value)
    if not text:
        return default
    code = choices.get(fold(text))
    if code is None:
        errors.append(f"{label}: không hiểu “{text}”.")
        return default
    return code


def _header_map(header: tuple) -> dict[str, int]:
    wanted = {fold(label): code for code, label in COLUMNS}
    wanted[fold("Ngày")] = "status_date"
    wanted[fold("Chức vụ")] = "role"
    wanted[fold("Đơn vị công tác")] = "job_title"
    found = {}
    for index, value in enumerate(header):
        code = wanted.get(fold(_text(value)))
        if code and code not in found:
            found[code] = index
    return found


def read_members_file(
    path: Path | str, progress: Progress | None = None, today: dt.date | None = None
) -> ImportPreview:
    """Read an .xlsx file into a preview; raises UserError for a file that is not usable."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as error:
        raise UserError(
            f"Không đọc được tệp “{path.name}”. Hãy chọn một tệp Excel .xlsx "
            "(tệp .xls cũ cần lưu lại dưới dạng .xlsx)."
        ) from error
    except Exception as error:  # a damaged zip or XML: still the user's file, not our bug
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không phải tệp Excel.") from error
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        columns = _header_map(header or ())
        if "full_name" not in columns:
            raise UserError(
                "Không tìm thấy cột “Họ và tên” ở dòng đầu tiên của trang tính. "
                "Hãy dùng tệp có dòng tiêu đề giống tệp xuất từ Sổ Chi bộ."
            )
        existing = {
            mc.duplicate_key(m.full_name, m.birth_date): m.full_name for m in mc.list_members()
        }
        seen: dict[tuple, int] = {}
        result: list[ImportRow] = []
        for line, values in enumerate(rows, start=2):
            if not any(v not in (None, "") for v in values):
                continue
            if len(result) >= MAX_ROWS:
                raise UserError(f"Tệp có quá {MAX_ROWS} dòng; hãy chia nhỏ tệp.")
            row = _read_row(line, values, columns, today)
            key = mc.duplicate_key(row.member.full_name, row.member.birth_date)
            if row.member.full_name and key in existing:
                row.duplicate_of = "đã có trong danh sách"
            elif row.member.full_name and key in seen:
                row.duplicate_of = f"trùng dòng {seen[key]}"
            else:
                seen[key] = line
            result.append(row)
            if progress and len(result) % 50 == 0:
                progress(len(result), 0, "")
    finally:
        workbook.close()
    return ImportPreview(path, result)


def _read_row(
    line: int, values: tuple, columns: dict[str, int], today: dt.date | None
) -> ImportRow:
    def get(code: str) -> object:
        index = columns.get(code)
        return values[index] if index is not None and index < len(values) else None

    errors: list[str] = []
    member = mc.MemberData(
        full_name=_text(get("full_name")),
        gender=_choice(get("gender"), _GENDERS, "Giới tính", errors, None),
        birth_date=_date(get("birth_date"), "Ngày sinh", errors),
        kind=_choice(get("kind"), _KINDS, "Loại", errors, "full") or "full",
        role=_choice(get("role"), _ROLES, "Chức vụ trong chi bộ", errors, "member") or "member",
        key_cadre=fold(_text(get("key_cadre"))) in _YES,
        job_title=_text(get("job_title")),
        joined_date=_date(get("joined_date"), "Ngày vào Đảng", errors),
        official_date=_date(get("official_date"), "Ngày chính thức", errors),
        status=_choice(get("status"), _STATUSES, "Trạng thái", errors, "active") or "active",
        status_date=_date(get("status_date"), "Ngày", errors),
        note=str(get("note") or ""),
    )
    if member.kind == "non_party" and member.role == "member":
        member.role = "none"
    errors.extend(mc.validate(member, today).values())
    return ImportRow(line, member, errors)


def import_rows(preview: ImportPreview, today: dt.date | None = None) -> int:
    """Save every accepted row in one transaction; returns how many were added."""
    rows = preview.accepted
    if rows:
        backup_before("before_import")  # an import gone wrong is undone with Tệp → Phục hồi…
    with database.atomic():
        for row in rows:
            try:
                mc.save_member(row.member, today)
            except ValidationError as error:  # the data changed since the preview
                raise UserError(f"Dòng {row.line}: {error}") from error
    return len(rows)
