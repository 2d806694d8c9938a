"""Peewee models of the whole product, one module per area (docs/data-model.md).

Enumerated values are stored as short English codes (constrained by CHECK); their
Vietnamese labels live in ``core`` next to the logic that uses them.
"""

from __future__ import annotations

from .base import BaseModel, Setting
from .cell import Cell, CommitteeTerm
from .closing import ChangeLog, YearClosing
from .members import Member
from .plans import Plan, PlanTarget, PlanTargetResponsible
from .register import IssuedDocument, RegisterStart
from .report import Congress, Report, ReportOutline, ReportSection
from .reviews import Commitment, CommitmentItem, Feedback, Rating, Remedy, SelfReview
from .savings import (
    Commendation,
    Fund,
    FundEntry,
    SavingsCategory,
    SavingsEntry,
    SavingsYearSetting,
    SocialActivity,
    SocialActivityMember,
    Violation,
)
from .study import Attendance, StudySession

# Every table, in the order of creation (a table after those it refers to).
ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Cell,
    CommitteeTerm,
    Member,
    IssuedDocument,
    RegisterStart,
    Plan,
    PlanTarget,
    PlanTargetResponsible,
    StudySession,
    Attendance,
    Commitment,
    CommitmentItem,
    SelfReview,
    Remedy,
    Feedback,
    Rating,
    SavingsCategory,
    SavingsYearSetting,
    SavingsEntry,
    SocialActivity,
    SocialActivityMember,
    Commendation,
    Violation,
    Fund,
    FundEntry,
    ReportOutline,
    Congress,
    Report,
    ReportSection,
    YearClosing,
    ChangeLog,
]
