"""The summary report (báo cáo năm / sơ kết / tổng kết): drafts and their sections.

A draft is created for a period and an outline with every section generated from the
facts (see :mod:`.draft`); the secretary edits sections (autosaved) and regenerates one
section without touching the others. Issuing, the frozen content and the archive are in
:mod:`.issuing`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.recipients import recipients_for
from desktop_app.core.cell.units import UNIT_KIND_LABELS
from desktop_app.core.cell.units import words as unit_words
from desktop_app.core.common.text import clean_line
from desktop_app.core.register import numbering as register
from desktop_app.db import database
from desktop_app.db.models.report import Report, ReportSection
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from .bases import answers_errors
from .bases import outline_warning as _outline_warning
from .claims import Claim
from .draft import DraftContext, claims, fingerprint, generate
from .outline import DEFAULT_OUTLINE, Outline, outlines

KIND_LABELS = {"annual": "Báo cáo năm", "interim": "Báo cáo sơ kết", "final": "Báo cáo tổng kết"}
STATUS_LABELS = {"draft": "Bản nháp", "issued": "Đã ban hành"}
KIND_VERBS = {"annual": "kết quả", "interim": "sơ kết", "final": "tổng kết"}
DATA_CHANGED = "Dữ liệu đã thay đổi từ khi soạn mục này."


@dataclass
class ReportData:
    kind: str = "final"
    start_year: int = 0
    start_month: int = 1
    end_year: int = 0
    end_month: int = 12
    outline_id: str = DEFAULT_OUTLINE
    title: str = ""
    subject: str = ""
    answers: list[str] = field(default_factory=list)
    report_date: dt.date | None = None
    place: str = ""
    signer_name: str = ""
    distribution: list[str] = field(default_factory=list)
    appendix: bool = True
    status: str = "draft"
    version: int = 1
    corrects_id: int | None = None
    issued_number: str = ""
    issued_date: dt.date | None = None
    archive_path: str | None = None
    id: int | None = None
    unit_kind: str = ""  # "" on a new draft: the cell's own (Thông tin chi bộ)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def start(self) -> dt.date:
        return dt.date(self.start_year, self.start_month, 1)

    @property
    def end(self) -> dt.date:
        following = dt.date(self.end_year + self.end_month // 12, self.end_month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def period_label(self) -> str:
        if (self.start_month, self.end_month) == (1, 12):
            return (str(self.start_year) if self.start_year == self.end_year
                    else f"{self.start_year} – {self.end_year}")
        return f"{self.start_month}/{self.start_year} – {self.end_month}/{self.end_year}"

    @property
    def is_issued(self) -> bool:
        return self.status == "issued"


@dataclass
class SectionData:
    key: str
    title: str
    level: int
    mode: str | None
    text: str = ""
    generated_text: str = ""
    edited: bool = False
    generated_at: dt.datetime | None = None
    fingerprint: str = ""

    @property
    def is_heading_only(self) -> bool:
        return self.mode is None


def _lines(value: str) -> list[str]:
    return [clean_line(line) for line in value.splitlines() if line.strip()]


def _data(row: Report) -> ReportData:
    return ReportData(
        kind=row.kind, start_year=row.start_year, start_month=row.start_month,
        end_year=row.end_year, end_month=row.end_month, outline_id=row.outline_id,
        title=row.title, subject=row.subject, answers=_lines(row.answers),
        report_date=row.report_date, place=row.place, signer_name=row.signer_name,
        distribution=_lines(row.distribution), appendix=bool(row.appendix), status=row.status,
        version=row.version, corrects_id=row.corrects_id, issued_number=row.issued_number,
        issued_date=row.issued_date, archive_path=row.archive_path, id=row.id,
        unit_kind=row.unit_kind)


def validate_period(start_year: int, start_month: int, end_year: int,
                    end_month: int) -> dict[str, str]:
    errors = {}
    for name, year in (("start_year", start_year), ("end_year", end_year)):
        if not 1990 <= year <= 2100:
            errors[name] = "Năm phải từ 1990 đến 2100."
    for name, month in (("start_month", start_month), ("end_month", end_month)):
        if not 1 <= month <= 12:
            errors[name] = "Tháng phải từ 1 đến 12."
    if not errors and (end_year, end_month) < (start_year, start_month):
        errors["end_year"] = "Kỳ báo cáo kết thúc trước khi bắt đầu."
    return errors


def default_subject(kind: str, start_year: int, end_year: int, outline: Outline) -> str:
    """"tổng kết 04 năm thực hiện Cuộc vận động “…”" from the period's length."""
    years = end_year - start_year + 1
    if kind == "annual" or years == 1:
        return f"kết quả thực hiện {outline.campaign} năm {end_year}"
    return f"{KIND_VERBS[kind]} {years:02d} năm thực hiện {outline.campaign}"


def default_title(kind: str, subject: str) -> str:
    return f"{KIND_LABELS[kind]} {subject}"


def _outline(outline_id: str) -> Outline:
    return outlines().get(outline_id)


def draft_context(report: ReportData, today: dt.date | None = None) -> DraftContext:
    profile = cell_core.load_profile()
    kind = report.unit_kind or profile.unit_kind
    return DraftContext(start=report.start, end=report.end, outline=_outline(report.outline_id),
                        cell_name=clean_line(profile.name) or unit_words(kind).Unit,
                        answers=report.answers, today=today, unit_kind=kind,
                        cell_code=register.cell_code(), report_date=report.report_date)


def outline_warning(data: ReportData) -> str | None:
    """A warning when the report's outline does not apply to its period (another era)."""
    outline = _outline(data.outline_id)
    return _outline_warning(outline.name, outline.applies, data.start, data.end)


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


def create_draft(data: ReportData, today: dt.date | None = None) -> ReportData:
    """Save a new draft and generate every section from the facts, in one transaction."""
    errors = draft_errors(data, today)
    if errors:
        raise ValidationError(errors)
    outline = _outline(data.outline_id)
    profile = cell_core.load_profile()
    unit_kind = data.unit_kind or profile.unit_kind
    term = cell_core.current_term(data.report_date)
    subject = normalize(data.subject).strip() or default_subject(
        data.kind, data.start_year, data.end_year, outline)
    report_date = data.report_date or today or dt.date.today()
    values = dict(
        kind=data.kind, start_year=data.start_year, start_month=data.start_month,
        end_year=data.end_year, end_month=data.end_month, outline_id=outline.id,
        subject=subject, title=data.title.strip() or default_title(data.kind, subject),
        answers="\n".join(data.answers), report_date=report_date,
        place=data.place.strip() or profile.place,
        signer_name=data.signer_name.strip() or (term.secretary_name if term else "")
        or profile.secretary_name,
        distribution="\n".join(data.distribution or recipients_for("report", unit_kind)),
        appendix=data.appendix, version=data.version, corrects=data.corrects_id,
        unit_kind=unit_kind)
    with database.atomic():
        row = Report.create(**values)
        report = _data(row)
        ctx = draft_context(report, today)
        moment = _now()
        for section in outline.text_sections:
            assert section.generator is not None
            text = generate(ctx, section.generator)
            ReportSection.create(report=row.id, key=section.key, text=text, generated_text=text,
                                 generated_at=moment, edited=False, fingerprint=fingerprint(text))
    return report


def get_report(report_id: int) -> ReportData:
    row = Report.get_or_none(Report.id == report_id)
    if row is None:
        raise UserError("Không tìm thấy báo cáo này (có thể đã bị xóa).")
    return _data(row)


def list_reports(status: str | None = None) -> list[ReportData]:
    query = Report.select().order_by(Report.report_date.desc(),
                                     Report.id.desc())  # type: ignore[attr-defined]
    if status is not None:
        query = query.where(Report.status == status)
    return [_data(row) for row in query]


def sections(report_id: int) -> list[SectionData]:
    """The outline's sections in print order, with the stored texts."""
    report = get_report(report_id)
    stored = {row.key: row for row in ReportSection.select().where(
        ReportSection.report == report_id)}
    result = []
    for section in _outline(report.outline_id).sections:
        row = stored.get(section.key)
        item = SectionData(section.key, section.title, section.level, section.mode)
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
    """Save the report's particulars (subject, answers, date, place, signer, nơi nhận)."""
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
            updated_at=_now()).where(Report.id == data.id).execute()
        _refresh_particulars(get_report(data.id))
    return get_report(data.id)


def _refresh_particulars(report: ReportData) -> None:
    """The opening cites the documents answered and the date: drafted again when it was not
    edited, so a draft whose particulars changed reads as a new draft with them would."""
    assert report.id is not None
    ctx = draft_context(report)
    for section in _outline(report.outline_id).text_sections:
        if section.generator != "opening":
            continue
        row = ReportSection.get_or_none((ReportSection.report == report.id)
                                        & (ReportSection.key == section.key))
        if row is None or row.edited:
            continue
        text = generate(ctx, section.generator)
        if text != row.text:
            ReportSection.update(text=text, generated_text=text, generated_at=_now(),
                                 fingerprint=fingerprint(text)).where(
                ReportSection.id == row.id).execute()


def regenerate_section(report_id: int, key: str, today: dt.date | None = None) -> SectionData:
    """Draft one section again from fresh data; the other sections are left as they are."""
    with database.atomic():
        editable_draft(report_id)
        report = get_report(report_id)
        outline_section = _outline(report.outline_id).section(key)
        if outline_section.generator is None:
            raise UserError("Mục này chỉ là đề mục, không có nội dung để soạn.")
        text = generate(draft_context(report, today), outline_section.generator)
        ReportSection.update(text=text, generated_text=text, edited=False,
                             generated_at=_now(), fingerprint=fingerprint(text)).where(
            (ReportSection.report == report_id) & (ReportSection.key == key)).execute()
        Report.update(updated_at=_now()).where(Report.id == report_id).execute()
    return next(s for s in sections(report_id) if s.key == key)


def changed_sections(report_id: int, today: dt.date | None = None) -> set[str]:
    """Keys of the sections whose facts changed since they were drafted."""
    report = get_report(report_id)
    ctx = draft_context(report, today)
    outline = _outline(report.outline_id)
    changed = set()
    for section in sections(report_id):
        generator = outline.section(section.key).generator
        if generator is None or not section.fingerprint:
            continue
        if fingerprint(generate(ctx, generator)) != section.fingerprint:
            changed.add(section.key)
    return changed


def report_claims(report_id: int, today: dt.date | None = None) -> dict[str, list[Claim]]:
    """Every claim of the report as it would be drafted now: per section key, and the
    appendix's cells under "appendix" (what the tests recount, sentence by sentence)."""
    from .appendix_claims import appendix_table

    report = get_report(report_id)
    ctx = draft_context(report, today)
    result = {}
    for section in _outline(report.outline_id).text_sections:
        assert section.generator is not None
        result[section.key] = claims(ctx, section.generator)
    if report.appendix:
        result["appendix"] = appendix_table(ctx.facts).claims
    return result


def delete_draft(report_id: int) -> None:
    with database.atomic():
        row = editable_draft(report_id)
        row.delete_instance(recursive=True)
