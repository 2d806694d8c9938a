"""How big the change log (lịch sử thay đổi) grows: after entering a party committee's
decade of records, and after a typical year of edits on top.

    uv run python benchmarks/change_log_size.py            # builds the decade (~3 min)
    uv run python benchmarks/change_log_size.py --large L.db  # a copy of a decade built
                                                              # with this version

The decade is ``make_large_db.py``'s (500 members, 2,000 sessions with ~600,000
attendance rows, …), entered through the core, so the triggers log it as typed data would
be. The year of edits (2017) is what such a committee does in a year, through the same
core functions: 200 sessions with their attendance, absences and reflections marked,
sessions corrected and two deleted, commitments registered then their results entered,
self-reviews saved as drafts then finished, three ratings each, a year of thrift months
with corrections, 200 social-work entries, plans with targets marked done. Sizes are the
log's pages (table and indexes, from SQLite's dbstat) against the whole file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import make_large_db as large  # noqa: E402
from desktop_app.core.closing import changes  # noqa: E402
from desktop_app.core.members import roster  # noqa: E402
from desktop_app.core.plans import plans  # noqa: E402
from desktop_app.core.reviews import commitments, ratings, reviews  # noqa: E402
from desktop_app.core.savings import categories, social  # noqa: E402
from desktop_app.core.savings import thrift as savings  # noqa: E402
from desktop_app.core.study import sessions as study  # noqa: E402
from desktop_app.db import database  # noqa: E402
from desktop_app.db.connection import close_database, open_database  # noqa: E402

YEAR = 2017
TODAY = dt.date(YEAR, 12, 31)


def size_line(label: str, path: Path) -> str:
    rows, log_bytes = changes.log_size()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    total = path.stat().st_size
    return (f"{label:<34} {rows:>9,} rows {log_bytes / 1e6:8.2f} MB of {total / 1e6:7.1f} MB "
            f"({100 * log_bytes / total:4.1f}% of the file)")


def year_of_study(rng: random.Random, people: list[roster.MemberData]) -> None:
    made = []
    for n in range(200):
        day = dt.date(YEAR, 1, 2) + dt.timedelta(days=n * 360 // 200)
        needs = n % 10 == 0
        session = study.create_session(study.SessionData(
            date=day, topic=f"Chuyên đề năm {YEAR} (buổi {n + 1})", place="Hội trường",
            reflection_required=needs, reflection_due=day + dt.timedelta(days=14) if needs
            else None), today=TODAY)
        assert session.id is not None
        grid = study.load_grid(session.id, include_missing=False)
        absent = {r.member_id for r in rng.sample(grid, min(25, len(grid)))}
        rows = [replace(r, status="excused_absence", reason="Đi công tác")
                if r.member_id in absent else r for r in grid]
        if needs:  # the reflections come in: most on time
            rows = [replace(r, reflection="submitted", reflection_date=day + dt.timedelta(days=7))
                    if r.status == "present" and rng.random() < 0.9 else r for r in rows]
        study.save_grid(session.id, rows, today=TODAY)
        made.append(session)
    for session in made[:10]:  # corrections
        study.update_session(replace(session, place="Phòng họp tầng 2"), today=TODAY)
    for session in made[-2:]:  # entered twice by mistake
        assert session.id is not None
        study.delete_session(session.id)
    del people


def year_of_reviews(rng: random.Random, people: list[roster.MemberData]) -> None:
    party = [p for p in people if p.is_party_member and not p.has_left and p.joined_date
             and p.joined_date < dt.date(YEAR, 3, 1)]
    for person in party:
        assert person.id is not None
        item = commitments.CommitmentItemData(
            group="ethics", content="Tiết kiệm chi hành chính, điện, nước", target=10,
            unit="%", deadline=dt.date(YEAR, 12, 31))
        saved = commitments.save_commitment(commitments.CommitmentData(
            member_id=person.id, year=YEAR, registered_date=dt.date(YEAR, 3, 15),
            study="Học tập chuyên đề năm.", items=[item]), today=TODAY)
        commitments.save_commitment(replace(saved, items=[replace(
            saved.items[0], result="Đạt 11%", achieved_value=11, done=True)]), today=TODAY)
        review = reviews.new_review(person.id, YEAR)
        template = reviews._template(review.template_id)
        variant = reviews.review_variant(template, person)
        texts = [item.id for item in template.walk(variant)
                 if item.text and not item.prefill and not item.items]
        for draft in range(2):
            for key in texts:
                review.answers.text[key] = f"Bản nháp {draft + 1}: hoàn thành nhiệm vụ."
            review = reviews.save_draft(review)
        for key in texts:
            review.answers.text[key] = "Hoàn thành tốt nhiệm vụ được giao trong năm."
        if template.grades:
            for item in template.walk(variant):
                if item.grade:
                    review.answers.grades[item.id] = "good"
        for item in template.walk(variant):
            if item.scored and not item.items:
                review.answers.scores[item.id] = item.max_score or 0
        reviews.finish_review(review)
        level = rng.choice(("excellent", "good", "good", "completed"))
        for stage, day in (("self", dt.date(YEAR, 12, 5)), ("cell", dt.date(YEAR, 12, 18)),
                           ("superior", dt.date(YEAR, 12, 28))):
            ratings.set_rating(person.id, YEAR, stage, level, day, today=TODAY)


def year_of_thrift_and_social(rng: random.Random, people: list[roster.MemberData]) -> None:
    ids_of = [c.id for c in categories.list_categories() if c.id is not None]
    for month in range(1, 13):
        savings.save_grid(YEAR, {cid: {month: savings.MonthEntry(
            rng.randrange(2_000_000, 8_000_000) // 1000 * 1000)} for cid in ids_of})
    for cid in ids_of[:5]:  # a few months corrected after the bills came
        savings.set_amount(cid, YEAR, 3, rng.randrange(2_000_000, 8_000_000) // 1000 * 1000)
    for cid in ids_of:
        categories.save_year_setting(categories.YearSetting(cid, YEAR, "previous_year", None, (),
                                                            10))
    ids = [m.id for m in people if m.id is not None and m.is_party_member and not m.has_left]
    for n in range(200):
        social.save_activity(social.ActivityData(
            date=dt.date(YEAR, 1, 1) + dt.timedelta(days=n * 360 // 200), kind="gift",
            description="quà Tết cho gia đình chính sách", quantity=5, unit="phần",
            value=rng.randrange(1, 50) * 100_000, member_ids=tuple(rng.sample(ids, 3))))


def year_of_plans() -> None:
    for title in ("Kế hoạch học tập chuyên đề năm", "Kế hoạch thực hành tiết kiệm"):
        plan = plans.save_plan(plans.PlanData(
            year=YEAR, kind="plan", title=f"{title} {YEAR}", plan_date=dt.date(YEAR, 1, 10),
            targets=[plans.TargetData(content=f"Chỉ tiêu {n + 1}", position=n,
                                      deadline=dt.date(YEAR, 12, 31)) for n in range(5)]),
            today=TODAY)
        for target in plan.targets:
            assert target.id is not None
            plans.mark_done(target.id, dt.date(YEAR, 12, 20), today=TODAY)


def write_cost(rng: random.Random, rounds: int = 20) -> float:
    """The time of typical writes with the triggers, over the same writes without them:
    a session with its attendance created, 25 absences marked, the session deleted."""
    from desktop_app.db import triggers

    def work() -> float:
        began = time.perf_counter()
        for n in range(rounds):
            with database.atomic():
                session = study.create_session(study.SessionData(
                    date=dt.date(YEAR, 6, 1 + n % 28), topic="Đo thời gian ghi"), today=TODAY)
                assert session.id is not None
                grid = study.load_grid(session.id, include_missing=False)
                study.save_grid(session.id, [replace(r, status="excused_absence", reason="Ốm")
                                             for r in rng.sample(grid, min(25, len(grid)))],
                                today=TODAY)
                study.delete_session(session.id)
        return time.perf_counter() - began

    work()  # warm the caches
    logged = min(work() for _ in range(3))
    with database.atomic():
        triggers.drop_triggers(database)
    try:
        bare = min(work() for _ in range(3))
    finally:
        with database.atomic():
            triggers.install(database)
    return logged / bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="a decade built with this version (copied)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="sochibo-log-"))
    path = work / "large.db"
    began = time.perf_counter()
    if args.large:
        shutil.copy(args.large, path)
    else:
        large.main([str(path)])
    built = time.perf_counter() - began
    rng = random.Random(17)
    open_database(path)
    try:
        print(size_line("after building the decade", path) + f"   [{built:.0f} s]")
        people = roster.list_members()
        for label, work_of_year in (("study", year_of_study), ("reviews", year_of_reviews),
                                    ("thrift, social", year_of_thrift_and_social)):
            with database.atomic():
                work_of_year(rng, people)
            print(size_line(f"  + a year of {label}", path))
        with database.atomic():
            year_of_plans()
        print(size_line(f"after a typical year of edits ({YEAR})", path))
        print(f"writing a session, its attendance and 25 absences, then deleting it: "
              f"{write_cost(rng):.2f} × the time without the change log")
    finally:
        close_database()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
