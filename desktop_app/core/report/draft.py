"""Drafting the summary report's sections from the records (Qt-free).

Each outline section names a generator (``sentences/sections.py``). Every sentence that
states a figure is a claim that knows the records it counts (``claims``); an area without
records for the period is not spoken of, never turned into "0%". Judgement sections (ưu
điểm, tồn tại, bài học, phương hướng, …) start from suggestions the records bear out, for
the secretary to rewrite. A section's text is lines: a line starting with "- " prints as a
bullet, any other line as a paragraph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from .claims import Claim, plain, section_text
from .facts import ReportFacts
from .outline import Outline, OutlineSection
from .sentences.sections import claims_of


@dataclass
class DraftContext:
    """What the generators need: the period, the outline, the report's particulars; the
    records of every area are read once, on first use."""

    start: dt.date
    end: dt.date
    outline: Outline
    cell_name: str
    answers: list[str] = field(default_factory=list)
    today: dt.date | None = None
    unit_kind: str = "chi_bo"
    cell_code: str = "CB"
    report_date: dt.date | None = None
    new_plan_id: int | None = None  # a congress report: its new term's resolution

    @cached_property
    def facts(self) -> ReportFacts:
        return ReportFacts(start=self.start, end=self.end,
                           today=self.today or dt.date.today(), unit_kind=self.unit_kind,
                           cell_name=self.cell_name, cell_code=self.cell_code,
                           answers=list(self.answers), report_date=self.report_date,
                           new_plan_id=self.new_plan_id)


def claims(ctx: DraftContext, section: OutlineSection) -> list[Claim]:
    """The claims of one section (the sentences, each with the figures it states); a section
    the secretary writes starts from the outline's hint."""
    if section.generator is None:
        return [plain("manual", section.hint, bullet=False)] if section.hint.strip() else []
    return claims_of(ctx.facts, section.generator, ctx.outline)


def generate(ctx: DraftContext, section: OutlineSection) -> str:
    return section_text(claims(ctx, section))


def fingerprint(text: str) -> str:
    """The hash kept with a generated section: the generated text is a function of the
    facts it states, so a different hash later means the data changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
