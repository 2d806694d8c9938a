"""Vietnamese formats for dates, numbers, percentages and money (DOMAIN.md §6).

The single place where values become text for the screen and for documents.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.nfc import normalize


def prose_date(value: dt.date, place: str | None = None) -> str:
    """ "ngày 05 tháng 9 năm 2010": days 1–9 and months 1–2 take a leading zero.

    With *place*, the dated line of a document: "Hà Nội, ngày 05 tháng 9 năm 2010".
    """
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    text = f"ngày {value.day:02d} tháng {month} năm {value.year}"
    return f"{normalize(place).strip()}, {text}" if place and place.strip() else text


def short_date(value: dt.date | None) -> str:
    """Dates in tables and forms: dd/mm/yyyy; empty for None."""
    return value.strftime("%d/%m/%Y") if value else ""


def cited_date(value: dt.date) -> str:
    """Dates of cited documents: "15/5/2016" (no leading zeros)."""
    return f"{value.day}/{value.month}/{value.year}"


def period(start_year: int, end_year: int) -> str:
    """ "2007 – 2010", or a single year."""
    return str(start_year) if start_year == end_year else f"{start_year} – {end_year}"


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(value: int) -> str:
    """Roman numerals for heading numbers and congresses: 1 → "I", 11 → "XI"."""
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> dt.date:
    """Read "05/9/2010", "5-9-2010", "05.09.2010" or ISO "2010-09-05".

    Raises ValueError with a Vietnamese message.
    """
    match = _DATE_RE.match(text or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO_RE.match(text or "")
        if not match:
            raise ValueError(f"“{text}” không phải là ngày hợp lệ (nhập theo dạng ngày/tháng/năm).")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"Ngày {text.strip()} không tồn tại.") from None


def number(value: int | float | Decimal, decimals: int = 0) -> str:
    """ "1.234.567" or with decimals "1.234,5" (trailing zeros dropped)."""
    if type(value) is int:  # most figures: nothing to round, no decimals to print
        return f"{value:,}".replace(",", ".")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    frac = frac.rstrip("0")
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"


def percent(value: float | Decimal | None, decimals: int = 2) -> str:
    """ "95,56%", "100%", "11,2%"; None (undefined ratio) gives "không xác định"."""
    if value is None:
        return "không xác định"
    return f"{number(value, decimals)}%"


def ratio_percent(part: int, whole: int, decimals: int = 2) -> float | None:
    """part/whole as a percentage, or None when *whole* is zero."""
    return None if whole == 0 else part * 100 / whole


def money(value: int) -> str:
    """ "1.200.000 đồng"."""
    return f"{number(value)} đồng"


_MONEY_RE = re.compile(r"^\s*-?\d{1,3}(\.\d{3})+\s*$|^\s*-?\d+\s*$")

# One upper limit for every amount the app takes (đồng, and the figures of a commitment):
# a trillion; anything larger is a typing error.
MAX_MONEY = 1_000_000_000_000
TOO_MUCH_MONEY = "Số tiền quá lớn (trên 1.000.000.000.000 đồng), xin kiểm tra lại."
TOO_LARGE_FIGURE = "Con số quá lớn (trên 1.000.000.000.000), xin kiểm tra lại."


def money_problem(amount: int | None) -> str | None:
    """Why *amount* (đồng) cannot be stored, or None: the same limits everywhere."""
    if amount is None:
        return None
    if amount < 0:
        return "Số tiền không được âm."
    return TOO_MUCH_MONEY if amount > MAX_MONEY else None


def figure_problem(value: float | None) -> str | None:
    """Why a typed figure (a target, a result) cannot be stored, or None."""
    if value is None:
        return None
    return None if math.isfinite(value) and abs(value) <= MAX_MONEY else TOO_LARGE_FIGURE


def parse_money(text: str) -> int:
    """Read "1.250.000", "1250000" or "1 250 000" (đồng, integer, not negative)."""
    raw = normalize(text).strip().removesuffix("đồng").removesuffix("đ").strip()
    raw = raw.replace(" ", "").replace("\u00a0", "")
    if not raw:
        raise ValueError("Chưa nhập số tiền.")
    if not _MONEY_RE.match(raw):
        raise ValueError(f"“{text.strip()}” không phải là số tiền (ví dụ: 1.250.000).")
    amount = int(raw.replace(".", ""))
    problem = money_problem(amount)
    if problem:
        raise ValueError(problem)
    return amount
