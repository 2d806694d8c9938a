"""Report outlines (đề cương báo cáo): their sections, numbering and what each section says.

Superior committees issue an outline with each call for reports, and the occasion changes
(a yearly report, a sơ kết or tổng kết, the year's theme, the congress), so an outline is
data: built-in ones per era of the campaign (``resources/report_outlines/``, seeded into
the database, read-only), and the cell's own, copied and edited in the app or imported
from a file (:mod:`.outline_store`, the file format in :mod:`.outline_file`).

An outline has sections nested up to four levels; each level has its numbering (A, B, C;
I, II; 1, 2; a, b; Phần I; or none). A section either is a heading only, or has text:
drafted from the records (a *facts* generator), started from suggestions the records bear
out (a *judgement* generator), or written by the secretary (*manual*, with the outline's
hint as its starting text). It also states the years in which it applies and the documents
it rests on with their dates (a report cites only those dated by its own date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.common.formats import period, roman
from desktop_app.core.common.json_files import JsonFileError
from desktop_app.errors import UserError

from .bases import Applies, Basis

KINDS = ("annual", "interim", "final", "theme", "congress")
KIND_LABELS = {"annual": "Báo cáo năm", "interim": "Báo cáo sơ kết",
               "final": "Báo cáo tổng kết", "theme": "Báo cáo chuyên đề năm",
               "congress": "Báo cáo chính trị (đại hội)"}
MODES = ("facts", "judgement", "manual")
MAX_DEPTH = 4

# What a section can be drafted from: the generator's key -> (mode, what it says).
GENERATOR_INFO: dict[str, tuple[str, str]] = {
    "opening": ("facts", "Đoạn mở đầu: văn bản căn cứ, văn bản trả lời"),
    "situation": ("facts", "Đặc điểm tình hình: số đảng viên, miễn sinh hoạt, quần chúng"),
    "organisation": ("facts", "Tổ chức triển khai: buổi học tập, chuyên đề, tham gia"),
    "study": ("facts", "Việc học tập, quán triệt: buổi học, chuyên đề, tham gia, thu hoạch"),
    "topics": ("facts", "Chuyên đề từng năm và số tham gia"),
    "leadership": ("facts", "Lãnh đạo, chỉ đạo: kế hoạch, nghị quyết, chủ đề, chỉ tiêu"),
    "results": ("facts", "Kết quả thực hiện (mọi mặt trong một mục)"),
    "practice": ("facts", "Việc làm theo: đăng ký, tiết kiệm, quỹ, công tác xã hội"),
    "recognition": ("facts", "Khen thưởng, biểu dương; vi phạm"),
    "inspection": ("facts", "Kiểm điểm, xếp loại đảng viên; biện pháp khắc phục"),
    "party_building": ("facts", "Xây dựng Đảng: đảng viên, kết nạp, xếp loại"),
    "term_review": ("facts", "Kết quả từng chỉ tiêu của nghị quyết nhiệm kỳ (đại hội)"),
    "new_targets": ("facts", "Các chỉ tiêu chủ yếu của nhiệm kỳ mới (đại hội)"),
    "strengths": ("judgement", "Ưu điểm (gợi ý từ dữ liệu)"),
    "weaknesses": ("judgement", "Hạn chế, tồn tại và nguyên nhân (gợi ý từ dữ liệu)"),
    "lessons": ("judgement", "Bài học kinh nghiệm"),
    "direction": ("judgement", "Phương hướng, nhiệm vụ (chỉ tiêu kỳ sau từ dữ liệu)"),
    "implementation": ("judgement", "Tổ chức thực hiện (chủ đề năm sau)"),
    "proposals": ("judgement", "Đề xuất, kiến nghị"),
    "tasks": ("judgement", "Nhiệm vụ, giải pháp nhiệm kỳ mới"),
    "self_review": ("judgement", "Tự kiểm điểm của cấp ủy"),
}
GENERATORS = tuple(GENERATOR_INFO)

# How a level is numbered; the style of its headings follows (Party documents print I. and
# A. in bold capitals, 1. in bold, a) in italics).
NUMBERING_LABELS = {"part": "Phần I, Phần II", "upper_alpha": "A, B, C",
                    "upper_roman": "I, II, III", "arabic": "1, 2, 3", "lower_alpha": "a, b, c",
                    "none": "Không đánh số"}
DEFAULT_NUMBERING = ("upper_roman", "arabic", "lower_alpha", "none")
_LOOK = {"part": 1, "upper_alpha": 1, "upper_roman": 1, "arabic": 2, "lower_alpha": 3}
_LETTERS = "abcdeghiklmnopqrstuvxy"  # the Vietnamese alphabet's plain letters

# Words a title may hold in braces, filled for each report ("Phương hướng năm {năm sau}").
PLACEHOLDERS = {
    "năm": "the report's last year",
    "năm sau": "the year after it",
    "kỳ báo cáo": "the report's period (2020 – 2022)",
    "nhiệm kỳ": "the term reviewed (the report's period, in years)",
    "nhiệm kỳ mới": "the new term of the congress",
    "lần thứ": "the congress's number in Roman numerals",
    "đơn vị": "Chi bộ / Đảng bộ",
    "cấp ủy": "Chi ủy / Đảng ủy",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def number_text(style: str, count: int) -> str:
    """The printed number of the *count*-th heading of a level numbered *style*."""
    if style == "part":
        return f"Phần {roman(count)}."
    if style == "upper_roman":
        return f"{roman(count)}."
    if style == "upper_alpha":
        return f"{_LETTERS[(count - 1) % len(_LETTERS)].upper()}."
    if style == "arabic":
        return f"{count}."
    if style == "lower_alpha":
        return f"{_LETTERS[(count - 1) % len(_LETTERS)]})"
    return ""


def look_of(style: str, depth: int) -> int:
    """The heading style (1: bold capitals, 2: bold, 3: italic) of a level's headings."""
    return _LOOK.get(style, min(depth, 3))


def placeholders_in(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def fill_title(title: str, values: dict[str, str]) -> str:
    """*title* with its placeholders filled; an unknown one stays as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), title)


class OutlineError(JsonFileError, UserError):
    """An outline that cannot be used; ``str()`` is a Vietnamese message (the file and the
    line for a file); ``key`` is the section at fault, when one is."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class OutlineSection:
    key: str
    title: str  # "" for an unheaded paragraph (the opening)
    level: int  # depth 1–4; 0 for an unheaded paragraph
    mode: str | None = None  # None: a heading only; "facts", "judgement" or "manual"
    generator: str | None = None
    parent: str | None = None
    hint: str = ""  # a manual section's starting text ("(Nêu thuận lợi, khó khăn …)")

    @property
    def has_text(self) -> bool:
        return self.mode is not None


@dataclass(frozen=True)
class Outline:
    id: str  # the code: "ct03-nam"
    name: str
    basis: str  # the directives the report carries out (opening paragraph)
    campaign: str  # what is carried out, for the default subject
    sections: tuple[OutlineSection, ...]  # in print order, headings and text sections
    path: str = ""
    bases: tuple[Basis, ...] = ()  # the documents it rests on, with their dates
    applies: Applies = Applies()  # the years in which it applies
    kind: str = "annual"
    notes: str = ""  # what the outline follows, and what is not certain in it
    numbering: tuple[str, ...] = DEFAULT_NUMBERING
    builtin: bool = False
    version: int = 1
    copied_from: str = ""

    def section(self, key: str) -> OutlineSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    @property
    def text_sections(self) -> tuple[OutlineSection, ...]:
        return tuple(s for s in self.sections if s.has_text)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def years_label(self) -> str:
        first, last = self.applies.first, self.applies.last
        if first is None and last is None:
            return "mọi năm"
        if last is None:
            return f"từ {first}"
        if first is None:
            return f"đến {last}"
        return period(first, last)

    def style(self, level: int) -> str:
        return self.numbering[level - 1] if 0 < level <= len(self.numbering) else "none"

    def numbers(self) -> dict[str, str]:
        """The printed number of every headed section, by key: counted per level, restarting
        under each parent ("A." "I." "1." "a)" or "" for a level without numbers)."""
        counters = [0] * (MAX_DEPTH + 1)
        result: dict[str, str] = {}
        for section in self.sections:
            if section.level == 0:
                continue
            counters[section.level] += 1
            for lower in range(section.level + 1, MAX_DEPTH + 1):
                counters[lower] = 0
            result[section.key] = number_text(self.style(section.level),
                                              counters[section.level])
        return result

    def looks(self) -> dict[str, int]:
        """The heading style of every headed section (1 bold capitals, 2 bold, 3 italic)."""
        return {s.key: look_of(self.style(s.level), s.level) for s in self.sections if s.level}
