"""The register's past: documents a cell issued before it used the app (on paper).

Two ways to tell the register about them, so that a number is never given twice:

- a *starting number* per type and committee term: the next document of that type in that
  term gets at least this number (``RegisterStart``); it cannot be set at or below a number
  already given in the register, since that number would then come again;
- a *document issued outside the app*, recorded with its number, date and subject: an
  entry of the register like any other (source kind ``outside``), so the next number the
  app gives skips it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.cell import CommitteeTerm
from desktop_app.db.models.register import IssuedDocument, RegisterStart
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from .numbering import (
    DOCUMENT_TYPE_NAMES,
    OUTSIDE,
    RegisterEntry,
    _entry,
    cell_code,
    format_number,
    next_number,
    term_for,
)

MAX_NUMBER = 9999


@dataclass(frozen=True)
class TypeNumbers:
    """What the register holds of one type in one term: its starting number (None when
    none was set), the largest number given, and the number the next document gets."""

    type_code: str
    start: int | None
    largest: int | None
    next_number: int

    @property
    def type_name(self) -> str:
        return DOCUMENT_TYPE_NAMES[self.type_code]


def _term(term_id: int) -> CommitteeTerm:
    term = CommitteeTerm.get_or_none(id=term_id)
    if term is None:
        raise UserError("Không tìm thấy nhiệm kỳ chi ủy này (có thể đã bị xóa).")
    return term


def _largest(term: CommitteeTerm, type_code: str) -> int | None:
    return (IssuedDocument.select(fn.MAX(IssuedDocument.number))
            .where((IssuedDocument.term == term) & (IssuedDocument.type_code == type_code))
            .scalar())


def type_numbers(term_id: int) -> list[TypeNumbers]:
    """Every type of the term's register, in the order of the type list."""
    term = _term(term_id)
    starts = {row.type_code: row.next_number
              for row in RegisterStart.select().where(RegisterStart.term == term)}
    return [TypeNumbers(code, starts.get(code), _largest(term, code), next_number(term, code))
            for code in DOCUMENT_TYPE_NAMES]


def _check_code(type_code: str) -> None:
    if type_code not in DOCUMENT_TYPE_NAMES:
        raise ValidationError({"type_code": "Hãy chọn loại văn bản."})


def set_start(term_id: int, type_code: str, start: int | None) -> TypeNumbers:
    """Set (or, with None, remove) the number from which *type_code* counts in the term.
    Refused at or below a number already given in the term (it would be given again)."""
    _check_code(type_code)
    with database.atomic():
        term = _term(term_id)
        if start is not None:
            if not isinstance(start, int) or not 1 <= start <= MAX_NUMBER:
                raise ValidationError({"start": f"Số bắt đầu phải là một số từ 1 đến "
                                                f"{MAX_NUMBER}."})
            largest = _largest(term, type_code)
            if largest is not None and start <= largest:
                raise ValidationError({"start": (
                    f"Số bắt đầu {start:02d} không được: trong sổ đã cấp đến "
                    f"{format_number(largest, type_code)} ({DOCUMENT_TYPE_NAMES[type_code]}, "
                    f"{term.name}); số bắt đầu phải từ {largest + 1:02d} trở lên để không "
                    "cấp trùng số.")})
        RegisterStart.delete().where((RegisterStart.term == term)
                                     & (RegisterStart.type_code == type_code)).execute()
        if start is not None:
            RegisterStart.create(term=term, type_code=type_code, next_number=start)
        return TypeNumbers(type_code, start, _largest(term, type_code),
                           next_number(term, type_code))


def validate_outside(type_code: str, number: int | None, issued_date: dt.date | None,
                     subject: str) -> dict[str, str]:
    """Per-field messages for a document issued outside the app (Vietnamese)."""
    errors: dict[str, str] = {}
    if type_code not in DOCUMENT_TYPE_NAMES:
        errors["type_code"] = "Hãy chọn loại văn bản."
    if not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
        errors["number"] = f"Số văn bản phải là một số từ 1 đến {MAX_NUMBER}."
    if issued_date is None:
        errors["issued_date"] = "Cần ghi ngày ban hành."
    elif issued_date > dt.date.today():
        errors["issued_date"] = (f"Ngày ban hành {short_date(issued_date)} chưa tới; chỉ ghi "
                                 "văn bản đã ban hành.")
    if not clean_line(subject):
        errors["subject"] = "Cần ghi trích yếu (văn bản về việc gì)."
    if errors or number is None or issued_date is None:
        return errors
    try:
        term = term_for(issued_date)
    except UserError as error:
        return {"issued_date": str(error)}
    taken = IssuedDocument.get_or_none((IssuedDocument.term == term)
                                       & (IssuedDocument.type_code == type_code)
                                       & (IssuedDocument.number == number))
    if taken is not None:
        errors["number"] = (f"{format_number(number, type_code)} đã có trong sổ ({term.name}): "
                            f"“{taken.subject}” ngày {short_date(taken.issued_date)}.")
    return errors


def record_outside(type_code: str, number: int | None, issued_date: dt.date | None,
                   subject: str) -> RegisterEntry:
    """Record a document issued outside the app with its own number; the numbers the app
    gives afterwards skip it (they count from the largest in the register)."""
    with database.atomic():
        errors = validate_outside(type_code, number, issued_date, subject)
        if errors:
            raise ValidationError(errors)
        assert number is not None and issued_date is not None
        row = IssuedDocument.create(
            term=term_for(issued_date), type_code=type_code, number=number,
            issued_date=issued_date, subject=normalize(clean_line(subject)),
            source_kind=OUTSIDE, source_id=None)
        row = IssuedDocument.get_by_id(row.id)
        return _entry(row, cell_code())
