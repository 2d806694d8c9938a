"""Attendance rules of study sessions (điểm danh): who is on the list, what is consistent.

Pure rules over plain data and member rows; storing the grid is ``sessions.save_grid``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line, name_sort_key
from desktop_app.core.members.roster import ROLE_LABELS
from desktop_app.db.models.members import Member

STATUS_LABELS = {
    "present": "Có mặt",
    "excused_absence": "Vắng có lý do",
    "unexcused_absence": "Vắng không lý do",
    "exempt": "Miễn",
}
REFLECTION_LABELS = {
    "none": "",
    "submitted": "Đã nộp",
    "late": "Nộp muộn",
    "not_submitted": "Chưa nộp",
}
WRITTEN = ("submitted", "late")  # a reflection that was handed in, on time or not


class SessionRules(Protocol):
    """What the rules read of a session (``sessions.SessionData`` has it): its date and
    whether, and by when, a reflection is owed."""

    @property
    def date(self) -> dt.date | None: ...

    @property
    def reflection_required(self) -> bool: ...

    @property
    def reflection_due(self) -> dt.date | None: ...


@dataclass
class AttendanceRow:
    """One line of a session's attendance grid (điểm danh)."""

    member_id: int
    full_name: str = ""
    member_kind: str = "full"
    role: str = "member"
    job_title: str = ""
    status: str = "present"
    reason: str = ""
    reflection: str = "none"
    reflection_date: dt.date | None = None
    grade: str = ""
    note: str = ""
    saved: bool = False  # False for a member active that day who has no stored row yet

    @property
    def is_party_member(self) -> bool:
        return self.member_kind != "non_party"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def reflection_label(self) -> str:
        return REFLECTION_LABELS[self.reflection]

    @property
    def position(self) -> str:
        """Chức vụ for lists: the party role, else the job title."""
        role = ROLE_LABELS.get(self.role, "") if self.is_party_member else ""
        if role and role != ROLE_LABELS["member"]:
            return role
        return self.job_title or ("Đảng viên" if self.is_party_member else "Quần chúng")


# --- who takes part on a date -------------------------------------------------------------

def _left_by(member: Member, day: dt.date) -> bool:
    if member.status not in ("transferred", "deceased"):
        return False
    return member.status_date is None or member.status_date <= day


def _not_joined_by(member: Member, day: dt.date) -> bool:
    return member.kind != "non_party" and member.joined_date is not None and \
        member.joined_date > day


def _excused_on(member: Member, day: dt.date) -> bool:
    return member.status == "excused" and (member.status_date is None or
                                           member.status_date <= day)


def eligibility_problem(member: Member, day: dt.date) -> str | None:
    """Why *member* cannot be on the attendance list of a session on *day*, or None."""
    if _left_by(member, day):
        verb = "đã từ trần" if member.status == "deceased" else "đã chuyển đi"
        since = f" từ ngày {short_date(member.status_date)}" if member.status_date else ""
        return (f"Đồng chí {member.full_name} {verb}{since}, không thể điểm danh "
                f"buổi ngày {short_date(day)}.")
    if _not_joined_by(member, day):
        return (f"Đồng chí {member.full_name} vào Đảng ngày {short_date(member.joined_date)}, "
                f"sau ngày của buổi học ({short_date(day)}).")
    return None


def members_by_id(ids: list[int]) -> dict[int, Member]:
    query = Member.select().where(Member.id.in_(ids))  # type: ignore[attr-defined]
    return {m.id: m for m in query}


def members_taking_part(day: dt.date) -> list[Member]:
    """Members on the attendance list of a session on *day* (party and non-party)."""
    # SQL drops those who left or joined later (the bulk, over years); the check stays the rule.
    query = Member.select().where(
        ~(Member.status.in_(("transferred", "deceased"))  # type: ignore[attr-defined]
          & (Member.status_date.is_null() | (Member.status_date <= day)))  # type: ignore[attr-defined]
        & ~((Member.kind != "non_party") & (Member.joined_date > day)))
    return [m for m in query if eligibility_problem(m, day) is None]


def default_row(member: Member, session: SessionRules) -> AttendanceRow:
    status = "exempt" if _excused_on(member, session.date) else "present"  # type: ignore[arg-type]
    row = AttendanceRow(member_id=member.id, full_name=member.full_name,
                        member_kind=member.kind, role=member.role,
                        job_title=member.job_title, status=status)
    return normalize_row(row, session)


def normalize_row(row: AttendanceRow, session: SessionRules) -> AttendanceRow:
    """Make a row consistent with its status and the session without judging it.

    Present members of a session that requires a reflection owe one ("Chưa nộp");
    absent members owe none; a reflection handed in after the due date is "Nộp muộn".
    """
    reflection = row.reflection
    present = row.status == "present"
    if not session.reflection_required and reflection == "not_submitted":
        reflection = "none"
    if session.reflection_required and present and reflection == "none":
        reflection = "not_submitted"
    if not present and reflection == "not_submitted":
        reflection = "none"
    reflection_date = row.reflection_date if reflection in WRITTEN else None
    if (reflection == "submitted" and reflection_date and session.reflection_due
            and reflection_date > session.reflection_due):
        reflection = "late"
    return replace(
        row,
        reason="" if present else clean_line(row.reason),
        reflection=reflection,
        reflection_date=reflection_date,
        grade=clean_line(row.grade),
        note=clean_line(row.note),
    )


def validate_grid(session: SessionRules, rows: Iterable[AttendanceRow],
                  members: dict[int, Member], today: dt.date | None = None) -> dict[str, str]:
    """Messages keyed ``member_<id>`` (one per member) for an attendance grid."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    seen: set[int] = set()
    for row in rows:
        key = f"member_{row.member_id}"
        member = members.get(row.member_id)
        if member is None:
            errors[key] = f"Không tìm thấy đảng viên (mã {row.member_id}); có thể đã bị xóa."
            continue
        name = member.full_name
        if row.member_id in seen:
            errors[key] = f"Đồng chí {name} có hơn một dòng điểm danh trong buổi này."
            continue
        seen.add(row.member_id)
        problem = eligibility_problem(member, session.date)  # type: ignore[arg-type]
        if problem:
            errors[key] = problem
        elif row.status not in STATUS_LABELS:
            errors[key] = f"Tình trạng tham dự của đồng chí {name} không hợp lệ."
        elif row.reflection not in REFLECTION_LABELS:
            errors[key] = f"Tình trạng thu hoạch của đồng chí {name} không hợp lệ."
        elif row.reflection in WRITTEN and row.status != "present":
            errors[key] = (f"Đồng chí {name} {STATUS_LABELS[row.status].lower()} nên không thể "
                           "ghi là đã nộp thu hoạch.")
        elif row.reflection in WRITTEN and not session.reflection_required:
            errors[key] = ("Buổi này không yêu cầu viết thu hoạch; hãy sửa buổi học (đánh dấu "
                           "“Yêu cầu viết thu hoạch”) trước khi ghi thu hoạch của đồng chí "
                           f"{name}.")
        elif row.reflection_date and row.reflection_date > today:
            errors[key] = f"Ngày nộp thu hoạch của đồng chí {name} sau hôm nay."
        elif row.reflection_date and row.reflection_date < session.date:  # type: ignore[operator]
            errors[key] = (f"Ngày nộp thu hoạch của đồng chí {name} trước ngày học tập "
                           f"({short_date(session.date)}).")
        elif len(row.reason) > 300 or len(row.note) > 300 or len(row.grade) > 100:
            errors[key] = f"Lý do, xếp loại hoặc ghi chú của đồng chí {name} quá dài."
    return errors


def sort_rows(rows: list[AttendanceRow]) -> list[AttendanceRow]:
    """Party members first (by role, then name), then non-party staff by name."""
    order = {"secretary": 0, "deputy_secretary": 1, "committee_member": 2, "member": 3}

    def key(r: AttendanceRow):
        rank = order.get(r.role, 3) if r.is_party_member else 5
        return (rank, name_sort_key(r.full_name), r.member_id)
    return sorted(rows, key=key)


def all_present(rows: list[AttendanceRow], session: SessionRules) -> list[AttendanceRow]:
    """"Tất cả có mặt": every row not exempt becomes present (reasons cleared)."""
    return [r if r.status == "exempt" else normalize_row(replace(r, status="present"), session)
            for r in rows]
