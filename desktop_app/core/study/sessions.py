"""Study sessions (học tập, quán triệt, sinh hoạt chuyên đề) and their attendance.

Validation and storage live here; the figures a report quotes are in ``study_figures``.
A session's attendance grid holds one row per member taking part on that date (party
members and non-party staff). The grid is saved whole, in one transaction, as an upsert
keyed by (session, member), so entering it twice never makes duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database, plain_rows
from desktop_app.db.models.members import Member
from desktop_app.db.models.study import Attendance, StudySession
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

from .attendance import (
    REFLECTION_LABELS,
    STATUS_LABELS,
    WRITTEN,
    AttendanceRow,
    all_present,
    default_row,
    eligibility_problem,
    members_by_id,
    members_taking_part,
    normalize_row,
    sort_rows,
    validate_grid,
)

KIND_LABELS = {
    "thematic_study": "Học tập chuyên đề",
    "document_briefing": "Quán triệt văn bản",
    "thematic_meeting": "Sinh hoạt chuyên đề",
    "conference": "Hội nghị",
}
LEVEL_LABELS = {
    "cell": "Chi bộ",
    "superior": "Đảng ủy cấp trên",
    "agency": "Cơ quan",
}
MAX_TOPIC = 500
MAX_TEXT = 10_000
MAX_DURATION = 24 * 60 * 7  # a week of study is the most a session can be


@dataclass
class SessionData:
    """A study session as plain data; ``id`` is None for one not yet saved."""

    date: dt.date | None = None
    kind: str = "thematic_study"
    topic: str = ""
    theme: str = ""
    level: str = "cell"
    place: str = ""
    duration_minutes: int | None = None
    reflection_required: bool = False
    reflection_due: dt.date | None = None
    documents: str = ""
    note: str = ""
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]


_SESSION_FIELDS = [f.name for f in fields(SessionData)]


def _session_data(row: StudySession) -> SessionData:
    return SessionData(**{name: getattr(row, name) for name in _SESSION_FIELDS})


# --- validation of a session -------------------------------------------------------------

def clean_session(data: SessionData) -> SessionData:
    return replace(
        data,
        topic=clean_line(data.topic),
        theme=clean_line(data.theme),
        place=clean_line(data.place),
        documents=normalize(data.documents).strip(),
        note=normalize(data.note).strip(),
    )


def validate_session(data: SessionData, today: dt.date | None = None) -> dict[str, str]:
    """Per-field Vietnamese messages; empty when *data* can be saved."""
    today = today or dt.date.today()
    data = clean_session(data)
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = "Chưa nhập ngày học tập."
    elif data.date > today:
        errors["date"] = (f"Ngày học tập không được sau hôm nay ({short_date(today)}): "
                          "chỉ ghi những buổi đã diễn ra.")
    elif data.date.year < 1930:
        errors["date"] = "Ngày học tập không hợp lệ."
    if data.kind not in KIND_LABELS:
        errors["kind"] = "Hình thức không hợp lệ."
    if data.level not in LEVEL_LABELS:
        errors["level"] = "Cấp tổ chức không hợp lệ."
    if not data.topic:
        errors["topic"] = "Chưa nhập nội dung học tập."
    elif len(data.topic) > MAX_TOPIC:
        errors["topic"] = f"Nội dung quá dài (tối đa {MAX_TOPIC} ký tự)."
    if len(data.theme) > MAX_TOPIC:
        errors["theme"] = f"Chủ đề năm quá dài (tối đa {MAX_TOPIC} ký tự)."
    if len(data.place) > 200:
        errors["place"] = "Địa điểm quá dài (tối đa 200 ký tự)."
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= MAX_DURATION:
        errors["duration_minutes"] = "Thời lượng phải lớn hơn 0 và không quá 7 ngày."
    if data.reflection_due is not None:
        if not data.reflection_required:
            errors["reflection_due"] = "Buổi này không yêu cầu viết thu hoạch nên không có hạn nộp."
        elif data.date is not None and data.reflection_due < data.date:
            errors["reflection_due"] = (f"Hạn nộp thu hoạch phải từ ngày học tập "
                                        f"({short_date(data.date)}) trở đi.")
    for name, label in (("documents", "Tài liệu"), ("note", "Ghi chú")):
        if len(getattr(data, name)) > MAX_TEXT:
            errors[name] = f"{label} quá dài (tối đa 10.000 ký tự)."
    closing.check_closed_year(errors, "study_session", {"date": data.date}, data.id)
    return errors


# --- sessions -----------------------------------------------------------------------------

def get_session(session_id: int) -> SessionData:
    row = StudySession.get_or_none(StudySession.id == session_id)
    if row is None:
        raise UserError("Không tìm thấy buổi học tập này (có thể đã bị xóa).")
    return _session_data(row)


def list_sessions(start: dt.date, end: dt.date) -> list[SessionData]:
    query = (StudySession.select()
             .where(StudySession.date.between(start, end))
             .order_by(StudySession.date, StudySession.id))
    return [_session_data(row) for row in query]


def session_years() -> list[int]:
    """Years that have sessions, newest first."""
    cursor = database.execute_sql(
        "SELECT DISTINCT CAST(strftime('%Y', date) AS INTEGER) FROM study_session ORDER BY 1 DESC"
    )
    return [row[0] for row in cursor.fetchall()]


def _session_values(data: SessionData) -> dict:
    values = {name: getattr(data, name) for name in _SESSION_FIELDS if name != "id"}
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    return values


def create_session(data: SessionData, today: dt.date | None = None) -> SessionData:
    """Save a new session with a default attendance row for every member taking part.

    Members excused from activities that day start as "Miễn", everyone else "Có mặt".
    """
    data = clean_session(replace(data, id=None))
    errors = validate_session(data, today)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        row = StudySession.create(**_session_values(data))
        saved = _session_data(row)
        assert saved.date is not None
        defaults = [default_row(m, saved) for m in members_taking_part(saved.date)]
        _write_rows(saved, defaults)
    return saved


def update_session(data: SessionData, today: dt.date | None = None) -> SessionData:
    """Save changes to an existing session, keeping its attendance consistent."""
    session_id = data.id
    if session_id is None:
        raise UserError("Buổi học tập chưa được lưu.")
    data = clean_session(data)
    errors = validate_session(data, today)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        get_session(session_id)
        rows = load_grid(session_id, include_missing=False)
        members = members_by_id([r.member_id for r in rows])
        for row in rows:
            problem = eligibility_problem(members[row.member_id], data.date)  # type: ignore[arg-type]
            if problem:
                raise ValidationError({"date": "Không đổi được ngày: " + problem[0].lower()
                                       + problem[1:]})
            if row.reflection in WRITTEN and not data.reflection_required:
                raise ValidationError({"reflection_required": (
                    "Đã có đồng chí nộp thu hoạch cho buổi này (ví dụ đồng chí "
                    f"{row.full_name}) nên không thể bỏ yêu cầu viết thu hoạch.")})
        StudySession.update(**_session_values(data)).where(StudySession.id == session_id).execute()
        _write_rows(data, [normalize_row(r, data) for r in rows])
    return data


def delete_session(session_id: int) -> None:
    """Delete a session entered by mistake, together with its attendance."""
    with database.atomic():
        row = StudySession.get_or_none(StudySession.id == session_id)
        if row is not None:
            row.delete_instance()  # attendance goes with it (ON DELETE CASCADE)


# --- attendance grid ----------------------------------------------------------------------

def load_grid(session_id: int, include_missing: bool = True) -> list[AttendanceRow]:
    """The attendance grid of a session.

    With *include_missing*, members taking part that day who have no stored row yet
    (a member added after the session was created) appear with their default status.
    """
    session = get_session(session_id)
    # Plain tuples, not model instances: a grid of hundreds of rows loads several times faster.
    query = (Attendance.select(Member.id, Member.full_name, Member.kind, Member.role,
                               Member.job_title, Attendance.status, Attendance.reason,
                               Attendance.reflection, Attendance.reflection_date,
                               Attendance.grade, Attendance.note)
             .join(Member)
             .where(Attendance.session == session_id))
    rows = [AttendanceRow(
        member_id=member_id, full_name=full_name, member_kind=kind, role=role,
        job_title=job_title, status=status, reason=reason, reflection=reflection,
        reflection_date=reflection_date, grade=grade, note=note, saved=True)
        for (member_id, full_name, kind, role, job_title, status, reason, reflection,
             reflection_date, grade, note) in plain_rows(query)]
    if include_missing:
        present = {r.member_id for r in rows}
        rows += [default_row(m, session) for m in members_taking_part(session.date)  # type: ignore[arg-type]
                 if m.id not in present]
    return sort_rows(rows)


def _write_rows(session: SessionData, rows: list[AttendanceRow]) -> None:
    """Upsert rows keyed by (session, member); the caller holds the transaction."""
    if not rows:
        return
    # One prepared upsert run over all rows (executemany): peewee's insert_many builds the
    # SQL text anew for every batch, which dominated saving a large grid.
    text = Attendance.reason.db_value
    values = [(session.id, r.member_id, r.status, text(r.reason), r.reflection,
               Attendance.reflection_date.db_value(r.reflection_date), text(r.grade),
               text(r.note)) for r in rows]
    database.cursor().executemany(_UPSERT_ATTENDANCE, values)


_UPSERT_ATTENDANCE = (
    'INSERT INTO "attendance" ("session_id", "member_id", "status", "reason", "reflection", '
    '"reflection_date", "grade", "note") VALUES (?, ?, ?, ?, ?, ?, ?, ?) '
    'ON CONFLICT ("session_id", "member_id") DO UPDATE SET "status" = excluded."status", '
    '"reason" = excluded."reason", "reflection" = excluded."reflection", '
    '"reflection_date" = excluded."reflection_date", "grade" = excluded."grade", '
    '"note" = excluded."note"'
)


def save_grid(session_id: int, rows: list[AttendanceRow],
              today: dt.date | None = None) -> list[AttendanceRow]:
    """Validate and save a whole attendance grid at once; nothing is saved on error."""
    session = get_session(session_id)
    rows = [normalize_row(r, session) for r in rows]
    members = members_by_id([r.member_id for r in rows])
    errors = validate_grid(session, rows, members, today)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        _write_rows(session, rows)
    return load_grid(session_id)


def mark_all_present(session_id: int, today: dt.date | None = None) -> list[AttendanceRow]:
    session = get_session(session_id)
    return save_grid(session_id, all_present(load_grid(session_id), session), today)


# --- a member's history -------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryEntry:
    session_id: int
    date: dt.date
    kind: str
    topic: str
    status: str
    reason: str
    reflection: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def reflection_label(self) -> str:
        return REFLECTION_LABELS[self.reflection]


def member_history(member_id: int, start: dt.date | None = None,
                   end: dt.date | None = None) -> list[HistoryEntry]:
    """A member's attendance, oldest first (kept after the member leaves)."""
    query = (Attendance.select(StudySession.id, StudySession.date, StudySession.kind,
                               StudySession.topic, Attendance.status, Attendance.reason,
                               Attendance.reflection)
             .join(StudySession)
             .where(Attendance.member == member_id))
    if start:
        query = query.where(StudySession.date >= start)
    if end:
        query = query.where(StudySession.date <= end)
    query = query.order_by(StudySession.date, StudySession.id)
    return [HistoryEntry(*row) for row in plain_rows(query)]  # tuples: a decade is ~1,000 rows
