"""Funds (quỹ): money members put in, and money spent from it, on what and for whom.

A fund is kept apart from what it buys: the report says "quỹ … thu được X, đã chi Y để …"
and never adds the fund to the gifts bought from it. A per-member contribution rule
("2.000 đồng/ngày, mỗi đảng viên") is kept with the fund and stated. A fund never spends
more than it holds on any day: an entry that would leave it below zero is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import MAX_MONEY, money, short_date
from desktop_app.core.common.text import clean_line
from desktop_app.db import database
from desktop_app.db.models.savings import Fund, FundEntry
from desktop_app.errors import UserError, ValidationError
from desktop_app.nfc import normalize

CONTRIBUTION_PER_LABELS = {"day": "Ngày", "month": "Tháng", "year": "Năm"}
PER_WORDS = {"day": "ngày", "month": "tháng", "year": "năm"}  # "2.000 đồng/ngày"
DIRECTION_LABELS = {"in": "Thu", "out": "Chi"}


@dataclass
class FundData:
    """A fund as plain data; ``id`` None when not saved yet."""

    name: str = ""
    purpose: str = ""  # "giúp đỡ hộ nghèo trên địa bàn phường"
    contribution_amount: int | None = None  # đồng, per contribution_per
    contribution_per: str | None = None  # day / month / year
    contributors: str = ""  # "mỗi đảng viên"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    note: str = ""
    id: int | None = None

    @property
    def rule_text(self) -> str:
        """"2.000 đồng/ngày mỗi đảng viên", or "" without a rule."""
        if self.contribution_amount is None or self.contribution_per is None:
            return ""
        text = f"{money(self.contribution_amount)}/{PER_WORDS[self.contribution_per]}"
        return f"{text} {self.contributors}".strip()


@dataclass
class FundEntryData:
    """Money in (thu) or out (chi) of a fund on a day."""

    fund_id: int | None = None
    date: dt.date | None = None
    direction: str = "in"
    amount: int | None = None  # đồng, more than 0
    description: str = ""  # in: "đảng viên góp quý I"; out: "tặng quà Tết"
    beneficiary: str = ""  # out: "20 hộ nghèo khu phố 3"
    note: str = ""
    id: int | None = None

    @property
    def signed(self) -> int:
        return (self.amount or 0) * (1 if self.direction == "in" else -1)


def _fund(row: Fund) -> FundData:
    return FundData(row.name, row.purpose, row.contribution_amount, row.contribution_per,
                    row.contributors, row.start_date, row.end_date, row.note, row.id)


def _entry(row: FundEntry) -> FundEntryData:
    return FundEntryData(row.fund_id, row.date, row.direction, row.amount, row.description,
                         row.beneficiary, row.note, row.id)


def clean_fund(data: FundData) -> FundData:
    return replace(data, name=clean_line(data.name), purpose=normalize(data.purpose).strip(),
                   contributors=clean_line(data.contributors),
                   note=normalize(data.note).strip())


def _is_amount(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_fund(data: FundData) -> dict[str, str]:
    data = clean_fund(data)
    errors: dict[str, str] = {}
    if not data.name:
        errors["name"] = "Chưa nhập tên quỹ (ví dụ: Quỹ vì người nghèo)."
    elif len(data.name) > 200:
        errors["name"] = "Tên quỹ quá dài (tối đa 200 ký tự)."
    if data.start_date is None:
        errors["start_date"] = "Chưa nhập ngày lập quỹ."
    elif data.end_date is not None and data.end_date < data.start_date:
        errors["end_date"] = f"Ngày kết thúc phải từ ngày {short_date(data.start_date)} trở đi."
    amount, per = data.contribution_amount, data.contribution_per
    if amount is not None and not _is_amount(amount):
        errors["contribution_amount"] = "Mức đóng góp phải là số tiền (đồng), ví dụ 2.000."
    elif amount is not None and not 0 < amount <= MAX_MONEY:
        errors["contribution_amount"] = "Mức đóng góp phải lớn hơn 0 đồng."
    if per is not None and per not in CONTRIBUTION_PER_LABELS:
        errors["contribution_per"] = "Kỳ đóng góp phải là ngày, tháng hoặc năm."
    elif (amount is None) != (per is None) and "contribution_amount" not in errors:
        key = "contribution_per" if per is None else "contribution_amount"
        errors[key] = "Mức đóng góp cần cả số tiền và kỳ (ngày, tháng hoặc năm)."
    for name, limit in (("contributors", 200), ("purpose", 2000), ("note", 2000)):
        if len(getattr(data, name)) > limit:
            errors[name] = f"Quá dài (tối đa {limit} ký tự)."
    if data.id is not None and data.start_date is not None and "end_date" not in errors:
        outside = [e for e in list_entries(data.id) if e.date is not None and (
            e.date < data.start_date or (data.end_date is not None and e.date > data.end_date))]
        if outside:
            errors["start_date"] = (f"Quỹ đã có khoản thu chi ngày {short_date(outside[0].date)}, "
                                    "ngoài thời gian này.")
    # its name and contribution rule are stated for the years of its money in and out
    closing.check_closed_year(errors, "fund", _fund_columns(data), data.id)
    return errors


def _fund_columns(data: FundData) -> dict[str, object]:
    return dict(name=data.name, purpose=data.purpose,
                contribution_amount=data.contribution_amount,
                contribution_per=data.contribution_per, contributors=data.contributors,
                start_date=data.start_date, end_date=data.end_date, note=data.note)


def save_fund(data: FundData) -> FundData:
    data = clean_fund(data)
    errors = validate_fund(data)
    if errors:
        raise ValidationError(errors)
    values = _fund_columns(data)
    with database.atomic():
        if data.id is None:
            row = Fund.create(**values)
        else:
            if not Fund.update(**values).where(Fund.id == data.id).execute():
                raise UserError("Không tìm thấy quỹ này (có thể đã bị xóa).")
            row = Fund.get_by_id(data.id)
    return _fund(row)


def get_fund(fund_id: int) -> FundData:
    row = Fund.get_or_none(Fund.id == fund_id)
    if row is None:
        raise UserError("Không tìm thấy quỹ này (có thể đã bị xóa).")
    return _fund(row)


def list_funds() -> list[FundData]:
    return [_fund(row) for row in Fund.select().order_by(Fund.start_date, Fund.id)]


def delete_fund(fund_id: int) -> None:
    """Delete a fund entered by mistake; one with money in or out keeps its history."""
    with database.atomic():
        if FundEntry.select().where(FundEntry.fund == fund_id).exists():
            raise UserError("Quỹ đã có khoản thu, chi nên không xóa được; hãy ghi ngày kết thúc "
                            "quỹ.")
        Fund.delete().where(Fund.id == fund_id).execute()


def list_entries(fund_id: int, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[FundEntryData]:
    query = FundEntry.select().where(FundEntry.fund == fund_id)
    if start is not None:
        query = query.where(FundEntry.date >= start)
    if end is not None:
        query = query.where(FundEntry.date <= end)
    return [_entry(row) for row in query.order_by(FundEntry.date, FundEntry.id)]


def _order(entry: FundEntryData) -> tuple:
    # money in on a day is counted before money out on the same day
    return (entry.date, 0 if entry.direction == "in" else 1, entry.id or 1 << 62)


def _first_shortfall(entries: list[FundEntryData]) -> tuple[FundEntryData, int] | None:
    """The first entry that leaves the fund below zero, with the balance before it."""
    balance = 0
    for entry in sorted(entries, key=_order):
        if balance + entry.signed < 0:
            return entry, balance
        balance += entry.signed
    return None


def clean_entry(data: FundEntryData) -> FundEntryData:
    return replace(data, description=normalize(data.description).strip(),
                   beneficiary=clean_line(data.beneficiary), note=normalize(data.note).strip())


def validate_entry(data: FundEntryData) -> dict[str, str]:
    """Per-field messages; money out beyond what the fund holds on that day is refused."""
    data = clean_entry(data)
    errors: dict[str, str] = {}
    fund = Fund.get_or_none(Fund.id == data.fund_id) if data.fund_id is not None else None
    if fund is None:
        errors["fund_id"] = "Chưa chọn quỹ (hoặc quỹ đã bị xóa)."
    if data.direction not in DIRECTION_LABELS:
        errors["direction"] = "Phải là khoản thu hoặc khoản chi."
    if data.date is None:
        errors["date"] = "Chưa nhập ngày."
    elif fund is not None and data.date < fund.start_date:
        errors["date"] = f"Quỹ lập ngày {short_date(fund.start_date)}; ngày này ở trước đó."
    elif fund is not None and fund.end_date is not None and data.date > fund.end_date:
        errors["date"] = f"Quỹ kết thúc ngày {short_date(fund.end_date)}; ngày này ở sau đó."
    if data.amount is None:
        errors["amount"] = "Chưa nhập số tiền."
    elif not _is_amount(data.amount):
        errors["amount"] = "Số tiền phải là số nguyên đồng (ví dụ: 1.250.000)."
    elif not 0 < data.amount <= MAX_MONEY:
        errors["amount"] = "Số tiền phải lớn hơn 0 đồng."
    if data.direction == "out" and not data.description:
        errors["description"] = "Chưa ghi khoản chi dùng để làm gì (ví dụ: tặng quà Tết)."
    if len(data.description) > 2000:
        errors["description"] = "Nội dung quá dài (tối đa 2.000 ký tự)."
    if len(data.beneficiary) > 300:
        errors["beneficiary"] = "Quá dài (tối đa 300 ký tự)."
    if not errors and fund is not None:
        others = [e for e in list_entries(fund.id) if e.id != data.id]
        shortfall = _first_shortfall([*others, data])
        if shortfall is not None:
            entry, balance = shortfall
            if entry is data:
                errors["amount"] = (f"Quỹ chỉ còn {money(balance)} vào ngày "
                                    f"{short_date(entry.date)}; không chi được "
                                    f"{money(data.amount or 0)}.")
            else:
                errors["amount"] = (f"Sau khoản này, khoản chi {money(entry.amount or 0)} ngày "
                                    f"{short_date(entry.date)} sẽ vượt số tiền quỹ còn "
                                    f"({money(balance)}).")
    if "date" not in errors:  # an entry counts in the year of its date (db/year_rules.py)
        closing.check_closed_year(errors, "fund_entry", _entry_columns(data), data.id)
    return errors


def _entry_columns(data: FundEntryData) -> dict[str, object]:
    return dict(fund_id=data.fund_id, date=data.date, direction=data.direction,
                amount=data.amount, description=data.description,
                beneficiary=data.beneficiary, note=data.note)


def save_entry(data: FundEntryData) -> FundEntryData:
    data = clean_entry(data)
    errors = validate_entry(data)
    if errors:
        raise ValidationError(errors)
    values = _entry_columns(data)
    values["fund"] = values.pop("fund_id")
    with database.atomic():
        if data.id is None:
            row = FundEntry.create(**values)
        else:
            if not FundEntry.update(**values).where(FundEntry.id == data.id).execute():
                raise UserError("Không tìm thấy khoản thu chi này (có thể đã bị xóa).")
            row = FundEntry.get_by_id(data.id)
    return _entry(row)


def delete_entry(entry_id: int) -> None:
    """Delete an entry; money in that later spending relied on cannot be deleted."""
    with database.atomic():
        row = FundEntry.get_or_none(FundEntry.id == entry_id)
        if row is None:
            return
        rest = [e for e in list_entries(row.fund_id) if e.id != entry_id]
        shortfall = _first_shortfall(rest)
        if shortfall is not None:
            entry, balance = shortfall
            raise UserError(f"Không xóa được: khoản chi {money(entry.amount or 0)} ngày "
                            f"{short_date(entry.date)} sẽ vượt số tiền quỹ còn "
                            f"({money(balance)}).")
        row.delete_instance()


def balance(fund_id: int, on: dt.date) -> int:
    """What the fund holds at the end of *on*."""
    return sum(e.signed for e in list_entries(fund_id, end=on))


# --- facts for the summary report ----------------------------------------------------------

@dataclass(frozen=True)
class Spending:
    """Money out of a fund in a period, for one purpose and beneficiary."""

    description: str
    beneficiary: str
    amount: int
    entry_ids: tuple[int, ...]


@dataclass(frozen=True)
class FundPeriod:
    """One fund over a report's period: what it held, took in, spent, and on what."""

    fund: FundData
    opening: int  # held before the period
    money_in: int
    in_ids: tuple[int, ...]
    money_out: int
    out_ids: tuple[int, ...]
    spending: tuple[Spending, ...] = field(default=())

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out

    @property
    def has_records(self) -> bool:
        return bool(self.in_ids or self.out_ids)


def period_facts(start: dt.date, end: dt.date) -> tuple[FundPeriod, ...]:
    """Funds with money in or out in [start, end], oldest fund first."""
    result = []
    for fund in list_funds():
        assert fund.id is not None
        entries = list_entries(fund.id, end=end)
        before = [e for e in entries if e.date is not None and e.date < start]
        during = [e for e in entries if e.date is not None and e.date >= start]
        if not during:
            continue
        ins = [e for e in during if e.direction == "in"]
        outs = [e for e in during if e.direction == "out"]
        groups: dict[tuple[str, str], list[FundEntryData]] = {}
        for entry in outs:
            groups.setdefault((entry.description, entry.beneficiary), []).append(entry)
        spending = tuple(Spending(description, beneficiary, sum(e.amount or 0 for e in items),
                                  tuple(e.id for e in items if e.id is not None))
                         for (description, beneficiary), items in groups.items())
        result.append(FundPeriod(
            fund=fund, opening=sum(e.signed for e in before),
            money_in=sum(e.amount or 0 for e in ins),
            in_ids=tuple(e.id for e in ins if e.id is not None),
            money_out=sum(e.amount or 0 for e in outs),
            out_ids=tuple(e.id for e in outs if e.id is not None), spending=spending))
    return tuple(result)
