"""Issuing a summary report, its frozen content and its archived PDF.

Issuing takes the BC number from the register in the same transaction that freezes the
content (JSON); the archived PDF, rendered by the caller's renderer (the core renders
nothing), is put in place once that transaction has committed. An issued report is never
changed: a correction is a new version with its own record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.units import words as unit_words
from desktop_app.core.common.files import FileWriteError, PendingFile
from desktop_app.core.register import numbering as register
from desktop_app.db import database
from desktop_app.db.models.report import Report, ReportSection
from desktop_app.errors import UserError

from .congress import CongressData
from .report_data import DRAFT_MARK, ReportData, congress_of, draft_context, outline_of
from .reports import create_draft, editable_draft, get_report, sections

SOURCE_KIND = "report"
DOCUMENTS_FOLDER = "documents"  # beside the database, as core.backup.handover expects
REPORTS_FOLDER = "bao-cao"

# The archived PDF of an issued report from its content (``build_content``): given by the
# caller (documents.report.summary.render_report_pdf), as the core renders nothing.
RenderPdf = Callable[[dict[str, Any]], bytes]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def build_content(report_id: int, number_text: str | None = None,
                  issued: bool = False) -> dict[str, Any]:
    """Everything the printed report shows, as plain JSON-ready data (frozen at issue; with
    *issued* the content being issued: no draft mark).

    A congress political report is the congress's document: its header names the congress
    (no number), its title is "BÁO CÁO CHÍNH TRỊ", it is signed for the committee."""
    from .appendix import appendix_content

    report = get_report(report_id)
    profile = cell_core.load_profile()
    words = unit_words(report.unit_kind)
    congress = congress_of(report)
    if congress is not None or report.kind == "congress":
        issuer = (congress or CongressData()).title(profile.name or words.Unit)
        number_text, type_name = "", "BÁO CÁO CHÍNH TRỊ"
        authority = words.committee_authority
    else:
        # A draft leaves room for the number written by hand (no-break spaces keep the gap).
        issuer, type_name, authority = profile.name, "BÁO CÁO", words.authority
        number_text = number_text or report.issued_number or \
            f"Số {chr(0xA0) * 6}-BC/{register.cell_code()}"
    assert report.report_date is not None
    content: dict[str, Any] = {
        "header": {"superior_lines": [profile.superior_line1, profile.superior_line2],
                   "cell_name": issuer, "number": number_text, "place": report.place,
                   "date": report.report_date.isoformat()},
        "type_name": type_name,
        "subject": report.subject,
        "draft_mark": DRAFT_MARK if report.draft_mark and not issued
        and not report.is_issued else "",
        "sections": [{"key": s.key, "title": s.title, "level": s.level, "number": s.number,
                      "look": s.look, "text": s.text} for s in sections(report_id)],
        "signature": {"authority": authority, "title": "BÍ THƯ", "name": report.signer_name},
        "recipients": report.distribution,
        "appendix": appendix_content(draft_context(report).facts) if report.appendix
        else None,
        "version": report.version,
    }
    return content


def content_of(report_id: int) -> dict[str, Any]:
    """The frozen content of an issued report, else the draft's current content."""
    row = Report.get_or_none(Report.id == report_id)
    if row is None:
        raise UserError("Không tìm thấy báo cáo này (có thể đã bị xóa).")
    if row.status == "issued" and row.frozen_content:
        return json.loads(row.frozen_content)
    return build_content(report_id)


def database_folder() -> Path | None:
    db = database.obj
    name = getattr(db, "database", None)
    if not name or name == ":memory:":
        return None
    return Path(name).resolve().parent


class ArchiveNotWritten(UserError):
    """The report was issued (number taken, content frozen) but its archived PDF could
    not be put in place after the transaction committed; *report* is the issued report."""

    def __init__(self, message: str, report: ReportData):
        super().__init__(message)
        self.report = report


def issue_report(report_id: int, render_pdf: RenderPdf | None = None) -> ReportData:
    """Issue the draft: number from the register, content frozen, PDF archived, at once.

    *render_pdf* (the caller's renderer: the core renders nothing) turns the frozen content
    into the PDF kept in ``documents/bao-cao/`` beside the database (the folder the
    handover package carries). It is rendered and written beside its place inside the
    transaction, so a renderer or disk that fails issues nothing, and put in place only
    after the transaction commits; a transaction that fails removes it, leaving no PDF
    with a number that was never issued. With no *render_pdf* (the demo) only the
    content is frozen; the report re-prints from it exactly the same.

    Should the PDF not go into place after the commit (a rename refused at that very
    moment), the report stays issued without an archive (its number is used, as a
    cancelled document keeps its number; it re-prints exactly from its frozen content)
    and ArchiveNotWritten says so.
    """
    pending: PendingFile | None = None
    entry = None
    try:
        with database.atomic():
            row = editable_draft(report_id)
            if row.kind == "congress":  # the congress's document: no number of the register
                number_text, stem = "", "BCCT"
            else:
                entry = register.issue("BC", row.report_date, row.subject,
                                       source_kind=SOURCE_KIND, source_id=row.id)
                number_text, stem = entry.number_text, f"BC-{entry.number:02d}"
            content = build_content(report_id, number_text, issued=True)
            archive: str | None = None
            folder = database_folder()
            if render_pdf is not None and folder is not None:
                name = f"{stem}-{row.report_date.isoformat()}-v{row.version}.pdf"
                relative = Path(DOCUMENTS_FOLDER) / REPORTS_FOLDER / name
                pending = _pending_pdf(folder / relative, render_pdf(content))
                archive = relative.as_posix()
                if entry is not None:  # the register keeps the full path
                    register.attach_file(entry.id, str(folder / relative))
            Report.update(status="issued", register_entry=entry.id if entry else None,
                          issued_number=number_text,
                          issued_date=row.report_date, archive_path=archive,
                          frozen_content=json.dumps(content, ensure_ascii=False),
                          updated_at=_now()).where(Report.id == report_id).execute()
    except BaseException:
        if pending is not None:
            pending.discard()
        raise
    if pending is not None:
        try:
            pending.put_in_place()
        except FileWriteError as error:
            with database.atomic():
                Report.update(archive_path=None).where(Report.id == report_id).execute()
                if entry is not None:
                    register.detach_file(entry.id)
            raise ArchiveNotWritten(
                f"Báo cáo đã được ban hành ({number_text or 'báo cáo chính trị'}) và nội dung "
                "đã được lưu, nhưng "
                f"chưa lưu được bản PDF lưu trữ: {error} Báo cáo in lại đúng như khi ban "
                "hành (Xem trước, rồi Lưu).", get_report(report_id)) from error
    return get_report(report_id)


def _pending_pdf(target: Path, pdf: bytes) -> PendingFile:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileWriteError(
            f"Không tạo được thư mục lưu trữ “{target.parent}”: {error.strerror or error}."
        ) from error

    def write(stream: BinaryIO) -> None:
        stream.write(pdf)

    return PendingFile(target, write)


def correct_report(report_id: int) -> ReportData:
    """A correction (bản đính chính): a new draft, version + 1, with the issued texts."""
    original = get_report(report_id)
    if not original.is_issued:
        raise UserError("Chỉ tạo bản đính chính cho báo cáo đã ban hành; bản nháp thì sửa "
                        "trực tiếp.")
    frozen = content_of(report_id)
    texts = {s["key"]: s["text"] for s in frozen["sections"]}
    with database.atomic():
        data = ReportData(**{**original.__dict__, "id": None, "status": "draft",
                             "version": original.version + 1, "corrects_id": original.id,
                             "issued_number": "", "issued_date": None,
                             "archive_path": None})
        copy = create_draft(data, outline=outline_of(original))  # the outline it was issued on
        assert copy.id is not None
        for key, text in texts.items():
            ReportSection.update(text=text, edited=True).where(
                (ReportSection.report == copy.id) & (ReportSection.key == key)
                & (ReportSection.generated_text != text)).execute()
    return copy


def archived_pdf(report: ReportData) -> Path | None:
    """The archived PDF of an issued report, when it was written and still exists."""
    if not report.archive_path:
        return None
    path = Path(report.archive_path)
    folder = database_folder()
    if not path.is_absolute() and folder is not None:
        path = folder / path
    return path if path.is_file() else None
