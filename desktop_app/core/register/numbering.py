"""The document register (sổ văn bản): numbering and recording issued documents.

Numbers count from 01 per document type within the committee term (nhiệm kỳ) that
contains the issue date (DOMAIN.md §4), and are never reused: the next number is one
more than the largest ever given in that term and type, cancelled entries included,
and entries are cancelled, never deleted.

Re-printing keeps the number: a document made from a record (a plan, a report) keeps
its entry for as long as it is not cancelled; a snapshot document with no record (the
member list, source id None) keeps its entry for its issue date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import IntegrityError, fn

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.cell import Cell, CommitteeTerm
from desktop_app.db.models.register import DOCUMENT_TYPE_CODES, IssuedDocument, RegisterStart
from desktop_app.errors import UserError
from desktop_app.nfc import normalize

# Type names of the codes (DOMAIN.md §4), as listed in the register.
DOCUMENT_TYPE_NAMES: dict[str, str] = {
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "NQ": "Nghị quyết",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "BB": "Biên bản",
    "CV": "Công văn",
    "TTr": "Tờ trình",
    "QĐ": "Quyết định",
    "DS": "Danh sách",
}
assert set(DOCUMENT_TYPE_NAMES) == set(DOCUMENT_TYPE_CODES)

# The source kind of a document issued outside the app and recorded in the register.
OUTSIDE = "outside"


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the register, as shown in the app."""

    id: int
    term_id: int
    term_name: str
    type_code: str
    number: int
    number_text: str  # "Số 01-DS/CB"
    issued_date: dt.date
    subject: str
    source_kind: str | None
    source_id: int | None
    file_path: str | None
    cancelled: bool

    @property
    def type_name(self) -> str:
        return DOCUMENT_TYPE_NAMES[self.type_code]

    @property
    def outside(self) -> bool:
        """Issued outside the app (on paper, before the cell used it) and recorded here."""
        return self.source_kind == OUTSIDE


def cell_code() -> str:
    """The cell's own code in document numbers ("CB"), from its particulars."""
    cell = Cell.select().first()
    code = clean_line(cell.code) if cell is not None else ""
    return code or "CB"


def format_number(number: int, type_code: str, code: str | None = None) -> str:
    """"Số 01-BC/CB": two digits at least, hyphen, no colon."""
    return f"Số {number:02d}-{type_code}/{code if code is not None else cell_code()}"


def term_for(date: dt.date) -> CommitteeTerm:
    """The committee term containing *date*; a UserError says what to add otherwise."""
    term = (CommitteeTerm.select()
            .where((CommitteeTerm.start_date <= date) & (CommitteeTerm.end_date >= date))
            .order_by(CommitteeTerm.start_date.desc()).first())
    if term is None:
        raise UserError(
            f"Chưa có nhiệm kỳ chi ủy nào chứa ngày {short_date(date)}, nên chưa cấp được số "
            "văn bản. Hãy thêm nhiệm kỳ ở Tệp → Thông tin chi bộ."
        )
    return term


def _entry(row: Any, code: str) -> RegisterEntry:
    return RegisterEntry(
        id=row.id, term_id=row.term_id, term_name=row.term.name, type_code=row.type_code,
        number=row.number, number_text=format_number(row.number, row.type_code, code),
        issued_date=row.issued_date, subject=row.subject, source_kind=row.source_kind,
        source_id=row.source_id, file_path=row.file_path, cancelled=bool(row.cancelled),
    )


def _check_type(type_code: str) -> None:
    if type_code not in DOCUMENT_TYPE_NAMES:
        raise ValueError(f"unknown document type code {type_code!r}")


def next_number(term: CommitteeTerm, type_code: str) -> int:
    """The number the next document of this type in *term* will get: one more than the
    largest ever given (documents recorded from paper included), and never below the
    starting number set for the type in the term (:mod:`.past`)."""
    _check_type(type_code)
    largest = (IssuedDocument.select(fn.MAX(IssuedDocument.number))
               .where((IssuedDocument.term == term) & (IssuedDocument.type_code == type_code))
               .scalar())
    start = (RegisterStart.select(RegisterStart.next_number)
             .where((RegisterStart.term == term) & (RegisterStart.type_code == type_code))
             .scalar())
    return max((largest or 0) + 1, start or 1)


def find_issued(type_code: str, source_kind: str, source_id: int | None,
                issued_date: dt.date | None = None) -> RegisterEntry | None:
    """The live entry already issued for this source (re-printing keeps its number)."""
    query = IssuedDocument.select().where(
        (IssuedDocument.type_code == type_code) & (IssuedDocument.source_kind == source_kind)
        & (IssuedDocument.cancelled == False)  # noqa: E712 (peewee expression)
    )
    if source_id is None:
        query = query.where(IssuedDocument.source_id.is_null(), IssuedDocument.issued_date ==
                            issued_date)
    else:
        query = query.where(IssuedDocument.source_id == source_id)
    row = query.order_by(IssuedDocument.id.desc()).first()
    return _entry(row, cell_code()) if row is not None else None


def coming_number(type_code: str, issued_date: dt.date) -> str:
    """The number the next document of this type issued on *issued_date* would get
    ("Số 05-KH/CB"): what a preview shows before the document is issued."""
    return format_number(next_number(term_for(issued_date), type_code), type_code)


@contextlib.contextmanager
def issuing() -> Iterator[None]:
    """One transaction for issuing a document and saving it: the numbers taken inside are
    recorded only if the block ends without an error, so a file that could not be
    written uses up no number."""
    with database.atomic():
        yield


def issue(type_code: str, issued_date: dt.date, subject: str, *, source_kind: str | None = None,
          source_id: int | None = None) -> RegisterEntry:
    """Record a document and give it its number; an already issued source keeps its entry."""
    _check_type(type_code)
    for attempt in range(3):
        try:
            with database.atomic():
                if source_kind is not None:
                    existing = find_issued(type_code, source_kind, source_id, issued_date)
                    if existing is not None:
                        return existing
                term = term_for(issued_date)
                row = IssuedDocument.create(
                    term=term, type_code=type_code, number=next_number(term, type_code),
                    issued_date=issued_date, subject=normalize(subject).strip(),
                    source_kind=source_kind, source_id=source_id,
                )
            return _entry(row, cell_code())
        except IntegrityError:
            # Another copy of the app took this number a moment ago: take the next one.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def attach_file(entry_id: int, path: str) -> None:
    """Remember where the issued document was saved (its archived PDF)."""
    IssuedDocument.update(file_path=normalize(str(path))).where(
        IssuedDocument.id == entry_id).execute()


def detach_file(entry_id: int) -> None:
    """Forget the saved file of an entry (it could not be written after all)."""
    IssuedDocument.update(file_path=None).where(IssuedDocument.id == entry_id).execute()


def cancel(entry_id: int) -> None:
    """Cancel an entry: it stays in the register and its number is not given again."""
    updated = IssuedDocument.update(cancelled=True).where(IssuedDocument.id == entry_id).execute()
    if not updated:
        raise UserError("Không tìm thấy văn bản này trong sổ văn bản.")


def list_entries(term_id: int | None = None, include_cancelled: bool = True
                 ) -> list[RegisterEntry]:
    """Entries of the register, newest first; of one term when *term_id* is given."""
    query = IssuedDocument.select(IssuedDocument, CommitteeTerm).join(CommitteeTerm)
    if term_id is not None:
        query = query.where(IssuedDocument.term == term_id)
    if not include_cancelled:
        query = query.where(IssuedDocument.cancelled == False)  # noqa: E712
    code = cell_code()
    rows = query.order_by(IssuedDocument.issued_date.desc(), IssuedDocument.id.desc())
    return [_entry(row, code) for row in rows]


@dataclass(frozen=True)
class TermChoice:
    id: int
    name: str


def list_terms() -> list[TermChoice]:
    """Committee terms, newest first, to choose which part of the register to show."""
    terms: list[Any] = list(CommitteeTerm.select().order_by(CommitteeTerm.start_date.desc()))
    return [TermChoice(t.id, t.name) for t in terms]
