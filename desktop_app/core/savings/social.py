"""Social work (công tác xã hội): charity houses, bridges, funds, gifts, scholarships."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import (
    TOO_MUCH_MONEY,
    money,
    money_problem,
    number,
    period,
    short_date,
)
from desktop_app.core.common.text import clean_line, fold
from desktop_app.db import database
from desktop_app.db.models.members import Member
from desktop_app.db.models.savings import SocialActivity, SocialActivityMember
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

KIND_LABELS = {
    "charity_house": "Nhà tình nghĩa / đại đoàn kết",
    "bridge": "Cầu",
    "fund": "Quỹ",
    "gift": "Quà",
    "scholarship": "Học bổng",
    "other": "Khác",
}
# The verb a report uses before the quantity: "xây 39 căn nhà tình nghĩa".
KIND_VERBS = {
    "charity_house": "xây",
    "bridge": "xây",
    "fund": "đóng góp",
    "gift": "tặng",
    "scholarship": "trao",
    "other": "thực hiện",
}
MAX_QUANTITY = 1_000_000


@dataclass
class ActivityData:
    """A social-work action as plain data; ``id`` None when not yet saved."""

    date: dt.date | None = None
    kind: str = "charity_house"
    description: str = ""
    quantity: int | None = None
    unit: str = ""
    value: int | None = None  # đồng
    sponsor: str = ""  # empty: raised by the cell's own members
    programme: str = ""
    place: str = ""
    end_date: dt.date | None = None
    note: str = ""
    member_ids: tuple[int, ...] = ()
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def last_day(self) -> dt.date:
        assert self.date is not None
        return self.end_date or self.date

    @property
    def when_text(self) -> str:
        """"12/4/2008" or "2009 – 2010" for an action over a period."""
        if self.date is None:
            return ""
        if self.end_date and self.end_date.year != self.date.year:
            return period(self.date.year, self.end_date.year)
        if self.end_date and self.end_date != self.date:
            return f"{short_date(self.date)} – {short_date(self.end_date)}"
        return short_date(self.date)

    def quantity_text(self) -> str:
        """"39 căn nhà tình nghĩa", "01 cầu nông thôn" (counts under 10 take a zero)."""
        description = self.description.strip()
        if self.quantity is None:
            return description
        count = f"{self.quantity:02d}" if self.quantity < 10 else number(self.quantity)
        unit = self.unit.strip()
        if not unit or fold(description).startswith(fold(unit)):
            return f"{count} {description}".strip()
        return f"{count} {unit} {description}".strip()


def _to_data(row: SocialActivity, members: tuple[int, ...] | None = None) -> ActivityData:
    if members is None:
        members = tuple(link.member_id for link in SocialActivityMember.select().where(
            SocialActivityMember.activity == row.id).order_by(SocialActivityMember.id))
    return ActivityData(row.date, row.kind, row.description, row.quantity, row.unit, row.value,
                        row.sponsor, row.programme, row.place, row.end_date, row.note, members,
                        row.id)


def clean(data: ActivityData) -> ActivityData:
    return replace(
        data, description=normalize(data.description).strip(), unit=clean_line(data.unit),
        sponsor=clean_line(data.sponsor), programme=clean_line(data.programme),
        place=clean_line(data.place), note=normalize(data.note).strip(),
    )


def validate(data: ActivityData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = "Chưa nhập ngày."
    elif data.end_date is not None and data.end_date < data.date:
        errors["end_date"] = f"Ngày kết thúc phải từ ngày {short_date(data.date)} trở đi."
    if data.kind not in KIND_LABELS:
        errors["kind"] = "Loại hoạt động không hợp lệ."
    if not data.description.strip():
        errors["description"] = "Chưa nhập nội dung (ví dụ: nhà tình nghĩa)."
    elif len(data.description) > 2000:
        errors["description"] = "Nội dung quá dài (tối đa 2.000 ký tự)."
    if data.quantity is not None and not 0 <= data.quantity <= MAX_QUANTITY:
        errors["quantity"] = "Số lượng phải từ 0 đến 1.000.000."
    if data.quantity is not None and not data.unit:
        errors["unit"] = "Chưa nhập đơn vị (ví dụ: căn, cầu, suất)."
    if data.value is not None and data.value < 0:
        errors["value"] = "Trị giá không được âm."
    elif money_problem(data.value):
        errors["value"] = TOO_MUCH_MONEY
    for name in ("unit", "sponsor", "programme", "place"):
        if len(getattr(data, name)) > 300:
            errors[name] = "Quá dài (tối đa 300 ký tự)."
    if data.member_ids:
        ids = set(data.member_ids)
        found = sum(1 for row in Member.select(Member.id) if row.id in ids)
        if found != len(ids):
            errors["member_ids"] = "Có người tham gia không còn trong danh sách đảng viên."
    closing.check_closed_year(errors, "social_activity", {"date": data.date,
                                                     "end_date": data.end_date}, data.id)
    return errors


def save_activity(data: ActivityData) -> ActivityData:
    """Validate and store an action with its participants, in one transaction."""
    data = clean(data)
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    values = dict(date=data.date, end_date=data.end_date, kind=data.kind,
                  description=data.description, quantity=data.quantity, unit=data.unit,
                  value=data.value, sponsor=data.sponsor, programme=data.programme,
                  place=data.place, note=data.note)
    with database.atomic():
        if data.id is None:
            row = SocialActivity.create(**values)
        else:
            if not SocialActivity.update(**values).where(
                    SocialActivity.id == data.id).execute():
                raise UserError("Không tìm thấy hoạt động này (có thể đã bị xóa).")
            row = SocialActivity.get_by_id(data.id)
            SocialActivityMember.delete().where(SocialActivityMember.activity == row.id).execute()
        for member_id in dict.fromkeys(data.member_ids):
            SocialActivityMember.create(activity=row.id, member=member_id)
    return _to_data(row)


def delete_activity(activity_id: int) -> None:
    with database.atomic():
        row = SocialActivity.get_or_none(SocialActivity.id == activity_id)
        if row is not None:
            row.delete_instance()  # participants go with it (ON DELETE CASCADE)


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value[:10])


def list_activities(start: dt.date | None = None, end: dt.date | None = None
                    ) -> list[ActivityData]:
    """Actions overlapping [start, end] (all when not given), oldest first."""
    # Plain SQL rows, filtered in SQL: a decade holds thousands of actions, and model rows
    # (or peewee's per-value conversions) cost more than the query.
    where, params = [], []
    if end is not None:
        where.append("date <= ?")
        params.append(end.isoformat())
    if start is not None:  # the last day (end_date, else date) on or after start
        where.append("COALESCE(end_date, date) >= ?")
        params.append(start.isoformat())
    rows = database.execute_sql(
        "SELECT id, date, kind, description, quantity, unit, value, sponsor, programme, "
        "place, end_date, note FROM social_activity"
        + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date, id",
        params).fetchall()
    # The members of every action in one query, not one query per action.
    links: dict[int, list[int]] = defaultdict(list)
    for activity_id, member_id in database.execute_sql(
            "SELECT activity_id, member_id FROM social_activity_member ORDER BY id").fetchall():
        links[activity_id].append(member_id)
    return [ActivityData(_date(day), kind, description, quantity, unit, value, sponsor,
                         programme, place, _date(end_day), note,
                         tuple(links.get(activity_id, ())), activity_id)
            for (activity_id, day, kind, description, quantity, unit, value, sponsor,
                 programme, place, end_day, note) in rows]


@dataclass(frozen=True)
class SocialTotals:
    """Totals of a period: actions, value, and quantities per kind and unit."""

    count: int
    value: int
    quantities: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, unit) → n

    def lines(self) -> list[str]:
        """"Nhà tình nghĩa / đại đoàn kết: 41 căn" per kind, then the value."""
        lines = [f"{KIND_LABELS[kind]}: {number(qty)} {unit}".rstrip()
                 for (kind, unit), qty in self.quantities.items()]
        if self.value:
            lines.append(f"Tổng trị giá: {money(self.value)}")
        return lines


def totals(activities: list[ActivityData]) -> SocialTotals:
    quantities: dict[tuple[str, str], int] = defaultdict(int)
    for activity in activities:
        if activity.quantity is not None:
            quantities[(activity.kind, activity.unit)] += activity.quantity
    return SocialTotals(len(activities), sum(a.value or 0 for a in activities),
                        dict(quantities))


def per_year(first_year: int, last_year: int) -> dict[int, SocialTotals]:
    """Totals per year; an action over several years counts in the year it began."""
    activities = list_activities(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))
    result = {}
    for year in range(first_year, last_year + 1):
        result[year] = totals([a for a in activities if a.date and a.date.year == year])
    return result


@dataclass(frozen=True)
class SocialFacts:
    """Social work in a period, for the summary report."""

    activities: tuple[ActivityData, ...]
    totals: SocialTotals

    def sentences(self) -> list[str]:
        if not self.activities:
            return ["Trong kỳ chưa ghi nhận hoạt động công tác xã hội nào."]
        groups: dict[tuple[str, str, str, str], list[ActivityData]] = {}
        for activity in self.activities:
            assert activity.date is not None
            years = period(activity.date.year, activity.last_day.year)
            key = (years, activity.sponsor, activity.programme, activity.place)
            groups.setdefault(key, []).append(activity)
        lines = []
        for (years, sponsor, programme, place), items in groups.items():
            words = []
            last_verb = None
            for item in items:
                verb = KIND_VERBS[item.kind]
                phrase = item.quantity_text()
                if item.value:  # each action's own value: a fund is never added to a gift
                    phrase += (f" {money(item.value)}" if item.kind == "fund"
                               else f" (trị giá {money(item.value)})")
                words.append(phrase if verb == last_verb else f"{verb} {phrase}")
                last_verb = verb
            text = ", ".join(words)
            if programme:
                text = f"tham gia chương trình “{programme}” {text}"
            if not sponsor:
                text = ("tự vận động " if text.startswith("đóng góp ")
                        else "tự vận động đóng góp ") + text
            if place:
                text += f" tại {place}"
            if sponsor:
                text += f" do {sponsor} tài trợ"
            label = _years_label(years)
            lines.append(f"{label}, {text}.")
        return lines


def _years_label(years: str) -> str:
    """"Năm 2008", "Năm 2009, 2010" (two years, as reports say), "Giai đoạn 2007 – 2010"."""
    first, _, last = years.partition(" – ")
    if not last:
        return f"Năm {first}"
    if int(last) - int(first) == 1:
        return f"Năm {first}, {last}"
    return f"Giai đoạn {years}"


def report_facts(start: dt.date, end: dt.date) -> SocialFacts:
    activities = tuple(list_activities(start, end))
    return SocialFacts(activities, totals(list(activities)))
