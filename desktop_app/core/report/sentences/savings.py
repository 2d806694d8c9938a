"""Thrift, social work, funds, commendations and violations."""

from __future__ import annotations

import re

from desktop_app.core.common.text import fold
from desktop_app.core.savings import funds as funds_core
from desktop_app.core.savings.commendations import KIND_VERBS as COMMEND_VERBS
from desktop_app.core.savings.report_facts import subject
from desktop_app.core.savings.results import ThriftResult, ThriftTable
from desktop_app.core.savings.social import KIND_VERBS, ActivityData

from ..claims import Claim, ClaimBuilder, plain
from ..facts import ReportFacts
from .words import cap, inner, span_words

_ZERO = 0.05  # a change under 0,05% reads as "bằng mức gốc"


def _years_in(b: ClaimBuilder, text: str) -> str:
    """A computed label ("năm 2006", "giai đoạn 2007 – 2010") with its years as labels."""
    return re.sub(r"\d{4}", lambda m: b.year(int(m.group(0))), text)


def _period_label(b: ClaimBuilder, table: ThriftTable) -> str:
    """"Giai đoạn 2007 – 2010", "Năm 2022", "Từ tháng 6/2020 đến tháng 6/2022"."""
    (y1, m1), (y2, m2) = table.period.first, table.period.last
    if (m1, m2) == (1, 12):
        return f"Năm {b.year(y1)}" if y1 == y2 else f"Giai đoạn {b.years(y1, y2)}"
    if (y1, m1) == (y2, m2):
        return f"Tháng {b.label(m1)}/{b.year(y1)}"
    return (f"Từ tháng {b.label(m1)}/{b.year(y1)} đến tháng {b.label(m2)}/"
            f"{b.year(y2)}")


def _pct_decimals(value: float) -> int:
    return 2 if 0 < abs(value) < 0.05 else 1


def thrift_result(b: ClaimBuilder, row: ThriftResult, name: str, **params) -> str:
    """"tiền điện giảm 7,1% so với năm 2006 (tiết kiệm 9.833.000 đồng), chưa đạt chỉ tiêu 10%
    (còn thiếu 2,9%)" (no final stop); the numbers are figures of the thrift records."""
    params = {"category": row.category_id, **params}
    if row.saved_percent is None or row.saved is None:
        return (f"{name}: thực chi {b.amount('thrift.actual', row.actual, **params)}, chưa "
                "xác định được tỷ lệ tiết kiệm (chưa có mức gốc)")
    comparison = _years_in(b, row.baseline_label)
    saved = row.saved_percent
    if abs(saved) < _ZERO:
        head = f"{name} bằng mức {comparison}"
    else:
        verb = "giảm" if saved > 0 else "vượt chi"
        head = (f"{name} {verb} {b.rate('thrift.saved_percent', abs(saved), **params)} so với "
                f"{comparison}")
        verb = "tiết kiệm" if row.saved > 0 else "vượt chi"
        head += f" ({verb} {b.amount('thrift.saved', abs(row.saved), **params)})"
    if row.target_percent is None or row.margin_percent is None:
        return head
    target = b.rate("thrift.target_percent", row.target_percent, **params)
    margin = row.margin_percent
    if row.reached:
        tail = f"đạt chỉ tiêu {target}" if abs(margin) < _ZERO else f"vượt chỉ tiêu {target}"
    elif saved > 0:
        short = b.rate("thrift.shortfall", -margin, _pct_decimals(margin), **params)
        tail = f"chưa đạt chỉ tiêu {target} (còn thiếu {short})"
    else:
        tail = f"không đạt chỉ tiêu giảm {target}"
    return f"{head}, {tail}"


def pledge(facts: ReportFacts) -> list[Claim]:
    """The thrift pledge ("… có bản cam kết thực hiện chương trình tiết kiệm giảm 10% …"),
    said only when a plan of the period holds a thrift target and spending was recorded."""
    targets = facts.targets
    pledged = any(t.indicator_kind == "savings" for t in (*targets.due, *targets.upcoming))
    rows = [r for r in facts.thrift.rows if r.target_percent is not None]
    if not pledged or not rows:
        return []
    b = ClaimBuilder("thrift.pledge")
    head = (f"Các đảng viên, cán bộ chủ chốt và {facts.words.unit} có bản cam kết thực hiện "
            "chương trình")
    shares = {round(r.target_percent or 0.0, 1) for r in rows}
    if len(shares) == 1:
        share = b.rate("thrift.target_percent", facts.thrift.total.target_percent or 0.0,
                       category=None)
        names = ", ".join(subject(r.name) for r in rows)
        return [b.claim(f"{head} tiết kiệm giảm {share} {names} hằng tháng trong cơ quan.")]
    parts = "; ".join(
        f"{subject(r.name)} giảm "
        f"{b.rate('thrift.target_percent', r.target_percent or 0.0, category=r.category_id)}"
        for r in rows)
    return [b.claim(f"{head} tiết kiệm hằng tháng trong cơ quan: {parts}.")]


def thrift(facts: ReportFacts, table: ThriftTable | None = None) -> list[Claim]:
    table = table or facts.thrift
    if not table.has_data:
        return []
    claims = []
    measured = [r for r in table.rows if r.reached is not None]
    if measured:
        b = ClaimBuilder("thrift.reached")
        reached = [r.category_id for r in measured if r.reached and r.category_id is not None]
        ids = [r.category_id for r in measured if r.category_id is not None]
        head = f"{_period_label(b, table)}, thực hành tiết kiệm"
        if not reached:  # a true zero, said in words
            b.also(b.figure("thrift.reached", reached, "savings_category"))
            text = (f"{head} chưa đạt chỉ tiêu ở khoản chi nào trong "
                    f"{b.count('thrift.measured', ids, 'savings_category')} khoản chi được "
                    "theo dõi.")
        elif len(reached) == len(ids):
            text = (f"{head} đạt chỉ tiêu ở cả "
                    f"{b.count('thrift.measured', ids, 'savings_category')} khoản chi.")
        else:
            some = b.count("thrift.reached", reached, "savings_category")
            text = (f"{head} đạt chỉ tiêu ở {some}/"
                    f"{b.count('thrift.measured', ids, 'savings_category')} khoản chi.")
        claims.append(b.claim(text))
    for row in table.rows:
        if row.months_recorded:
            b = ClaimBuilder("thrift.category")
            claims.append(b.claim(cap(thrift_result(b, row, subject(row.name))) + "."))
    if len(table.rows) > 1 and table.total.saved_percent is not None:
        b = ClaimBuilder("thrift.total")
        claims.append(b.claim(cap(thrift_result(b, table.total, "tổng các khoản chi")) + "."))
    return claims


# --- social work --------------------------------------------------------------------------------

def _quantity(b: ClaimBuilder, item: ActivityData) -> str:
    """"39 căn nhà tình nghĩa", "01 cầu nông thôn" (counts under 10 take a zero)."""
    description = b.quote(item.description.strip())
    if item.quantity is None:
        return description
    count = b.value("social.quantity", item.quantity, 0, pad=True, activity=item.id)
    unit = item.unit.strip()
    if not unit or fold(item.description).startswith(fold(unit)):
        return f"{count} {description}".strip()
    return f"{count} {b.quote(unit)} {description}".strip()


def _years_label(b: ClaimBuilder, first: int, last: int) -> str:
    if first == last:
        return f"Năm {b.year(first)}"
    if last - first == 1:
        return f"Năm {b.year(first)}, {b.year(last)}"
    return f"Giai đoạn {b.years(first, last)}"


def social(facts: ReportFacts, lead: str = "") -> list[Claim]:
    """Social work, one sentence per year(s), sponsor, programme and place; each action with
    its own value (values of different actions are never added: a fund is not added to
    what it bought)."""
    groups: dict[tuple, list[ActivityData]] = {}
    for item in facts.social:
        assert item.date is not None
        key = (item.date.year, item.last_day.year, item.sponsor, item.programme, item.place)
        groups.setdefault(key, []).append(item)
    claims: list[Claim] = []
    for (first, last, sponsor, programme, place), items in groups.items():
        b = ClaimBuilder("social.activities")
        phrases: list[str] = []
        last_verb = None
        for item in items:
            verb = KIND_VERBS[item.kind]
            phrase = _quantity(b, item)
            if item.value:
                value = b.amount("social.value", item.value, activity=item.id)
                phrase += f" {value}" if item.kind == "fund" else f" (trị giá {value})"
            phrases.append(phrase if verb == last_verb else f"{verb} {phrase}")
            last_verb = verb
        text = ", ".join(phrases)
        if programme:
            text = f"tham gia chương trình “{b.quote(inner(programme))}” {text}"
        if not sponsor:
            text = ("tự vận động " if text.startswith("đóng góp ") else
                    "tự vận động đóng góp ") + text
        if place:
            text += f" tại {b.quote(place)}"
        if sponsor:
            text += f" do {b.quote(sponsor)} tài trợ"
        sentence = f"{_years_label(b, first, last)}, {text}."
        if lead and not claims:
            sentence = f"{lead}: {sentence[:1].lower()}{sentence[1:]}"
        claims.append(b.claim(sentence))
    return claims


# --- funds ----------------------------------------------------------------------------------------

def funds(facts: ReportFacts) -> list[Claim]:
    """"Quỹ vì người nghèo (2.000 đồng/ngày mỗi đảng viên): năm 2022 thu được …, đã chi …
    để tặng quà Tết cho …; còn lại …"."""
    claims = []
    for record in facts.funds:
        fund = record.fund
        b = ClaimBuilder("fund.money", fund=fund.id)
        name = b.quote(fund.name)
        if fund.rule_text and fund.contribution_amount is not None:
            rule = b.amount("fund.rule", fund.contribution_amount)
            per = funds_core.PER_WORDS[fund.contribution_per or "day"]
            name += f" ({rule}/{per} {b.quote(fund.contributors)})".replace(" )", ")")
        money_in = b.amount("fund.in", record.money_in, record.in_ids, "fund_entry")
        text = f"{name}: {span_words(b, facts)} thu được {money_in}"
        if record.money_out:
            uses = []
            for use in record.spending:
                words = b.quote(use.description)
                if use.beneficiary:
                    words += f" cho {b.quote(use.beneficiary)}"
                if len(record.spending) > 1:
                    amount = b.amount("fund.spent", use.amount, use.entry_ids, "fund_entry",
                                      description=use.description, beneficiary=use.beneficiary)
                    words += f" ({amount})"
                uses.append(words)
            money_out = b.amount("fund.out", record.money_out, record.out_ids, "fund_entry")
            text += f", đã chi {money_out} để " + ", ".join(uses)
        else:
            text += ", chưa chi khoản nào"
        if record.opening:
            text += f"; số dư đầu kỳ {b.amount('fund.opening', record.opening)}"
        text += f"; còn lại {b.amount('fund.closing', record.closing)}"
        claims.append(b.claim(text + "."))
    return claims


# --- commendations and violations -----------------------------------------------------------------

def _reason(reason: str) -> str:
    reason = reason.rstrip(" .")
    return reason if reason.startswith(("vì", "do", "về")) else f"vì {reason}"


def recognition(facts: ReportFacts) -> list[Claim]:
    """Commendations grouped: "Tập thể: …; Cá nhân: …", a shared reason stated once; then
    the violations (or that none was recorded)."""
    claims = []
    for collective, label in ((True, "Tập thể"), (False, "Cá nhân")):
        items = [c for c in facts.commendations if (c.recipient_kind != "member") == collective]
        if not items:
            continue
        b = ClaimBuilder("commendations." + ("collective" if collective else "individual"))
        groups: dict[tuple[str, str, str, str], list[str]] = {}
        for item in items:
            if item.recipient_kind == "cell":
                who = facts.words.Unit
            elif item.recipient_kind == "group":
                who = b.quote(item.group_name)
            else:
                who = b.quote(item.member_name) if item.member_name else "một đồng chí"
            key = (item.kind, item.level, item.period, item.reason)
            if who not in groups.setdefault(key, []):
                groups[key].append(who)
        parts = []
        for (kind, level, period, reason), names in groups.items():
            if not collective:
                who_text = ("đồng chí " if len(names) == 1 else "các đồng chí ") + ", ".join(names)
            else:
                who_text = ", ".join(names)
            text = f"{who_text} được"
            if level:
                text += f" {b.quote(level)}"
            text += f" {COMMEND_VERBS[kind]}"
            if period:
                text += f" {b.quote(period)}"
            if reason:
                text += f" {b.quote(_reason(reason))}"
            parts.append(text)
        claims.append(b.claim(f"{label}: " + "; ".join(parts) + "."))
    if facts.violations:
        b = ClaimBuilder("violations")
        members = [v.member_id for v in facts.violations if v.member_id is not None]
        details = "; ".join(
            f"đồng chí {b.quote(v.member_name)} ({b.date(v.date)}): {b.quote(v.description)}"
            + (f", hình thức kỷ luật: {b.quote(v.discipline)}" if v.discipline else "")
            for v in facts.violations if v.date is not None)
        claims.append(b.claim(
            f"Trong kỳ có {b.count('violations.members', members, 'member', pad=True)} đảng "
            f"viên vi phạm: {details}."))
    else:
        claims.append(plain("violations.none",
                            "Trong kỳ chưa ghi nhận trường hợp đảng viên vi phạm nào."))
    return claims
