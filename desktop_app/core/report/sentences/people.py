"""Members and study: who the unit is, how it studied, each year's topics."""

from __future__ import annotations

from desktop_app.core.common.formats import number
from desktop_app.core.common.text import fold
from desktop_app.core.study.facts import UNEXCUSED_FLAG
from desktop_app.core.study.period_records import THEMATIC_KINDS, TOPICS_LISTED
from desktop_app.core.study.sessions import KIND_LABELS

from ..claims import Claim, ClaimBuilder, Figure, plain
from ..facts import ReportFacts
from .words import cap, inner, period_words, same_words, theme_words

NAMES_SHOWN = 5  # exempt members are named when there are this many or fewer


def situation(facts: ReportFacts) -> list[Claim]:
    """"Tính đến ngày 31/12/2023, Đảng bộ có 60 đảng viên (…); 12 đồng chí được miễn …"."""
    c, w = facts.census, facts.words
    b = ClaimBuilder("members.situation")
    if not c.party:
        return [plain("none.members", f"Danh sách chưa có đảng viên nào của {w.unit} tính "
                                      "đến cuối kỳ báo cáo.")]
    head = (f"Tính đến ngày {b.date(c.day)}, {w.Unit} có "
            f"{b.count('members.party', c.party, 'member')} đảng viên "
            f"({b.count('members.full', c.full, 'member')} đảng viên chính thức")
    if c.probationary:
        head += f", {b.count('members.probationary', c.probationary, 'member')} đảng viên dự bị"
    parts = [head + ")"]
    if c.excused:
        parts.append(f"{b.count('members.excused', c.excused, 'member')} đồng chí được miễn "
                     "sinh hoạt")
    if c.key_cadres:
        parts.append(f"{b.count('members.key_cadres', c.key_cadres, 'member')} cán bộ chủ chốt")
    if c.non_party:
        parts.append(f"{b.count('members.non_party', c.non_party, 'member')} quần chúng cùng "
                     "tham gia")
    return [b.claim("; ".join(parts) + ".")]


_KEYS = {  # part, whole
    "study.party": ("study.party_attended", "study.party_expected"),
    "study.key_cadres": ("study.key_cadres_attended", "study.key_cadres_expected"),
    "study.reflection": ("study.reflection_done", "study.reflection_required"),
}


def _everyone(b: ClaimBuilder, key: str, attended: tuple[int, ...], expected: tuple[int, ...],
              noun: str, **params) -> str:
    """"100% đảng viên" or "10/11 đảng viên (đạt 90,91%)"."""
    part_key, whole_key = _KEYS[key]
    part = b.figure(part_key, attended, "member", **params)
    whole = b.figure(whole_key, expected, "member", **params)
    if not attended:  # a true zero is said in words: "chưa có … nào (trong 5 …)"
        b.also(part)
        return f"chưa có {noun} nào (trong {b.show(whole)} {noun})"
    if part.value == whole.value:
        return f"{b.percent(f'{key}.share', part, whole, **params)} {noun}"
    return (f"{b.show(part)}/{b.show(whole)} {noun} "
            f"(đạt {b.percent(f'{key}.share', part, whole, **params)})")


def headline(facts: ReportFacts, programme: Claim | None = None) -> list[Claim]:
    """"Cấp ủy chi bộ đã tạo điều kiện cho 100% đảng viên, cán bộ chủ chốt tham gia các lớp
    học tập, …" (the reference's first result), with the reflections and the members'
    action programmes when they were recorded."""
    s = facts.study
    if not s.party_attended:
        return []
    b = ClaimBuilder("study.headline")
    party = _everyone(b, "study.party", s.party_attended, s.party_expected, "đảng viên")
    cadres = ""
    if s.key_cadres_expected:
        all_cadres = len(s.key_cadres_attended) == len(s.key_cadres_expected)
        if all_cadres and party.startswith("100%"):
            part = b.figure("study.key_cadres_attended", s.key_cadres_attended, "member")
            whole = b.figure("study.key_cadres_expected", s.key_cadres_expected, "member")
            b.also(b.percent_figure("study.key_cadres.share", part, whole))
            cadres = ", cán bộ chủ chốt"
        elif s.key_cadres_attended:
            cadres = ", " + _everyone(b, "study.key_cadres", s.key_cadres_attended,
                                      s.key_cadres_expected, "cán bộ chủ chốt")
    text = (f"{facts.words.committee} đã tạo điều kiện cho {party}{cadres} tham gia các lớp "
            "học tập, quán triệt, thống nhất kế hoạch thực hiện.")
    after = []
    if s.reflection_done:
        after.append(_everyone(b, "study.reflection", s.reflection_done, s.reflection_required,
                               "đảng viên") + " viết thu hoạch")
    every_year = tuple(y.year for y in facts.year_records
                       if y.commitments and y.expected) == facts.years
    both = (programme is not None and len(after) == 1 and after[0].startswith("100%")
            and programme.text.startswith("100%") and every_year)
    if both and programme is not None:
        # "… 100% đảng viên viết thu hoạch và chương trình hành động cá nhân": one "100%"
        # printed for both shares, every year of the period holding commitments
        text += (" Sau khi tham gia học tập các chuyên đề 100% đảng viên viết thu hoạch và "
                 "chương trình hành động cá nhân.")
        for figure in programme.figures:
            if not figure.key.startswith("label."):
                b.also(figure)
    else:
        if programme is not None:
            b.figures.extend(programme.figures)
            b.quoted.extend(programme.quoted)
            after.append(programme.text)
        if after:
            text += " Sau khi tham gia học tập các chuyên đề, " + "; ".join(after) + "."
    return [b.claim(text)]


def sessions(facts: ReportFacts) -> list[Claim]:
    s = facts.study
    if not s.has_sessions:
        return [plain("none.study", "Trong kỳ chưa ghi nhận buổi học tập, quán triệt nào.")]
    b = ClaimBuilder("study.sessions")
    kinds = ", ".join(
        f"{b.count('study.sessions', ids, 'study_session', kind=kind)} buổi "
        f"{KIND_LABELS[kind].lower()}" for kind, ids in s.sessions_by_kind.items())
    text = (f"Trong kỳ ({period_words(b, facts)}), {facts.words.unit} tổ chức và tham gia "
            f"{b.count('study.sessions', s.sessions, 'study_session')} buổi học tập, quán triệt "
            f"({kinds}).")
    return [b.claim(text)]


def _count(b: ClaimBuilder, key: str, value: int, session: int) -> Figure:
    return Figure(key, value, number(value), None, "", (("session", session),))


def topics(facts: ReportFacts) -> list[Claim]:
    """Each year's chuyên đề with its attendance: "Năm 2021, chi bộ học tập chuyên đề “…”:
    25/27 đảng viên tham gia (đạt 92,59%), 2 đồng chí được miễn; 5 quần chúng tham gia."."""
    by_year: dict[int, list] = {}
    for record in facts.thematic_sessions:
        by_year.setdefault(record.date.year, []).append(record)
    claims = []
    for year, records in by_year.items():
        b = ClaimBuilder("study.topics", year=year)
        if len(records) > TOPICS_LISTED:
            names = list(dict.fromkeys(r.topic for r in records))
            shown = ", ".join(f"“{b.quote(inner(t))}”" for t in names[:TOPICS_LISTED])
            more = len(names) - TOPICS_LISTED
            ids = [r.id for r in records]
            text = (f"Năm {b.year(year)}, {facts.words.unit} tổ chức "
                    f"{b.count('study.sessions', ids, 'study_session', kinds=THEMATIC_KINDS)} "
                    f"buổi học tập, sinh hoạt chuyên đề: {shown}")
            if more > 0:
                text += f" và {b.value('study.topics_more', more, 0)} chuyên đề khác"
            claims.append(b.claim(text + "."))
            continue
        parts = []
        for r in records:
            what = "học tập chuyên đề" if r.kind == "thematic_study" else "sinh hoạt chuyên đề"
            topic = r.topic[:1].lower() + r.topic[1:]
            if fold(r.topic).startswith(("hoc tap chuyen de", "sinh hoat chuyen de")):
                part = b.quote(topic)  # it says what it was
            elif fold(r.topic).startswith("chuyen de"):
                part = f"{what.split()[0]} {what.split()[1]} {b.quote(topic)}"
            else:
                part = f"{what} “{b.quote(inner(r.topic))}”"
            if r.theme and not same_words(r.theme, r.topic):
                part += f" ({theme_words(b, r.theme)})"
            if r.party_expected:
                attended = _count(b, "study.party_attended", r.party_present, r.id)
                expected = _count(b, "study.party_expected", r.party_expected, r.id)
                if r.party_present:
                    part += (f": {b.show(attended)}/{b.show(expected)} đảng viên tham gia (đạt "
                             f"{b.percent('study.session_share', attended, expected)})")
                else:
                    b.also(attended)
                    part += (f": chưa có đảng viên nào có mặt (trong {b.show(expected)} đảng "
                             "viên phải tham gia)")
                if r.party_exempt:
                    exempt = b.show(_count(b, "study.party_exempt", r.party_exempt, r.id))
                    part += f", {exempt} đồng chí được miễn"
            if r.non_party_present:
                staff = b.show(_count(b, "study.non_party_attended", r.non_party_present, r.id))
                part += f"; {staff} quần chúng tham gia"
            parts.append(part)
        claims.append(b.claim(f"Năm {b.year(year)}, {facts.words.unit} " + "; ".join(parts)
                              + "."))
    return claims


def attendance(facts: ReportFacts) -> list[Claim]:
    """Attendance over the period in both forms where members are exempt: "x/y đảng viên
    tham gia, z đồng chí được miễn", and the share of all members on the lists."""
    s = facts.study
    if not s.has_sessions or not s.party_listed:
        return []
    b = ClaimBuilder("study.attendance")
    parts = []
    if s.party_expected:
        attended = b.figure("study.party_attended", s.party_attended, "member")
        expected = b.figure("study.party_expected", s.party_expected, "member")
        if s.party_attended:
            parts.append(f"{b.show(attended)}/{b.show(expected)} đảng viên (đạt "
                         f"{b.percent('study.party.share', attended, expected)}) tham gia học tập")
        else:
            b.also(attended)
            parts.append(f"chưa có đảng viên nào tham gia học tập (trong {b.show(expected)} đảng "
                         "viên phải tham gia)")
    if s.party_exempt:
        exempt = f"{b.count('study.party_exempt', s.party_exempt, 'member')} đồng chí được miễn"
        if len(s.exempt_names) <= NAMES_SHOWN:
            exempt += f" ({', '.join(b.quote(n) for n in s.exempt_names)})"
        parts.append(exempt)
        if s.party_attended:
            attended = b.figure("study.party_attended", s.party_attended, "member")
            listed = b.figure("study.party_listed", s.party_listed, "member")
            b.also(attended)
            parts.append(f"tính trên tổng số {b.show(listed)} đảng viên, đạt "
                         f"{b.percent('study.listed.share', attended, listed)}")
    if s.key_cadres_expected:
        parts.append(_everyone(b, "study.key_cadres", s.key_cadres_attended,
                               s.key_cadres_expected, "cán bộ chủ chốt") + " tham gia")
    if s.non_party_attended:
        parts.append(f"{b.count('study.non_party_attended', s.non_party_attended, 'member')} "
                     "quần chúng tham gia")
    if s.reflection_required:
        done = b.figure("study.reflection_done", s.reflection_done, "member")
        owed = b.figure("study.reflection_required", s.reflection_required, "member")
        if s.reflection_done:
            parts.append(f"{b.show(done)}/{b.show(owed)} đảng viên viết thu hoạch (đạt "
                         f"{b.percent('study.reflection.share', done, owed)})")
        else:
            b.also(done)
            parts.append(f"chưa có đảng viên nào viết đủ bài thu hoạch (trong {b.show(owed)} "
                         "đảng viên phải viết)")
    claims = [b.claim(cap("; ".join(parts)) + ".")] if parts else []
    if len(s.sessions) > 1 and s.attendances_present:
        a = ClaimBuilder("study.average")
        present = a.value_figure("study.attendances_present", s.attendances_present)
        expected = a.value_figure("study.attendances_expected", s.attendances_expected)
        claims.append(a.claim(
            f"Bình quân mỗi buổi {a.percent('study.average.share', present, expected)} đảng "
            f"viên có mặt ({a.value('study.attendances_present', s.attendances_present, 0)}/"
            f"{a.value('study.attendances_expected', s.attendances_expected, 0)} lượt)."))
    if s.reflections_late:
        late = ClaimBuilder("study.late")
        claims.append(late.claim(
            f"Có {late.value('study.reflections_late', s.reflections_late, 0)} bài thu hoạch "
            "nộp muộn."))
    if s.flagged:
        flag = ClaimBuilder("study.flagged")
        names = ", ".join(
            f"{flag.quote(f.full_name)} ("
            f"{flag.value('study.unexcused', f.count, 0, member=f.member_id, year=f.year)}"
            f" buổi năm {flag.year(f.year)})" for f in s.flagged)
        claims.append(flag.claim(f"Vắng không lý do từ {flag.label(UNEXCUSED_FLAG)} buổi trở "
                                 f"lên trong năm: {names}."))
    return claims
