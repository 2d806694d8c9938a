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


PLAN_KINDS = ("plan", "resolution", "action_programme")
TARGET_INDICATORS = ("none", "attendance", "reflection", "commitment", "savings")
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


class PlanTargetResponsible(BaseModel):
    """A member responsible for a target (người phụ trách)."""

    target_id: int  # the foreign key's raw value, declared for type checkers
    target = ForeignKeyField(PlanTarget, backref="responsibles", on_delete="CASCADE")
    member = ForeignKeyField(Member, backref="plan_targets", on_delete="RESTRICT")

    class Meta:
        indexes = ((("target", "member"), True),)


ALL_MODELS += [Plan, PlanTarget, PlanTargetResponsible]


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


ALL_MODELS += [StudySession, Attendance]
