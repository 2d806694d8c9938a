"""Generated cells (hypothesis): members joining and leaving, exemptions, empty and partial
areas, periods of 1–10 years and part years. Every report drafted from them states only
figures that an independent count of the file (recount.py, plain SQL) finds, and no sentence
reads wrong."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.core.report import issuing
from desktop_app.core.report import reports as report
from desktop_app.core.report.outline_file import load_outlines
from desktop_app.core.savings import commendations, funds, social
from desktop_app.db.connection import close_database, open_database
from desktop_app.errors import ValidationError

from . import cells as c
from .checks import mangled, report_problems
from .recount import Period, Recount

D = dt.date
TODAY = D(2026, 6, 30)
EXAMPLES = int(os.environ.get("REPORT_EXAMPLES", "40"))  # more: REPORT_EXAMPLES=500


def _day(draw, first: D, last: D) -> D:
    return first + dt.timedelta(days=draw(st.integers(0, max(0, (last - first).days))))


@st.composite
def cells(draw):
    """Enter a random cell into the open database; return its report's parameters."""
    start_year = draw(st.integers(2012, 2024))
    years = draw(st.integers(1, min(10, 2025 - start_year + 1)))
    end_year = start_year + years - 1
    start_month = draw(st.sampled_from([1, 1, 1, draw(st.integers(1, 12))]))
    end_month = draw(st.sampled_from([12, 12, draw(st.integers(1, 12))]))
    if (end_year, end_month) < (start_year, start_month):
        end_month = 12
    first = D(start_year, start_month, 1)
    last = D(end_year + end_month // 12, end_month % 12 + 1, 1) - dt.timedelta(days=1)
    unit_kind = draw(st.sampled_from(["chi_bo", "chi_bo_co_so", "dang_bo_co_so",
                                      "dang_bo_bo_phan"]))
    c.profile("Chi bộ Kiểm thử" if unit_kind.startswith("chi") else "Đảng bộ Kiểm thử",
              "ĐẢNG ỦY CẤP TRÊN", unit_kind,
              [(D(start_year - 1, 1, 1), D(end_year + 1, 12, 31), "Nguyễn Văn An", "")])
    party: list[int] = []
    for index in range(draw(st.integers(0, 14))):
        joined = _day(draw, D(start_year - 8, 1, 1), min(last + dt.timedelta(300), TODAY))
        kind = draw(st.sampled_from(["full", "full", "probationary"]))
        official = None
        if kind == "full":
            official = min(joined + dt.timedelta(days=draw(st.integers(365, 500))), TODAY)
            if official <= joined:
                kind = "probationary"
                official = None
        status = draw(st.sampled_from(["active", "active", "active", "excused", "transferred",
                                       "deceased"]))
        status_date = None if status == "active" else _day(draw, joined, TODAY)
        party.append(c.member(c.name(index), kind=kind, joined=joined, official=official,
                              status=status, status_date=status_date,
                              key_cadre=draw(st.booleans())))
    staff = [c.member(c.name(50 + i), kind="non_party") for i in range(draw(st.integers(0, 4)))]
    people = party + staff
    statuses = st.sampled_from(["present", "present", "present", "excused_absence",
                                "unexcused_absence"])
    for _ in range(draw(st.integers(0, 6))):
        day = _day(draw, first - dt.timedelta(60), last + dt.timedelta(60))
        absent = {m: draw(statuses) for m in people if draw(st.integers(0, 3)) == 0}
        c.session(day, draw(st.sampled_from(["Chuyên đề A", "Chuyên đề năm về đạo đức",
                                             "Quán triệt Nghị quyết 4"])),
                  kind=draw(st.sampled_from(["thematic_study", "document_briefing",
                                             "thematic_meeting", "conference"])),
                  reflection=draw(st.booleans()), absent={m: s for m, s in absent.items()
                                                          if s != "present"},
                  late={m for m in party if draw(st.integers(0, 4)) == 0},
                  missing={m for m in party if draw(st.integers(0, 5)) == 0})
    from desktop_app.core.reviews import ratings

    for year in range(start_year, end_year + 1):
        expected = [m.id for m in ratings.expected_members(year)]
        if draw(st.integers(0, 2)) == 0:  # commitments recorded this year
            for member_id in expected:
                if draw(st.integers(0, 3)):
                    items = [(f"Việc {i}", draw(st.sampled_from([None, 5.0])),
                              "lần", draw(st.sampled_from([None, D(year, 12, 31)])),
                              draw(st.sampled_from([None, True, False])))
                             for i in range(draw(st.integers(1, 3)))]
                    c.commitment(member_id, year, items)
        if draw(st.integers(0, 2)) == 0 and D(year, 12, 20) <= TODAY:  # reviews this year
            for member_id in expected:
                if draw(st.integers(0, 3)):
                    c.review(member_id, year, draw(st.sampled_from(
                        ["excellent", "good", "completed", "not_completed"])), D(year, 12, 10))
    for _ in range(draw(st.integers(0, 3))):
        year = draw(st.integers(start_year - 1, end_year + 1))
        period_kind = draw(st.sampled_from(["year", "term", "dates"]))
        p_start = D(year, 1, 1) if period_kind == "year" else D(year, draw(st.integers(1, 6)), 1)
        p_end = D(year, 12, 31) if period_kind == "year" else D(
            year + draw(st.integers(0, 3)), 12, 31)
        targets = []
        for i in range(draw(st.integers(0, 3))):
            deadline = draw(st.sampled_from([None, _day(draw, D(year, 2, 1), p_end)]))
            status = draw(st.sampled_from(["not_started", "in_progress", "done"]))
            done_on = min(deadline or p_end, TODAY) if status == "done" else None
            measure = draw(st.sampled_from(["none", "attendance", "admissions", "sessions"]))
            count = draw(st.integers(0, 5)) if measure in ("admissions", "sessions") or \
                draw(st.booleans()) else None
            targets.append(c.target(
                f"Chỉ tiêu thứ {i + 1}", percent=100 if measure == "attendance" else None,
                count=None if measure == "attendance" else count,
                unit="đảng viên" if count is not None else "", measure=measure,
                deadline=deadline, status=status, done_on=done_on,
                result=draw(st.sampled_from([None, 1.0, 3.0])) if count is not None else None))
        c.plan(year, draw(st.sampled_from(["plan", "resolution", "action_programme"])),
               draw(st.sampled_from([f"Kế hoạch thực hiện nhiệm vụ năm {year}",
                                     f"Nghị quyết Đại hội, nhiệm kỳ {year} – {year + 3}",
                                     "Thực hiện Chỉ thị 05-CT/TW"])), targets,
               theme=draw(st.sampled_from(["", "Chủ đề năm"])), day=D(year, 1, 10),
               period=(period_kind, p_start, p_end))
    if draw(st.booleans()):
        thrift_years = range(start_year - 1, end_year + 1)
        c.thrift({"Điện": {y: [draw(st.integers(0, 3)) * 100_000 + 1_000_000
                               if draw(st.integers(0, 4)) else 0 for _ in range(12)]
                           for y in thrift_years if draw(st.integers(0, 3))}})
    for _ in range(draw(st.integers(0, 3))):
        social.save_activity(social.ActivityData(
            date=_day(draw, first, last), kind=draw(st.sampled_from(list(social.KIND_LABELS))),
            description="hoạt động", quantity=draw(st.sampled_from([None, 1, 12])),
            unit="suất", value=draw(st.sampled_from([None, 1_500_000])),
            sponsor=draw(st.sampled_from(["", "Công ty A"]))))
    for _ in range(draw(st.integers(0, 2))):
        rule = draw(st.sampled_from([None, 2_000]))
        fund = funds.save_fund(funds.FundData(
            name="Quỹ tình thương", contribution_amount=rule,
            contribution_per="day" if rule else None, contributors="mỗi đảng viên",
            start_date=first))
        held = 0
        for _ in range(draw(st.integers(0, 5))):
            day = _day(draw, first, last + dt.timedelta(30))
            amount = draw(st.integers(1, 20)) * 100_000
            out = draw(st.booleans()) and funds.balance(fund.id, D(9999, 1, 1)) >= amount \
                and held >= amount
            try:
                funds.save_entry(funds.FundEntryData(
                    fund_id=fund.id, date=day, direction="out" if out else "in", amount=amount,
                    description="tặng quà" if out else "góp quỹ",
                    beneficiary="hộ nghèo" if out else ""))
                held += -amount if out else amount
            except ValidationError:  # money out dated before the money came in: refused
                pass
    for _ in range(draw(st.integers(0, 3))):
        recipient = draw(st.sampled_from(["cell", "group", "member"])) if party else "cell"
        c.commend(_day(draw, first, last), recipient,
                  member_id=draw(st.sampled_from(party)) if recipient == "member" else None,
                  group="Tổ công đoàn" if recipient == "group" else "",
                  level=draw(st.sampled_from(["", "Đảng ủy cấp trên"])),
                  reason=draw(st.sampled_from(["", "có thành tích tốt"])))
    for _ in range(draw(st.integers(0, 2)) if party else 0):
        commendations.save_violation(commendations.ViolationData(
            member_id=draw(st.sampled_from(party)), date=_day(draw, first, last),
            description="Vi phạm quy định 3 lần", discipline="khiển trách"))
    outline = draw(st.sampled_from(sorted(load_outlines().outlines)))
    kind = draw(st.sampled_from(["annual", "interim", "final"]))
    report_date = min(last, TODAY)
    return report.ReportData(kind=kind, start_year=start_year, start_month=start_month,
                             end_year=end_year, end_month=end_month, outline_id=outline,
                             report_date=report_date, unit_kind=unit_kind)


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_figure_of_a_generated_cell_is_true(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cell.db"
        open_database(path)
        try:
            wanted = data.draw(cells())
            draft = report.create_draft(wanted, today=wanted.report_date)
            claims = report.report_claims(draft.id, today=wanted.report_date)
            recount = Recount(path, Period(draft.start, draft.end, wanted.report_date))
            try:
                everything = [claim for section in claims.values() for claim in section]
                figures = sum(len(c.figures) for c in everything)
                event("figures checked: " + ("0" if not figures else "1-20" if figures <= 20
                                             else "21-60" if figures <= 60 else ">60"))
                for kind in sorted({c.kind.split('.')[0] for c in everything if c.figures}):
                    event(f"area with figures: {kind}")
                problems = report_problems(everything, recount)
                assert problems == [], "\n".join(problems)
            finally:
                recount.close()
            content = issuing.build_content(draft.id)
            lines = [line for s in content["sections"] for line in s["text"].splitlines()]
            assert [m for line in lines for m in mangled(line)] == []
        finally:
            close_database()
