"""The cell's particulars (thông tin chi bộ) and committee terms (nhiệm kỳ)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.common.formats import period, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.cell import Cell, CommitteeTerm
from desktop_app.errors import UserError, ValidationError

from .units import DEFAULT_UNIT_KIND, UNIT_KIND_LABELS, UnitWords, words


@dataclass
class CellProfile:
    name: str = ""
    superior_line1: str = ""
    superior_line2: str = ""
    code: str = "CB"
    place: str = ""
    term_name: str = ""
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    secretary_name: str = ""
    deputy_secretary_name: str = ""
    problems: list[str] = field(default_factory=list)
    unit_kind: str = DEFAULT_UNIT_KIND  # chi bộ, chi bộ cơ sở, đảng bộ cơ sở, đảng bộ bộ phận


def has_profile() -> bool:
    """False on a new database: the first start asks for the particulars."""
    return Cell.select().exists()


def current_term(on: dt.date | None = None) -> CommitteeTerm | None:
    """The term containing *on* (default today), else the latest one."""
    on = on or dt.date.today()
    term = (
        CommitteeTerm.select()
        .where((CommitteeTerm.start_date <= on) & (CommitteeTerm.end_date >= on))
        .order_by(CommitteeTerm.start_date.desc())
        .first()
    )
    return term or CommitteeTerm.select().order_by(CommitteeTerm.start_date.desc()).first()


def load_profile() -> CellProfile:
    cell = Cell.select().first()
    term = current_term()
    profile = CellProfile()
    if cell is not None:
        profile.name = cell.name
        profile.superior_line1 = cell.superior_line1
        profile.superior_line2 = cell.superior_line2
        profile.code = cell.code
        profile.place = cell.place
        profile.unit_kind = cell.unit_kind or DEFAULT_UNIT_KIND
    if term is not None:
        profile.term_name = term.name
        profile.term_start = term.start_date
        profile.term_end = term.end_date
        profile.secretary_name = term.secretary_name
        profile.deputy_secretary_name = term.deputy_secretary_name
    return profile


def validate_profile(profile: CellProfile) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not clean_line(profile.name):
        errors["name"] = "Chưa nhập tên chi bộ."
    if not clean_line(profile.superior_line1):
        errors["superior_line1"] = "Chưa nhập tên cấp ủy cấp trên."
    if profile.unit_kind not in UNIT_KIND_LABELS:
        errors["unit_kind"] = "Loại tổ chức đảng không hợp lệ."
    code = clean_line(profile.code)
    if not code:
        errors["code"] = "Chưa nhập ký hiệu chi bộ (thường là “CB”)."
    elif any(ch in code for ch in " /-"):
        errors["code"] = "Ký hiệu không được chứa dấu cách, “/” hoặc “-”."
    if not clean_line(profile.place):
        errors["place"] = "Chưa nhập địa danh (dùng cho dòng “…, ngày … tháng … năm …”)."
    if profile.term_start is None:
        errors["term_start"] = "Chưa nhập ngày bắt đầu nhiệm kỳ."
    if profile.term_end is None:
        errors["term_end"] = "Chưa nhập ngày kết thúc nhiệm kỳ."
    if profile.term_start and profile.term_end and profile.term_end <= profile.term_start:
        errors["term_end"] = (
            f"Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu ({short_date(profile.term_start)})."
        )
    for key in (
        "name",
        "superior_line1",
        "superior_line2",
        "place",
        "secretary_name",
        "deputy_secretary_name",
        "term_name",
    ):
        if len(clean_line(getattr(profile, key))) > 200:
            errors[key] = "Quá dài (tối đa 200 ký tự)."
    return errors


def save_profile(profile: CellProfile) -> None:
    """Save the particulars and the current term in one transaction."""
    errors = validate_profile(profile)
    if errors:
        raise ValidationError(errors)
    assert profile.term_start is not None and profile.term_end is not None
    with database.atomic():
        cell = Cell.select().first() or Cell()
        cell.name = clean_line(profile.name)
        cell.superior_line1 = clean_line(profile.superior_line1)
        cell.superior_line2 = clean_line(profile.superior_line2)
        cell.code = clean_line(profile.code)
        cell.place = clean_line(profile.place)
        cell.unit_kind = profile.unit_kind
        cell.updated_at = dt.datetime.now().replace(microsecond=0)
        cell.save()
        term = current_term()
        if term is None or (term.start_date, term.end_date) != (
            profile.term_start,
            profile.term_end,
        ):
            # A new term begins: the old one stays, document numbers restart in the new one.
            same = CommitteeTerm.get_or_none(
                (CommitteeTerm.start_date == profile.term_start)
                & (CommitteeTerm.end_date == profile.term_end)
            )
            term = same or CommitteeTerm()
        term.name = clean_line(profile.term_name) or (
            f"Nhiệm kỳ {profile.term_start.year} – {profile.term_end.year}"
        )
        term.start_date = profile.term_start
        term.end_date = profile.term_end
        term.secretary_name = clean_line(profile.secretary_name)
        term.deputy_secretary_name = clean_line(profile.deputy_secretary_name)
        term.save()


def terms() -> list[CommitteeTerm]:
    """Every committee term recorded, oldest first."""
    return list(CommitteeTerm.select().order_by(CommitteeTerm.start_date))


def term_errors(start: dt.date, end: dt.date, field_name: str = "start_year") -> dict[str, str]:
    """A period outside every committee term is refused: which terms there are, and where."""
    recorded = terms()
    if not recorded:
        return {}
    if any(t.start_date <= end and t.end_date >= start for t in recorded):
        return {}
    spans = ", ".join(period(t.start_date.year, t.end_date.year) for t in recorded)
    return {field_name: (f"Kỳ báo cáo ({short_date(start)} – {short_date(end)}) nằm ngoài mọi "
                         f"nhiệm kỳ đã ghi ({spans}). Hãy kiểm tra lại kỳ báo cáo, hoặc thêm "
                         "nhiệm kỳ đó trong Thông tin chi bộ.")}


def missing_for_documents() -> list[str]:
    """What must be filled in before a Party document can be printed (Vietnamese)."""
    profile = load_profile()
    missing = []
    if not profile.superior_line1:
        missing.append("tên cấp ủy cấp trên")
    if not profile.name:
        missing.append("tên chi bộ")
    if not profile.place:
        missing.append("địa danh")
    return missing


@dataclass(frozen=True)
class Letterhead:
    """The cell as the head of its documents names it (plain data for ``documents``)."""

    superior_lines: tuple[str, ...]  # the superior body, one or two lines
    cell_name: str
    place: str  # địa danh of the dated line
    code: str = "CB"  # the cell's code in document numbers
    # Nơi nhận of each kind of document (core.cell.recipients.KIND_MEMBERS's kinds).
    recipients: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unit_kind: str = DEFAULT_UNIT_KIND  # chi bộ or đảng bộ: how its documents sign

    @property
    def words(self) -> UnitWords:
        return words(self.unit_kind)


def letterhead() -> Letterhead:
    """The head of the cell's documents, or a UserError saying what to fill in and where."""
    missing = missing_for_documents()
    cell = Cell.select().first()
    if missing or cell is None:
        what = ", ".join(missing) if missing else "thông tin chi bộ"
        raise UserError(
            f"Chưa nhập {what} nên chưa in được văn bản (phần đầu văn bản cần các thông tin "
            "này). Hãy điền ở Tệp → Thông tin chi bộ rồi in lại."
        )
    from .recipients import KIND_MEMBERS, recipients_for

    return Letterhead(superior_lines=(cell.superior_line1, cell.superior_line2),
                      cell_name=cell.name, place=cell.place, code=cell.code or "CB",
                      recipients={kind: tuple(recipients_for(kind)) for kind in KIND_MEMBERS},
                      unit_kind=cell.unit_kind or DEFAULT_UNIT_KIND)


def secretary_on(day: dt.date | None = None) -> str:
    """Who signs as secretary on *day* (default today): the secretary of the term
    containing it, else of the latest term; "" when there is no term."""
    term = current_term(day)
    return term.secretary_name if term is not None else ""
