"""The member list for the preview window and the command line: the core reads the cell,
its members and the register, the builder (``member_list``) makes the document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.common.formats import short_date
from desktop_app.core.members import roster
from desktop_app.core.register import numbering as register
from desktop_app.documents.jobs import DocumentJob, Save, default_issue_date
from desktop_app.documents.model import Document

from .member_list import build_member_list

TYPE_CODE = "DS"
SOURCE_KIND = "member_list"


def _subject(as_of: dt.date) -> str:
    return f"Danh sách đảng viên tính đến {short_date(as_of)}"


def prepare_member_list(as_of: dt.date | None = None, *, issue: bool = False) -> Document:
    """The member list, numbered from the register.

    With *issue*, the document is recorded in the register (printing or saving it);
    otherwise (a preview) it shows the number it has, or the one it will get. Printing
    again on the same date keeps the number.
    """
    as_of = as_of or dt.date.today()
    letterhead = cell_core.letterhead()
    if issue:
        number_text = register.issue(TYPE_CODE, as_of, _subject(as_of),
                                     source_kind=SOURCE_KIND).number_text
    else:
        existing = issued_entry(as_of)
        number_text = (existing.number_text if existing is not None
                       else register.coming_number(TYPE_CODE, as_of))
    return build_member_list(letterhead, roster.party_members_on(as_of), as_of, number_text,
                             register.term_for(as_of).secretary_name)


def issued_entry(as_of: dt.date) -> register.RegisterEntry | None:
    """The register entry of the member list issued on *as_of*, if any."""
    return register.find_issued(TYPE_CODE, SOURCE_KIND, None, as_of)


def issue_and_save(as_of: dt.date | None, save: Save) -> Document:
    """Issue the member list (register number) and save it, as one step.

    The number is recorded only if *save* succeeds: a file that cannot be written does
    not use up a number.
    """
    with register.issuing():
        document = prepare_member_list(as_of, issue=True)
        save(document)
    return document


def member_list_job(as_of: dt.date | None = None) -> DocumentJob:
    """The member list (danh sách đảng viên) of the cell, numbered from the register."""

    def saved_pdf(document: Document, path: Path) -> None:
        entry = issued_entry(document.header.date)
        if entry is not None:
            register.attach_file(entry.id, str(path))

    return DocumentJob(
        title="Danh sách đảng viên",
        build=lambda day: prepare_member_list(day),
        issue_and_save=issue_and_save,
        as_of=as_of or default_issue_date(),
        saved_pdf=saved_pdf,
        recipients_kind="member_list",
    )
