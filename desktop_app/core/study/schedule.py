"""The next study session, planned ahead (buổi học tập sắp tới).

A study session is recorded once it has taken place (its attendance counts in every
figure), so a session still to come is not a session: it is kept apart, one at a time,
in the ``Setting`` table, and shown by the overview. Recording a session on or after the
planned day (or clearing it) ends the plan.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.base import Setting
from desktop_app.db.models.study import StudySession
from desktop_app.errors import ValidationError

SETTING = "study.next_session"
MAX_TOPIC = 500
MAX_PLACE = 200


@dataclass(frozen=True)
class PlannedSession:
    date: dt.date
    topic: str
    place: str = ""

    def text(self) -> str:
        """"15/01/2027 – Quán triệt chuyên đề năm (Hội trường tầng 2)"."""
        where = f" ({self.place})" if self.place else ""
        return f"{short_date(self.date)} – {self.topic}{where}"


def validate(planned: PlannedSession, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if planned.date < today:
        errors["date"] = (f"Ngày dự kiến phải từ hôm nay ({short_date(today)}) trở đi; "
                          "buổi đã diễn ra thì ghi ở “Buổi học tập mới…”.")
    elif planned.date.year > today.year + 2:
        errors["date"] = "Ngày dự kiến quá xa: chỉ lên lịch trong hai năm tới."
    if not planned.topic:
        errors["topic"] = "Chưa nhập nội dung buổi học tập."
    elif len(planned.topic) > MAX_TOPIC:
        errors["topic"] = f"Nội dung quá dài (tối đa {MAX_TOPIC} ký tự)."
    if len(planned.place) > MAX_PLACE:
        errors["place"] = f"Địa điểm quá dài (tối đa {MAX_PLACE} ký tự)."
    return errors


def clean(planned: PlannedSession) -> PlannedSession:
    return PlannedSession(planned.date, clean_line(planned.topic), clean_line(planned.place))


def plan_session(planned: PlannedSession, today: dt.date | None = None) -> PlannedSession:
    """Keep *planned* as the next session (replacing the one planned before)."""
    today = today or dt.date.today()
    planned = clean(planned)
    errors = validate(planned, today)
    if errors:
        raise ValidationError(errors)
    value = json.dumps({"date": planned.date.isoformat(), "topic": planned.topic,
                        "place": planned.place}, ensure_ascii=False)
    with database.atomic():
        Setting.insert(key=SETTING, value=value).on_conflict_replace().execute()
    return planned


def clear_planned_session() -> None:
    with database.atomic():
        Setting.delete().where(Setting.key == SETTING).execute()


def planned_session() -> PlannedSession | None:
    """The next session as planned, unless a session was recorded on or after its day
    (then it took place, or another took its place)."""
    row = Setting.get_or_none(Setting.key == SETTING)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        planned = PlannedSession(dt.date.fromisoformat(data["date"]), str(data["topic"]),
                                 str(data.get("place", "")))
    except (ValueError, KeyError, TypeError):
        return None
    held = StudySession.select().where(StudySession.date >= planned.date).exists()
    return None if held else planned
