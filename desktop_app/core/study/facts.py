"""The study figures of a period as a report states them (plain data and its sentences).

Counted by :mod:`.figures`; the conventions (who is expected, who took part, who wrote
every reflection owed, who is flagged for absences) are described there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.common.formats import number, percent, period, ratio_percent, short_date

from .sessions import KIND_LABELS

UNEXCUSED_FLAG = 3  # unexcused absences within one calendar year that a cell watches


@dataclass(frozen=True)
class AbsenceCount:
    """A member's unexcused absences in the period (vắng không lý do)."""

    member_id: int
    full_name: str
    is_party_member: bool
    count: int
    most_in_a_year: int

    @property
    def flagged(self) -> bool:
        return self.most_in_a_year >= UNEXCUSED_FLAG


@dataclass(frozen=True)
class StudyFacts:
    """The study figures of a period, with the sentences a report states."""

    start: dt.date
    end: dt.date
    sessions_held: int
    sessions_by_kind: dict[str, int]
    party_attended: int  # distinct party members present at least once
    party_expected: int  # distinct party members expected at least once
    party_exempt_names: tuple[str, ...]  # exempt at every session of the period
    attendances_present: int  # lượt: party attendances
    attendances_expected: int
    non_party_participants: int  # distinct non-party staff present at least once
    reflection_members_done: int
    reflection_members_required: int
    reflections_written: int  # lượt: reflections handed in
    reflections_late: int
    reflections_required: int
    key_cadres_attended: int = 0  # cán bộ chủ chốt (party members) present at least once
    key_cadres_expected: int = 0
    absences: tuple[AbsenceCount, ...] = field(default=())

    @property
    def key_cadre_percent(self) -> float | None:
        return ratio_percent(self.key_cadres_attended, self.key_cadres_expected)

    @property
    def party_exempt(self) -> int:
        return len(self.party_exempt_names)

    @property
    def attendance_percent(self) -> float | None:
        return ratio_percent(self.party_attended, self.party_expected)

    @property
    def average_percent(self) -> float | None:
        return ratio_percent(self.attendances_present, self.attendances_expected)

    @property
    def reflection_percent(self) -> float | None:
        return ratio_percent(self.reflection_members_done, self.reflection_members_required)

    @property
    def flagged(self) -> tuple[AbsenceCount, ...]:
        return tuple(a for a in self.absences if a.flagged)

    @property
    def period_label(self) -> str:
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            return period(self.start.year, self.end.year)
        return f"từ {short_date(self.start)} đến {short_date(self.end)}"

    def sentences(self) -> list[str]:
        """The Vietnamese sentences a report states about study in this period."""
        if not self.sessions_held:
            return ["Trong kỳ chưa ghi nhận buổi học tập nào."]
        kinds = ", ".join(f"{number(n)} buổi {KIND_LABELS[k].lower()}"
                          for k, n in self.sessions_by_kind.items() if n)
        result = [f"Trong kỳ ({self.period_label}), chi bộ tổ chức và tham gia "
                  f"{number(self.sessions_held)} buổi học tập, quán triệt ({kinds})."]
        parts = []
        if self.party_expected:
            parts.append(f"{number(self.party_attended)}/{number(self.party_expected)} đảng viên "
                         f"(đạt {percent(self.attendance_percent)}) tham gia học tập")
        else:
            parts.append("chưa có đảng viên nào phải tham gia học tập")
        if self.key_cadres_expected:
            parts.append(f"{number(self.key_cadres_attended)}/{number(self.key_cadres_expected)} "
                         f"cán bộ chủ chốt (đạt {percent(self.key_cadre_percent)}) tham gia")
        if self.party_exempt:
            parts.append(f"{number(self.party_exempt)} đồng chí được miễn "
                         f"({', '.join(self.party_exempt_names)})")
        if self.non_party_participants:
            parts.append(f"{number(self.non_party_participants)} quần chúng tham gia")
        if self.reflection_members_required:
            parts.append(f"{number(self.reflection_members_done)}/"
                         f"{number(self.reflection_members_required)} đảng viên viết thu hoạch "
                         f"(đạt {percent(self.reflection_percent)})")
        result.append(parts[0][0].upper() + "; ".join(parts)[1:] + ".")
        if self.sessions_held > 1 and self.attendances_expected:
            result.append(
                f"Bình quân mỗi buổi {percent(self.average_percent)} đảng viên có mặt "
                f"({number(self.attendances_present)}/{number(self.attendances_expected)} lượt)."
            )
        if self.reflections_late:
            result.append(f"Có {number(self.reflections_late)} bài thu hoạch nộp muộn.")
        flagged = self.flagged
        if flagged:
            names = ", ".join(f"{a.full_name} ({a.most_in_a_year} buổi)" for a in flagged)
            result.append(f"Vắng không lý do từ {UNEXCUSED_FLAG} buổi trở lên trong năm: {names}.")
        return result
