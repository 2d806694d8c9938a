"""A report's particulars as plain data, and what drafting it needs: the outline it is
drafted on (its own copy), its congress, the context of the generators, the words its
titles may hold ("Phương hướng năm {năm sau}"), its default subject and title."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.units import words as unit_words
from desktop_app.core.common.formats import period
from desktop_app.core.common.text import clean_line
from desktop_app.core.register import numbering as register
from desktop_app.db.models.report import Report

from . import congress as congress_core
from .bases import outline_warning as _outline_warning
from .draft import DraftContext
from .outline import KIND_LABELS, Outline
from .outline_rows import from_snapshot, get_outline

DEFAULT_OUTLINE = "tong-ket-cuoc-van-dong"
STATUS_LABELS = {"draft": "Bản nháp", "issued": "Đã ban hành"}
KIND_VERBS = {"annual": "kết quả", "interim": "sơ kết", "final": "tổng kết",
              "theme": "kết quả", "congress": "kết quả"}
DATA_CHANGED = "Dữ liệu đã thay đổi từ khi soạn mục này."
DRAFT_MARK = "(Dự thảo)"


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
    outline_version: int = 1
    outline_snapshot: str = ""  # the outline as the report was drafted on (file text)
    draft_mark: bool = True  # a draft prints "(Dự thảo)" under its title
    congress_id: int | None = None  # a congress political report: the congress

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
    title: str  # placeholders filled ("Phương hướng năm 2014")
    level: int  # depth in the outline (0: an unheaded paragraph)
    mode: str | None
    number: str = ""  # as printed: "A.", "I.", "1.", "a)", "Phần I." or ""
    look: int = 1  # the heading's style: 1 bold capitals, 2 bold, 3 italic
    text: str = ""
    generated_text: str = ""
    edited: bool = False
    generated_at: dt.datetime | None = None
    fingerprint: str = ""

    @property
    def is_heading_only(self) -> bool:
        return self.mode is None


def lines_of(value: str) -> list[str]:
    return [clean_line(line) for line in value.splitlines() if line.strip()]


def report_data(row: Report) -> ReportData:
    return ReportData(
        kind=row.kind, start_year=row.start_year, start_month=row.start_month,
        end_year=row.end_year, end_month=row.end_month, outline_id=row.outline_id,
        title=row.title, subject=row.subject, answers=lines_of(row.answers),
        report_date=row.report_date, place=row.place, signer_name=row.signer_name,
        distribution=lines_of(row.distribution), appendix=bool(row.appendix), status=row.status,
        version=row.version, corrects_id=row.corrects_id, issued_number=row.issued_number,
        issued_date=row.issued_date, archive_path=row.archive_path, id=row.id,
        unit_kind=row.unit_kind, outline_version=row.outline_version,
        outline_snapshot=row.outline_snapshot or "", draft_mark=bool(row.draft_mark),
        congress_id=row.congress_id)


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


def default_subject(kind: str, start_year: int, end_year: int, outline: Outline,
                    congress: congress_core.CongressData | None = None,
                    unit_name: str = "") -> str:
    """"tổng kết 04 năm thực hiện Cuộc vận động “…”" from the period's length; a congress
    report's: "trình Đại hội Chi bộ … lần thứ XI, nhiệm kỳ 2022 – 2025"."""
    if kind == "congress":
        return f"trình {(congress or congress_core.CongressData()).name(unit_name)}"
    campaign = f" thực hiện {outline.campaign}" if outline.campaign else ""
    years = end_year - start_year + 1
    if kind == "theme":
        return f"kết quả học tập và làm theo chuyên đề năm {end_year}"
    if kind == "annual" or years == 1:
        return f"kết quả{campaign} năm {end_year}"
    return f"{KIND_VERBS[kind]} {years:02d} năm{campaign}"


def default_title(kind: str, subject: str) -> str:
    return f"{KIND_LABELS[kind]} {subject}"


def outline_of(report: ReportData) -> Outline:
    """The outline the report is drafted on: its own copy, else the outline of its code."""
    if report.outline_snapshot:
        return from_snapshot(report.outline_snapshot)
    return get_outline(report.outline_id)


def congress_of(report: ReportData) -> congress_core.CongressData | None:
    return congress_core.get_congress(report.congress_id) if report.congress_id else None


def draft_context(report: ReportData, today: dt.date | None = None) -> DraftContext:
    profile = cell_core.load_profile()
    kind = report.unit_kind or profile.unit_kind
    congress = congress_of(report)
    return DraftContext(start=report.start, end=report.end, outline=outline_of(report),
                        cell_name=clean_line(profile.name) or unit_words(kind).Unit,
                        answers=report.answers, today=today, unit_kind=kind,
                        cell_code=register.cell_code(), report_date=report.report_date,
                        new_plan_id=congress.resolution_id if congress else None)


def title_values(report: ReportData) -> dict[str, str]:
    """What the outline's titles may hold in braces, for this report."""
    w = unit_words(report.unit_kind or cell_core.load_profile().unit_kind)
    congress = congress_of(report)
    return {"năm": str(report.end_year), "năm sau": str(report.end_year + 1),
            "kỳ báo cáo": period(report.start_year, report.end_year),
            "nhiệm kỳ": period(report.start_year, report.end_year),
            "nhiệm kỳ mới": congress.term_text if congress else "…",
            "lần thứ": congress.number_text if congress else "…",
            "đơn vị": w.Unit, "cấp ủy": w.Committee}


def outline_warning(data: ReportData, outline: Outline | None = None) -> str | None:
    """A warning when the report's outline does not apply to its period (another era)."""
    outline = outline or get_outline(data.outline_id)
    return _outline_warning(outline.name, outline.applies, data.start, data.end)


