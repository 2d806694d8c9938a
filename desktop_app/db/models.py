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


# --- the summary report (báo cáo năm / sơ kết / tổng kết) --------------------------------

REPORT_KINDS = ("annual", "interim", "final")
REPORT_STATUSES = ("draft", "issued")


class Report(BaseModel):
    """A report of the cell for a period, drafted from the data and issued as a Party document.

    An issued report is frozen (content JSON and archived PDF); a correction is a new
    report with ``version`` + 1 and ``corrects`` pointing at the one it replaces.
    """

    id: int
    corrects_id: int | None
    register_entry_id: int | None

    kind = enum_field("kind", REPORT_KINDS, default="final")
    start_year = IntegerField()
    start_month = IntegerField(default=1)
    end_year = IntegerField()
    end_month = IntegerField(default=12)
    outline_id = CharField(max_length=100)
    title = NFCCharField(max_length=300, default="")
    subject = NFCTextField(default="")  # trích yếu
    answers = NFCTextField(default="")  # the documents it answers, one a line
    report_date = DateField()
    place = NFCCharField(max_length=200, default="")
    signer_name = NFCCharField(max_length=200, default="")
    distribution = NFCTextField(default="")  # nơi nhận, one a line
    appendix = BooleanField(default=True)  # figures per year and the thrift chart
    status = enum_field("status", REPORT_STATUSES, default="draft")
    version = IntegerField(default=1)
    corrects = ForeignKeyField("self", null=True, backref="corrections", on_delete="RESTRICT")
    register_entry = ForeignKeyField(IssuedDocument, null=True, on_delete="RESTRICT")
    issued_number = CharField(max_length=50, default="")  # "Số 01-BC/CB"
    issued_date = DateField(null=True)
    archive_path = NFCTextField(null=True)  # the archived PDF, relative to the database folder
    frozen_content = TextField(null=True)  # JSON of the content as issued
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class ReportSection(BaseModel):
    """The text of one outline section of a report (mục của báo cáo)."""

    id: int
    report_id: int

    report = ForeignKeyField(Report, backref="sections", on_delete="CASCADE")
    key = CharField(max_length=100)
    text = NFCTextField(default="")
    generated_text = NFCTextField(default="")
    generated_at = DateTimeField(null=True)
    edited = BooleanField(default=False)
    fingerprint = CharField(max_length=64, default="")  # hash of the facts at generation

    class Meta:
        indexes = ((("report", "key"), True),)


ALL_MODELS += [Report, ReportSection]
