"""Four cells unlike the demo, entered through the core API as a secretary would.

- a school cell's three-year interim report (sơ kết 3 năm, 2021 – 2023), no thrift records,
  commitments for two of its three years;
- a tax office cell at the end of its term 2020 – 2022, whose congress resolution dated 2022
  holds the NEXT term's targets (2022 – 2025), with counts ("kết nạp 2 đảng viên", "3 cuộc
  kiểm tra") as well as percentages;
- a town party committee (đảng bộ cơ sở) with many members exempt for age and non-party
  participants;
- a ward agency cell whose members save 2.000 đồng a day for poor households, with a fund
  that takes money in and spends it on gifts, and no commitments entered.

Each builder fills the open (empty) database and returns what the report is to be drafted
with (:class:`CellReport`), plus the facts a reader would look for in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.members import roster as members_core
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.reviews import commitments as commitments_core
from desktop_app.core.reviews import forms
from desktop_app.core.reviews import ratings as ratings_core
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.core.savings import categories as categories_core
from desktop_app.core.savings import commendations, funds, social
from desktop_app.core.savings import thrift as thrift_core
from desktop_app.core.study import sessions as study_core

D = dt.date

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Đức", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Khánh",
         "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
         "Tú", "Uyên", "Vinh", "Xuân", "Yến", "Ánh", "Đạt", "Ơn", "Ưng", "Lộc"]


def name(index: int) -> str:
    return (f"{FAMILY[index % len(FAMILY)]} {MIDDLE[index * 7 % len(MIDDLE)]} "
            f"{GIVEN[index * 5 % len(GIVEN)]}")


@dataclass
class CellReport:
    """How the cell's report is drafted, and what a reader checks in it."""

    key: str
    kind: str
    start_year: int
    end_year: int
    report_date: dt.date
    outline_id: str
    start_month: int = 1
    end_month: int = 12
    answers: list[str] = field(default_factory=list)
    subject: str = ""
    unit_kind: str = "chi_bo"
    topics: list[str] = field(default_factory=list)  # each year's chuyên đề, as typed
    next_targets: list[str] = field(default_factory=list)  # the next period's, as typed
    must_say: list[str] = field(default_factory=list)  # whole phrases the report must hold
    must_not_say: list[str] = field(default_factory=list)


# --- entering records ----------------------------------------------------------------------

def profile(name_: str, superior: str, unit_kind: str, terms: list[tuple[D, D, str, str]],
            place: str = "Long An", code: str = "CB") -> None:
    """The particulars, with each committee term in turn (the last is the current one)."""
    for start, end, secretary, deputy in terms:
        cell_core.save_profile(cell_core.CellProfile(
            name=name_, superior_line1=superior, code=code, place=place, term_start=start,
            term_end=end, secretary_name=secretary, deputy_secretary_name=deputy,
            unit_kind=unit_kind))


JOINED = D(2005, 3, 2)


def member(full_name: str, *, kind: str = "full", joined: D | None = JOINED,
           official: D | None = None, status: str = "active", status_date: D | None = None,
           key_cadre: bool = False, role: str = "member", job: str = "") -> int:
    if kind == "non_party":
        joined = official = None
        role = "none"
    elif kind == "full" and official is None and joined is not None:
        official = joined.replace(year=joined.year + 1)
    saved = members_core.save_member(members_core.MemberData(
        full_name=full_name, kind=kind, joined_date=joined, official_date=official,
        status=status, status_date=status_date, key_cadre=key_cadre, role=role,
        job_title=job), allow_duplicate=True)  # a big đảng bộ has namesakes (confirmed)
    assert saved.id is not None
    return saved.id


def session(day: D, topic: str, *, kind: str = "thematic_study", theme: str = "",
            reflection: bool = True, absent: dict[int, str] | None = None,
            late: set[int] | None = None, missing: set[int] | None = None) -> int:
    """A session with everyone on the list present (exempt members exempt) but *absent*
    (member → status); reflections handed in on time but *late* and *missing*."""
    saved = study_core.create_session(study_core.SessionData(
        date=day, kind=kind, topic=topic, theme=theme, reflection_required=reflection,
        reflection_due=day + dt.timedelta(days=30) if reflection else None))
    assert saved.id is not None
    absent, late, missing = absent or {}, late or set(), missing or set()
    rows = []
    for row in study_core.load_grid(saved.id):
        if row.member_id in absent and row.status != "exempt":
            status = absent[row.member_id]
            row = replace(row, status=status, reason="Đi công tác"
                          if status == "excused_absence" else "")
        if reflection and row.status == "present" and row.is_party_member:
            if row.member_id in missing:
                row = replace(row, reflection="not_submitted")
            elif row.member_id in late:
                row = replace(row, reflection="late", reflection_date=day + dt.timedelta(40))
            else:
                row = replace(row, reflection="submitted", reflection_date=day + dt.timedelta(9))
        rows.append(row)
    study_core.save_grid(saved.id, rows)
    return saved.id


def commitment(member_id: int, year: int, items: list[tuple[str, float | None, str,
                                                                D | None, bool | None]]) -> None:
    """Items: (content, target, unit, deadline, done); done None: not assessed yet."""
    commitments_core.save_commitment(commitments_core.CommitmentData(
        member_id=member_id, year=year, registered_date=D(year, 3, 15),
        study=f"Học tập chuyên đề năm {year}",
        items=[commitments_core.CommitmentItemData(
            group="actions", content=content, target=target, unit=unit, deadline=deadline,
            done=bool(done), result="" if done is None else ("Đã thực hiện" if done
                                                              else "Chưa thực hiện xong"))
            for content, target, unit, deadline, done in items]))


def review(member_id: int, year: int, level: str, day: D) -> None:
    """A finished self-review with every compulsory part, and the cell's rating."""
    data = reviews_core.new_review(member_id, year)
    template = forms.templates().get(data.template_id)
    assert template is not None
    variant = reviews_core.review_variant(template, members_core.get_member(member_id))
    for item in template.walk(variant):
        if item.items:
            continue
        if item.text and not item.prefill:
            data.answers.text.setdefault(item.id, "Hoàn thành nhiệm vụ được giao.")
        if item.grade and template.grades:
            data.answers.grades[item.id] = "good"
        if item.scored:
            data.answers.scores[item.id] = item.max_score or 0
    reviews_core.finish_review(data)
    ratings_core.set_rating(member_id, year, "self", level, day)
    ratings_core.set_rating(member_id, year, "cell", level, day + dt.timedelta(days=5))


def target(content: str, *, percent: float | None = None, count: int | None = None,
           unit: str = "", measure: str = "none", deadline: D | None = None,
           status: str = "not_started", result: float | None = None,
           done_on: D | None = None) -> plans_model.TargetData:
    return plans_model.TargetData(
        content=content, indicator_kind=measure, target_value=percent, target_count=count,
        unit=unit, deadline=deadline, status=status, result_value=result,
        result_date=done_on if status == "done" else None)


def plan(year: int, kind: str, title: str, targets: list[plans_model.TargetData], *,
         theme: str = "", implements: str = "", day: D | None = None,
         period: tuple[str, D, D] | None = None, issued: D | None = None) -> int:
    period_kind, start, end = period or ("year", D(year, 1, 1), D(year, 12, 31))
    saved = plans_core.save_plan(plans_model.PlanData(
        year=year, kind=kind, title=title, theme=theme, implements=implements,
        plan_date=day or D(year, 1, 20), period_kind=period_kind, period_start=start,
        period_end=end, targets=targets))
    assert saved.id is not None
    if issued is not None:
        plans_core.issue_plan(saved.id, issued)
    return saved.id


def thrift(year_amounts: dict[str, dict[int, list[int]]], target: float = 10.0) -> None:
    """Monthly amounts per category name and year; baselines: the previous year."""
    categories = {c.name: c.id for c in categories_core.list_categories(True)}
    for name_, years in year_amounts.items():
        cid = categories[name_]
        assert cid is not None
        for year, amounts in years.items():
            thrift_core.save_grid(year, {cid: {m: thrift_core.MonthEntry(a)
                                               for m, a in enumerate(amounts, start=1) if a}})
            categories_core.save_year_setting(categories_core.YearSetting(
                cid, year, "previous_year", None, (), target))


def commend(day: D, recipient: str, *, member_id: int | None = None, group: str = "",
            kind: str = "giay_khen", level: str = "", period: str = "", reason: str = "") -> None:
    commendations.save_commendation(commendations.CommendationData(
        date=day, recipient_kind=recipient, member_id=member_id, group_name=group, kind=kind,
        level=level, period=period, reason=reason))


# --- the four cells --------------------------------------------------------------------------

CT05 = ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh")


def school_cell() -> CellReport:
    """Chi bộ Trường THCS Nguyễn Du: sơ kết 3 năm (2021 – 2023) thực hiện Kết luận 01."""
    profile("Chi bộ Trường THCS Nguyễn Du", "ĐẢNG ỦY XÃ AN THẠNH", "chi_bo",
            [(D(2020, 7, 1), D(2022, 6, 30), "Lê Thị Mai", "Trần Văn Nam"),
             (D(2022, 7, 1), D(2025, 6, 30), "Lê Thị Mai", "Trần Văn Nam")])
    ids = [member("Lê Thị Mai", role="secretary", key_cadre=True, job="Hiệu trưởng"),
           member("Trần Văn Nam", role="deputy_secretary", key_cadre=True, job="Phó hiệu trưởng")]
    ids += [member(name(i), joined=D(2008 + i % 10, 5, 19), job="Giáo viên") for i in range(10)]
    newcomer = member("Phạm Ngọc Ánh", kind="probationary", joined=D(2022, 5, 19),
                      job="Giáo viên")
    leaver = member("Hồ Minh Phúc", status="transferred", status_date=D(2022, 8, 31),
                    job="Giáo viên")
    staff = [member(name(40 + i), kind="non_party", job="Giáo viên") for i in range(8)]
    topics = {
        2021: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, "
              "tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc",
        2022: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng "
              "thật sự trong sạch, vững mạnh về đạo đức",
        2023: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách "
              "nhà giáo gương mẫu, tận tụy",
    }
    for year, topic in topics.items():
        session(D(year, 3, 24), topic, theme=topic, absent={ids[3]: "excused_absence"},
                late={ids[4]} if year == 2022 else set())
        session(D(year, 9, 12), f"Quán triệt Kế hoạch năm {year} của Đảng ủy xã",
                kind="document_briefing", reflection=False,
                absent={ids[5]: "unexcused_absence", staff[0]: "excused_absence"})
    # commitments in 2021 and 2022 only (2023 not yet entered)
    for year in (2021, 2022):
        for index, member_id in enumerate(ids + [newcomer][: year - 2021]):
            commitment(member_id, year, [
                ("Mỗi học kỳ dự giờ đồng nghiệp", 4, "tiết", D(year, 12, 31), index % 4 != 0),
                ("Gương mẫu, tận tụy với học sinh", None, "", None, True)])
    for year in (2021, 2022):
        for index, member_id in enumerate(ids):
            review(member_id, year, ("excellent", "good", "good", "completed")[index % 4],
                   D(year, 12, 10))
    for year in (2021, 2022, 2023):
        plan(year, "plan", f"Kế hoạch thực hiện Kết luận số 01-KL/TW năm {year}", [
            target("Đảng viên tham gia học tập chuyên đề", percent=100, measure="attendance",
                   deadline=D(year, 6, 30), status="done", done_on=D(year, 6, 30)),
            target("Kết nạp đảng viên mới", count=1, unit="đảng viên", measure="admissions",
                   deadline=D(year, 12, 31), status="done" if year == 2022 else "in_progress",
                   done_on=D(2022, 5, 19) if year == 2022 else None),
        ], theme=topics[year], implements=f"Kế hoạch số 12-KH/ĐU ngày 10/01/{year} của Đảng "
                                          "ủy xã An Thạnh", issued=D(year, 1, 25))
    social.save_activity(social.ActivityData(
        date=D(2022, 9, 5), kind="scholarship", description="học bổng cho học sinh nghèo vượt khó",
        quantity=15, unit="suất", value=7_500_000, sponsor="Hội Khuyến học xã An Thạnh"))
    commend(D(2022, 12, 20), "cell", level="Đảng ủy xã An Thạnh", period="năm 2022",
            reason="có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong "
                   "cách Hồ Chí Minh")
    for member_id in ids[2:5]:
        commend(D(2022, 12, 20), "member", member_id=member_id, kind="bieu_duong",
                level="Đảng ủy xã An Thạnh", period="năm 2022",
                reason="có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, "
                       "phong cách Hồ Chí Minh")
    del leaver
    return CellReport(
        key="school", kind="interim", start_year=2021, end_year=2023,
        report_date=D(2023, 12, 15), outline_id="chi-thi-05",
        answers=["Hướng dẫn số 05-HD/ĐU ngày 20/11/2023 của Đảng ủy xã An Thạnh về sơ kết 03 "
                 "năm thực hiện Kết luận số 01-KL/TW"],
        topics=list(topics.values()),
        must_say=["Kế hoạch thực hiện Kết luận số 01-KL/TW", "Chi bộ có",
                  # recorded as met, measured short of its 100%: the draft says both
                  "12/13 đảng viên tham gia học tập, đạt 92,31%, được ghi nhận hoàn thành (số "
                  "liệu đo được chưa đạt mức chỉ tiêu)",
                  "đã kết nạp 1 đảng viên, hoàn thành"],
        must_not_say=["Kế hoạch kế hoạch", "tiết kiệm", "T/M ĐẢNG ỦY",
                      "đạt 92,31%, hoàn thành"])


def tax_office_cell() -> CellReport:
    """Chi bộ Chi cục Thuế: tổng kết nhiệm kỳ 2020 – 2022; the 2022 congress resolution holds
    the targets of 2022 – 2025."""
    profile("Chi bộ Chi cục Thuế khu vực Bến Lức", "ĐẢNG ỦY CỤC THUẾ TỈNH LONG AN", "chi_bo",
            [(D(2020, 6, 1), D(2022, 6, 30), "Võ Thanh Sơn", "Đặng Thị Hạnh"),
             (D(2022, 7, 1), D(2025, 6, 30), "Võ Thanh Sơn", "Đặng Thị Hạnh")])
    ids = [member("Võ Thanh Sơn", role="secretary", key_cadre=True, job="Chi cục trưởng"),
           member("Đặng Thị Hạnh", role="deputy_secretary", key_cadre=True,
                  job="Phó Chi cục trưởng")]
    ids += [member(name(i + 3), joined=D(2000 + i, 2, 3), job="Công chức thuế")
            for i in range(16)]
    admitted = [member("Ngô Quốc Đạt", kind="probationary", joined=D(2021, 4, 20)),
                member("Bùi Thu Uyên", kind="probationary", joined=D(2021, 11, 5))]
    member("Lý Văn Tâm", status="transferred", status_date=D(2021, 3, 1))
    staff = [member(name(60 + i), kind="non_party", job="Nhân viên hợp đồng") for i in range(6)]
    for day, topic in ((D(2020, 8, 20), "Học tập chuyên đề năm 2020: tư tưởng, đạo đức, phong "
                                        "cách Hồ Chí Minh về tăng cường khối đại đoàn kết"),
                       (D(2021, 5, 14), "Học tập chuyên đề năm 2021 về ý chí tự lực, tự cường"),
                       (D(2022, 4, 8), "Học tập chuyên đề năm 2022 về xây dựng Đảng về đạo đức")):
        session(day, topic, absent={ids[6]: "excused_absence", staff[1]: "unexcused_absence"})
    session(D(2021, 10, 2), "Quán triệt Nghị quyết Đại hội XIII của Đảng", kind="conference",
            reflection=False)
    for year in (2021, 2022):
        for member_id in ids + (admitted if year == 2022 else []):
            commitment(member_id, year, [("Giải quyết hồ sơ thuế đúng hạn", 100, "%",
                                          D(year, 12, 31), None)])
    for year in (2020, 2021):
        for index, member_id in enumerate(ids):
            review(member_id, year, ("good", "excellent", "good")[index % 3], D(year, 12, 8))
    plan(2020, "resolution", "Nghị quyết Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ IV, "
                             "nhiệm kỳ 2020 – 2022", [
        target("Hằng năm 100% đảng viên tham gia học tập chuyên đề", percent=100,
               measure="attendance", deadline=D(2022, 6, 30), status="done",
               done_on=D(2022, 4, 8)),
        target("Kết nạp 2 đảng viên mới trong nhiệm kỳ", count=2, unit="đảng viên",
               measure="admissions", deadline=D(2022, 6, 30), status="done",
               done_on=D(2021, 11, 5)),
        target("Tổ chức 3 cuộc kiểm tra đảng viên chấp hành Điều lệ Đảng", count=3,
               unit="cuộc kiểm tra", deadline=D(2022, 6, 30), status="done", result=3,
               done_on=D(2022, 5, 20)),
        target("Thu ngân sách vượt dự toán được giao", status="in_progress",
               deadline=D(2022, 6, 30)),
    ], period=("term", D(2020, 6, 1), D(2022, 6, 30)), day=D(2020, 6, 5), issued=D(2020, 6, 6))
    plan(2021, "plan", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2021", [
        target("100% đảng viên đăng ký làm theo", percent=100, measure="commitment",
               deadline=D(2021, 4, 30), status="done", done_on=D(2021, 4, 30))],
        theme="Ý chí tự lực, tự cường và khát vọng phát triển đất nước", issued=D(2021, 1, 22))
    next_targets = ["Kết nạp ít nhất 02 đảng viên mới trong nhiệm kỳ",
                    "Hằng năm 100% đảng viên hoàn thành tốt nhiệm vụ trở lên",
                    "Tổ chức 3 cuộc kiểm tra, giám sát mỗi năm"]
    plan(2022, "resolution", "Nghị quyết Đại hội Chi bộ Chi cục Thuế khu vực Bến Lức lần thứ V, "
                             "nhiệm kỳ 2022 – 2025", [
        target(next_targets[0], count=2, unit="đảng viên", measure="admissions",
               deadline=D(2025, 6, 30)),
        target(next_targets[1], percent=100),
        target(next_targets[2], count=3, unit="cuộc kiểm tra"),
    ], period=("term", D(2022, 7, 1), D(2025, 6, 30)), day=D(2022, 6, 12))
    thrift({"Điện": {y: [4_200_000 - 100_000 * (y - 2019) + 10_000 * m for m in range(12)]
                     for y in (2019, 2020, 2021, 2022)},
            "Chi hành chính, văn phòng phẩm": {y: [3_000_000 - 150_000 * (y - 2019)] * 12
                                                for y in (2019, 2020, 2021, 2022)}})
    social.save_activity(social.ActivityData(
        date=D(2021, 8, 2), kind="fund", description="Quỹ phòng, chống dịch COVID-19 của tỉnh",
        value=15_000_000))
    commendations.save_violation(commendations.ViolationData(
        member_id=ids[9], date=D(2021, 9, 10), description="Vi phạm quy định về thời gian giải "
        "quyết hồ sơ", discipline="khiển trách"))
    return CellReport(
        key="tax", kind="final", start_year=2020, start_month=6, end_year=2022, end_month=6,
        report_date=D(2022, 6, 20), outline_id="chi-thi-05", next_targets=next_targets,
        subject="tổng kết thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022",
        must_say=["nhiệm kỳ 2022 – 2025", "nhiệm kỳ 2020 – 2022"],
        must_not_say=["nhiệm kỳ – 2025", "Nghị quyết nghị quyết", "0/3", "đóng góp đóng góp"])


def town_committee() -> CellReport:
    """Đảng bộ thị trấn Tân Phú: báo cáo năm 2023, with 12 members exempt for age."""
    profile("Đảng bộ thị trấn Tân Phú", "ĐẢNG BỘ HUYỆN TÂN PHÚ", "dang_bo_co_so",
            [(D(2020, 8, 1), D(2025, 7, 31), "Hoàng Minh Long", "Dương Thị Thảo")],
            place="Tân Phú", code="ĐU")
    ids = [member("Hoàng Minh Long", role="secretary", key_cadre=True),
           member("Dương Thị Thảo", role="deputy_secretary", key_cadre=True)]
    ids += [member(name(i + 7), joined=D(1990 + i % 30, 1 + i % 12, 3), key_cadre=i < 5)
            for i in range(46)]
    exempt = [member(name(100 + i), joined=D(1970 + i, 2, 3), status="excused",
                     status_date=D(2015 + i % 6, 6, 1), job="Đảng viên cao tuổi")
              for i in range(12)]
    people = [member(name(200 + i), kind="non_party", job="Đoàn viên, hội viên")
              for i in range(15)]
    topic = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy "
             "dân chủ, xây dựng khối đại đoàn kết ở khu dân cư")
    session(D(2023, 4, 12), topic, theme=topic, absent={ids[10]: "excused_absence",
                                                        ids[11]: "unexcused_absence",
                                                        people[0]: "unexcused_absence"})
    session(D(2023, 8, 30), "Sinh hoạt chuyên đề về phòng, chống tham nhũng, tiêu cực",
            kind="thematic_meeting", reflection=False, absent={ids[11]: "unexcused_absence"})
    session(D(2023, 11, 9), "Quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII",
            kind="document_briefing", reflection=False,
            absent={ids[11]: "unexcused_absence", ids[12]: "excused_absence"})
    for member_id in ids[:40]:
        commitment(member_id, 2023, [("Tham gia vệ sinh khu phố mỗi tháng", 12, "lần",
                                      D(2023, 12, 31), member_id != ids[3])])
    for index, member_id in enumerate(ids):
        review(member_id, 2023, ("good", "good", "excellent", "completed")[index % 4],
               D(2023, 12, 5))
    plan(2023, "resolution", "Nghị quyết về lãnh đạo thực hiện nhiệm vụ năm 2023", [
        target("Kết nạp đảng viên mới", count=3, unit="đảng viên", measure="admissions",
               deadline=D(2023, 12, 31), status="in_progress"),
        target("Đảng viên tham gia học tập", percent=95, measure="attendance",
               deadline=D(2023, 12, 31), status="done", done_on=D(2023, 11, 9)),
    ], theme=topic, day=D(2023, 1, 10), issued=D(2023, 1, 12))
    plan(2023, "plan", "Kế hoạch thực hiện chuyên đề năm 2023", [], theme=topic,
         implements="Kế hoạch số 85-KH/HU ngày 02/02/2023 của Huyện ủy Tân Phú",
         day=D(2023, 2, 15))
    social.save_activity(social.ActivityData(
        date=D(2023, 10, 14), kind="charity_house", description="nhà đại đoàn kết", quantity=1,
        unit="căn", value=60_000_000, place="khu phố 4",
        sponsor="Ủy ban Mặt trận Tổ quốc thị trấn"))
    reason = ("có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách "
              "Hồ Chí Minh năm 2023")
    for group in ("Chi bộ khu phố 1", "Chi bộ khu phố 3"):
        commend(D(2023, 12, 1), "group", group=group, level="Huyện ủy Tân Phú", reason=reason)
    for member_id in ids[20:24]:
        commend(D(2023, 12, 1), "member", member_id=member_id, kind="bieu_duong",
                level="Huyện ủy Tân Phú", reason=reason)
    commend(D(2023, 12, 2), "member", member_id=ids[30], kind="khen_thuong",
            reason="có nhiều đóng góp cho công tác dân vận ở khu phố")  # level not given
    del exempt
    return CellReport(
        key="town", kind="annual", start_year=2023, end_year=2023, report_date=D(2023, 12, 18),
        outline_id="chi-thi-05", unit_kind="dang_bo_co_so", topics=[topic],
        must_say=["Đảng bộ có", "T/M ĐẢNG ỦY", "được miễn", "Tập thể", "Cá nhân"],
        must_not_say=["Cấp ủy chi bộ", "T/M CHI BỘ", "Chi bộ có"])


def ward_agency_cell() -> CellReport:
    """Chi bộ Cơ quan UBND phường 5: báo cáo năm 2022; the members' 2.000 đồng a day fund."""
    profile("Chi bộ Cơ quan Ủy ban nhân dân phường 5", "ĐẢNG ỦY PHƯỜNG 5", "chi_bo",
            [(D(2020, 9, 1), D(2025, 8, 31), "Phan Thị Yến", "Vũ Đức Hải")], place="Tân An")
    ids = [member("Phan Thị Yến", role="secretary", key_cadre=True),
           member("Vũ Đức Hải", role="deputy_secretary", key_cadre=True)]
    ids += [member(name(i + 20), joined=D(2010 + i, 6, 6)) for i in range(9)]
    member(name(300), kind="non_party")
    session(D(2022, 5, 10), "Học tập chuyên đề năm 2022 về xây dựng Đảng về đạo đức",
            theme="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng "
                  "Đảng thật sự trong sạch, vững mạnh về đạo đức")
    session(D(2022, 10, 18), "Quán triệt Nghị quyết Trung ương 5 khóa XIII",
            kind="document_briefing", reflection=False, absent={ids[4]: "excused_absence"})
    fund = funds.save_fund(funds.FundData(
        name="Quỹ vì người nghèo", purpose="giúp đỡ hộ nghèo trên địa bàn phường",
        contribution_amount=2_000, contribution_per="day", contributors="mỗi đảng viên",
        start_date=D(2021, 1, 1)))
    assert fund.id is not None
    for month in range(1, 13):  # 11 members × 2.000 đồng × the month's days, once a month
        days = (D(2022 + month // 12, month % 12 + 1, 1) - D(2022, month, 1)).days
        funds.save_entry(funds.FundEntryData(
            fund_id=fund.id, date=D(2022, month, 28), direction="in", amount=11 * 2_000 * days,
            description=f"Đảng viên góp tháng {month}/2022"))
    funds.save_entry(funds.FundEntryData(fund_id=fund.id, date=D(2021, 12, 28), direction="in",
                                         amount=600_000, description="Góp tháng 12/2021"))
    funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=D(2022, 1, 29), direction="out", amount=1_200_000,
        description="tặng quà Tết", beneficiary="06 hộ nghèo khu phố 2"))
    funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=D(2022, 8, 30), direction="out", amount=3_000_000,
        description="hỗ trợ sửa nhà", beneficiary="gia đình bà Nguyễn Thị Tư"))
    funds.save_entry(funds.FundEntryData(
        fund_id=fund.id, date=D(2022, 12, 30), direction="out", amount=2_400_000,
        description="tặng quà Tết", beneficiary="06 hộ nghèo khu phố 2"))
    social.save_activity(social.ActivityData(
        date=D(2022, 6, 1), kind="fund", description="Quỹ Vì người nghèo của phường",
        value=3_000_000))
    social.save_activity(social.ActivityData(
        date=D(2022, 6, 1), kind="gift", description="quà cho học sinh nghèo", quantity=10,
        unit="suất", value=2_000_000))
    thrift({"Điện": {y: [2_500_000 - 50_000 * (y - 2021)] * 12 for y in (2021, 2022)},
            "Nước": {y: [400_000 - 20_000 * (y - 2021)] * 12 for y in (2021, 2022)}})
    for index, member_id in enumerate(ids):
        review(member_id, 2022, ("good", "excellent")[index % 2], D(2022, 12, 12))
    return CellReport(
        key="ward", kind="annual", start_year=2022, end_year=2022, report_date=D(2022, 12, 31),
        outline_id="chi-thi-05",
        must_say=["Quỹ vì người nghèo", "2.000 đồng/ngày mỗi đảng viên", "tặng quà Tết",
                  "06 hộ nghèo khu phố 2"],
        must_not_say=["đăng ký làm theo", "chương trình hành động cá nhân",
                      "trị giá 5.000.000 đồng", "đóng góp đóng góp"])


CELLS = {"school": school_cell, "tax": tax_office_cell, "town": town_committee,
         "ward": ward_agency_cell}
