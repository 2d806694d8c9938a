"""Peewee models of the whole product. See docs/data-model.md for the design.

Enumerated values are stored as short English codes (constrained by CHECK); their
Vietnamese labels live in ``core`` next to the logic that uses them.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from . import database
from .fields import NFCCharField, NFCTextField, enum_field


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Domain settings kept in the database (key → text value)."""

    key = NFCCharField(primary_key=True, max_length=100)
    value = TextField()


class Cell(BaseModel):
    """The cell's particulars (thông tin chi bộ): a single row."""

    name = NFCCharField(max_length=200)  # "Chi bộ Văn phòng Đảng ủy Khối"
    superior_line1 = NFCCharField(max_length=200)  # "ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG"
    superior_line2 = NFCCharField(max_length=200, default="")
    code = NFCCharField(max_length=20, default="CB")  # ký hiệu in document numbers: 12-BC/CB
    place = NFCCharField(max_length=100, default="")  # địa danh of the dated line
    updated_at = DateTimeField(default=_now)


class CommitteeTerm(BaseModel):
    """A committee term (nhiệm kỳ); document numbers restart in each term."""

    name = NFCCharField(max_length=100)  # "Nhiệm kỳ 2005 – 2010"
    start_date = DateField()
    end_date = DateField()
    secretary_name = NFCCharField(max_length=200, default="")
    deputy_secretary_name = NFCCharField(max_length=200, default="")


MEMBER_GENDERS = ("male", "female")
MEMBER_ROLES = ("secretary", "deputy_secretary", "committee_member", "member", "none")
MEMBER_KINDS = ("full", "probationary", "non_party")
MEMBER_STATUSES = ("active", "excused", "transferred", "deceased")


class Member(BaseModel):
    """A party member or a non-party staff member taking part (đảng viên / quần chúng)."""

    id: int  # the implicit AutoField, declared for type checkers

    full_name = NFCCharField(max_length=200)
    gender = enum_field("gender", MEMBER_GENDERS, null=True)
    birth_date = DateField(null=True)
    role = enum_field("role", MEMBER_ROLES, default="member")  # chức vụ trong chi bộ
    kind = enum_field("kind", MEMBER_KINDS, default="full")  # loại
    key_cadre = BooleanField(default=False)  # cán bộ chủ chốt
    job_title = NFCCharField(max_length=300, default="")  # chức vụ / đơn vị công tác
    joined_date = DateField(null=True)  # ngày vào Đảng
    official_date = DateField(null=True)  # ngày chính thức
    status = enum_field("status", MEMBER_STATUSES, default="active")
    status_date = DateField(null=True)  # since when excused / left / deceased
    note = NFCTextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


# Every model in creation order; later areas append theirs.
ALL_MODELS: list[type[BaseModel]] = [Setting, Cell, CommitteeTerm, Member]


# Type codes of document numbers (DOMAIN.md §4), plus DS for lists (danh sách).
DOCUMENT_TYPE_CODES = ("BC", "KH", "NQ", "CTr", "TB", "BB", "CV", "TTr", "QĐ", "DS")


class IssuedDocument(BaseModel):
    """An entry of the document register (sổ văn bản): one numbered document.

    Numbers count from 1 per type code within a committee term and are never reused:
    an entry is cancelled, never deleted.
    """

    id = AutoField()
    term = ForeignKeyField(CommitteeTerm, backref="issued_documents", on_delete="RESTRICT")
    type_code = enum_field("type_code", DOCUMENT_TYPE_CODES)
    number = IntegerField()
    issued_date = DateField()
    subject = NFCTextField(default="")  # trích yếu
    source_kind = CharField(max_length=50, null=True)  # "member_list", "plan", ...
    source_id = IntegerField(null=True)  # id of the record the document was made from
    file_path = NFCTextField(null=True)  # the archived PDF, when saved
    cancelled = BooleanField(default=False)
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("term", "type_code", "number"), True),)


ALL_MODELS.append(IssuedDocument)
# --- Savings (thực hành tiết kiệm), social work, commendations and violations -------------

SAVINGS_BASELINE_MODES = ("previous_year", "fixed", "average")
SOCIAL_ACTIVITY_KINDS = ("charity_house", "bridge", "fund", "gift", "scholarship", "other")
COMMENDATION_RECIPIENTS = ("cell", "group", "member")
COMMENDATION_KINDS = ("khen_thuong", "bieu_duong", "giay_khen", "bang_khen", "other")


class SavingsCategory(BaseModel):
    """A spending line the cell tries to cut (chi hành chính, điện, nước, điện thoại...)."""

    id: int

    name = NFCCharField(max_length=200, unique=True)
    unit = NFCCharField(max_length=20, default="đồng")
    quantity_unit = NFCCharField(max_length=20, null=True)  # "kWh", "m³" next to the money
    is_default = BooleanField(default=False)
    position = IntegerField(default=0)
    archived = BooleanField(default=False)


class SavingsYearSetting(BaseModel):
    """Per category and year: how the baseline (mức gốc) is found, and the target %."""

    id: int
    category_id: int  # the foreign key's column, declared for type checkers

    category = ForeignKeyField(SavingsCategory, on_delete="CASCADE")
    year = IntegerField()
    baseline_mode = enum_field("baseline_mode", SAVINGS_BASELINE_MODES, default="previous_year")
    baseline_fixed = IntegerField(null=True)  # đồng per month, for baseline_mode "fixed"
    baseline_years = NFCCharField(max_length=100, default="")  # "2006,2007" for "average"
    target_percent = FloatField(default=10)

    class Meta:
        indexes = ((("category", "year"), True),)


class SavingsEntry(BaseModel):
    """The actual spending of one category in one month (integer đồng)."""

    id: int
    category_id: int

    category = ForeignKeyField(SavingsCategory, on_delete="RESTRICT")
    year = IntegerField()
    month = IntegerField(constraints=[Check("month BETWEEN 1 AND 12")])
    amount = IntegerField(constraints=[Check("amount >= 0")])
    quantity = FloatField(null=True)  # kWh, m³...
    note = NFCTextField(default="")

    class Meta:
        indexes = ((("category", "year", "month"), True),)


class SocialActivity(BaseModel):
    """A social-work action (công tác xã hội): houses, bridges, funds, gifts..."""

    id: int

    date = DateField()
    end_date = DateField(null=True)  # for actions carried out over a period
    kind = enum_field("kind", SOCIAL_ACTIVITY_KINDS, default="other")
    description = NFCTextField(default="")  # "nhà tình nghĩa", "cầu nông thôn"
    quantity = IntegerField(null=True)
    unit = NFCCharField(max_length=30, default="")  # "căn", "cầu"
    value = IntegerField(null=True, constraints=[Check("value IS NULL OR value >= 0")])
    sponsor = NFCCharField(max_length=300, default="")  # empty: raised by the cell itself
    programme = NFCCharField(max_length=300, default="")  # chương trình "Gắn kết ước mơ"
    place = NFCCharField(max_length=300, default="")
    note = NFCTextField(default="")


class SocialActivityMember(BaseModel):
    """A member who took part in a social-work action."""

    id: int
    activity_id: int
    member_id: int

    activity = ForeignKeyField(SocialActivity, on_delete="CASCADE")
    member = ForeignKeyField(Member, on_delete="RESTRICT")

    class Meta:
        indexes = ((("activity", "member"), True),)


class Commendation(BaseModel):
    """A commendation (khen thưởng, biểu dương, giấy khen, bằng khen) for the cell, a group
    or a member."""

    id: int
    member_id: int | None

    recipient_kind = enum_field("recipient_kind", COMMENDATION_RECIPIENTS, default="cell")
    member = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    group_name = NFCCharField(max_length=300, default="")
    kind = enum_field("kind", COMMENDATION_KINDS, default="giay_khen")
    level = NFCCharField(max_length=300, default="")  # issuing level: "Đảng ủy Khối"
    date = DateField()
    period = NFCCharField(max_length=100, default="")  # "năm 2009", "2007 – 2010"
    reason = NFCTextField(default="")


class Violation(BaseModel):
    """A member's violation (vi phạm) and the discipline decided (hình thức kỷ luật)."""

    id: int
    member_id: int

    member = ForeignKeyField(Member, on_delete="RESTRICT")
    date = DateField()
    description = NFCTextField()
    discipline = NFCCharField(max_length=300, default="")  # "khiển trách", "cảnh cáo"
    resolved_date = DateField(null=True)


ALL_MODELS += [
    SavingsCategory,
    SavingsYearSetting,
    SavingsEntry,
    SocialActivity,
    SocialActivityMember,
    Commendation,
    Violation,
]
