"""A party committee's worth of data: ten years of records, entered through the app's core.

Run: ``uv run python benchmarks/make_large_db.py PATH [--members N]`` (refuses an existing
PATH). Builds 500 members (or N: ``--members 2000`` for the 2,000-member variant, the same
records in proportion) who join and leave over 2007–2016, 2,000 study sessions (each with the
members taking part that day: about 500,000 attendance rows), a commitment and a
finished self-review (rated at three stages) for most party members each year,
10 years × 12 months × 8 thrift categories and 2,000 social-work entries, then prints
the row count of every table. Everything goes through ``desktop_app.core`` so the data
obeys the same rules as typed data; each area is written in one transaction. About a
minute on a shared 2-core machine (four with 2,000 members).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from desktop_app.core.cell import particulars as cell
from desktop_app.core.members import roster as members
from desktop_app.core.reviews import commitments, ratings, reviews
from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import social
from desktop_app.core.savings import thrift as savings
from desktop_app.core.study import sessions as study
from desktop_app.core.study.attendance import AttendanceRow
from desktop_app.db import database
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models import ALL_MODELS

FIRST_YEAR, LAST_YEAR = 2007, 2016
MEMBERS = 500
SESSIONS = int(os.environ.get("BENCH_SESSIONS", 2000))  # fewer for a quick try
SOCIAL = 2000
EXTRA_CATEGORIES = ("Xăng xe", "Tiếp khách", "Bưu chính", "Sửa chữa nhỏ")

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Đức", "Thị Thu")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
         "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Phúc",
         "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Việt",
         "Yến")
TOPICS = ("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
          "Quán triệt Nghị quyết của Đảng ủy cấp trên",
          "Sinh hoạt chi bộ thường kỳ, chuyên đề tháng",
          "Phòng, chống tham nhũng, lãng phí",
          "Nâng cao chất lượng sinh hoạt chi bộ")
SOCIAL_KINDS = (("charity_house", "nhà tình nghĩa", "căn"), ("bridge", "cầu giao thông nông thôn",
                "cây"), ("fund", "quỹ khuyến học", ""), ("gift", "quà Tết cho gia đình chính sách",
                "phần"), ("scholarship", "học bổng cho học sinh nghèo", "suất"))


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def build_members(rng: random.Random) -> list[members.MemberData]:
    """150 members from before the period, 350 joining during it, about 150 leaving
    (in proportion for another number of members)."""
    start, end = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
    saved = []
    before = MEMBERS * 3 // 10
    for i in range(MEMBERS):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        non_party = i % 10 == 9
        joined = (_day(rng, dt.date(1980, 1, 1), dt.date(2006, 12, 31)) if i < before
                  else _day(rng, start, end))
        data = members.MemberData(
            full_name=name, gender="female" if "Thị" in name else "male",
            birth_date=joined - dt.timedelta(days=365 * rng.randrange(22, 35)),
            kind="non_party" if non_party else "full",
            role="secretary" if i == 0 else "deputy_secretary" if i == 1 else
            "committee_member" if i < 5 else "none" if non_party else "member",
            key_cadre=i < 20, job_title="Chuyên viên" if i % 3 else "Cán sự",
            joined_date=None if non_party else joined,
            official_date=None if non_party else joined + dt.timedelta(days=366),
        )
        if i >= 5 and i % 10 in (2, 5, 7) and joined < dt.date(LAST_YEAR, 6, 1):
            left = _day(rng, max(start, joined) + dt.timedelta(days=30), end)
            data = replace(data, status="transferred" if i % 7 else "deceased", status_date=left)
        saved.append(members.save_member(data))
    return saved


def build_study(rng: random.Random, people: list[members.MemberData]) -> None:
    """2,000 sessions: sub-groups meet often, so sessions fall every 1–2 days."""
    by_id = {m.id: m for m in people}
    span = (dt.date(LAST_YEAR, 12, 31) - dt.date(FIRST_YEAR, 1, 1)).days
    for n in range(SESSIONS):
        day = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=span * n // SESSIONS)
        session = study.create_session(study.SessionData(
            date=day, kind="thematic_study" if n % 4 else "thematic_meeting",
            topic=f"{TOPICS[n % len(TOPICS)]} (buổi {n + 1})", place="Hội trường cơ quan",
            duration_minutes=120, reflection_required=False), today=dt.date(2017, 1, 1))
        assert session.id is not None
        # About one in twenty is absent, with or without leave: only those rows change.
        absent = rng.sample(list(by_id), MEMBERS // 20)
        grid = {r.member_id: r for r in study.load_grid(session.id, include_missing=False)}
        changes = [replace(grid[i], status=rng.choice(["excused_absence", "unexcused_absence"]),
                           reason="Đi công tác" if rng.random() < 0.7 else "")
                   for i in absent if i in grid and grid[i].status == "present"]
        if changes:
            _save_changes(session.id, changes)


def _save_changes(session_id: int, rows: list[AttendanceRow]) -> None:
    study.save_grid(session_id, rows, today=dt.date(2017, 1, 1))


def build_reviews(rng: random.Random, people: list[members.MemberData]) -> tuple[int, int]:
    """A commitment and a finished, rated self-review for about half the party members a year."""
    made = [0, 0]
    levels = ("excellent", "good", "good", "good", "completed")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        year_end = dt.date(year, 12, 31)
        for person in people:
            assert person.id is not None
            if (not person.is_party_member or person.joined_date is None
                    or person.joined_date > dt.date(year, 3, 1)
                    or (person.has_left and person.status_date
                        and person.status_date <= year_end)
                    or rng.random() < 0.05):
                continue
            commitments.save_commitment(commitments.CommitmentData(
                member_id=person.id, year=year, registered_date=dt.date(year, 3, 15),
                study="Học tập chuyên đề năm và viết bài thu hoạch.",
                items=[commitments.CommitmentItemData(
                    group="ethics", content="Tiết kiệm chi hành chính, điện, nước",
                    target=10, unit="%", deadline=year_end, result="Đạt 11%",
                    achieved_value=11, done=True),
                    commitments.CommitmentItemData(
                    group="style", content="Hoàn thành nhiệm vụ chuyên môn được giao",
                    target=100, unit="%", deadline=year_end, result="Hoàn thành",
                    achieved_value=100, done=rng.random() < 0.9)]),
                today=dt.date(2017, 1, 1))
            made[0] += 1
            review = reviews.new_review(person.id, year)
            template = reviews._template(review.template_id)
            variant = reviews.review_variant(template, person)
            answers = review.answers
            for item in template.walk(variant):
                if item.items:
                    continue
                if item.text and not item.prefill and not answers.text.get(item.id):
                    answers.text[item.id] = "Hoàn thành tốt nhiệm vụ được giao trong năm."
                if item.grade and template.grades:
                    answers.grades[item.id] = "good"
                if item.scored:
                    answers.scores[item.id] = item.max_score or 0
            reviews.finish_review(review)
            made[1] += 1
            level = rng.choice(levels)
            for stage, day in (("self", dt.date(year, 12, 5)), ("cell", dt.date(year, 12, 18)),
                               ("superior", dt.date(year + 1, 1, 15))):
                ratings.set_rating(person.id, year, stage, level, day, today=dt.date(2017, 6, 1))
    return made[0], made[1]


def build_savings(rng: random.Random) -> None:
    for name in EXTRA_CATEGORIES:
        savings_categories.save_category(savings_categories.Category(name=name))
    categories = [c.id for c in savings_categories.list_categories() if c.id is not None]
    for year in range(FIRST_YEAR - 1, LAST_YEAR + 1):
        grid = {cid: {month: savings.MonthEntry(
            rng.randrange(2_000_000, 9_000_000) // 1000 * 1000 * (100 - (year - 2006)) // 100)
            for month in range(1, 13)} for cid in categories}
        savings.save_grid(year, grid)  # type: ignore[arg-type]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for cid in categories:
            savings_categories.save_year_setting(savings_categories.YearSetting(
                cid, year, "average", None, (year - 1,), 5))


def build_social(rng: random.Random, people: list[members.MemberData]) -> None:
    ids = [m.id for m in people if m.id is not None and m.joined_date is not None
           and m.joined_date.year < FIRST_YEAR]
    for n in range(SOCIAL):
        kind, description, unit = SOCIAL_KINDS[n % len(SOCIAL_KINDS)]
        day = _day(rng, dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31))
        social.save_activity(social.ActivityData(
            date=day, kind=kind, description=description,
            quantity=rng.randrange(1, 20) if unit else None, unit=unit,
            value=rng.randrange(1, 500) * 100_000, programme="Gắn kết ước mơ",
            member_ids=tuple(rng.sample(ids, 3))))


def step(label: str, func, *args):
    began = time.perf_counter()
    with database.atomic():
        result = func(*args)
    print(f"{label:<28} {time.perf_counter() - began:7.1f} s", file=sys.stderr, flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    global MEMBERS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--members", type=int, default=MEMBERS,
                        help=f"number of members (default {MEMBERS}; 2000 for the variant)")
    args = parser.parse_args(argv)
    MEMBERS = args.members
    if args.path.exists():
        print(f"{args.path} already exists; choose a new file.", file=sys.stderr)
        return 1
    rng = random.Random(11)
    db = open_database(args.path)
    try:
        step("cell profile", cell.save_profile, cell.CellProfile(
            name="Chi bộ Văn phòng Đảng ủy Khối", superior_line1="ĐẢNG BỘ KHỐI CƠ SỞ",
            code="CB", place="TP. Hồ Chí Minh", term_name=f"Nhiệm kỳ {FIRST_YEAR} – {LAST_YEAR}",
            term_start=dt.date(FIRST_YEAR, 1, 15), term_end=dt.date(LAST_YEAR, 12, 31),
            secretary_name="Trần Thị Thu Hà", deputy_secretary_name="Lê Văn Đức"))
        people = step("members", build_members, rng)
        step("study sessions", build_study, rng, people)
        step("commitments and reviews", build_reviews, rng, people)
        step("savings", build_savings, rng)
        step("social work", build_social, rng, people)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute_sql("ANALYZE")
        for model in ALL_MODELS:
            print(f"{model._meta.table_name:<28} {model.select().count():>9,}")
    finally:
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
