"""Starting texts of the judgement sections (ưu điểm, tồn tại, bài học, phương hướng, tổ
chức thực hiện), derived from the same records: a suggestion stated only when the records
bear it out; the secretary rewrites them."""

from __future__ import annotations

from desktop_app.core.savings.report_facts import subject

from ..claims import Claim, ClaimBuilder, plain
from ..facts import ReportFacts
from . import duties
from .savings import thrift_result
from .words import cap, theme_words


def strengths(facts: ReportFacts) -> list[Claim]:
    w, s = facts.words, facts.study
    claims = []
    if s.party_expected and len(s.party_attended) == len(s.party_expected):
        doing = ["tích cực tham gia học tập"]
        if s.reflection_required:
            doing.append("viết thu hoạch")
        if any(y.reviews for y in facts.year_records):
            doing.append("tự liên hệ kiểm điểm bản thân")
        if any(y.commitments for y in facts.year_records):
            doing.append("đăng ký rèn luyện, thực hiện đạo đức, lối sống")
        claims.append(plain("judgement.strengths.study", (
            f"{w.Unit} nhận thức được trách nhiệm trong việc tổ chức triển khai thực hiện; chấp "
            "hành nghiêm túc việc tổ chức học tập, quán triệt. Các đồng chí trong "
            f"{w.unit} " + ", ".join(doing) + " để hoàn thiện mình hơn.")))
    total = facts.thrift.total
    if facts.thrift.has_data and total.reached:
        b = ClaimBuilder("judgement.strengths.thrift")
        claims.append(b.claim("Thực hành tiết kiệm đạt kết quả: "
                              + thrift_result(b, total, "tổng các khoản chi") + "."))
    if facts.social:
        claims.append(plain("judgement.strengths.social",
                            "Tích cực tham gia công tác xã hội, từ thiện."))
    for record in facts.funds:
        if record.money_out:
            b = ClaimBuilder("judgement.strengths.fund")
            claims.append(b.claim(f"Duy trì {b.quote(record.fund.name)}, kịp thời giúp đỡ các "
                                  "hoàn cảnh khó khăn."))
    return claims or [plain("judgement.placeholder",
                            "(Nêu những ưu điểm nổi bật trong kỳ.)")]


def weaknesses(facts: ReportFacts) -> list[Claim]:
    claims = []
    years = facts.year_records
    vague = [i for y in years for i in y.vague]
    if vague:
        b = ClaimBuilder("judgement.weaknesses.vague", years=_years(years, "commitments"))
        items = [i for y in years if y.commitments for i in y.items]
        claims.append(b.claim(
            "Việc xây dựng nội dung rèn luyện của cá nhân còn chung chung, chưa gắn với chức "
            f"năng, nhiệm vụ của đơn vị (còn {b.count('reviews.vague', vague, 'commitment_item')}/"
            f"{b.count('reviews.items', items, 'commitment_item')} nội dung đăng ký chưa có chỉ "
            "tiêu đo được hoặc thời hạn thực hiện)."))
    assessed = [c for y in years for c in y.assessed]
    fulfilled = {c for y in years for c in y.fulfilled}
    if assessed and len(fulfilled) < len(assessed):
        b = ClaimBuilder("judgement.weaknesses.fulfilled", years=_years(years, "assessed"))
        missing = [c for c in assessed if c not in fulfilled]
        claims.append(b.claim(
            f"Còn {b.count('reviews.not_fulfilled', missing, 'commitment')}/"
            f"{b.count('reviews.assessed', assessed, 'commitment')} lượt đảng viên chưa thực "
            "hiện đầy đủ các nội dung đã đăng ký làm theo."))
    remedies = [r for y in years for r in y.overdue_remedies]
    if remedies:
        b = ClaimBuilder("judgement.weaknesses.remedies")
        claims.append(b.claim(
            f"Còn {b.count('reviews.overdue_remedies', remedies, 'remedy')} biện pháp khắc phục "
            "hạn chế đã quá hạn mà chưa thực hiện xong; việc theo dõi, đôn đốc khắc phục khuyết "
            "điểm chưa thường xuyên."))
    if facts.targets.overdue:
        b = ClaimBuilder("judgement.weaknesses.targets")
        ids = [t.id for t in facts.targets.overdue]
        claims.append(b.claim(
            f"Còn {b.count('plans.targets_overdue', ids, 'plan_target')} chỉ tiêu, nhiệm vụ "
            "trong các kế hoạch, nghị quyết đã quá hạn mà chưa hoàn thành."))
    s = facts.study
    absent = [m for m in s.party_expected if m not in set(s.party_attended)]
    if absent:
        b = ClaimBuilder("judgement.weaknesses.study")
        claims.append(b.claim(
            f"Còn {b.count('study.party_absent', absent, 'member')} đảng viên chưa tham gia "
            "buổi học tập, quán triệt nào trong kỳ."))
    for row in facts.thrift.rows:
        if row.reached is False:
            b = ClaimBuilder("judgement.weaknesses.thrift")
            claims.append(b.claim(cap(thrift_result(b, row, subject(row.name))) + "."))
    if s.reflections_late:
        b = ClaimBuilder("judgement.weaknesses.late")
        claims.append(b.claim(f"Có {b.value('study.reflections_late', s.reflections_late, 0)}"
                              " bài thu hoạch nộp muộn."))
    if facts.violations:
        b = ClaimBuilder("judgement.weaknesses.violations")
        members = [v.member_id for v in facts.violations if v.member_id is not None]
        claims.append(b.claim(f"Có {b.count('violations.members', members, 'member', pad=True)}"
                              " đảng viên vi phạm trong kỳ."))
    return claims or [plain("judgement.placeholder",
                            "(Nêu những tồn tại, hạn chế và nguyên nhân.)")]


def _years(years, attribute: str) -> tuple[int, ...]:
    return tuple(y.year for y in years if getattr(y, attribute) and y.expected)


def lessons(facts: ReportFacts) -> list[Claim]:
    claims = [plain("judgement.lessons",
                    "Xây dựng kế hoạch tổ chức thực hiện phải có các tiêu chí cụ thể, thiết "
                    "thực, phù hợp với thực tiễn; thường xuyên kiểm tra, đôn đốc việc thực "
                    "hiện.")]
    if any(y.vague or y.overdue_remedies for y in facts.year_records):
        claims.append(plain("judgement.lessons",
                            "Mỗi nội dung đăng ký làm theo, mỗi biện pháp khắc phục cần có chỉ "
                            "tiêu đo được và mốc thời gian; định kỳ đánh giá, rút kinh nghiệm."))
    claims.append(plain("judgement.lessons",
                        "Chú trọng công tác tuyên truyền, đề cao vai trò gương mẫu của người "
                        "đứng đầu."))
    return claims


def direction(facts: ReportFacts) -> list[Claim]:
    claims = [plain("judgement.direction",
                    "Tăng cường công tác tuyên truyền, vận động đảng viên, quần chúng tích cực, "
                    "gương mẫu tham gia thực hiện.")]
    claims += duties.upcoming(facts)
    if facts.thrift.has_data:
        missed = [subject(r.name) for r in facts.thrift.rows if r.reached is False]
        if missed:
            claims.append(plain("judgement.direction",
                                f"Tiếp tục thực hành tiết kiệm, nhất là {', '.join(missed)} "
                                "(chưa đạt chỉ tiêu trong kỳ)."))
        else:
            claims.append(plain("judgement.direction",
                                "Tiếp tục thực hành tiết kiệm, chống lãng phí."))
    if facts.funds:
        b = ClaimBuilder("judgement.direction.funds")
        names = ", ".join(b.quote(r.fund.name) for r in facts.funds)
        claims.append(b.claim(f"Duy trì {names}, sử dụng đúng mục đích, công khai thu, chi."))
    if facts.targets.overdue or any(y.overdue_remedies for y in facts.year_records):
        claims.append(plain("judgement.direction",
                            "Đôn đốc hoàn thành các biện pháp khắc phục và chỉ tiêu đã quá hạn."))
    return claims


def implementation(facts: ReportFacts) -> list[Claim]:
    w = facts.words
    b = ClaimBuilder("judgement.implementation")
    day = facts.report_date or facts.end
    themed = [p for p in _themed(day) if p[0] in (facts.end.year + 1, day.year)]
    line = f"{w.committee} xây dựng kế hoạch tiếp tục thực hiện theo chủ đề năm"
    if themed:
        year, theme = themed[-1]
        line = (f"{w.committee} xây dựng kế hoạch tiếp tục thực hiện năm {b.year(year)} theo "
                f"{theme_words(b, theme)}")
    claims = [b.claim(line + ".")]
    claims.append(plain("judgement.implementation",
                        f"Phát huy vai trò, trách nhiệm của {w.secretary}, của người đứng đầu "
                        "đơn vị, đoàn thể; tăng cường kiểm tra, báo cáo kịp thời."))
    claims.append(plain("judgement.implementation",
                        "Làm tốt công tác động viên, khen thưởng, biểu dương các tấm gương người "
                        "tốt, việc tốt."))
    return claims


def _themed(day) -> list[tuple[int, str]]:
    """(year, theme) of the plans with a theme made by *day* (never a later document)."""
    from desktop_app.db.models.plans import Plan

    found = []
    for row in Plan.select(Plan.year, Plan.theme, Plan.issued_date, Plan.plan_date).where(
            Plan.theme != "").order_by(Plan.year, Plan.id):
        made = row.issued_date or row.plan_date
        if made is None or made <= day:
            found.append((row.year, row.theme))
    return found


def proposals(facts: ReportFacts) -> list[Claim]:
    return [plain("judgement.placeholder", "(Đề xuất, kiến nghị với cấp ủy cấp trên, nếu có.)")]
