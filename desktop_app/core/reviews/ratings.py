"""Quality ratings (xếp loại chất lượng) and the year overview (the facts the report
states are in :mod:`.report_facts`).

Three separate, dated records per member and year: the member's self-rating, the cell's
proposal and the superior committee's decision. The cell and superior ratings need the
review to exist. A rating that disagrees with the self-score thresholds of a scored form
is flagged, not blocked: the regulation adds conditions the score does not capture.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.common.formats import short_date
from desktop_app.core.members.roster import MemberData, list_members
from desktop_app.db import database, plain_rows
from desktop_app.db.models.reviews import (
    RATING_LEVELS,
    RATING_STAGES,
    Commitment,
    Rating,
    SelfReview,
)
from desktop_app.errors import UserError, ValidationError

from . import forms

LEVEL_LABELS = {
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "completed": "Hoàn thành nhiệm vụ",
    "not_completed": "Không hoàn thành nhiệm vụ",
}
STAGE_LABELS = {
    "self": "Tự nhận",
    "cell": "Chi bộ đề xuất",
    "superior": "Cấp trên quyết định",
}
STATUS_LABELS = {
    "not_registered": "Chưa đăng ký",
    "registered": "Đã đăng ký",
    "reviewed": "Đã kiểm điểm",
    "rated": "Đã xếp loại",
}
_RANK = {level: index for index, level in enumerate(RATING_LEVELS)}  # 0 = best


@dataclass(frozen=True)
class RatingData:
    member_id: int
    year: int
    stage: str
    level: str
    date: dt.date
    note: str = ""

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]


def _rating_data(row: Rating) -> RatingData:
    return RatingData(row.member_id, row.year, row.stage, row.level, row.date, row.note)


def ratings_of(member_id: int, year: int) -> dict[str, RatingData]:
    rows = Rating.select().where((Rating.member == member_id) & (Rating.year == year))
    return {row.stage: _rating_data(row) for row in rows}


def consistency_flag(level: str, score: int | None, template: forms.FormTemplate | None) -> str:
    """A warning when *level* disagrees with the score thresholds; "" when consistent."""
    if score is None or template is None or not template.has_scores:
        return ""
    expected = template.level_for(score)
    if expected is None or expected == level:
        return ""
    if _RANK[level] < _RANK[expected]:
        return (f"Mức “{LEVEL_LABELS[level]}” cao hơn mức theo điểm tự chấm ({score} điểm: "
                f"“{LEVEL_LABELS[expected]}”).")
    return (f"Mức “{LEVEL_LABELS[level]}” thấp hơn mức theo điểm tự chấm ({score} điểm: "
            f"“{LEVEL_LABELS[expected]}”); kiểm tra các điều kiện kèm theo.")


def rating_flags(member_id: int, year: int) -> list[str]:
    """Warnings on every stored rating of the member's year."""
    review = SelfReview.get_or_none((SelfReview.member == member_id) & (SelfReview.year == year))
    if review is None:
        return []
    return _flags(review, ratings_of(member_id, year))


def _flags(review: SelfReview, ratings: dict[str, RatingData]) -> list[str]:
    template = forms.templates().get(review.template_id)
    flags = []
    for stage, rating in ratings.items():
        flag = consistency_flag(rating.level, review.total_score, template)
        if flag:
            flags.append(f"{STAGE_LABELS[stage]}: {flag}")
    return flags


def set_rating(member_id: int, year: int, stage: str, level: str, date: dt.date,
               note: str = "", today: dt.date | None = None) -> tuple[RatingData, str]:
    """Store the rating of one stage (replacing that stage's earlier one).

    Returns the rating and a warning ("" when none) about the score thresholds.
    """
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if stage not in RATING_STAGES:
        errors["stage"] = "Bước xếp loại không hợp lệ."
    if level not in RATING_LEVELS:
        errors["level"] = "Mức xếp loại không hợp lệ."
    review = SelfReview.get_or_none((SelfReview.member == member_id) & (SelfReview.year == year))
    if review is None:
        errors["stage"] = (f"Chưa có bản kiểm điểm năm {year} của đồng chí này; "
                           "cần kiểm điểm trước khi xếp loại.")
    elif stage == "superior" and review.draft:
        errors["stage"] = "Bản kiểm điểm còn là bản nháp; hoàn thành bản kiểm điểm trước."
    if date is None:
        errors["date"] = "Chưa nhập ngày xếp loại."
    elif date > today:
        errors["date"] = f"Ngày xếp loại không được sau hôm nay ({short_date(today)})."
    elif not year <= date.year <= year + 1:
        errors["date"] = f"Ngày xếp loại năm {year} phải trong năm {year} hoặc năm {year + 1}."
    elif review is not None and stage in RATING_STAGES:
        earlier = ratings_of(member_id, year)
        order = list(RATING_STAGES)
        for before in order[: order.index(stage)]:
            if before in earlier and date < earlier[before].date:
                errors["date"] = (f"Ngày xếp loại trước ngày “{STAGE_LABELS[before].lower()}” "
                                  f"({short_date(earlier[before].date)}).")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        # changed in place, so that its history reads "Mức xếp loại: Tốt → Xuất sắc"
        row = Rating.get_or_none((Rating.member == member_id) & (Rating.year == year)
                                 & (Rating.stage == stage)) or Rating(
            member=member_id, year=year, stage=stage)
        row.level, row.date, row.note = level, date, note.strip()
        row.save()
    template = forms.templates().get(review.template_id) if review else None
    return _rating_data(row), consistency_flag(level, review.total_score if review else None,
                                               template)


def delete_rating(member_id: int, year: int, stage: str) -> None:
    with database.atomic():
        if stage == "cell" and Rating.select().where(
                (Rating.member == member_id) & (Rating.year == year)
                & (Rating.stage == "superior")).exists():
            raise UserError("Cấp trên đã quyết định xếp loại; không thể xóa đề xuất của chi bộ.")
        Rating.delete().where((Rating.member == member_id) & (Rating.year == year)
                              & (Rating.stage == stage)).execute()


def final_level(ratings: dict[str, RatingData]) -> str | None:
    """The superior committee's level, else the cell's proposal."""
    for stage in ("superior", "cell"):
        if stage in ratings:
            return ratings[stage].level
    return None


def latest_year() -> int | None:
    """The latest year with a commitment or a review (the tab opens on it)."""
    years = [model.select(model.year).order_by(model.year.desc()).scalar()
             for model in (Commitment, SelfReview)]
    found = [y for y in years if y]
    return max(found) if found else None


# --- year overview -----------------------------------------------------------------------

def takes_part(kind: str, joined_date: dt.date | None, status: str,
               status_date: dt.date | None, year: int) -> bool:
    """Whether a member takes part in *year*'s commitments and reviews: a party member
    joined by its end, not left or excused before."""
    if kind == "non_party":
        return False
    if joined_date and joined_date > dt.date(year, 12, 31):
        return False
    left_on = status_date if status != "active" else None
    return not (left_on and left_on <= dt.date(year, 12, 31)
                and (status == "excused" or left_on < dt.date(year, 1, 1)))


def expected_members(year: int, members: list[MemberData] | None = None) -> list[MemberData]:
    """Party members who take part in *year*: joined by its end, not left or excused before.

    *members*: the member list when the caller has it already (several years in a row).
    """
    return [member for member in (list_members() if members is None else members)
            if takes_part(member.kind, member.joined_date, member.status, member.status_date,
                          year)]


@dataclass(frozen=True)
class OverviewRow:
    member_id: int
    full_name: str
    status: str  # not_registered / registered / reviewed / rated
    items: int  # commitment items
    items_done: int
    vague_items: int
    review_draft: bool | None  # None: no review
    score: int | None
    ratings: dict[str, RatingData]
    flags: tuple[str, ...]

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS[self.status]
        return label + " (bản nháp)" if self.status == "reviewed" and self.review_draft else label

    @property
    def final_level(self) -> str | None:
        return final_level(self.ratings)

    @property
    def fulfilled(self) -> bool:
        return self.items > 0 and self.items_done == self.items


def year_overview(year: int, members: list[MemberData] | None = None) -> list[OverviewRow]:
    # Only the columns the overview shows, and item counts summed in SQL: the report asks
    # for ten years of this (see benchmarks/run.py).
    commitments: dict[int, int] = dict(plain_rows(  # member id → commitment id
        Commitment.select(Commitment.member, Commitment.id).where(Commitment.year == year)))
    reviews = {r.member_id: r for r in SelfReview.select(
        SelfReview.member, SelfReview.template_id, SelfReview.total_score, SelfReview.draft)
        .where(SelfReview.year == year)}
    ratings: dict[int, dict[str, RatingData]] = {}
    for values in plain_rows(Rating.select(Rating.member, Rating.year, Rating.stage, Rating.level,
                                     Rating.date, Rating.note).where(Rating.year == year)):
        ratings.setdefault(values[0], {})[values[2]] = RatingData(*values)
    counts_of: dict[int, tuple[int, int, int]] = {
        commitment_id: (count, done or 0, vague or 0)
        for commitment_id, count, done, vague in database.execute_sql("""
            SELECT i.commitment_id, COUNT(*), SUM(i.done),
                   SUM(i.target IS NULL OR i.deadline IS NULL)
            FROM commitment_item i JOIN commitment c ON c.id = i.commitment_id
            WHERE c.year = ? GROUP BY i.commitment_id""", (year,)).fetchall()}
    rows = []
    for member in expected_members(year, members):
        assert member.id is not None
        commitment = commitments.get(member.id)
        items, done, vague = counts_of.get(commitment, (0, 0, 0)) if commitment else (0, 0, 0)
        review = reviews.get(member.id)
        own = ratings.get(member.id, {})
        if final_level(own):
            status = "rated"
        elif review is not None:
            status = "reviewed"
        elif commitment is not None:
            status = "registered"
        else:
            status = "not_registered"
        rows.append(OverviewRow(
            member_id=member.id, full_name=member.full_name, status=status, items=items,
            items_done=done, vague_items=vague,
            review_draft=review.draft if review else None,
            score=review.total_score if review else None, ratings=own,
            flags=tuple(_flags(review, own)) if review and own else (),
        ))
    return rows


def distribution(rows: list[OverviewRow]) -> dict[str, int]:
    """Final ratings per level (every level present, zero included)."""
    counts = dict.fromkeys(RATING_LEVELS, 0)
    for row in rows:
        if row.final_level:
            counts[row.final_level] += 1
    return counts
