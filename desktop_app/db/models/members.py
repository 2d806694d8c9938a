"""Members: đảng viên and quần chúng / CB-CNV."""

from __future__ import annotations

from peewee import BooleanField, DateField, DateTimeField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel, _now

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
