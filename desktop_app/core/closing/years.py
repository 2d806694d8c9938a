"""Closing a year's books (khóa sổ năm) and reopening it with a reason.

Closing makes every record of the year read-only for whoever writes: the database's own
triggers refuse the write (``db/closed_years.py``), so this module only records the closing
and rebuilds the triggers. A backup is made first. Before closing, :func:`check_year` says
what is still unfinished in the year (report drafts, self-reviews still drafts, remedies
past their deadline); the window adds the edits it has not saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database, history, triggers
from desktop_app.db.closed_years import closed_years as _closed_years
from desktop_app.db.models.closing import YearClosing
from desktop_app.db.models.members import Member
from desktop_app.db.models.register import IssuedDocument
from desktop_app.db.models.report import Report
from desktop_app.db.models.reviews import Remedy, SelfReview
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

FIRST_YEAR = 1930  # the Party's founding: no record is older
MAX_REASON = 1000
BACKUP_REASON = "before_closing"
MEMBER_FIELDS = ("joined_date", "official_date", "status_date", "status", "kind")  # dated facts


@dataclass(frozen=True)
class ClosingData:
    """One closing of a year, and its reopening when there was one."""

    id: int
    year: int
    closed_at: dt.datetime
    closed_by: str
    note: str
    backup_file: str
    reopened_at: dt.datetime | None = None
    reopened_by: str = ""
    reopen_reason: str = ""

    @property
    def is_open(self) -> bool:
        """Reopened since (bỏ khóa sổ): the year can be changed again."""
        return self.reopened_at is not None


@dataclass(frozen=True)
class IssuedReport:
    """An issued report whose period covers a year, and when it was issued."""

    id: int
    number: str
    title: str
    start_year: int
    end_year: int
    issued_date: dt.date | None
    issued_at: dt.datetime  # the moment it was numbered and frozen in the app

    @property
    def label(self) -> str:
        period = (str(self.start_year) if self.start_year == self.end_year
                  else f"{self.start_year} – {self.end_year}")
        when = f" ngày {short_date(self.issued_date)}" if self.issued_date else ""
        return f"{self.title or 'Báo cáo'} {period} ({self.number}{when})"


@dataclass(frozen=True)
class YearCheck:
    """What is unfinished in a year about to be closed (each line Vietnamese)."""

    year: int
    report_drafts: list[str]
    review_drafts: list[str]
    overdue_remedies: list[str]
    issued_reports: list[IssuedReport]

    @property
    def warnings(self) -> list[str]:
        lines = []
        if not self.issued_reports:
            lines.append(f"Chưa có báo cáo nào của năm {self.year} được ban hành (khóa sổ "
                         "thường làm sau khi ban hành báo cáo).")
        if self.report_drafts:
            lines.append("Báo cáo còn là bản nháp: " + "; ".join(self.report_drafts) + ".")
        if self.review_drafts:
            lines.append(f"Bản kiểm điểm năm {self.year} còn là bản nháp: "
                         + ", ".join(self.review_drafts) + ".")
        if self.overdue_remedies:
            lines.append("Biện pháp khắc phục quá hạn chưa xong: "
                         + "; ".join(self.overdue_remedies) + ".")
        return lines


def _data(row: YearClosing) -> ClosingData:
    return ClosingData(id=row.id, year=row.year, closed_at=row.closed_at,
                       closed_by=row.closed_by, note=row.note, backup_file=row.backup_file,
                       reopened_at=row.reopened_at, reopened_by=row.reopened_by,
                       reopen_reason=row.reopen_reason)


def closed_years() -> list[int]:
    """The years closed now, oldest first."""
    return _closed_years(database)


def is_closed(year: int | None) -> bool:
    return year is not None and year in closed_years()


def current_closing(year: int) -> ClosingData | None:
    row = YearClosing.get_or_none((YearClosing.year == year) & YearClosing.reopened_at.is_null())
    return _data(row) if row is not None else None


def closings(year: int | None = None) -> list[ClosingData]:
    """Every closing (and reopening) on record, newest first."""
    query = YearClosing.select().order_by(YearClosing.closed_at.desc(), YearClosing.id.desc())
    if year is not None:
        query = query.where(YearClosing.year == year)
    return [_data(row) for row in query]


def user_name() -> str:
    """The name the change log writes too: the secretary of the current term."""
    row = database.execute_sql(f"SELECT {history.USER_SQL}").fetchone()
    return str(row[0]) if row else ""


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _issued(row: Report) -> IssuedReport:
    assert row.register_entry is not None  # an issued report has its register entry
    return IssuedReport(id=row.id, number=row.issued_number, title=row.title,
                        start_year=row.start_year, end_year=row.end_year,
                        issued_date=row.issued_date, issued_at=row.register_entry.created_at)


def _issued_query():
    return (Report.select(Report, IssuedDocument).join(IssuedDocument)
            .where(Report.status == "issued"))


def issued_reports(year: int | None = None) -> list[IssuedReport]:
    """Issued reports (whose period includes *year*), in the order they were issued."""
    query = _issued_query()
    if year is not None:
        query = query.where((Report.start_year <= year) & (Report.end_year >= year))
    return [_issued(r) for r in query.order_by(IssuedDocument.created_at, Report.id)]


def issued_report(report_id: int) -> IssuedReport | None:
    """The report as issued; None for a draft or a report that is not there."""
    row = _issued_query().where(Report.id == report_id).first()
    return _issued(row) if row is not None else None


def check_year(year: int, today: dt.date | None = None) -> YearCheck:
    """What is still unfinished in *year*: the secretary is warned before closing it."""
    today = today or dt.date.today()
    drafts = (Report.select().where((Report.status == "draft") & (Report.start_year <= year)
                                    & (Report.end_year >= year)).order_by(Report.id))
    report_drafts = [f"{r.title or 'báo cáo'} {r.start_year}"
                     + (f" – {r.end_year}" if r.end_year != r.start_year else "")
                     for r in drafts]
    reviews = (SelfReview.select(SelfReview, Member).join(Member)
               .where((SelfReview.year == year) & SelfReview.draft).order_by(Member.full_name))
    review_drafts = [r.member.full_name for r in reviews]
    # A remedy's outcome belongs to the year of its deadline (db/year_rules.py).
    remedies = (Remedy.select(Remedy, SelfReview, Member).join(SelfReview).join(Member)
                .where((Remedy.status == "open") & Remedy.deadline.is_null(False)
                       & (Remedy.deadline < today)
                       & (Remedy.deadline.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
                .order_by(Remedy.deadline, Member.full_name))
    overdue = [f"{r.review.member.full_name}: {clean_line(r.content)} (hạn "
               f"{short_date(r.deadline)})" for r in remedies]
    return YearCheck(year, report_drafts, review_drafts, overdue, issued_reports(year))


def validate_year(year: int | None, today: dt.date | None = None) -> str | None:
    today = today or dt.date.today()
    if year is None:
        return "Chưa chọn năm cần khóa sổ."
    if not FIRST_YEAR <= year <= today.year:
        return f"Chỉ khóa sổ được các năm từ {FIRST_YEAR} đến năm nay ({today.year})."
    if year in closed_years():
        return f"Năm {year} đã khóa sổ rồi."
    return None


def close_year(year: int, note: str = "", *, backup: bool = True,
               today: dt.date | None = None) -> ClosingData:
    """Close *year*: a backup first, then the closing and the triggers in one transaction.

    Raises ValidationError (field ``year``) for a year that cannot be closed, and the
    backup's UserError when no backup could be made (nothing is closed then).
    """
    problem = validate_year(year, today)
    if problem:
        raise ValidationError({"year": problem})
    backup_file = ""
    if backup:
        from desktop_app.core.backup.backups import backup_before

        made = backup_before(BACKUP_REASON)
        backup_file = str(made.path) if made is not None else ""
    with database.atomic():
        if year in closed_years():  # closed meanwhile, by another window
            raise ValidationError({"year": f"Năm {year} đã khóa sổ rồi."})
        row = YearClosing.create(year=year, closed_at=_now(), closed_by=user_name(),
                                 note=normalize(note).strip(), backup_file=backup_file)
        triggers.install(database)
    return _data(row)


def validate_reason(reason: str) -> str | None:
    reason = normalize(reason).strip()
    if not reason:
        return "Hãy ghi lý do bỏ khóa sổ (ví dụ: sửa điểm danh buổi học ngày 19/02/2009 ghi nhầm)."
    if len(reason) > MAX_REASON:
        return f"Lý do quá dài (tối đa {MAX_REASON} ký tự)."
    return None


def reopen_year(year: int, reason: str) -> ClosingData:
    """Reopen a closed year (bỏ khóa sổ); the reason is kept with the date."""
    problem = validate_reason(reason)
    if problem:
        raise ValidationError({"reason": problem})
    with database.atomic():
        row = YearClosing.get_or_none((YearClosing.year == year)
                                      & YearClosing.reopened_at.is_null())
        if row is None:
            raise UserError(f"Năm {year} không khóa sổ nên không cần bỏ khóa sổ.")
        row.reopened_at = _now()
        row.reopened_by = user_name()
        row.reopen_reason = normalize(reason).strip()
        row.save()
        triggers.install(database)
    return _data(row)


def refusal(table: str, values: dict[str, object],
            record_id: int | None = None) -> tuple[str, str] | None:
    """(field, message) when writing *values* (the fields that say the record's year, as
    the core holds them) into the record *record_id* of *table* (None: a new one) would be
    refused because the year is closed; the triggers' own rules, asked before writing (a
    form's fields, an import's rows)."""
    from desktop_app.db.closed_years import refusal as would_refuse

    plain = {name: value.isoformat() if isinstance(value, dt.date) else value
             for name, value in values.items()}
    return would_refuse(database, table, plain, record_id)


def check_closed_year(errors: dict[str, str], table: str, values: dict[str, object],
                      record_id: int | None = None) -> None:
    """Add :func:`refusal`'s message to a validator's *errors*, at its field (a field
    already in error keeps its own message): a form then says it before saving."""
    found = refusal(table, values, record_id)
    if found:
        errors.setdefault(*found)


def member_facts(member: Any) -> dict[str, object]:
    """A member's dated facts, which closed years are about (the rest of the record is not
    of one year)."""
    return {name: getattr(member, name) for name in MEMBER_FIELDS}


def backup_path(closing: ClosingData) -> Path | None:
    return Path(closing.backup_file) if closing.backup_file else None
