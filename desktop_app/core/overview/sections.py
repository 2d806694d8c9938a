"""The overview's sections, one function each: what is overdue, study, reviews, thrift.

Each reads its area through the area's own core functions and says the answer in one
line (the section's summary), with the items that need the secretary's attention.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.common.formats import number, short_date
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.reviews import ratings as ratings_core
from desktop_app.core.reviews import remedies as remedies_core
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import thrift_table
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study import schedule
from desktop_app.db import database
from desktop_app.db.models.study import StudySession

from .model import Item, Link, Section

LIMIT = 6  # items shown per section; the rest are counted ("và 4 việc khác")
ABSENT_RUN = 3  # absent this many sessions in a row: the overview names the member
RECENT_SESSIONS = 12  # sessions read to find the runs of absences
REGISTER_BY = (3, 31)  # commitments are registered in the first quarter
REVIEW_FROM = (12, 1)  # year-end reviews and ratings


def _overdue_words(deadline: dt.date, today: dt.date) -> str:
    """"hạn 31/12/2010, quá hạn 12 ngày" (in days for the last three months)."""
    days = (today - deadline).days
    if days <= 92:
        return f"hạn {short_date(deadline)}, quá hạn {number(days)} ngày"
    return f"hạn {short_date(deadline)}, đã quá hạn"


def _cut(items: list[Item]) -> tuple[tuple[Item, ...], int]:
    return tuple(items[:LIMIT]), max(0, len(items) - LIMIT)


def overdue_section(year: int, today: dt.date) -> Section:
    """This year's targets past their deadline, and remedies past theirs."""
    plans = plans_core.list_plans(year)
    found: list[tuple[dt.date, Item]] = []
    for plan in plans:
        for target in plan.targets:
            if not target.is_overdue(today) or target.deadline is None:
                continue
            who = ", ".join(target.responsible_names)
            detail = f"{plan.display_name} · {_overdue_words(target.deadline, today)}"
            found.append((target.deadline, Item(
                target.content, Link("plans", year=year, record_id=plan.id,
                                     detail_id=target.id),
                "warning", detail + (f" · {who}" if who else ""))))
    remedies = remedies_core.overdue_remedies(today)
    for overdue in remedies:
        remedy = overdue.remedy
        assert remedy.deadline is not None
        found.append((remedy.deadline, Item(
            f"{overdue.member_name}: {remedy.content}",
            Link("reviews", year=overdue.year, member_id=overdue.member_id,
                 action="remedies"),
            "warning", f"biện pháp khắc phục (kiểm điểm năm {overdue.year}) · "
                       f"{_overdue_words(remedy.deadline, today)}")))
    found.sort(key=lambda pair: pair[0])
    items, more = _cut([item for _day, item in found])
    targets = sum(1 for _day, item in found if item.link.area == "plans")
    if found:
        parts = []
        if targets:
            parts.append(f"{targets} chỉ tiêu, nhiệm vụ")
        if len(found) - targets:
            parts.append(f"{len(found) - targets} biện pháp khắc phục")
        return Section("overdue", " và ".join(parts) + " quá hạn.", items, "warning", more)
    if not plans:
        return Section("overdue", f"Chưa có kế hoạch năm {year}: hãy lập kế hoạch để theo "
                       "dõi chỉ tiêu và thời hạn.",
                       (Item(f"Lập kế hoạch năm {year}", Link("plans", year=year, action="new")),))
    return Section("overdue", "Không có chỉ tiêu hay biện pháp khắc phục nào quá hạn.",
                   level="ok")


def absent_runs(today: dt.date) -> list[tuple[int, str, int, dt.date]]:
    """Members still taking part who were absent at their last three sessions or more:
    (member id, name, sessions missed in a row, the last of them), longest run first.

    Sessions a member was exempt from (miễn) or not listed at are skipped: they neither
    count nor break a run. Only the most recent sessions are read.
    """
    recent = database.execute_sql(
        "SELECT id, date FROM study_session WHERE date <= ? ORDER BY date DESC, id DESC "
        "LIMIT ?", (today.isoformat(), RECENT_SESSIONS)).fetchall()
    if not recent:
        return []
    rank = {session_id: index for index, (session_id, _day) in enumerate(recent)}
    dates = {session_id: _day(day) for session_id, day in recent}
    marks: dict[int, list[tuple[int, str]]] = {}
    marks_of = database.execute_sql(
        "SELECT a.member_id, a.session_id, a.status FROM attendance a "
        "JOIN member m ON m.id = a.member_id "
        f"WHERE m.status = 'active' AND a.session_id IN ({', '.join('?' * len(rank))})",
        list(rank)).fetchall()
    for member_id, session_id, status in marks_of:
        if status != "exempt":
            marks.setdefault(member_id, []).append((rank[session_id], status))
    runs = []
    for member_id, seen in marks.items():
        seen.sort()  # the newest session first
        run = 0
        for _rank, status in seen:
            if status not in ("excused_absence", "unexcused_absence"):
                break
            run += 1
        if run >= ABSENT_RUN:
            latest = recent[seen[0][0]][0]
            runs.append((member_id, run, dates[latest]))
    names: dict[int, str] = dict(database.execute_sql(
        f"SELECT id, full_name FROM member WHERE id IN ({', '.join('?' * len(runs))})",
        [r[0] for r in runs]).fetchall()) if runs else {}
    return sorted(((member_id, names.get(member_id, ""), run, last)
                   for member_id, run, last in runs), key=lambda r: (-r[2], r[1]))


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def study_section(year: int, today: dt.date) -> Section:
    """The next session (as planned), the last one's attendance, who keeps missing."""
    planned = schedule.planned_session()
    last = (StudySession.select().where(StudySession.date <= today)
            .order_by(StudySession.date.desc(), StudySession.created_at.desc()).first())
    if planned is None and last is None:
        return Section("study", "Chưa có buổi học tập nào: hãy thêm buổi đầu tiên của năm.",
                       (Item("Ghi buổi học tập đã diễn ra",
                             Link("study", year=year, action="new")),
                        Item("Lên lịch buổi học tập tới",
                             Link("study", year=year, action="schedule"))))
    items: list[Item] = []
    level = "info"
    if planned is None:
        summary = "Chưa lên lịch buổi học tập tiếp theo."
        items.append(Item("Lên lịch buổi học tập tới",
                          Link("study", year=today.year, action="schedule")))
    elif planned.date < today:
        summary = (f"Buổi học tập dự kiến ngày {short_date(planned.date)} chưa được ghi lại.")
        items.append(Item(f"Ghi buổi {planned.text()} nếu đã diễn ra",
                          Link("study", year=planned.date.year, action="new"), "warning",
                          "hoặc lên lịch lại"))
        level = "warning"
    else:
        summary = f"Buổi học tập tới: {planned.text()}."
        items.append(Item(planned.text(),
                          Link("study", year=planned.date.year, action="schedule"),
                          detail="đã lên lịch; bấm để đổi"))
    if last is not None:
        figures = next((f for f in study_figures.session_figures(last.date, last.date)
                        if f.session_id == last.id), None)
        attendance = figures.attendance_text if figures else ""
        items.append(Item(
            f"Buổi gần nhất {short_date(last.date)}: {last.topic}",
            Link("study", year=last.date.year, record_id=last.id),
            detail=f"đảng viên có mặt {attendance}" if attendance else ""))
    runs = absent_runs(today)
    for member_id, name, run, latest in runs:
        items.append(Item(f"{name} vắng {run} buổi liền",
                          Link("study", year=latest.year, member_id=member_id),
                          "warning", f"lần vắng gần nhất {short_date(latest)}"))
    if runs:
        summary += f" {len(runs)} người vắng từ {ABSENT_RUN} buổi liền trở lên."
        level = "warning"
    elif last is not None:
        summary += f" Không ai vắng {ABSENT_RUN} buổi liền."
    shown, more = _cut(items)
    return Section("study", summary, shown, level, more)


def _names(rows: list[ratings_core.OverviewRow]) -> str:
    names = [row.full_name for row in rows[:3]]
    rest = len(rows) - len(names)
    return ", ".join(names) + (f" và {rest} người khác" if rest else "")


def reviews_section(year: int, today: dt.date) -> Section:
    """Commitments not registered, self-reviews not finished, ratings not given."""
    rows = ratings_core.year_overview(year)
    if not rows:
        return Section("reviews", f"Chưa có đảng viên nào tham gia năm {year}: hãy nhập "
                       "danh sách đảng viên.",
                       (Item("Nhập đảng viên", Link("members", action="new")),))
    past = year < today.year
    register_late = past or today >= dt.date(year, *REGISTER_BY)
    review_due = past or today >= dt.date(year, *REVIEW_FROM)
    waiting = [r for r in rows if r.status == "not_registered"]
    unreviewed = [r for r in rows if r.status == "registered"
                  or (r.status == "reviewed" and r.review_draft)]
    unrated = [r for r in rows if r.status == "reviewed" and not r.review_draft]
    total = len(rows)
    registered = total - len(waiting)
    reviewed = len(unrated) + sum(1 for r in rows if r.status == "rated")
    rated = sum(1 for r in rows if r.status == "rated")
    summary = (f"Năm {year}: {registered}/{total} đã đăng ký làm theo, {reviewed}/{total} "
               f"đã kiểm điểm, {rated}/{total} đã xếp loại.")
    items = []
    for group, words, late, page in (
            (waiting, "Chưa đăng ký làm theo", register_late, "commitments"),
            (unreviewed, "Chưa kiểm điểm xong", review_due, "review"),
            (unrated, "Chưa xếp loại", review_due, "ratings")):
        if group:
            items.append(Item(f"{words}: {_names(group)}",
                              Link("reviews", year=year, member_id=group[0].member_id,
                                   action=page),
                              "warning" if late else "info"))
    level = ("ok" if not items else
             "warning" if any(item.level == "warning" for item in items) else "info")
    return Section("reviews", summary, tuple(items), level)


def thrift_section(year: int) -> Section:
    """The year's spending against the baseline and the saving target."""
    table = thrift_table(Period.year(year))
    if not table.has_data:
        return Section("thrift", f"Chưa nhập số chi tiêu năm {year}.",
                       (Item("Nhập số chi từng tháng", Link("savings", year=year)),))
    total = table.total
    months = f"{total.months_recorded} tháng" if total.months_recorded < 12 else "cả năm"
    summary = (f"Năm {year} ({months}): tổng chi {total.change_text()} so với "
               f"{total.baseline_label}; chỉ tiêu tiết kiệm {total.target_text()}: "
               f"{total.status_text().lower()}.")
    level = {True: "ok", False: "warning", None: "info"}[total.reached]
    items = [Item(f"{row.name}: {row.change_text()}, {row.status_text().lower()}",
                  Link("savings", year=year, record_id=row.category_id), "warning")
             for row in table.rows if row.reached is False]
    shown, more = _cut(items)
    return Section("thrift", summary, shown, level, more)
