"""Members (đảng viên and quần chúng / CB-CNV): validation, storage, counts, order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from peewee import IntegrityError

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import number, short_date
from desktop_app.core.common.text import clean_line, fold, name_sort_key
from desktop_app.db import database, plain_rows
from desktop_app.db.models.members import Member
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

GENDER_LABELS = {"male": "Nam", "female": "Nữ"}
ROLE_LABELS = {
    "secretary": "Bí thư",
    "deputy_secretary": "Phó bí thư",
    "committee_member": "Chi ủy viên",
    "member": "Đảng viên",
    "none": "",
}
KIND_LABELS = {
    "full": "Đảng viên chính thức",
    "probationary": "Đảng viên dự bị",
    "non_party": "Quần chúng (CB-CNV)",
}
STATUS_LABELS = {
    "active": "Đang sinh hoạt",
    "excused": "Miễn sinh hoạt",
    "transferred": "Chuyển đi",
    "deceased": "Từ trần",
}
ROLE_ORDER = {"secretary": 0, "deputy_secretary": 1, "committee_member": 2, "member": 3, "none": 4}
LEFT_STATUSES = ("transferred", "deceased")
MAX_NAME = 200
MAX_TEXT = 10_000


@dataclass
class MemberData:
    """A member as plain data; ``id`` is None for a member not yet saved."""

    full_name: str = ""
    gender: str | None = None
    birth_date: dt.date | None = None
    role: str = "member"
    kind: str = "full"
    key_cadre: bool = False
    job_title: str = ""
    joined_date: dt.date | None = None
    official_date: dt.date | None = None
    status: str = "active"
    status_date: dt.date | None = None
    note: str = ""
    id: int | None = None

    @property
    def is_party_member(self) -> bool:
        return self.kind != "non_party"

    @property
    def has_left(self) -> bool:
        return self.status in LEFT_STATUSES

    @property
    def role_label(self) -> str:
        if self.kind == "non_party":
            return ""
        return ROLE_LABELS[self.role]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS[self.status]
        if self.status != "active" and self.status_date:
            label += f" ({short_date(self.status_date)})"
        return label


_FIELD_NAMES = [f.name for f in fields(MemberData)]


def _to_data(row: Member) -> MemberData:
    return MemberData(**{name: getattr(row, name) for name in _FIELD_NAMES})


def sort_by_name(members: list[MemberData]) -> list[MemberData]:
    """Vietnamese order: given name, then family and middle names."""
    return sorted(members, key=lambda m: (name_sort_key(m.full_name), m.id or 0))


def sort_by_position(members: list[MemberData]) -> list[MemberData]:
    """Bí thư, phó bí thư, chi ủy viên, đảng viên, then quần chúng; by name within each."""

    def key(m: MemberData):
        rank = ROLE_ORDER[m.role] if m.is_party_member else 5
        return (rank, name_sort_key(m.full_name), m.id or 0)

    return sorted(members, key=key)


def list_members(include_left: bool = True) -> list[MemberData]:
    # Plain tuples, not model instances: every tab lists a few hundred members.
    query = Member.select(*[getattr(Member, name) for name in _FIELD_NAMES])
    if not include_left:
        query = query.where(Member.status.not_in(LEFT_STATUSES))
    return sort_by_name([MemberData(*row) for row in plain_rows(query)])


def get_member(member_id: int) -> MemberData:
    row = Member.get_or_none(Member.id == member_id)
    if row is None:
        raise UserError("Không tìm thấy đảng viên này (có thể đã bị xóa).")
    return _to_data(row)


def active_on(day: dt.date) -> list[MemberData]:
    """Members taking part on *day*: joined by then (when known) and not yet left."""
    result = []
    for member in list_members():
        if member.has_left and member.status_date and member.status_date <= day:
            continue
        if member.has_left and not member.status_date:
            continue
        result.append(member)
    return result


def party_members_on(day: dt.date) -> list[MemberData]:
    """Party members of the cell on *day* (those excused included), in name order: the
    member list (danh sách đảng viên)."""
    members = [
        m for m in active_on(day)
        if m.is_party_member and (m.joined_date is None or m.joined_date <= day)
    ]
    return sort_by_name(members)


def clean(data: MemberData) -> MemberData:
    """Normalise text fields (NFC, single spaces) without judging them."""
    return replace(
        data,
        full_name=clean_line(data.full_name),
        job_title=clean_line(data.job_title),
        note=normalize(data.note).strip(),
    )


def validate(data: MemberData, today: dt.date | None = None) -> dict[str, str]:
    """Per-field Vietnamese messages; empty when *data* can be saved."""
    today = today or dt.date.today()
    data = clean(data)
    errors: dict[str, str] = {}
    if not data.full_name:
        errors["full_name"] = "Chưa nhập họ và tên."
    elif len(data.full_name) > MAX_NAME:
        errors["full_name"] = f"Họ và tên quá dài (tối đa {MAX_NAME} ký tự)."
    if len(data.job_title) > 300:
        errors["job_title"] = "Chức vụ / đơn vị công tác quá dài (tối đa 300 ký tự)."
    if len(data.note) > MAX_TEXT:
        errors["note"] = f"Ghi chú quá dài (tối đa {number(MAX_TEXT)} ký tự)."
    for name, label in (
        ("birth_date", "Ngày sinh"),
        ("joined_date", "Ngày vào Đảng"),
        ("official_date", "Ngày chính thức"),
        ("status_date", "Ngày"),
    ):
        value = getattr(data, name)
        if value and value > today:
            errors[name] = f"{label} không được sau hôm nay ({short_date(today)})."
        elif value and value.year < 1900:
            errors[name] = f"{label} không hợp lệ."
    if (
        data.birth_date
        and data.joined_date
        and "joined_date" not in errors
        and age_on(data.birth_date, data.joined_date) < 18
    ):
        errors["joined_date"] = "Ngày vào Đảng phải khi đã đủ 18 tuổi (kiểm tra lại ngày sinh)."
    if data.kind == "non_party":
        if data.joined_date:
            errors["joined_date"] = "Quần chúng chưa có ngày vào Đảng."
        if data.official_date:
            errors["official_date"] = "Quần chúng chưa có ngày chính thức."
        if data.role not in ("none", "member"):
            errors["role"] = "Quần chúng không giữ chức vụ trong chi bộ."
    elif data.kind == "probationary" and data.official_date:
        errors["official_date"] = "Đảng viên dự bị chưa có ngày chính thức."
    if (
        data.official_date
        and data.joined_date
        and "official_date" not in errors
        and data.official_date <= data.joined_date
    ):
        errors["official_date"] = (
            f"Ngày chính thức phải sau ngày vào Đảng ({short_date(data.joined_date)})."
        )
    if data.status != "active" and data.status_date is None and "status_date" not in errors:
        errors["status_date"] = f"Chưa nhập ngày {STATUS_LABELS[data.status].lower()}."
    if data.status == "active" and data.status_date:
        errors["status_date"] = "Đảng viên đang sinh hoạt không cần ngày này."
    closing.check_closed_year(errors, "member", closing.member_facts(data), data.id)
    return errors


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on *day*."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def party_years(member: MemberData, on: dt.date) -> int | None:
    """Tuổi đảng on *on*: full years since admission, for a full member (once recognised as
    full, the Party counts a member's years from the date of the admission decision); for a
    member who left, the years until leaving. None for a probationary or non-party member,
    or when the admission date is not recorded."""
    if member.kind != "full" or member.joined_date is None:
        return None
    if member.has_left and member.status_date is not None:
        on = min(on, member.status_date)
    if on < member.joined_date:
        return None
    return age_on(member.joined_date, on)


class DuplicateMemberError(ValidationError):
    """The list already has a member of the same name and birth date (likely the same
    person entered twice); save with ``allow_duplicate=True`` once the user confirmed."""

    def __init__(self, others: list[MemberData]):
        self.others = others
        super().__init__({"full_name": duplicate_message(others)})


def duplicate_message(others: list[MemberData]) -> str:
    """"Danh sách đã có đồng chí Nguyễn Văn Đức (sinh ngày 20/11/1970) …"."""
    first = others[0]
    born = (f"sinh ngày {short_date(first.birth_date)}" if first.birth_date
            else "chưa ghi ngày sinh")
    more = f" và {number(len(others) - 1)} người khác" if len(others) > 1 else ""
    return (f"Danh sách đã có đồng chí {first.full_name} ({born}){more}, cùng họ tên và "
            "ngày sinh: có thể đây là cùng một người được nhập hai lần.")


def likely_duplicates(data: MemberData) -> list[MemberData]:
    """Other members with the same folded name and birth date as *data* (trùng người)."""
    key = duplicate_key(data.full_name, data.birth_date)
    if not key[0]:
        return []
    folded = Member.select(Member.id, Member.full_name).where(
        Member.birth_date.is_null() if data.birth_date is None
        else Member.birth_date == data.birth_date)
    return [get_member(row_id) for row_id, name in plain_rows(folded)
            if row_id != data.id and duplicate_key(name, data.birth_date) == key]


def _same_person_as_stored(data: MemberData) -> bool:
    """An edit that keeps the name and birth date: warned about (or not) when first saved."""
    if data.id is None:
        return False
    stored = Member.get_or_none(Member.id == data.id)
    return stored is not None and duplicate_key(stored.full_name, stored.birth_date) \
        == duplicate_key(data.full_name, data.birth_date)


def save_member(data: MemberData, today: dt.date | None = None, *,
                allow_duplicate: bool = False) -> MemberData:
    """Validate and save; returns the stored member (with its id).

    A new member, or an edit changing the name or birth date, with the same folded name and
    birth date as another member raises DuplicateMemberError unless *allow_duplicate* (the
    user said it is another person).
    """
    data = clean(data)
    if data.kind == "non_party" and data.role == "member":
        data = replace(data, role="none")
    errors = validate(data, today)
    if errors:
        raise ValidationError(errors)
    if not allow_duplicate and not _same_person_as_stored(data):
        others = likely_duplicates(data)
        if others:
            raise DuplicateMemberError(others)
    values = {name: getattr(data, name) for name in _FIELD_NAMES if name != "id"}
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        if data.id is None:
            row = Member.create(**values)
        else:
            updated = Member.update(**values).where(Member.id == data.id).execute()
            if not updated:
                raise UserError("Không tìm thấy đảng viên này (có thể đã bị xóa).")
            row = Member.get_by_id(data.id)
    return _to_data(row)


def has_history(member_id: int) -> bool:
    """True when any record (attendance, commitment, ...) refers to the member."""
    for backref in Member._meta.backrefs:
        model = backref.model
        if model.select().where(backref == member_id).exists():
            return True
    return False


def delete_member(member_id: int) -> None:
    """Delete a member entered by mistake; one with history must be marked as left instead."""
    if has_history(member_id):
        raise UserError(
            "Đảng viên này đã có dữ liệu (điểm danh, đăng ký, kiểm điểm…) nên không thể xóa. "
            "Hãy đánh dấu là “Chuyển đi” hoặc “Từ trần” để giữ lại lịch sử."
        )
    with database.atomic():
        row = Member.get_or_none(Member.id == member_id)
        if row is None:
            return
        try:
            row.delete_instance()
        except IntegrityError as error:
            raise UserError("Không thể xóa đảng viên này vì đã có dữ liệu liên quan.") from error


@dataclass(frozen=True)
class MemberCounts:
    total: int  # everyone taking part now (party members and non-party staff)
    party: int
    full: int
    probationary: int
    non_party: int
    excused: int
    key_cadres: int




def counts(members: list[MemberData] | None = None) -> MemberCounts:
    """Counts above the members table, over members who have not left."""
    current = [m for m in (members if members is not None else list_members()) if not m.has_left]
    party = [m for m in current if m.is_party_member]
    return MemberCounts(
        total=len(current),
        party=len(party),
        full=sum(1 for m in party if m.kind == "full"),
        probationary=sum(1 for m in party if m.kind == "probationary"),
        non_party=sum(1 for m in current if not m.is_party_member),
        excused=sum(1 for m in current if m.status == "excused"),
        key_cadres=sum(1 for m in current if m.key_cadre),
    )


def duplicate_key(full_name: str, birth_date: dt.date | None) -> tuple:
    """Two members are likely the same person when their folded names (no case, spacing
    or tone marks: "Nguyễn Văn Đức" = "nguyen van duc") and birth dates match."""
    return (fold(clean_line(full_name)), birth_date)
