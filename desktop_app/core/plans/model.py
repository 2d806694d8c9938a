"""A plan, resolution or action programme and its targets as plain data, with their labels.

A plan holds targets; each target has a deadline and a stored status (chưa làm, đang
làm, hoàn thành). "Quá hạn" is never stored: it is derived from the deadline and the
day it is looked at, so a target becomes overdue without anyone touching it. Storage is
:mod:`.plans`, validation :mod:`.validation`, measured values :mod:`.measures`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.core.common.formats import number, percent, period, short_date
from desktop_app.core.common.text import clean_line

KIND_LABELS = {
    "plan": "Kế hoạch",
    "resolution": "Nghị quyết",
    "action_programme": "Chương trình hành động",
}
KIND_CODES = {"plan": "KH", "resolution": "NQ", "action_programme": "CTr"}
INDICATOR_LABELS = {
    "none": "Tự đánh giá (không lấy số liệu tự động)",
    "attendance": "Tỷ lệ tham gia học tập",
    "reflection": "Tỷ lệ viết thu hoạch",
    "commitment": "Tỷ lệ đăng ký làm theo",
    "savings": "Tỷ lệ tiết kiệm",
    "admissions": "Số đảng viên kết nạp",
    "sessions": "Số buổi học tập, sinh hoạt",
}
COUNT_MEASURES = ("admissions", "sessions")  # measured as counts, not percentages
PERIOD_KIND_LABELS = {"year": "Một năm", "term": "Nhiệm kỳ", "dates": "Từ ngày đến ngày"}
STATUS_LABELS = {
    "not_started": "Chưa làm",
    "in_progress": "Đang làm",
    "done": "Hoàn thành",
    "overdue": "Quá hạn",
}
STORED_STATUSES = ("not_started", "in_progress", "done")
NOT_MEASURED = "chưa đo được"
MAX_TITLE = 500
MAX_TEXT = 20_000
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass
class TargetData:
    """A target or task (chỉ tiêu, nhiệm vụ) as plain data."""

    content: str = ""
    indicator_kind: str = "none"
    target_value: float | None = None
    indicator: str = ""  # "100% đảng viên viết thu hoạch"
    deadline: dt.date | None = None
    status: str = "not_started"
    result_note: str = ""
    result_date: dt.date | None = None
    responsible_ids: list[int] = field(default_factory=list)
    responsible_names: list[str] = field(default_factory=list)  # filled on load, read-only
    position: int = 0
    id: int | None = None
    target_count: int | None = None  # a count with a unit: "3 cuộc kiểm tra"
    unit: str = ""  # "cuộc kiểm tra", "đảng viên"
    result_value: float | None = None  # the count achieved, as recorded

    def is_overdue(self, today: dt.date) -> bool:
        return self.status != "done" and self.deadline is not None and self.deadline < today

    def derived_status(self, today: dt.date) -> str:
        """The stored status, or "overdue" when the deadline passed and it is not done."""
        return "overdue" if self.is_overdue(today) else self.status

    def status_label(self, today: dt.date) -> str:
        return STATUS_LABELS[self.derived_status(today)]

    @property
    def target_text(self) -> str:
        """What the plan promises: the indicator text, else the percentage."""
        if self.indicator:
            return self.indicator
        if self.target_count is not None:
            return f"{number(self.target_count)} {self.unit}".strip()
        return percent(self.target_value, 1) if self.target_value is not None else ""


@dataclass
class PlanData:
    """A plan, resolution or action programme as plain data; ``id`` None when unsaved."""

    year: int = 0
    kind: str = "plan"
    title: str = ""  # trích yếu
    theme: str = ""  # chủ đề / chuyên đề năm
    purpose: str = ""
    requirements: str = ""
    implements: str = ""  # superior documents, one per line
    plan_date: dt.date | None = None
    number: int | None = None
    issued_date: dt.date | None = None
    targets: list[TargetData] = field(default_factory=list)
    id: int | None = None
    # the period the plan is for: its year, a committee term (2022 – 2025) or dates
    period_kind: str = "year"
    period_start: dt.date | None = None  # None with "year": 1 January of the year
    period_end: dt.date | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """The plan's period: its year unless a term or dates were given."""
        if self.period_kind == "year" or self.period_start is None or self.period_end is None:
            return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        return self.period_start, self.period_end

    @property
    def period_text(self) -> str:
        """"năm 2023", "nhiệm kỳ 2022 – 2025", "từ 01/07/2022 đến 30/06/2025"."""
        start, end = self.span
        if self.period_kind == "term":
            return f"nhiệm kỳ {period(start.year, end.year)}"
        if self.period_kind == "dates":
            return f"từ {short_date(start)} đến {short_date(end)}"
        return f"năm {self.year}"

    @property
    def type_code(self) -> str:
        return KIND_CODES[self.kind]

    @property
    def is_issued(self) -> bool:
        return self.number is not None

    def document_number(self, cell_code: str = "CB") -> str:
        """"05-KH/CB" once issued, else ""."""
        if self.number is None:
            return ""
        return f"{self.number:02d}-{self.type_code}/{cell_code}"

    @property
    def implements_lines(self) -> list[str]:
        return [clean_line(line) for line in self.implements.splitlines() if line.strip()]

    @property
    def display_name(self) -> str:
        """"Kế hoạch thực hiện …" whether or not the title starts with its type word."""
        title = self.title.strip()
        if title.casefold().startswith(self.kind_label.casefold()):
            return title
        return f"{self.kind_label} {lower_first(title)}".strip()


def lower_first(text: str) -> str:
    """"Thực hiện Cuộc vận động" -> "thực hiện Cuộc vận động" (to follow a type name)."""
    return text[:1].lower() + text[1:] if text else text


@dataclass(frozen=True)
class TargetSummary:
    total: int
    done: int
    overdue: int

    def text(self) -> str:
        """"3/5 hoàn thành, 1 quá hạn"."""
        if self.total == 0:
            return "Chưa có chỉ tiêu nào."
        return f"{self.done}/{self.total} hoàn thành, {self.overdue} quá hạn"


def summarize(targets: Iterable[TargetData], today: dt.date) -> TargetSummary:
    targets = list(targets)
    return TargetSummary(
        total=len(targets),
        done=sum(1 for t in targets if t.status == "done"),
        overdue=sum(1 for t in targets if t.is_overdue(today)),
    )


def filter_targets(targets: Iterable[TargetData], today: dt.date, *,
                   overdue_only: bool = False,
                   member_id: int | None = None) -> list[TargetData]:
    """The targets a filter keeps: overdue ones, and/or those a member is responsible for."""
    return [
        t for t in targets
        if (not overdue_only or t.is_overdue(today))
        and (member_id is None or member_id in t.responsible_ids)
    ]
