"""The congress political report's own sections: the term's resolution reviewed target by
target with what was measured, the new term's targets, the unit's party building, and the
starting texts of the new term's tasks and of the committee's self-review."""

from __future__ import annotations

from desktop_app.core.plans.period_targets import PlanInfo, TargetInfo

from ..claims import Claim, ClaimBuilder, plain
from ..facts import ReportFacts
from . import duties, people
from .words import named


def _term_targets(facts: ReportFacts) -> list[TargetInfo]:
    """The targets of the term's resolution(s) due in the period: a resolution for a term,
    else any plan for more than a year (a congress reviews its term, not its yearly plans)."""
    due = [t for t in facts.targets.due if t.plan.id != facts.new_plan_id]
    term = [t for t in due if t.plan.kind == "resolution" and t.plan.period_kind == "term"]
    return term or [t for t in due if t.plan.spans_years]


def term_review(facts: ReportFacts) -> list[Claim]:
    """"Đạt, vượt a/b chỉ tiêu chủ yếu …", then each target of the term's resolution with its
    promise, what the app measured, the recorded result and its state."""
    targets = _term_targets(facts)
    w = facts.words
    if not targets:
        return [plain("none.term_targets",
                      f"(Chưa ghi nhận nghị quyết nhiệm kỳ của {w.unit} với các chỉ tiêu đến "
                      "hạn trong kỳ: nhập nghị quyết đại hội nhiệm kỳ trước ở thẻ Kế hoạch, "
                      "thời gian áp dụng “Nhiệm kỳ”, rồi soạn lại mục này.)")]
    b = ClaimBuilder("plans.term_targets")
    ids = [t.id for t in targets]
    met_ids = [t.id for t in targets if t.met_by(facts.end)]
    met = b.figure("plans.targets_met", met_ids, "plan_target", targets=tuple(sorted(ids)))
    due = b.figure("plans.targets_due", ids, "plan_target", targets=tuple(sorted(ids)))
    plans: list[PlanInfo] = []
    for target in targets:
        if target.plan.id not in [p.id for p in plans]:
            plans.append(target.plan)
    names = "; ".join(b.quote(named(p.kind_label, p.title)) for p in plans)
    if met_ids:
        head = (f"{names} đề ra {b.show(due)} chỉ tiêu chủ yếu; đến nay đã hoàn thành "
                f"{b.show(met)}/{b.show(due)} chỉ tiêu (đạt "
                f"{b.percent('plans.targets.share', met, due)})")
    else:
        b.also(met)
        head = f"{names} đề ra {b.show(due)} chỉ tiêu chủ yếu; đến nay chưa hoàn thành chỉ tiêu nào"
    claims = [b.claim(head + ".", bullet=False)]
    for index, target in enumerate(targets, start=1):
        c = ClaimBuilder("plans.target_review", target=target.id)
        promise = duties.target_promise(c, target)
        text = f"Chỉ tiêu {c.label(index)}: {c.quote(target.content)}"
        if promise:
            text += f" ({promise})"
        parts = []
        found = duties.measured(c, facts, target)
        if found.text:
            parts.append(found.text)
        if target.result_value is not None:
            value = c.value("plans.result_value", target.result_value, 2, target=target.id)
            parts.append(f"kết quả {value} {c.quote(target.unit)}".rstrip())
        parts.append(duties.target_status(facts, target, found))
        claims.append(c.claim(f"{text}: " + ", ".join(parts) + "."))
    return claims


def new_targets(facts: ReportFacts) -> list[Claim]:
    """The new term's main targets, as the congress enters them (its resolution), numbered."""
    targets = [t for t in facts.targets.upcoming if t.plan.id == facts.new_plan_id]
    if facts.new_plan_id is None or not targets:
        return [plain("none.new_targets",
                      "(Chưa nhập các chỉ tiêu chủ yếu của nhiệm kỳ mới: nhập ở nút “Đại "
                      "hội…” của báo cáo, rồi soạn lại mục này.)")]
    claims = []
    for index, target in enumerate(targets, start=1):
        b = ClaimBuilder("plans.new_target", target=target.id)
        promise = duties.target_promise(b, target)
        text = f"({b.label(index)}) {b.quote(target.content)}"
        claims.append(b.claim(text + (f": {promise}" if promise else "") + ";", bullet=False))
    last = claims[-1]
    claims[-1] = Claim(last.kind, last.text.rstrip(";") + ".", last.figures, last.quoted,
                       bullet=False)
    return claims


def party_building(facts: ReportFacts) -> list[Claim]:
    """Who the unit is, whom it admitted in the period, and how its members were rated."""
    from desktop_app.core.members.census import admitted

    claims = people.situation(facts)
    ids = admitted(facts.start, facts.as_of)
    b = ClaimBuilder("members.admitted")
    if ids:
        count = b.count("members.admitted", ids, "member", pad=True)
        claims.append(b.claim(f"Trong kỳ kết nạp được {count} đảng viên mới."))
    else:
        b.also(b.figure("members.admitted", ids, "member"))
        claims.append(b.claim("Trong kỳ chưa kết nạp được đảng viên mới."))
    return claims + duties.ratings(facts)


def tasks(facts: ReportFacts) -> list[Claim]:
    w = facts.words
    return [
        plain("judgement.tasks", "Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo "
                                 "đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chính trị của "
                                 "đơn vị."),
        plain("judgement.tasks", f"Nâng cao chất lượng sinh hoạt {w.unit}; làm tốt công tác "
                                 "phát triển đảng viên, kiểm tra, giám sát."),
        plain("judgement.placeholder", "(Nêu các nhiệm vụ, giải pháp chủ yếu của nhiệm kỳ "
                                       "mới.)"),
    ]


def self_review(facts: ReportFacts) -> list[Claim]:
    w = facts.words
    return [plain("judgement.placeholder",
                  f"(Nêu ngắn gọn kết quả tự kiểm điểm sự lãnh đạo, chỉ đạo của "
                  f"{w.committee_short} trong nhiệm kỳ: ưu điểm, hạn chế, nguyên nhân; báo cáo "
                  "kiểm điểm đầy đủ là văn kiện riêng của đại hội.)")]
