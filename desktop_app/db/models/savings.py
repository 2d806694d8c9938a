"""Thrift, social work, commendations and violations."""

from __future__ import annotations

from peewee import BooleanField, Check, DateField, FloatField, ForeignKeyField, IntegerField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel
from .members import Member

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




# --- the summary report (báo cáo năm / sơ kết / tổng kết) --------------------------------


FUND_CONTRIBUTION_PERIODS = ("day", "month", "year")
FUND_DIRECTIONS = ("in", "out")


class Fund(BaseModel):
    """A fund the cell keeps (quỹ): members save a fixed sum for poor households, a
    collection for a disaster. Its money in and out are its entries (v8)."""

    id: int

    name = NFCCharField(max_length=200)  # "Quỹ vì người nghèo"
    purpose = NFCTextField(default="")  # "giúp đỡ hộ nghèo trên địa bàn phường"
    # the contribution rule, when there is one: "2.000 đồng/ngày, mỗi đảng viên"
    contribution_amount = IntegerField(
        null=True, constraints=[Check("contribution_amount IS NULL OR contribution_amount > 0")])
    contribution_per = enum_field("contribution_per", FUND_CONTRIBUTION_PERIODS, null=True)
    contributors = NFCCharField(max_length=200, default="")  # "mỗi đảng viên"
    start_date = DateField()
    end_date = DateField(null=True)
    note = NFCTextField(default="")


class FundEntry(BaseModel):
    """Money into a fund or spent from it: what came in; what it was spent on, for whom."""

    id: int
    fund_id: int

    fund = ForeignKeyField(Fund, backref="entries", on_delete="RESTRICT")
    date = DateField(index=True)
    direction = enum_field("direction", FUND_DIRECTIONS)
    amount = IntegerField(constraints=[Check("amount > 0")])  # đồng
    description = NFCTextField(default="")  # in: "đảng viên góp quý I"; out: "tặng quà Tết"
    beneficiary = NFCCharField(max_length=300, default="")  # out: "20 hộ nghèo khu phố 3"
    note = NFCTextField(default="")
