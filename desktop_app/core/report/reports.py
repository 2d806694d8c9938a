"""The report (báo cáo năm, sơ kết, tổng kết, chuyên đề năm, báo cáo chính trị): drafts and
their sections.

A draft is created for a period and an outline with every section generated from the
facts (see :mod:`.draft`); the secretary edits sections (autosaved) and regenerates one
section without touching the others. A report keeps the outline it is drafted on
(``outline_snapshot``): a draft follows the outline when it is edited (its new sections are
drafted at once, :func:`follow_outline`), an issued report keeps it for good. Issuing, the
frozen content and the archive are in :mod:`.issuing`; the congress's particulars in
:mod:`.congress`; the report's plain data and drafting context in :mod:`.report_data`.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.recipients import recipients_for
from desktop_app.core.cell.units import UNIT_KIND_LABELS
from desktop_app.core.cell.units import words as unit_words
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.report import Report, ReportSection
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from . import congress as congress_core
from .bases import answers_errors
from .claims import Claim
from .draft import DraftContext, claims, fingerprint, generate
from .outline import KIND_LABELS, Outline, OutlineSection, fill_title  # noqa: F401
from .outline_rows import get_outline, snapshot_of
from .report_data import (  # noqa: F401 (the report's API, used as report_core.*)
    DATA_CHANGED,
    DEFAULT_OUTLINE,
    DRAFT_MARK,
    KIND_VERBS,
    STATUS_LABELS,
    ReportData,
    SectionData,
    congress_of,
    default_subject,
    default_title,
    draft_context,
    outline_of,
    outline_warning,
    report_data,
    title_values,
    validate_period,
)


def draft_errors(data: ReportData, today: dt.date | None = None) -> dict[str, str]:
    """Per-field messages on a new draft: the period, the unit, the documents it cites."""
    errors = validate_period(data.start_year, data.start_month, data.end_year, data.end_month)
    if data.unit_kind and data.unit_kind not in UNIT_KIND_LABELS:
        errors["unit_kind"] = "Loại tổ chức đảng không hợp lệ."
    if not errors:
        errors.update(cell_core.term_errors(data.start, data.end))
    errors.update(answers_errors(data.answers, data.report_date or today))
    return errors


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def create_draft(data: ReportData, today: dt.date | None = None, outline: Outline | None = None,
                 congress: congress_core.CongressData | None = None) -> ReportData:
    """Save a new draft and generate every section from the facts, in one transaction.
    *outline* (one read from a file) stands for the outline of ``data.outline_id``; a
    congress report saves its *congress* (number, term, targets) with it."""
    errors = draft_errors(data, today)
    if data.kind == "congress" and congress is None and data.congress_id is None:
        errors["congress"] = "Báo cáo chính trị cần thông tin đại hội (lần thứ, nhiệm kỳ, ngày)."
    if errors:
        raise ValidationError(errors)
    outline = outline or get_outline(data.outline_id)
    profile = cell_core.load_profile()
    unit_kind = data.unit_kind or profile.unit_kind
    term = cell_core.current_term(data.report_date)
    report_date = data.report_date or today or dt.date.today()
    values = dict(
        kind=data.kind, start_year=data.start_year, start_month=data.start_month,
        end_year=data.end_year, end_month=data.end_month, outline_id=outline.id,
        answers="\n".join(data.answers), report_date=report_date,
        place=data.place.strip() or profile.place,
        signer_name=data.signer_name.strip() or (term.secretary_name if term else "")
        or profile.secretary_name,
        distribution="\n".join(data.distribution or recipients_for("report", unit_kind)),
        appendix=data.appendix, version=data.version, corrects=data.corrects_id,
        unit_kind=unit_kind, outline_version=outline.version,
        outline_snapshot=snapshot_of(outline), draft_mark=data.draft_mark)
    with database.atomic():
        unit_name = clean_line(profile.name) or unit_words(unit_kind).Unit
        congress_id = data.congress_id
        if congress is not None:
            congress_id = congress_core.save_congress(congress, unit_name).id
        saved = congress_core.get_congress(congress_id) if congress_id else None
        subject = normalize(data.subject).strip() or default_subject(
            data.kind, data.start_year, data.end_year, outline, saved, unit_name)
        values.update(subject=subject, title=data.title.strip() or default_title(
            data.kind, subject), congress=congress_id)
        row = Report.create(**values)
        report = report_data(row)
        ctx = draft_context(report, today)
        _draft_sections(row.id, ctx, outline.text_sections)
    return report


def _draft_sections(report_id: int, ctx: DraftContext,
                    sections: tuple[OutlineSection, ...] | list[OutlineSection]) -> None:
    moment = _now()
    for section in sections:
        text = generate(ctx, section)
        ReportSection.create(report=report_id, key=section.key, text=text, generated_text=text,
                             generated_at=moment, edited=False, fingerprint=fingerprint(text))


def follow_outline(outline: Outline) -> int:
    """The drafts on *outline* take its new definition; the sections it adds are drafted from
    the data, and the texts of sections it removed are kept (they come back with the section).
    Returns how many drafts followed."""
    drafts = list(Report.select().where((Report.outline_id == outline.id)
                                        & (Report.status == "draft")))
    text = snapshot_of(outline)
    for row in drafts:
        Report.update(outline_snapshot=text, outline_version=outline.version,
                      updated_at=_now()).where(Report.id == row.id).execute()
        have = {r.key for r in ReportSection.select(ReportSection.key).where(
            ReportSection.report == row.id)}
        missing = [s for s in outline.text_sections if s.key not in have]
        if missing:
            _draft_sections(row.id, draft_context(get_report(row.id)), missing)
    return len(drafts)


def get_report(report_id: int) -> ReportData:
    row = Report.get_or_none(Report.id == report_id)
    if row is None:
        raise UserError("Không tìm thấy báo cáo này (có thể đã bị xóa).")
    return report_data(row)


def list_reports(status: str | None = None) -> list[ReportData]:
    query = Report.select().order_by(Report.report_date.desc(),
                                     Report.id.desc())  # type: ignore[attr-defined]
    if status is not None:
        query = query.where(Report.status == status)
    return [report_data(row) for row in query]


def sections(report_id: int) -> list[SectionData]:
    """The outline's sections in print order, with their numbers and the stored texts."""
    report = get_report(report_id)
    stored = {row.key: row for row in ReportSection.select().where(
        ReportSection.report == report_id)}
    outline = outline_of(report)
    numbers, looks, values = outline.numbers(), outline.looks(), title_values(report)
    result = []
    for section in outline.sections:
        row = stored.get(section.key)
        item = SectionData(section.key, fill_title(section.title, values), section.level,
                           section.mode, numbers.get(section.key, ""),
                           looks.get(section.key, 1))
        if row is not None:
            item.text, item.generated_text = row.text, row.generated_text
            item.edited, item.generated_at = bool(row.edited), row.generated_at
            item.fingerprint = row.fingerprint
        result.append(item)
    return result


def editable_draft(report_id: int) -> Report:
    """The stored draft, or a UserError when it is gone or already issued."""
    row = Report.get_or_none(Report.id == report_id)
    if row is None:
        raise UserError("Không tìm thấy báo cáo này (có thể đã bị xóa).")
    if row.status == "issued":
        raise UserError("Báo cáo đã ban hành không sửa được; hãy tạo bản đính chính "
                        "(phiên bản mới).")
    return row


def save_section_text(report_id: int, key: str, text: str) -> None:
    """Autosave one section's text (the editor calls this after each pause in typing)."""
    with database.atomic():
        editable_draft(report_id)
        row = ReportSection.get_or_none((ReportSection.report == report_id)
                                        & (ReportSection.key == key))
        if row is None:
            raise UserError(f"Báo cáo không có mục “{key}”.")
        text = normalize(text)
        ReportSection.update(text=text, edited=text != row.generated_text).where(
            ReportSection.id == row.id).execute()
        Report.update(updated_at=_now()).where(Report.id == report_id).execute()


def save_particulars(data: ReportData) -> ReportData:
    """Save the report's particulars (subject, answers, date, place, signer, nơi nhận, the
    draft mark)."""
    assert data.id is not None
    errors = {}
    if not data.subject.strip():
        errors["subject"] = "Cần ghi trích yếu của báo cáo."
    if data.report_date is None:
        errors["report_date"] = "Cần ghi ngày báo cáo."
    errors.update(answers_errors(data.answers, data.report_date))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        editable_draft(data.id)
        Report.update(
            subject=normalize(data.subject).strip(), title=normalize(data.title).strip(),
            answers="\n".join(data.answers), report_date=data.report_date,
            place=normalize(data.place).strip(), signer_name=normalize(data.signer_name).strip(),
            distribution="\n".join(data.distribution), appendix=data.appendix,
            draft_mark=data.draft_mark, updated_at=_now()).where(Report.id == data.id).execute()
        _refresh_particulars(get_report(data.id))
    return get_report(data.id)


def _refresh_particulars(report: ReportData) -> None:
    """The opening cites the documents answered and the date: drafted again when it was not
    edited, so a draft whose particulars changed reads as a new draft with them would."""
    assert report.id is not None
    ctx = draft_context(report)
    for section in outline_of(report).text_sections:
        if section.generator != "opening":
            continue
        row = ReportSection.get_or_none((ReportSection.report == report.id)
                                        & (ReportSection.key == section.key))
        if row is None or row.edited:
            continue
        text = generate(ctx, section)
        if text != row.text:
            ReportSection.update(text=text, generated_text=text, generated_at=_now(),
                                 fingerprint=fingerprint(text)).where(
                ReportSection.id == row.id).execute()


def regenerate_section(report_id: int, key: str, today: dt.date | None = None) -> SectionData:
    """Draft one section again from fresh data; the other sections are left as they are."""
    with database.atomic():
        editable_draft(report_id)
        report = get_report(report_id)
        outline_section = outline_of(report).section(key)
        if outline_section.mode is None:
            raise UserError("Mục này chỉ là đề mục, không có nội dung để soạn.")
        text = generate(draft_context(report, today), outline_section)
        if ReportSection.get_or_none((ReportSection.report == report_id)
                                     & (ReportSection.key == key)) is None:
            ReportSection.create(report=report_id, key=key, text=text, generated_text=text)
        ReportSection.update(text=text, generated_text=text, edited=False,
                             generated_at=_now(), fingerprint=fingerprint(text)).where(
            (ReportSection.report == report_id) & (ReportSection.key == key)).execute()
        Report.update(updated_at=_now()).where(Report.id == report_id).execute()
    return next(s for s in sections(report_id) if s.key == key)


def changed_sections(report_id: int, today: dt.date | None = None) -> set[str]:
    """Keys of the sections whose facts changed since they were drafted."""
    report = get_report(report_id)
    ctx = draft_context(report, today)
    outline = outline_of(report)
    changed = set()
    for section in sections(report_id):
        drafted = outline.section(section.key)
        if drafted.generator is None or not section.fingerprint:
            continue
        if fingerprint(generate(ctx, drafted)) != section.fingerprint:
            changed.add(section.key)
    return changed


def report_claims(report_id: int, today: dt.date | None = None) -> dict[str, list[Claim]]:
    """Every claim of the report as it would be drafted now: per section key, and the
    appendix's cells under "appendix" (what the tests recount, sentence by sentence)."""
    from .appendix_claims import appendix_table

    report = get_report(report_id)
    ctx = draft_context(report, today)
    result = {}
    for section in outline_of(report).text_sections:
        result[section.key] = claims(ctx, section)
    if report.appendix:
        result["appendix"] = appendix_table(ctx.facts).claims
    return result


def delete_draft(report_id: int) -> None:
    """Delete a draft with its texts; its congress too when no other report has it (the
    congress's resolution stays with the plans)."""
    from desktop_app.db.models.report import Congress

    with database.atomic():
        row = editable_draft(report_id)
        congress_id = row.congress_id
        row.delete_instance(recursive=True)
        if congress_id and not Report.select().where(Report.congress == congress_id).exists():
            Congress.delete().where(Congress.id == congress_id).execute()
