"""The document register (sổ văn bản)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from ..fields import NFCTextField, enum_field
from .base import BaseModel, _now
from .cell import CommitteeTerm

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


class RegisterStart(BaseModel):
    """Where numbering starts for a type in a term (v10): a cell that issued documents on paper
    before it used the app gives the next number; numbers below it are never given."""

    id = AutoField()
    term = ForeignKeyField(CommitteeTerm, backref="register_starts", on_delete="CASCADE")
    type_code = enum_field("type_code", DOCUMENT_TYPE_CODES)
    next_number = IntegerField()
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("term", "type_code"), True),)
