"""The section generators an outline names: each returns the section's claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..bases import Basis, cited_on
from ..claims import Claim, ClaimBuilder, plain
from ..facts import ReportFacts
from . import congress, duties, judgement, people, savings

EMPTY = "(Trong kỳ chưa ghi nhận số liệu để soạn mục này; bổ sung nếu có.)"


class HasBases(Protocol):
    @property
    def bases(self) -> tuple[Basis, ...]: ...


def opening(facts: ReportFacts, outline: HasBases) -> list[Claim]:
    """"Thực hiện Chỉ thị số … ngày …; Hướng dẫn số …, Chi bộ … báo cáo kết quả thực hiện,
    cụ thể như sau:" citing no document dated after the report."""
    b = ClaimBuilder("opening")
    day = facts.report_date or facts.end
    cited = [b.quote(basis.text) for basis in cited_on(outline.bases, day)]
    cited += [b.quote(a.strip().rstrip(" ;.")) for a in facts.answers if a.strip()]
    name = b.quote(facts.cell_name)
    if not cited:
        return [b.claim(f"{name} báo cáo kết quả thực hiện, cụ thể như sau:", bullet=False)]
    return [b.claim(f"Thực hiện {'; '.join(cited)}, {name} báo cáo kết quả thực hiện, cụ thể "
                    "như sau:", bullet=False)]


def _or_empty(claims: list[Claim]) -> list[Claim]:
    return claims or [plain("none.section", EMPTY)]


def organisation(facts: ReportFacts) -> list[Claim]:
    return _or_empty(people.headline(facts, duties.programme(facts)) + people.sessions(facts)
                     + people.topics(facts) + people.attendance(facts))


def results(facts: ReportFacts) -> list[Claim]:
    return _or_empty(
        duties.issued(facts) + duties.themes(facts) + duties.targets(facts)
        + duties.commitments(facts) + savings.pledge(facts) + savings.thrift(facts)
        + savings.funds(facts)
        + savings.social(facts, lead="Tích cực tham gia công tác xã hội")
        + savings.recognition(facts) + duties.ratings(facts))


def situation(facts: ReportFacts) -> list[Claim]:
    return people.situation(facts)


def leadership(facts: ReportFacts) -> list[Claim]:
    return _or_empty(duties.issued(facts) + duties.themes(facts) + duties.targets(facts))


def practice(facts: ReportFacts) -> list[Claim]:
    return _or_empty(duties.commitments(facts) + savings.pledge(facts) + savings.thrift(facts)
                     + savings.funds(facts) + savings.social(facts))


def recognition(facts: ReportFacts) -> list[Claim]:
    return savings.recognition(facts)


def topics(facts: ReportFacts) -> list[Claim]:
    return people.topics(facts) or [
        plain("none.topics", "Trong kỳ chưa ghi nhận buổi học tập chuyên đề nào.")]


def inspection(facts: ReportFacts) -> list[Claim]:
    return duties.ratings(facts) or [
        plain("none.reviews", "Trong kỳ chưa ghi nhận bản kiểm điểm, xếp loại đảng viên nào.")]


GENERATORS: dict[str, Callable[[ReportFacts], list[Claim]]] = {
    "organisation": organisation, "results": results, "situation": situation,
    "leadership": leadership, "study": organisation, "practice": practice,
    "recognition": recognition, "inspection": inspection,
    "strengths": judgement.strengths, "weaknesses": judgement.weaknesses,
    "lessons": judgement.lessons, "direction": judgement.direction,
    "implementation": judgement.implementation, "proposals": judgement.proposals,
    "topics": topics, "party_building": congress.party_building,
    "term_review": congress.term_review, "new_targets": congress.new_targets,
    "tasks": congress.tasks, "self_review": congress.self_review,
}


def claims_of(facts: ReportFacts, generator: str, outline: HasBases) -> list[Claim]:
    if generator == "opening":
        return opening(facts, outline)
    return GENERATORS[generator](facts)
