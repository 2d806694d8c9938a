"""Summary reports and their sections, the outlines they follow, the unit's congresses."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from ..fields import NFCCharField, NFCTextField, enum_field
from .base import BaseModel, _now
from .cell import UNIT_KINDS
from .plans import Plan
from .register import IssuedDocument

# v10: the yearly theme report (chuyên đề năm) and the congress political report
REPORT_KINDS = ("annual", "interim", "final", "theme", "congress")
REPORT_STATUSES = ("draft", "issued")


class ReportOutline(BaseModel):
    """A report outline (đề cương báo cáo): built-in (read-only) or the cell's own.

    ``definition`` is the outline's JSON, in the format of an outline file (import and
    export); ``code``, ``name`` and ``kind`` repeat it for lists. Saving an outline that an
    issued report used raises ``version`` (the issued report keeps the definition it was
    issued with, ``Report.outline_snapshot``).
    """

    id: int

    code = CharField(max_length=100, unique=True)  # "ct03-nam", "tong-ket-cuoc-van-dong"
    name = NFCCharField(max_length=300)
    kind = enum_field("kind", REPORT_KINDS, default="annual")
    builtin = BooleanField(default=False)
    version = IntegerField(default=1)
    definition = NFCTextField()
    copied_from = CharField(max_length=100, default="")  # the code it was copied from
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Congress(BaseModel):
    """A congress of the unit (đại hội chi bộ / đảng bộ) and what it decided.

    The political report (kind "congress") is presented to it; the new term's targets are
    the resolution it adopts (``resolution``: a plan of kind "resolution" for the term).
    """

    id: int
    resolution_id: int | None

    number = IntegerField()  # lần thứ (printed in Roman numerals: "lần thứ XI")
    term_start = IntegerField()  # the new term: "nhiệm kỳ 2022 – 2025"
    term_end = IntegerField()
    date = DateField(null=True)
    place = NFCCharField(max_length=300, default="")
    pilot = BooleanField(default=False)  # đại hội điểm
    delegates_summoned = IntegerField(null=True)  # đảng viên / đại biểu được triệu tập
    delegates_present = IntegerField(null=True)
    committee = NFCTextField(default="")  # the new committee elected, one name a line
    secretary_name = NFCCharField(max_length=200, default="")
    deputy_secretary_name = NFCCharField(max_length=200, default="")
    resolution = ForeignKeyField(Plan, null=True, on_delete="SET NULL")


class Report(BaseModel):
    """A report of the cell for a period, drafted from the data and issued as a Party document.

    An issued report is frozen (content JSON and archived PDF); a correction is a new
    report with ``version`` + 1 and ``corrects`` pointing at the one it replaces.
    """

    id: int
    corrects_id: int | None
    register_entry_id: int | None
    congress_id: int | None

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
    unit_kind = enum_field("unit_kind", UNIT_KINDS, default="chi_bo")  # v8: how it speaks
    # v10: the outline as the report was drafted on it (an issued report keeps it for good),
    # the draft mark "(Dự thảo)" under the title, the congress it is presented to
    outline_version = IntegerField(default=1)
    outline_snapshot = TextField(null=True)
    draft_mark = BooleanField(default=True)
    congress = ForeignKeyField(Congress, null=True, on_delete="RESTRICT")


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
