"""Shared wording: periods, lists of years, titles as typed."""

from __future__ import annotations

import re

from desktop_app.core.common.text import fold

from ..claims import ClaimBuilder
from ..facts import ReportFacts

# Titles starting with one of these keep their capital after a type word ("Nghị quyết Đại
# hội Chi bộ …"); others are lowered ("Kế hoạch thực hiện Cuộc vận động …").
_PROPER = ("Đại hội", "Hội nghị", "Chỉ thị", "Nghị quyết", "Kết luận", "Quy định", "Chi bộ",
           "Đảng", "Cuộc vận động", "Bộ Chính trị", "Ban Chấp hành", "Hồ Chí Minh", "Bác",
           "Ban Thường vụ", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Chương trình", "Kế hoạch")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", ":", "!", "?")) else text + "."


def period_words(b: ClaimBuilder, facts: ReportFacts) -> str:
    """"2007 – 2010", "năm 2022", "từ tháng 6/2020 đến tháng 6/2022"."""
    start, end = facts.start, facts.end
    if facts.whole_years:
        if start.year == end.year:
            return f"năm {b.year(start.year)}"
        return b.years(start.year, end.year)
    if (start.year, start.month) == (end.year, end.month):
        return f"tháng {b.label(start.month)}/{b.year(start.year)}"
    return (f"từ tháng {b.label(start.month)}/{b.year(start.year)} đến tháng "
            f"{b.label(end.month)}/{b.year(end.year)}")


def span_words(b: ClaimBuilder, facts: ReportFacts) -> str:
    """"năm 2022", "giai đoạn 2020 – 2022", "từ tháng 6/2020 đến tháng 6/2022"."""
    if facts.whole_years and facts.start.year != facts.end.year:
        return f"giai đoạn {b.years(facts.start.year, facts.end.year)}"
    return period_words(b, facts)


def years_words(b: ClaimBuilder, years: list[int] | tuple[int, ...]) -> str:
    """"năm 2021", "các năm 2021, 2023", "các năm 2007 – 2010"."""
    years = sorted(years)
    if len(years) == 1:
        return f"năm {b.year(years[0])}"
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 2:
        return f"các năm {b.years(years[0], years[-1])}"
    return "các năm " + ", ".join(b.year(y) for y in years)


def title_after_type(kind_label: str, title: str) -> str:
    """The title to follow its type word: "Kế hoạch" + "Kế hoạch thực hiện …" reads
    "Kế hoạch thực hiện …", never "Kế hoạch kế hoạch …"."""
    text = title.strip()
    if fold(text).startswith(fold(kind_label) + " ") or fold(text) == fold(kind_label):
        text = text[len(kind_label):].strip()
    if text and not text.startswith(_PROPER):
        text = text[:1].lower() + text[1:]
    return text


def named(kind_label: str, title: str) -> str:
    """"Kế hoạch thực hiện …", "Nghị quyết Đại hội Chi bộ … nhiệm kỳ 2022 – 2025"."""
    rest = title_after_type(kind_label, title)
    return f"{kind_label} {rest}".strip()


_TRAILING_YEAR = re.compile(r"\s*(?:năm\s+)(\d{4})\s*$")


def without_trailing_year(title: str, year: int) -> str:
    """"… năm 2007" -> "…" (only a year at the end of the title, said with "năm")."""
    match = _TRAILING_YEAR.search(title)
    if match and int(match.group(1)) == year:
        return title[: match.start()].rstrip(" ,;-–")
    return title


_DOUBLE_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})
_ANY_QUOTE = re.compile("[“”\"‘’']")


def inner(text: str) -> str:
    """A typed text to be printed inside “…”: its own double quotes become single ones
    (“thực sự ‘là đạo đức, là văn minh’”), as Vietnamese typesetting nests them."""
    return text.translate(_DOUBLE_QUOTES)


def same_words(a: str, b: str) -> bool:
    """Two typed texts that say the same (case, diacritics, spacing and quotes aside)."""
    def key(text: str) -> str:
        return " ".join(fold(_ANY_QUOTE.sub("", text)).split()).strip(" .;:")
    return key(a) == key(b)


def theme_words(b: ClaimBuilder, theme: str) -> str:
    """"chủ đề “…”", or the theme itself when it says so ("Chủ đề năm 2021: …")."""
    if fold(theme).startswith(("chu de", "chuyen de")):
        return b.quote(theme[:1].lower() + theme[1:])
    return f"chủ đề “{b.quote(inner(theme))}”"
