"""The demo database: the reference cell of ../shared/reference, built from data files.

Each area keeps its demo data in ``resources/demo/<area>.json`` and a loader here; the
loaders run in order inside one transaction, so a failed demo leaves no file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..db.connection import close_database, open_database
from ..errors import UserError
from ..paths import resource_path
from .cell import particulars as cell_core
from .common.replace import remove_file, replace_file
from .members import roster as members_core
from .plans import model as plans_model
from .plans import plans as plans_core
from .study import sessions as study_core


class DemoExistsError(UserError):
    pass


def read_demo(name: str) -> Any:
    with resource_path("demo", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def parse_day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_cell(context: dict[str, Any]) -> None:
    data = read_demo("cell")
    term = data["terms"][0]
    cell_core.save_profile(cell_core.CellProfile(
        **data["cell"],
        term_name=term["name"],
        term_start=parse_day(term["start_date"]),
        term_end=parse_day(term["end_date"]),
        secretary_name=term["secretary_name"],
        deputy_secretary_name=term["deputy_secretary_name"],
    ))


def load_members(context: dict[str, Any]) -> None:
    members: dict[str, int] = {}
    for item in read_demo("members")["members"]:
        values = dict(item)
        for key in ("birth_date", "joined_date", "official_date", "status_date"):
            values[key] = parse_day(values.get(key))
        saved = members_core.save_member(members_core.MemberData(**values))
        assert saved.id is not None
        members[saved.full_name] = saved.id
    context["members"] = members  # full name -> id, for the loaders that follow


def load_plans(context: dict[str, Any]) -> None:
    """The yearly plans, the 2009 resolution and the 2007/2008 action programmes.

    Each is issued through the register on its issue date, in date order, so the register
    holds them with numbers counted per type within the term.
    """
    members = context["members"]
    issued: list[tuple[dt.date, int]] = []
    for item in read_demo("plans")["plans"]:
        targets = [
            plans_model.TargetData(
                content=t["content"], indicator_kind=t["indicator_kind"],
                target_value=t["target_value"], indicator=t["indicator"],
                deadline=parse_day(t["deadline"]), status=t["status"],
                result_note=t.get("result_note", ""), result_date=parse_day(t.get("result_date")),
                responsible_ids=[members[name] for name in t["responsible"]],
            )
            for t in item["targets"]
        ]
        saved = plans_core.save_plan(plans_model.PlanData(
            year=item["year"], kind=item["kind"], title=item["title"], theme=item["theme"],
            purpose=item["purpose"], requirements=item["requirements"],
            implements="\n".join(item["implements"]), plan_date=parse_day(item["plan_date"]),
            targets=targets,
        ))
        day = parse_day(item.get("issued_date"))
        if day is not None and saved.id is not None:
            issued.append((day, saved.id))
    for day, plan_id in sorted(issued):
        plans_core.issue_plan(plan_id, day)


def load_documents(context: dict[str, Any]) -> None:
    """Documents already issued (the register), e.g. the member list of 05/9/2010."""
    from .register import numbering as register

    for item in read_demo("documents")["issued"]:
        day = parse_day(item["issued_date"])
        assert day is not None
        register.issue(item["type_code"], day, item["subject"],
                       source_kind=item.get("source_kind"), source_id=item.get("source_id"))


def load_study(context: dict[str, Any]) -> None:
    """Study sessions 2007–2010: everyone present and writing, but a few staff absences."""
    from dataclasses import replace

    members: dict[str, int] = context["members"]
    for item in read_demo("study")["sessions"]:
        values = {k: v for k, v in item.items() if k not in ("attendance", "reflections_on")}
        for key in ("date", "reflection_due"):
            values[key] = parse_day(values.get(key))
        session = study_core.create_session(study_core.SessionData(**values))
        assert session.id is not None
        written_on = parse_day(item.get("reflections_on"))
        exceptions = {members[name]: change for name, change in item["attendance"].items()}
        rows = []
        for row in study_core.load_grid(session.id):
            if session.reflection_required and row.status == "present" and row.is_party_member:
                row = replace(row, reflection="submitted", reflection_date=written_on)
            change = dict(exceptions.get(row.member_id, {}))
            if "reflection_date" in change:
                change["reflection_date"] = parse_day(change["reflection_date"])
            rows.append(replace(row, **change))
        study_core.save_grid(session.id, rows)


def load_reviews(context: dict[str, Any]) -> None:
    """Commitments, self-reviews, remedies, feedback and ratings of 2007–2010, year by year
    (a review's section III is pre-filled from the remedies of the year before)."""
    from desktop_app.core.reviews import feedback as feedback_core
    from desktop_app.core.reviews import remedies as remedies_core
    from desktop_app.db.models.reviews import SelfReview

    from .reviews import commitments as commitments_core
    from .reviews import ratings as ratings_core
    from .reviews import reviews as reviews_core

    ids: dict[str, int] = context["members"]
    for year_data in read_demo("reviews")["years"]:
        year = year_data["year"]
        for entry in year_data["commitments"]:
            items = []
            for item in entry["items"]:
                values = dict(item)
                values["deadline"] = parse_day(values.get("deadline"))
                items.append(commitments_core.CommitmentItemData(**values))
            commitments_core.save_commitment(commitments_core.CommitmentData(
                member_id=ids[entry["member"]], year=year,
                registered_date=parse_day(entry["registered_date"]), study=entry["study"],
                items=items,
            ))
        for entry in year_data["reviews"]:
            member_id = ids[entry["member"]]
            review = reviews_core.new_review(member_id, year)
            review.answers.text.update(entry["text"])
            review.answers.grades.update(entry["grades"])
            saved = reviews_core.finish_review(review)
            assert saved.id is not None
            written = dt.datetime.combine(dt.date.fromisoformat(entry["date"]), dt.time(9, 0))
            SelfReview.update(created_at=written, updated_at=written).where(
                SelfReview.id == saved.id).execute()
            for remedy in entry["remedies"]:
                remedies_core.save_remedy(remedies_core.RemedyData(
                    review_id=saved.id, content=remedy["content"],
                    deadline=parse_day(remedy["deadline"]), status=remedy["status"],
                    outcome=remedy["outcome"], outcome_date=parse_day(remedy["outcome_date"]),
                ))
            for feedback in entry["feedback"]:
                feedback_core.save_feedback(feedback_core.FeedbackData(
                    review_id=saved.id, content=feedback["content"],
                    channel=feedback["channel"], date=parse_day(feedback["date"]),
                    from_member_id=ids[feedback["from"]] if feedback["from"] else None,
                ))
            for stage in ("self", "cell", "superior"):
                level, day = entry["ratings"][stage]
                ratings_core.set_rating(member_id, year, stage, level,
                                        dt.date.fromisoformat(day))


def load_savings(context: dict[str, Any]) -> None:
    """Thrift bills 2006–2010, social work, commendations (resources/demo/savings.json)."""
    from desktop_app.core.savings import categories as savings_categories

    from .savings import commendations, social
    from .savings import thrift as savings

    data = read_demo("savings")
    members = context.get("members", {})
    categories = {c.name: c.id for c in savings_categories.list_categories(include_archived=True)
                  if c.id is not None}
    quantities = data.get("quantities", {})
    for name, years in data["entries"].items():
        cid = categories[name]
        for year, amounts in years.items():
            qty = quantities.get(name, {}).get(year, [None] * 12)
            savings.save_grid(int(year), {cid: {
                month: savings.MonthEntry(amount, qty[month - 1])
                for month, amount in enumerate(amounts, start=1)}})
    rule = data["year_settings"]
    for year in range(rule["first_year"], rule["last_year"] + 1):
        for cid in categories.values():
            savings_categories.save_year_setting(savings_categories.YearSetting(
                cid, year, rule["baseline_mode"], None, tuple(rule["baseline_years"]),
                rule["target_percent"]))
    for item in data["social_activities"]:
        values = dict(item)
        names = values.pop("members", [])
        values["date"] = parse_day(values["date"])
        values["end_date"] = parse_day(values.get("end_date"))
        values["member_ids"] = tuple(members[name] for name in names if name in members)
        social.save_activity(social.ActivityData(**values))
    for item in data["commendations"]:
        values = dict(item)
        values["date"] = parse_day(values["date"])
        member = values.pop("member", None)
        values["member_id"] = members.get(member) if member else None
        commendations.save_commendation(commendations.CommendationData(**values))
    for item in data["violations"]:
        values = dict(item)
        values["member_id"] = members[values.pop("member")]
        values["date"] = parse_day(values["date"])
        values["resolved_date"] = parse_day(values.get("resolved_date"))
        commendations.save_violation(commendations.ViolationData(**values))


def load_reports(context: dict[str, Any]) -> None:
    """The reference report (tổng kết 04 năm), issued: its judgement sections carry the
    reference's own words, the fact sections are drafted from the demo data. The demo keeps
    the frozen content only (no PDF file beside a database made in a temporary place)."""
    from .report import issuing as report_issuing
    from .report import reports as report

    for item in read_demo("report")["reports"]:
        draft = report.create_draft(report.ReportData(
            kind=item["kind"], start_year=item["start_year"], end_year=item["end_year"],
            end_month=item.get("end_month", 12),
            outline_id=item["outline_id"], answers=item["answers"],
            report_date=parse_day(item["report_date"]), distribution=item["distribution"]),
            today=parse_day(item["report_date"]))
        assert draft.id is not None
        for key, text in item.get("sections", {}).items():
            report.save_section_text(draft.id, key, text)
        if item.get("issue"):
            report_issuing.issue_report(draft.id)  # no renderer: no PDF archived


# Loaders run in this order; each area appends its own. They share a context dict.
LOADERS: list[Callable[[dict[str, Any]], None]] = [
    load_cell, load_members, load_documents, load_plans, load_study, load_reviews, load_savings,
    load_reports,
]


def fill_demo() -> None:
    """Fill the open (empty) database with the demo cell, in one transaction."""
    from ..db import database

    context: dict[str, Any] = {}
    with database.atomic():
        for loader in LOADERS:
            loader(context)
        # The demo stands for records entered at their time, years ago: they have no
        # history of changes in this file (the log starts with the secretary's own edits).
        database.execute_sql('DELETE FROM "change_log"')


def create_demo_database(path: Path | str, force: bool = False) -> Path:
    """Create a database file holding the demo cell; refuse to overwrite unless *force*.

    The file's lock is held throughout (one writer per file): a file that a window or a
    command has open is refused with DatabaseLockedError and never replaced under it.
    """
    from .backup.lock import DatabaseLock

    path = Path(path).expanduser()
    if path.exists() and not force:
        raise DemoExistsError(
            f"Tệp “{path}” đã có. Dùng --force nếu muốn ghi đè (dữ liệu cũ sẽ mất)."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with DatabaseLock(path, holder="lệnh tạo dữ liệu mẫu"):
        return _create_demo_file(path)


def _create_demo_file(path: Path) -> Path:
    partial = path.with_name(path.name + ".tao-mau")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        db = open_database(partial)
        try:
            fill_demo()
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute_sql("PRAGMA journal_mode = DELETE")
        finally:
            close_database()
        for suffix in ("-wal", "-shm"):
            remove_file(Path(f"{path}{suffix}"))
        replace_file(partial, path)  # FileInUseError: the old file is open elsewhere
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return path
