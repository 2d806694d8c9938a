"""Reading the whole overview: the year of work, the first steps, the sections, backups.

    overview = read_overview(db_path, today)   # off the UI thread (gui/common/tasks)

A new file (no particulars or no members yet) gets the first steps instead of the
sections, and no warning about backups: there is nothing to back up yet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.backup import policy as backup_policy
from desktop_app.core.backup.backups import BackupInfo, list_backups
from desktop_app.core.backup.manifest import default_backup_dir
from desktop_app.core.backup.sqlite_copy import sha256_file
from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.common.formats import number
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.savings import thrift
from desktop_app.core.study import sessions as study_core
from desktop_app.db.models.members import Member
from desktop_app.db.models.plans import Plan
from desktop_app.db.models.register import IssuedDocument
from desktop_app.db.models.report import Report
from desktop_app.db.models.reviews import Commitment, SelfReview
from desktop_app.db.models.savings import (
    Commendation,
    SavingsEntry,
    SocialActivity,
    Violation,
)
from desktop_app.db.models.study import StudySession

from .model import BackupState, Item, Link, Overview, Section
from .sections import overdue_section, reviews_section, study_section, thrift_section

# Tables that hold what the secretary entered (the particulars and the default spending
# categories a new file starts with do not count: a backup of them is not yet urgent).
ENTERED = (Member, Plan, StudySession, Commitment, SelfReview, SavingsEntry, SocialActivity,
           Commendation, Violation, Report, IssuedDocument)


def has_entered_data() -> bool:
    """Whether anything was entered that a backup would keep."""
    return any(model.select().exists() for model in ENTERED)


def _years_with_records() -> set[int]:
    years = set(plans_core.plan_years()) | set(study_core.session_years())
    years |= set(thrift.years_with_entries())
    years |= {row.year for row in Commitment.select(Commitment.year).distinct()}
    return years


def working_year(today: dt.date) -> int:
    """This year, unless it has no records yet and an earlier year has: then the latest
    year with records (a file of past years opens on its last year, not an empty one)."""
    years = _years_with_records()
    earlier = [year for year in years if year < today.year]
    if today.year in years or not earlier:
        return today.year
    return max(earlier)


def first_steps(year: int) -> Section:
    """What to do first on a new file, in order, with what is done ticked."""
    steps = [
        ("Nhập thông tin chi bộ (tên, cấp trên, nơi ban hành, nhiệm kỳ)", Link("cell"),
         cell_core.has_profile()),
        ("Nhập danh sách đảng viên, hoặc nhập từ tệp Excel", Link("members"),
         Member.select().exists()),
        (f"Lập kế hoạch năm {year} với các chỉ tiêu và thời hạn", Link("plans", year=year),
         Plan.select().where(Plan.year == year).exists()),
        ("Ghi các buổi học tập và điểm danh", Link("study", year=year),
         StudySession.select().exists()),
        ("Ghi bản đăng ký làm theo của từng đảng viên", Link("reviews", year=year),
         Commitment.select().where(Commitment.year == year).exists()),
        ("Nhập mức chi gốc, chỉ tiêu tiết kiệm và số chi từng tháng",
         Link("savings", year=year), SavingsEntry.select().exists()),
    ]
    items = tuple(Item(("✓ " if done else "") + text, link, "ok" if done else "info")
                  for text, link, done in steps)
    done = sum(1 for *_rest, finished in steps if finished)
    summary = ("Bắt đầu sổ mới theo các bước dưới đây; mỗi dòng mở đúng chỗ cần nhập. "
               "Bấm F1 để xem hướng dẫn sử dụng.")
    if done:
        summary = f"Đã xong {done}/{len(steps)} bước đầu. " + summary
    return Section("first_steps", summary, items)


def _verified(info: BackupInfo) -> bool | None:
    """The backup file is still the one that was checked when it was made."""
    if info.manifest is None:
        return None
    try:
        return info.path.stat().st_size == info.manifest.size and \
            sha256_file(info.path) == info.manifest.sha256
    except OSError:
        return False


def backup_state(db_path: Path) -> BackupState:
    backups = list_backups(db_path, backup_policy.remembered_backups())
    entered = has_entered_data()
    if not backups:
        return BackupState(has_data=entered)
    last = backups[0]
    return BackupState(when=last.created_at, path=last.path, verified=_verified(last),
                       description=last.description, has_data=entered)


def _age(now: dt.datetime, when: dt.datetime) -> str:
    days = (now.date() - when.date()).days
    if days <= 0:
        return "hôm nay"
    if days == 1:
        return "hôm qua"
    return f"{number(days)} ngày trước"


def backup_section(db_path: Path, state: BackupState, now: dt.datetime) -> Section:
    """When, where and whether the last backup checks out; a warning only once there
    is something to lose."""
    if state.when is None or state.path is None:
        if not state.has_data:
            return Section("backup", "Chưa có dữ liệu cần sao lưu. Khi đã nhập, chương trình "
                           "tự sao lưu khi đóng và 30 phút một lần nếu dữ liệu thay đổi.")
        return Section("backup", "Dữ liệu chưa được sao lưu lần nào. Hãy sao lưu ngay, tốt "
                       "nhất là ra ổ USB.", level="warning")
    days = backup_policy.warn_after_days()
    stale = bool(days) and (now - state.when).days >= days
    summary = (f"Sao lưu gần nhất: {state.description} ({_age(now, state.when)}), "
               f"vào thư mục {state.path.parent}.")
    items = []
    if state.verified is False:
        items.append(Item("Bản sao lưu này không còn khớp với lúc tạo (tệp đã bị thay đổi "
                          "hoặc hỏng): hãy sao lưu lại.", Link("backup"), "warning"))
    elif state.verified:
        items.append(Item("Đã kiểm tra: bản sao lưu còn nguyên vẹn.", Link("backup"), "ok"))
    if state.path.parent.resolve() == default_backup_dir(db_path).resolve():
        items.append(Item("Bản sao lưu nằm cùng máy với dữ liệu: nên sao lưu thêm ra ổ USB.",
                          Link("backup")))
    warning = stale or state.verified is False
    return Section("backup", summary, tuple(items), "warning" if warning else "ok")


def read_overview(db_path: Path, today: dt.date | None = None,
                  now: dt.datetime | None = None) -> Overview:
    """Everything the overview shows, read from the open database."""
    today = today or dt.date.today()
    now = now or dt.datetime.combine(today, dt.datetime.now().time())
    year = working_year(today)
    profile = cell_core.load_profile()
    new_file = not cell_core.has_profile() or not Member.select().exists()
    state = backup_state(db_path)
    sections: tuple[Section, ...]
    if new_file:
        sections = (first_steps(year), backup_section(db_path, state, now))
    else:
        sections = (overdue_section(year, today), study_section(year, today),
                    reviews_section(year, today), thrift_section(year),
                    backup_section(db_path, state, now))
    return Overview(today=today, year=year, is_current_year=year == today.year,
                    cell_name=profile.name, new_file=new_file, sections=sections,
                    backup=state)
