"""Plans, resolutions and action programmes with their targets."""

from __future__ import annotations

from peewee import AutoField, DateField, DateTimeField, FloatField, ForeignKeyField, IntegerField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel, _now
from .members import Member

PLAN_KINDS = ("plan", "resolution", "action_programme")
TARGET_INDICATORS = ("none", "attendance", "reflection", "commitment", "savings", "admissions",
                     "sessions")
PLAN_PERIOD_KINDS = ("year", "term", "dates")  # v8: what a plan is for
TARGET_STATUSES = ("not_started", "in_progress", "done")  # "overdue" is derived, never stored


class Plan(BaseModel):
    """A plan, resolution or action programme of one year (kế hoạch / nghị quyết / CTr)."""

    id = AutoField()  # explicit, so type checkers see a field (Plan.id.in_(...))
    year = IntegerField(index=True)
    kind = enum_field("kind", PLAN_KINDS, default="plan")
    # Filled when issued; the register entry points back here (source_kind "plan").
    number = IntegerField(null=True)  # số văn bản
    issued_date = DateField(null=True)  # ngày ban hành
    title = NFCCharField(max_length=500)  # trích yếu
    theme = NFCTextField(default="")  # chủ đề / chuyên đề năm
    purpose = NFCTextField(default="")  # mục đích
    requirements = NFCTextField(default="")  # yêu cầu
    implements = NFCTextField(default="")  # superior documents, one per line
    plan_date = DateField(null=True)  # ngày xây dựng (drafted)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # v8: the period the plan is for (a year, a committee term such as 2022 – 2025, or dates);
    # the report counts a target only when it falls due inside the report's period.
    period_kind = enum_field("period_kind", PLAN_PERIOD_KINDS, default="year")
    period_start = DateField(null=True)
    period_end = DateField(null=True)


class PlanTarget(BaseModel):
    """A target or task inside a plan (chỉ tiêu, nhiệm vụ)."""

    id = AutoField()
    plan_id: int  # the foreign key's raw value, declared for type checkers
    plan = ForeignKeyField(Plan, backref="targets", on_delete="CASCADE")
    position = IntegerField(default=0)
    content = NFCTextField()  # nội dung
    indicator_kind = enum_field("indicator_kind", TARGET_INDICATORS, default="none")
    target_value = FloatField(null=True)  # %, 0–100
    indicator = NFCCharField(max_length=500, default="")  # "100% đảng viên viết thu hoạch"
    deadline = DateField(null=True)  # thời hạn
    status = enum_field("status", TARGET_STATUSES, default="not_started")
    result_note = NFCTextField(default="")
    result_date = DateField(null=True)
    # v8: a target may be a count with a unit ("3 cuộc kiểm tra", "kết nạp 2 đảng viên")
    target_count = IntegerField(null=True)
    unit = NFCCharField(max_length=100, default="")
    result_value = FloatField(null=True)  # the count achieved, as the secretary records it


class PlanTargetResponsible(BaseModel):
    """A member responsible for a target (người phụ trách)."""

    target_id: int  # the foreign keys' raw values, declared for type checkers
    member_id: int
    target = ForeignKeyField(PlanTarget, backref="responsibles", on_delete="CASCADE")
    member = ForeignKeyField(Member, backref="plan_targets", on_delete="RESTRICT")

    class Meta:
        indexes = ((("target", "member"), True),)
