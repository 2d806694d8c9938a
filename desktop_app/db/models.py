"""Peewee models of the whole product. See docs/data-model.md for the design.

Enumerated values are stored as short English codes (constrained by CHECK); their
Vietnamese labels live in ``core`` next to the logic that uses them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
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
# --- Self-review area (issue 6): commitments, self-reviews, remedies, feedback, ratings ---

REMEDY_STATUSES = ("open", "done", "dropped")
FEEDBACK_CHANNELS = ("slip", "meeting")
RATING_STAGES = ("self", "cell", "superior")
RATING_LEVELS = ("excellent", "good", "completed", "not_completed")


class Commitment(BaseModel):
    """A member's yearly commitment (bản đăng ký / cam kết làm theo)."""

    id: int  # implicit fields and backrefs, declared for type checkers
    member_id: int
    items: Any

    member = ForeignKeyField(Member, on_delete="RESTRICT", backref="commitments")
    year = IntegerField()
    registered_date = DateField(null=True)
    template_id = NFCCharField(max_length=100)
    study = NFCTextField(default="")  # I. nội dung học tập
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("member", "year"), True),)


class CommitmentItem(BaseModel):
    """One thing a member commits to, with a measurable target and a deadline."""

    id: int
    commitment_id: int

    commitment = ForeignKeyField(Commitment, on_delete="CASCADE", backref="items")
    position = IntegerField(default=0)
    group = NFCCharField(max_length=50)  # a group id of the commitment template
    content = NFCTextField()
    target = FloatField(null=True)  # chỉ tiêu (number), with its unit
    unit = NFCCharField(max_length=50, default="")
    deadline = DateField(null=True)  # the vague 2007–2008 commitments had none
    result = NFCTextField(default="")  # kết quả, at year end
    achieved_value = FloatField(null=True)
    self_assessment = NFCTextField(default="")
    done = BooleanField(default=False)


class SelfReview(BaseModel):
    """A member's year-end self-criticism review (bản kiểm điểm cá nhân)."""

    id: int
    member_id: int

    member = ForeignKeyField(Member, on_delete="RESTRICT", backref="self_reviews")
    year = IntegerField()
    template_id = NFCCharField(max_length=100)
    answers = NFCTextField(default="{}")  # JSON keyed by template item ids
    total_score = IntegerField(null=True)
    draft = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("member", "year"), True),)


class Remedy(BaseModel):
    """A remedy for a shortcoming (biện pháp khắc phục), followed up until done."""

    id: int
    review_id: int

    review = ForeignKeyField(SelfReview, on_delete="CASCADE", backref="remedies")
    position = IntegerField(default=0)
    content = NFCTextField()
    deadline = DateField(null=True)
    status = enum_field("status", REMEDY_STATUSES, default="open")
    outcome = NFCTextField(default="")
    outcome_date = DateField(null=True)


class Feedback(BaseModel):
    """Feedback received on a review (góp ý), by slip or in the meeting."""

    id: int
    review_id: int
    from_member_id: int | None

    review = ForeignKeyField(SelfReview, on_delete="CASCADE", backref="feedback")
    from_member = ForeignKeyField(Member, null=True, on_delete="RESTRICT", backref="feedback_given")
    channel = enum_field("channel", FEEDBACK_CHANNELS, default="meeting")
    content = NFCTextField()
    date = DateField()


class Rating(BaseModel):
    """A quality rating (xếp loại chất lượng) at one stage: self, cell proposal, superior."""

    id: int
    member_id: int

    member = ForeignKeyField(Member, on_delete="RESTRICT", backref="ratings")
    year = IntegerField()
    stage = enum_field("stage", RATING_STAGES)
    level = enum_field("level", RATING_LEVELS)
    date = DateField()
    note = NFCTextField(default="")

    class Meta:
        indexes = ((("member", "year", "stage"), True),)


ALL_MODELS += [Commitment, CommitmentItem, SelfReview, Remedy, Feedback, Rating]
