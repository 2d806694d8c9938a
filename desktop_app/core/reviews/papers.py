"""The plain data of the area's printed papers (``documents.reviews.forms`` builds them).

A member's commitment form and self-review form, and the cell's rating summary of a year:
each read in full here, with what must exist checked and said in Vietnamese, so that the
builder makes the document from these values alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.members.roster import MemberData, get_member
from desktop_app.core.reviews import remedies as remedies_core
from desktop_app.core.reviews import report_facts as review_facts
from desktop_app.errors import UserError

from . import commitments as commitments_core
from . import forms, ratings
from . import reviews as reviews_core


@dataclass(frozen=True)
class CommitmentPaper:
    """A member's commitment (bản đăng ký làm theo) of a year, on its template."""

    letterhead: Letterhead
    member: MemberData
    year: int
    commitment: commitments_core.CommitmentData
    template: forms.FormTemplate
    day: dt.date  # the registration date (the form's dated head)
    secretary_name: str  # who confirms it for the committee on that day


def commitment_paper(member_id: int, year: int) -> CommitmentPaper:
    letterhead = cell_core.letterhead()
    member = get_member(member_id)
    data = commitments_core.get_commitment(member_id, year)
    if data is None:
        raise UserError(f"Đồng chí {member.full_name} chưa có bản đăng ký năm {year}.")
    template = forms.templates().get(data.template_id)
    if template is None:
        raise UserError(f"Không tìm thấy mẫu bản đăng ký “{data.template_id}”.")
    day = data.registered_date or dt.date(year, 1, 1)
    return CommitmentPaper(letterhead, member, year, data, template, day,
                           cell_core.secretary_on(day))


@dataclass(frozen=True)
class ReviewPaper:
    """A member's self-review (bản kiểm điểm) of a year, with the ratings and remedies."""

    letterhead: Letterhead
    member: MemberData
    year: int
    review: reviews_core.ReviewData
    template: forms.FormTemplate
    variant: str  # the template variant the member writes (leader, non_leader, …)
    ratings: dict[str, ratings.RatingData]  # by stage: self, cell, superior
    remedies: list[remedies_core.RemedyData]
    day: dt.date  # the form's dated head: its own date (``review_date``)
    sign_day: dt.date  # the committee's assessment: the cell's rating date, else *day*
    secretary_name: str  # who signs the assessment on *sign_day*


SELF_RATING_DAY = (12, 10)  # the day the ratings panel proposes for the self-rating


def review_date(year: int, stored: dict[str, ratings.RatingData],
                today: dt.date | None = None) -> dt.date:
    """The date a self-review bears: the day the member rated themselves on it (the
    form's last section, a dated record), else 10 December of its year (today, while
    that is still to come). Never the day it was last edited: correcting a typo in a 2010
    review does not re-date it."""
    own = stored.get("self")
    if own is not None:
        return own.date
    return min(dt.date(year, *SELF_RATING_DAY), today or dt.date.today())


def review_paper(member_id: int, year: int) -> ReviewPaper:
    letterhead = cell_core.letterhead()
    member = get_member(member_id)
    review = reviews_core.get_review(member_id, year)
    if review is None:
        raise UserError(f"Đồng chí {member.full_name} chưa có bản kiểm điểm năm {year}.")
    template = forms.templates().get(review.template_id)
    if template is None:
        raise UserError(f"Không tìm thấy mẫu bản kiểm điểm “{review.template_id}”.")
    stored = ratings.ratings_of(member_id, year)
    remedies = remedies_core.list_remedies(review.id) if review.id else []
    day = review_date(year, stored)
    cell_rating = stored.get("cell")
    sign_day = cell_rating.date if cell_rating else day
    return ReviewPaper(letterhead, member, year, review, template,
                       reviews_core.review_variant(template, member), stored, remedies, day,
                       sign_day, cell_core.secretary_on(sign_day))


@dataclass(frozen=True)
class RatingsSummaryPaper:
    """Every party member's ratings of a year (bảng tổng hợp xếp loại)."""

    letterhead: Letterhead
    year: int
    rows: list[ratings.OverviewRow]
    members: dict[int, MemberData]  # by id, for each row's party post
    facts: review_facts.YearFacts  # registered and reviewed of the year
    day: dt.date  # the latest rating date, else the year's end (today at the latest)
    secretary_name: str


def ratings_summary_paper(year: int) -> RatingsSummaryPaper:
    letterhead = cell_core.letterhead()
    rows = ratings.year_overview(year)
    if not rows:
        raise UserError(f"Năm {year} chưa có đảng viên nào để tổng hợp xếp loại.")
    members = {r.member_id: get_member(r.member_id) for r in rows}
    dates = [r.date for row in rows for r in row.ratings.values()]
    day = max(dates) if dates else min(dt.date(year, 12, 31), dt.date.today())
    return RatingsSummaryPaper(letterhead, year, rows, members,
                               review_facts.per_year(year, year)[0], day,
                               cell_core.secretary_on(day))
