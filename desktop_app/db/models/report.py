"""Summary reports and their sections."""

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
from .register import IssuedDocument

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
    unit_kind = enum_field("unit_kind", UNIT_KINDS, default="chi_bo")  # v8: how it speaks


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
