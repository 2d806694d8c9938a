"""Commitments, self-reviews, remedies, feedback and ratings."""

from __future__ import annotations

from typing import Any

from peewee import BooleanField, DateField, DateTimeField, FloatField, ForeignKeyField, IntegerField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel, _now
from .members import Member

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


# --- Savings (thực hành tiết kiệm), social work, commendations and violations -------------
