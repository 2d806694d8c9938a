"""Study sessions and attendance."""

from __future__ import annotations

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel, _now
from .members import Member

STUDY_KINDS = ("thematic_study", "document_briefing", "thematic_meeting", "conference")
STUDY_LEVELS = ("cell", "superior", "agency")
ATTENDANCE_STATUSES = ("present", "excused_absence", "unexcused_absence", "exempt")
REFLECTION_STATES = ("none", "submitted", "late", "not_submitted")


class StudySession(BaseModel):
    """A study session (buổi học tập, quán triệt, sinh hoạt chuyên đề, hội nghị)."""

    id: int  # the implicit AutoField, declared for type checkers

    date = DateField(index=True)
    kind = enum_field("kind", STUDY_KINDS, default="thematic_study")
    topic = NFCCharField(max_length=500)  # nội dung / chuyên đề
    theme = NFCCharField(max_length=500, default="")  # chủ đề năm (linked to Plans at merge)
    level = enum_field("level", STUDY_LEVELS, default="cell")  # cấp tổ chức
    place = NFCCharField(max_length=200, default="")
    duration_minutes = IntegerField(null=True)
    reflection_required = BooleanField(default=False)  # phải viết bài thu hoạch
    reflection_due = DateField(null=True)
    documents = NFCTextField(default="")  # văn bản, tài liệu học tập
    note = NFCTextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Attendance(BaseModel):
    """One member's attendance at one session (điểm danh) and their written reflection."""

    id: int  # the implicit AutoField, declared for type checkers

    session = ForeignKeyField(StudySession, backref="attendance", on_delete="CASCADE",
                              index=False)  # covered by the unique (session, member) index
    member = ForeignKeyField(Member, backref="attendance", on_delete="RESTRICT")
    status = enum_field("status", ATTENDANCE_STATUSES, default="present")
    reason = NFCCharField(max_length=300, default="")  # lý do vắng
    reflection = enum_field("reflection", REFLECTION_STATES, default="none")
    reflection_date = DateField(null=True)
    grade = NFCCharField(max_length=100, default="")  # xếp loại / điểm bài thu hoạch
    note = NFCCharField(max_length=300, default="")

    class Meta:
        indexes = ((("session", "member"), True),)


# --- Self-review area (issue 6): commitments, self-reviews, remedies, feedback, ratings ---
