"""Drafting the summary report's sections from the areas' facts (Qt-free).

Each outline section names a generator here. Fact sections state what the areas'
``report_facts`` say (the figures are never recomputed here); judgement sections
(ưu điểm, tồn tại, bài học, phương hướng, ...) start from suggestions derived from the
same facts, for the secretary to rewrite. A section's text is lines: a line starting
with "- " prints as a bullet, any other line as a paragraph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.core.members import roster as members_core
from desktop_app.core.plans import report_facts as plans_report
from desktop_app.core.reviews import report_facts as review_facts
from desktop_app.core.savings import report_facts as savings_report
from desktop_app.core.study import facts as study_facts
from desktop_app.core.study import figures as study_figures

from .outline import Outline


@dataclass
class DraftContext:
    """What the generators need: the period, the outline, the report's particulars, and
    the areas' facts (each computed once, on first use)."""

    start: dt.date
    end: dt.date
    outline: Outline
    cell_name: str
    answers: list[str] = field(default_factory=list)
    today: dt.date | None = None

    @cached_property
    def plans(self) -> plans_report.PlanFacts:
        return plans_report.report_facts(self.start, self.end, self.today)

    @cached_property
    def study(self) -> study_facts.StudyFacts:
        return study_figures.report_facts(self.start, self.end)

    @cached_property
    def reviews(self) -> review_facts.ReviewFacts:
        return review_facts.report_facts(self.start, self.end)

    @cached_property
    def savings(self) -> savings_report.SavingsFacts:
        return savings_report.report_facts(self.start, self.end)

    @cached_property
    def members(self) -> members_core.MemberCounts:
        return members_core.counts(members_core.active_on(self.end))


def bullets(lines: list[str]) -> list[str]:
    return [f"- {line}" for line in lines if line]


def _join(lines: list[str]) -> str:
    return "\n".join(lines)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", ":", "!", "?")) else text + "."


# --- fact sections ---------------------------------------------------------------------

def opening(ctx: DraftContext) -> str:
    basis = ctx.outline.basis.rstrip(" ;.")
    cited = "; ".join(a.strip().rstrip(" ;.") for a in ctx.answers if a.strip())
    if cited:
        basis = f"{basis}; {cited}"
    return f"Thực hiện {basis}, {ctx.cell_name} báo cáo kết quả thực hiện, cụ thể như sau:"


def _study_headlines(ctx: DraftContext) -> list[str]:
    study = ctx.study
    participation = study.participation_clause()
    if participation is None:
        return []
    line = (f"Cấp ủy chi bộ đã tạo điều kiện cho {participation} tham gia các lớp học tập, "
            "quán triệt, thống nhất kế hoạch thực hiện.")
    reflection = study.reflection_clause()
    programme = ctx.reviews.action_programme_clause()
    prefix = "100% đảng viên "
    if reflection and programme and reflection.startswith(prefix) \
            and programme.startswith(prefix):
        line += (" Sau khi tham gia học tập các chuyên đề 100% đảng viên viết thu hoạch và "
                 "chương trình hành động cá nhân.")
    else:
        done = [c for c in (reflection, programme) if c]
        if done:
            line += " Sau khi tham gia học tập các chuyên đề, " + "; ".join(done) + "."
    return [line]


def organisation(ctx: DraftContext) -> str:
    lines = _study_headlines(ctx) + ctx.study.sentences()
    return _join(bullets(lines))


def results(ctx: DraftContext) -> str:
    savings = ctx.savings
    lines = list(ctx.plans.sentences())
    lines += ctx.reviews.commitment_sentences()
    pledge = savings.commitment_sentence()
    if pledge:
        lines.append(pledge)
    lines += savings.thrift_sentences()
    social = savings.social.sentences()
    if social and not social[0].startswith("Trong kỳ"):
        social = ["Tích cực tham gia công tác xã hội: " + social[0][:1].lower() + social[0][1:],
                  *social[1:]]
    lines += social
    lines += savings.recognition.sentences()
    lines += ctx.reviews.rating_sentences()
    return _join(bullets(lines))


def situation(ctx: DraftContext) -> str:
    return _join(bullets([members_core.situation_sentence(ctx.members)]))


def leadership(ctx: DraftContext) -> str:
    return _join(bullets(list(ctx.plans.sentences())))


def study(ctx: DraftContext) -> str:
    return organisation(ctx)


def practice(ctx: DraftContext) -> str:
    savings = ctx.savings
    lines = ctx.reviews.commitment_sentences()
    pledge = savings.commitment_sentence()
    if pledge:
        lines.append(pledge)
    lines += savings.thrift_sentences() + savings.social.sentences()
    return _join(bullets(lines))


def recognition(ctx: DraftContext) -> str:
    return _join(bullets(ctx.savings.recognition.sentences()))


def inspection(ctx: DraftContext) -> str:
    lines = ctx.reviews.rating_sentences() or [
        "Trong kỳ chưa ghi nhận bản kiểm điểm, xếp loại đảng viên nào."]
    return _join(bullets(lines))


# --- judgement sections: suggestions from the data ---------------------------------------

def _thrift_rows(ctx: DraftContext, reached: bool) -> list:
    return [row for row in ctx.savings.thrift.rows if row.reached is reached]


def strengths(ctx: DraftContext) -> str:
    lines = []
    if ctx.study.participation_clause() and ctx.study.party_attended == ctx.study.party_expected:
        lines.append(
            "Chi bộ nhận thức được trách nhiệm trong việc tổ chức triển khai thực hiện; chấp "
            "hành nghiêm túc việc tổ chức học tập, quán triệt, xây dựng kế hoạch và chương "
            "trình hành động để thực hiện. Các đồng chí trong chi bộ tích cực tham gia học "
            "tập, viết thu hoạch, tham gia góp ý, tự liên hệ kiểm điểm bản thân, đăng ký rèn "
            "luyện, thực hiện đạo đức, lối sống để hoàn thiện mình hơn.")
    total = ctx.savings.thrift.total
    if total.reached:
        lines.append("Thực hành tiết kiệm đạt kết quả: "
                     + _sentence(total.sentence("tổng các khoản chi", amount=True)))
    if ctx.savings.social.activities:
        lines.append("Tích cực tham gia công tác xã hội, từ thiện.")
    if not lines:
        lines.append("(Nêu những ưu điểm nổi bật của chi bộ trong kỳ.)")
    return _join(bullets(lines))


def weaknesses(ctx: DraftContext) -> str:
    reviews, plans = ctx.reviews, ctx.plans
    lines = []
    if reviews.vague_items:
        lines.append(
            "Việc xây dựng nội dung rèn luyện của cá nhân còn chung chung, chưa gắn với chức "
            f"năng, nhiệm vụ của đơn vị (còn {reviews.vague_items}/{reviews.items} nội dung "
            "đăng ký chưa có chỉ tiêu đo được hoặc thời hạn thực hiện).")
    if reviews.registered and reviews.fulfilled < reviews.registered:
        lines.append(f"Còn {reviews.registered - reviews.fulfilled}/{reviews.registered} lượt "
                     "đảng viên chưa thực hiện đầy đủ các nội dung đã đăng ký làm theo.")
    if reviews.overdue_remedies:
        lines.append(
            f"Còn {reviews.overdue_remedies} biện pháp khắc phục hạn chế đã quá hạn mà chưa "
            "thực hiện xong; việc theo dõi, đôn đốc khắc phục khuyết điểm chưa thường xuyên.")
    if plans.targets_overdue:
        lines.append(f"Còn {plans.targets_overdue} chỉ tiêu, nhiệm vụ trong các kế hoạch, nghị "
                     "quyết đã quá hạn mà chưa hoàn thành.")
    for row in _thrift_rows(ctx, reached=False):
        line = row.sentence(savings_report.subject(row.name))
        lines.append(_sentence(line[:1].upper() + line[1:]))
    if ctx.study.reflections_late:
        lines.append(f"Có {ctx.study.reflections_late} bài thu hoạch nộp muộn.")
    if ctx.savings.recognition.violating_members:
        lines.append(f"Có {ctx.savings.recognition.violating_members} đảng viên vi phạm trong "
                     "kỳ.")
    if not lines:
        lines.append("(Nêu những tồn tại, hạn chế và nguyên nhân.)")
    return _join(bullets(lines))


def lessons(ctx: DraftContext) -> str:
    lines = ["Xây dựng kế hoạch tổ chức thực hiện phải có các tiêu chí cụ thể, thiết thực, phù "
             "hợp với thực tiễn; thường xuyên kiểm tra, đôn đốc việc thực hiện."]
    if ctx.reviews.vague_items or ctx.reviews.overdue_remedies:
        lines.append("Mỗi nội dung đăng ký làm theo, mỗi biện pháp khắc phục cần có chỉ tiêu đo "
                     "được và mốc thời gian; chi bộ định kỳ đánh giá, rút kinh nghiệm.")
    lines.append("Chú trọng công tác tuyên truyền, đề cao vai trò gương mẫu của người đứng "
                 "đầu.")
    return _join(bullets(lines))


def direction(ctx: DraftContext) -> str:
    lines = ["Tăng cường công tác tuyên truyền, vận động đảng viên, CB-CNV trong cơ quan tích "
             "cực, gương mẫu tham gia thực hiện."]
    missed = [savings_report.subject(row.name) for row in _thrift_rows(ctx, reached=False)]
    if missed:
        lines.append(f"Tiếp tục thực hành tiết kiệm, nhất là {', '.join(missed)} (chưa đạt "
                     "chỉ tiêu trong kỳ).")
    else:
        lines.append("Tiếp tục thực hành tiết kiệm, nâng cao năng suất lao động, tham gia cải "
                     "cách hành chính.")
    if ctx.reviews.overdue_remedies or ctx.plans.targets_overdue:
        lines.append("Đôn đốc hoàn thành các biện pháp khắc phục và chỉ tiêu đã quá hạn.")
    return _join(bullets(lines))


def implementation(ctx: DraftContext) -> str:
    return _join(bullets([
        "Cấp ủy xây dựng kế hoạch tiếp tục thực hiện theo chủ đề năm.",
        "Phát huy vai trò, trách nhiệm của Bí thư Chi bộ, của người đứng đầu đơn vị, đoàn "
        "thể; tăng cường kiểm tra, báo cáo kịp thời.",
        "Làm tốt công tác động viên, khen thưởng, biểu dương các tấm gương người tốt, việc "
        "tốt.",
    ]))


def proposals(ctx: DraftContext) -> str:
    return _join(bullets(["(Đề xuất, kiến nghị với cấp ủy cấp trên, nếu có.)"]))


GENERATORS: dict[str, Callable[[DraftContext], str]] = {
    "opening": opening, "organisation": organisation, "results": results,
    "strengths": strengths, "weaknesses": weaknesses, "lessons": lessons,
    "direction": direction, "implementation": implementation, "situation": situation,
    "leadership": leadership, "study": study, "practice": practice,
    "recognition": recognition, "inspection": inspection, "proposals": proposals,
}


def generate(ctx: DraftContext, generator: str) -> str:
    return GENERATORS[generator](ctx)


def fingerprint(text: str) -> str:
    """The hash kept with a generated section: the generated text is a function of the
    facts it states, so a different hash later means the data changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
