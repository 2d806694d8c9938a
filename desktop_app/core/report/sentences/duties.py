"""Commitments, reviews and ratings; plans and their targets, by the period they are for."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.common.formats import number, percent, short_date
from desktop_app.core.common.text import fold
from desktop_app.core.plans.period_targets import PlanInfo, TargetInfo
from desktop_app.core.reviews.ratings import LEVEL_LABELS
from desktop_app.core.reviews.year_records import YearRecords
from desktop_app.db.models.reviews import RATING_LEVELS

from ..claims import Claim, ClaimBuilder, Figure
from ..facts import ReportFacts
from .words import (
    cap,
    inner,
    named,
    theme_words,
    title_after_type,
    without_trailing_year,
    years_words,
)

# --- commitments (đăng ký làm theo), reviews, ratings ---------------------------------------


def _with(facts: ReportFacts, attribute: str) -> list[YearRecords]:
    """The years that hold records of *attribute* (commitments, reviews, ratings)."""
    return [y for y in facts.year_records if getattr(y, attribute) and y.expected]


def _expected(b: ClaimBuilder, years: list[YearRecords]) -> Figure:
    value = sum(len(y.expected) for y in years)
    return Figure("reviews.expected", value, number(value), None, "",
                  (("years", tuple(y.year for y in years)),))


def _ids(years: list[YearRecords], attribute: str) -> list[int]:
    return [i for y in years for i in getattr(y, attribute)]


def programme(facts: ReportFacts) -> Claim | None:
    """"100% đảng viên xây dựng chương trình hành động cá nhân" (the yearly bản đăng ký làm
    theo) over the years in which commitments were recorded; None when none was."""
    years = _with(facts, "commitments")
    if not years:
        return None
    b = ClaimBuilder("reviews.programme")
    part = b.figure("reviews.registered", _ids(years, "commitments"), "commitment",
                    years=tuple(y.year for y in years))
    whole = _expected(b, years)
    which = years_words(b, [y.year for y in years])
    if part.value == whole.value:
        return b.claim(f"{b.percent('reviews.registered.share', part, whole)} đảng viên xây "
                       f"dựng chương trình hành động cá nhân ({which})")
    return b.claim(f"{b.show(part)}/{b.show(whole)} lượt đảng viên (đạt "
                   f"{b.percent('reviews.registered.share', part, whole)}) xây dựng chương "
                   f"trình hành động cá nhân ({which})")


def commitments(facts: ReportFacts) -> list[Claim]:
    years = _with(facts, "commitments")
    if not years:
        return []
    claims = []
    b = ClaimBuilder("reviews.registered")
    part = b.figure("reviews.registered", _ids(years, "commitments"), "commitment",
                    years=tuple(y.year for y in years))
    whole = _expected(b, years)
    which = years_words(b, [y.year for y in years])
    if part.value == whole.value:
        claims.append(b.claim(
            f"{b.percent('reviews.registered.share', part, whole)} đảng viên đăng ký làm theo "
            f"trong {which} ({b.show(part)}/{b.show(whole)} lượt đảng viên)."))
    else:
        claims.append(b.claim(
            f"{b.show(part)}/{b.show(whole)} lượt đảng viên đăng ký làm theo trong {which}, đạt "
            f"{b.percent('reviews.registered.share', part, whole)}."))
    assessed_years = [y for y in years if y.assessed]
    if assessed_years:
        f = ClaimBuilder("reviews.fulfilled")
        span = tuple(y.year for y in assessed_years)
        done = f.figure("reviews.fulfilled", _ids(assessed_years, "fulfilled"), "commitment",
                        years=span)
        assessed = f.figure("reviews.assessed", _ids(assessed_years, "assessed"),
                            "commitment", years=span)
        if done.value:
            text = (f"{f.show(done)}/{f.show(assessed)} lượt đảng viên thực hiện đầy đủ các nội "
                    f"dung đã đăng ký, đạt {f.percent('reviews.fulfilled.share', done, assessed)}")
        else:
            f.also(done)
            text = (f"Chưa có lượt đảng viên nào thực hiện đầy đủ các nội dung đã đăng ký (trong "
                    f"{f.show(assessed)} bản đăng ký đã được đánh giá)")
        registered = len(_ids(assessed_years, "commitments"))
        if assessed.value < registered:
            total = f.figure("reviews.registered", _ids(assessed_years, "commitments"),
                             "commitment", years=span)
            text += f" (trong số {f.show(total)} bản đăng ký đã được đánh giá kết quả"
            text += f", {years_words(f, list(span))})" if span != tuple(
                y.year for y in years) else ")"
        elif span != tuple(y.year for y in years):
            text += f" ({years_words(f, list(span))})"
        claims.append(f.claim(text + "."))
    vague = _ids(years, "vague")
    if vague:
        v = ClaimBuilder("reviews.vague")
        span = tuple(y.year for y in years)
        claims.append(v.claim(
            f"Còn {v.count('reviews.vague', vague, 'commitment_item', years=span)}/"
            f"{v.count('reviews.items', _ids(years, 'items'), 'commitment_item', years=span)} "
            "nội dung đăng ký chung chung, chưa có chỉ tiêu đo được hoặc thời hạn thực hiện."))
    return claims


def ratings(facts: ReportFacts) -> list[Claim]:
    claims = []
    years = _with(facts, "reviews")
    if years:
        b = ClaimBuilder("reviews.reviewed")
        span = tuple(y.year for y in years)
        part = b.figure("reviews.reviewed", _ids(years, "reviews"), "self_review", years=span)
        whole = _expected(b, years)
        which = years_words(b, list(span))
        if part.value == whole.value:
            claims.append(b.claim(
                f"{b.percent('reviews.reviewed.share', part, whole)} đảng viên viết bản kiểm "
                f"điểm, tự phê bình cuối năm trong {which}."))
        else:
            claims.append(b.claim(
                f"{b.show(part)}/{b.show(whole)} lượt đảng viên viết bản kiểm điểm cuối năm "
                f"trong {which} (đạt {b.percent('reviews.reviewed.share', part, whole)})."))
    for year in _with(facts, "ratings"):
        b = ClaimBuilder("reviews.ratings", year=year.year)
        rated = b.figure("reviews.rated", [r for r, _ in year.ratings], "rating")
        parts = []
        for level in RATING_LEVELS:
            ids = year.level(level)
            if ids:
                count = b.figure("reviews.level", ids, "rating", level=level)
                parts.append(f"{b.show(count)} đồng chí {LEVEL_LABELS[level].lower()} "
                             f"({b.percent('reviews.level.share', count, rated)})")
        claims.append(b.claim(f"Xếp loại chất lượng đảng viên năm {b.year(year.year)} "
                              f"({b.show(rated)} đồng chí): " + "; ".join(parts) + "."))
    overdue = _ids(facts.year_records, "overdue_remedies")
    if overdue:
        b = ClaimBuilder("reviews.remedies")
        claims.append(b.claim(
            f"Có {b.count('reviews.overdue_remedies', overdue, 'remedy')} biện pháp khắc phục "
            f"hạn chế đã quá hạn mà chưa thực hiện xong (tính đến "
            f"{b.date(facts.end, short_date(facts.end))})."))
    return claims


# --- plans and targets -------------------------------------------------------------------------


def _subject(plan: PlanInfo) -> str:
    """What a plan is about, said after its type word, without the year at its end (so the
    plans of several years read as one)."""
    return title_after_type(plan.kind_label, without_trailing_year(plan.title, plan.year))


def issued(facts: ReportFacts) -> list[Claim]:
    """"Từng năm đều có xây dựng Kế hoạch …; năm 2009 xây dựng Nghị quyết …"."""
    plans = facts.targets.plans
    if not plans:
        return []
    b = ClaimBuilder("plans.issued")
    groups: dict[tuple[str, str], list[PlanInfo]] = {}
    for plan in plans:
        groups.setdefault((plan.kind, _subject(plan)), []).append(plan)
    every_year: list[str] = []
    by_years: dict[tuple[int, ...], list[str]] = {}
    years = facts.years
    for (_kind, subject), items in groups.items():
        label = items[0].kind_label
        name = f"{label} {b.quote(subject)}".strip() if subject else label
        made = tuple(sorted({p.year for p in items}))
        if len(years) > 1 and made == years and len(items) == len(made):
            every_year.append(name)
        else:
            by_years.setdefault(made, []).append(name)
    clauses = [f"từng năm đều có xây dựng {name}" for name in every_year]
    clauses += [f"năm {', '.join(b.year(y) for y in made)} xây dựng {', '.join(names)}"
                for made, names in by_years.items()]
    return [b.claim(cap("; ".join(clauses)) + ".")]


def themes(facts: ReportFacts) -> list[Claim]:
    """The plans' themes and what they implement: each year's theme (chủ đề năm); for a
    short report, each plan with what it carries out."""
    plans = [p for p in facts.targets.plans if p.theme or p.implements]
    if not plans:
        return []
    if len(facts.years) > 2:
        themed: dict[int, str] = {}
        for plan in plans:
            if plan.theme and plan.year in facts.years:
                themed.setdefault(plan.year, plan.theme)
        if not themed:
            return []
        b = ClaimBuilder("plans.themes")
        if len(themed) == 1:
            ((year, theme),) = themed.items()
            return [b.claim(f"Kế hoạch năm {b.year(year)} theo {theme_words(b, theme)}.")]
        text = "; ".join(f"năm {b.year(y)} {theme_words(b, t)}" for y, t in sorted(themed.items()))
        return [b.claim(f"Kế hoạch từng năm theo chủ đề của năm: {text}.")]
    claims = []
    for plan in plans:
        b = ClaimBuilder("plans.theme")
        name = b.quote(named(plan.kind_label, plan.title))
        if plan.number is not None:
            name += f" (số {b.quote(f'{plan.number:02d}-{_code(plan)}/{facts.cell_code}')})"
        parts = []
        if plan.theme:
            parts.append(theme_words(b, plan.theme))
        if plan.implements:
            parts.append("triển khai " + "; ".join(b.quote(line.rstrip(" ;.")) for line in
                                                   plan.implements))
        claims.append(b.claim(f"{name}: " + "; ".join(parts) + "."))
    return claims


def _code(plan: PlanInfo) -> str:
    return {"plan": "KH", "resolution": "NQ", "action_programme": "CTr"}[plan.kind]


def target_promise(b: ClaimBuilder, target: TargetInfo) -> str:
    """What the target promises, unless its content says it already: "2 đảng viên", "100%"."""
    if target.target_count is not None:
        count = b.value("plans.target_count", target.target_count, 0, target=target.id)
        text = f"{count} {target.unit}".strip()
    elif target.target_value is not None:
        text = b.rate("plans.target_percent", target.target_value, 1, target=target.id)
    else:
        return ""
    shown = fold(target.content)
    if fold(text) in shown or (target.target_count is not None and (
            f"{target.target_count:02d}" in shown or str(target.target_count) in shown)):
        b.figures.pop()
        return ""
    return text


@dataclass(frozen=True)
class Measured:
    """What the app measured for a target ("" when it measures nothing for it), and whether
    that falls short of the target's count or percentage."""

    text: str = ""
    short: bool = False


def measured(b: ClaimBuilder, facts: ReportFacts, target: TargetInfo) -> Measured:
    """The value the app measures itself for a target, over its span up to the report's end."""
    first, last = target.span_start, min(target.due, facts.end)
    span = (first.isoformat(), last.isoformat())
    if target.indicator_kind == "admissions":
        from desktop_app.core.members.census import admitted

        ids = admitted(first, last)
        short = target.target_count is not None and len(ids) < target.target_count
        if not ids:
            b.also(b.figure("plans.measured", ids, "member", target=target.id))
            return Measured("chưa kết nạp được đảng viên nào", short)
        return Measured(f"đã kết nạp {b.count('plans.measured', ids, 'member', target=target.id)}"
                        " đảng viên", short)
    if target.indicator_kind == "sessions":
        from desktop_app.core.study.period_records import study_records

        ids = study_records(first, last).sessions
        short = target.target_count is not None and len(ids) < target.target_count
        if not ids:
            b.also(b.figure("plans.measured", ids, "study_session", target=target.id))
            return Measured("chưa tổ chức buổi học tập, sinh hoạt nào", short)
        return Measured(f"đã tổ chức "
                        f"{b.count('plans.measured', ids, 'study_session', target=target.id)}"
                        " buổi học tập, sinh hoạt", short)
    if target.indicator_kind in ("attendance", "reflection"):
        from desktop_app.core.study.period_records import study_records

        records = study_records(first, last)
        if target.indicator_kind == "attendance":
            part_ids, whole_ids = records.party_attended, records.party_expected
            keys, what = ("study.party_attended", "study.party_expected"), "tham gia học tập"
        else:
            part_ids, whole_ids = records.reflection_done, records.reflection_required
            keys, what = ("study.reflection_done", "study.reflection_required"), "viết thu hoạch"
        if not whole_ids:
            return Measured()
        short = target.target_value is not None and \
            len(part_ids) * 100 < target.target_value * len(whole_ids)
        part = b.figure(keys[0], part_ids, "member", span=span)
        whole = b.figure(keys[1], whole_ids, "member", span=span)
        if not part_ids:
            b.also(part)
            return Measured(f"chưa có đảng viên nào {what} (trong {b.show(whole)} đảng viên)",
                            short)
        return Measured(f"{b.show(part)}/{b.show(whole)} đảng viên {what}, đạt "
                        f"{b.percent('plans.measured.share', part, whole)}", short)
    return Measured()


def target_status(facts: ReportFacts, target: TargetInfo, found: Measured = Measured()) -> str:
    """The target's state as recorded; a target recorded as met whose measured value falls
    short of it says so, so that a draft never states the contradiction silently."""
    if target.met_by(facts.end):
        if found.short:
            return "được ghi nhận hoàn thành (số liệu đo được chưa đạt mức chỉ tiêu)"
        return "hoàn thành"
    if target.due < facts.targets.as_of:
        return "quá hạn, chưa hoàn thành"
    return "đang thực hiện"


def targets(facts: ReportFacts) -> list[Claim]:
    """"Đã hoàn thành a/b chỉ tiêu, nhiệm vụ đến hạn trong kỳ (đạt p)…", then target by
    target for the plans of a term or of several years, with what the app measured."""
    t = facts.targets
    if not t.due:
        return []
    b = ClaimBuilder("plans.targets")
    met = b.figure("plans.targets_met", [x.id for x in t.met], "plan_target")
    due = b.figure("plans.targets_due", [x.id for x in t.due], "plan_target")
    if t.met:
        text = (f"Đã hoàn thành {b.show(met)}/{b.show(due)} chỉ tiêu, nhiệm vụ đến hạn trong kỳ "
                f"của các kế hoạch, nghị quyết (đạt {b.percent('plans.targets.share', met, due)})")
    else:
        b.also(met)
        text = (f"Chưa hoàn thành chỉ tiêu nào trong {b.show(due)} chỉ tiêu, nhiệm vụ đến hạn "
                "trong kỳ của các kế hoạch, nghị quyết")
    rest = []
    if t.overdue:
        rest.append(f"{b.count('plans.targets_overdue', [x.id for x in t.overdue], 'plan_target')}"
                    " chỉ tiêu quá hạn chưa hoàn thành")
    if t.open:
        rest.append(f"{b.count('plans.targets_open', [x.id for x in t.open], 'plan_target')}"
                    " chỉ tiêu đang thực hiện")
    claims = [b.claim(text + ("; " + ", ".join(rest) if rest else "") + ".")]
    listed = [x for x in t.due if x.plan.spans_years] if len(t.due) > 8 else list(t.due)
    by_plan: dict[int, list[TargetInfo]] = {}
    for target in listed:
        by_plan.setdefault(target.plan.id, []).append(target)
    for items in by_plan.values():
        plan = items[0].plan
        c = ClaimBuilder("plans.target_results", plan=plan.id)
        results = []
        for target in items:
            promise = target_promise(c, target)
            head = f"“{c.quote(inner(target.content))}”"
            if promise:
                head += f" ({promise})"
            parts = []
            found = measured(c, facts, target)
            if found.text:
                parts.append(found.text)
            if target.result_value is not None:
                value = c.value("plans.result_value", target.result_value, 2, target=target.id)
                parts.append(f"kết quả {value} {c.quote(target.unit)}".rstrip())
            parts.append(target_status(facts, target, found))
            results.append(f"{head}: " + ", ".join(parts))
        name = c.quote(named(plan.kind_label, plan.title))
        claims.append(c.claim(f"{name}, kết quả từng chỉ tiêu: " + "; ".join(results) + "."))
    return claims


def upcoming(facts: ReportFacts) -> list[Claim]:
    """The targets due after the period: the next period's (a resolution for the new term)
    as the new targets, the others as targets still to be carried out."""
    t = facts.targets
    claims = []
    by_plan: dict[int, list[TargetInfo]] = {}
    for target in t.upcoming:
        by_plan.setdefault(target.plan.id, []).append(target)
    for items in by_plan.values():
        plan = items[0].plan
        b = ClaimBuilder("plans.upcoming", plan=plan.id)
        name = b.quote(named(plan.kind_label, plan.title))
        lines = []
        for target in items:
            promise = target_promise(b, target)
            lines.append(b.quote(target.content) + (f" ({promise})" if promise else ""))
        if t.is_new(target=items[0]):
            head = f"Thực hiện các chỉ tiêu {name} đề ra: "
        else:
            head = f"Tiếp tục thực hiện các chỉ tiêu còn lại của {name}: "
        claims.append(b.claim(head + "; ".join(lines) + "."))
    return claims


def share_text(part: int, whole: int) -> str:
    return percent(part * 100 / whole) if whole else ""
