"""Report outlines as data (đề cương báo cáo): ``resources/report_outlines/*.json``.

Superior committees issue their own outline for each report, so an outline is a file: its
sections (nested up to three levels: I., 1., a)), and for each section with text whether it
is generated from the facts (``"mode": "facts"``) or is a judgement section that starts from
suggestions derived from the data (``"mode": "judgement"``), with the generator's key. An
outline also states the years in which it applies (``"applies"``) and the documents it
rests on with their dates (``"bases"``): a report cites only those dated by its own date.

A malformed file is refused with a Vietnamese message naming the file and the line (the
pattern of :mod:`core.forms`); the other files keep working.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.common.json_files import JsonFileError, json_reason, line_of
from desktop_app.paths import resource_path

from .bases import Applies, Basis, basis_of

MODES = ("facts", "judgement")
GENERATORS = (
    "opening", "organisation", "results", "strengths", "weaknesses", "lessons", "direction",
    "implementation", "situation", "leadership", "study", "practice", "recognition",
    "inspection", "proposals",
)
DEFAULT_OUTLINE = "tong-ket-cuoc-van-dong"


class OutlineError(JsonFileError):
    """An outline file that cannot be used; ``str()`` is a Vietnamese message."""


@dataclass(frozen=True)
class OutlineSection:
    key: str
    title: str  # "" for the unheaded opening paragraph
    level: int  # 1 (I.), 2 (1.), 3 (a)); 0 for the opening
    mode: str | None = None  # None: a heading only
    generator: str | None = None

    @property
    def has_text(self) -> bool:
        return self.generator is not None

@dataclass(frozen=True)
class Outline:
    id: str
    name: str
    basis: str  # the directive the report carries out (opening paragraph)
    campaign: str  # what is carried out, for the default subject
    sections: tuple[OutlineSection, ...]  # in print order, headings and text sections
    path: str = ""
    bases: tuple[Basis, ...] = ()  # the documents it rests on, with their dates
    applies: Applies = Applies()  # the years in which it applies

    def section(self, key: str) -> OutlineSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    @property
    def text_sections(self) -> tuple[OutlineSection, ...]:
        return tuple(s for s in self.sections if s.has_text)


class _Reader:
    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text

    def fail(self, message: str, key: str | None = None) -> OutlineError:
        line = line_of(self.text, None) if key is None else self._line(key)
        where = f" (dòng {line})" if line else ""
        return OutlineError(f"Tệp đề cương “{self.name}”{where}: {message}")

    def _line(self, key: str) -> int | None:
        found = line_of(self.text.replace('"key"', '"id"'), key)
        return found

    def string(self, data: dict, name: str, owner: str | None = None,
               allow_empty: bool = False) -> str:
        value = data.get(name)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise self.fail(f"thiếu hoặc sai trường “{name}” (cần một chuỗi chữ).", owner)
        return value

    def nodes(self, items: Any, level: int, seen: set[str], out: list[OutlineSection]) -> None:
        if not isinstance(items, list) or not items:
            raise self.fail("trường “sections”/“children” phải là một danh sách mục […].")
        for data in items:
            if not isinstance(data, dict):
                raise self.fail("mỗi mục phải là một đối tượng {…}.")
            key = data.get("key")
            if not isinstance(key, str) or not key.strip():
                raise self.fail("mỗi mục cần trường “key” (mã mục).")
            if key in seen:
                raise self.fail(f"mã mục “{key}” bị trùng.", key)
            seen.add(key)
            title = self.string(data, "title", key, allow_empty=True)
            children = data.get("children")
            generator = data.get("generator")
            mode = data.get("mode")
            if children is not None and generator is not None:
                raise self.fail(f"mục “{key}” có mục con thì không có “generator”.", key)
            if children is None:
                if generator not in GENERATORS:
                    raise self.fail(f"mục “{key}”: “generator” phải là một trong "
                                    + ", ".join(GENERATORS) + ".", key)
                if mode not in MODES:
                    raise self.fail(f"mục “{key}”: “mode” phải là facts hoặc judgement.", key)
            if not title.strip():
                if level != 1 or children is not None:
                    raise self.fail(f"mục “{key}” cần tiêu đề (“title”).", key)
                out.append(OutlineSection(key, "", 0, mode, generator))
                continue
            if level > 3:
                raise self.fail(f"mục “{key}” lồng quá 3 cấp (I., 1., a)).", key)
            out.append(OutlineSection(key, title, level, mode, generator))
            if children is not None:
                self.nodes(children, level + 1, seen, out)

    def bases(self, data: dict) -> tuple[Basis, ...]:
        """"bases": [{"text": "Chỉ thị số 05-CT/TW ngày 15/5/2016 …", "date": "2016-05-15"}]
        (the date read from the text when not given); else the one "basis" text."""
        items = data.get("bases")
        if items is None:
            return (basis_of(self.string(data, "basis")),)
        if not isinstance(items, list) or not items:
            raise self.fail("trường “bases” phải là một danh sách văn bản căn cứ […].")
        found = []
        for item in items:
            if not isinstance(item, dict):
                raise self.fail("mỗi văn bản căn cứ phải là một đối tượng {…}.")
            text = self.string(item, "text")
            when = item.get("date")
            try:
                day = dt.date.fromisoformat(when) if when is not None else None
            except (TypeError, ValueError):
                raise self.fail(f"ngày “{when}” của văn bản căn cứ không hợp lệ "
                                "(dạng năm-tháng-ngày).") from None
            found.append(basis_of(text, day))
        return tuple(found)

    def applies(self, data: dict) -> Applies:
        """"applies": {"from": 2016, "to": 2021} (years; either may be null)."""
        value = data.get("applies")
        if value is None:
            return Applies()
        if not isinstance(value, dict):
            raise self.fail("trường “applies” phải là {\"from\": năm, \"to\": năm}.")
        years = []
        for name in ("from", "to"):
            year = value.get(name)
            if year is not None and (not isinstance(year, int) or not 1930 <= year <= 2100):
                raise self.fail(f"trường “applies.{name}” phải là một năm (1930–2100).")
            years.append(year)
        if years[0] is not None and years[1] is not None and years[1] < years[0]:
            raise self.fail("trường “applies”: năm kết thúc trước năm bắt đầu.")
        return Applies(years[0], years[1])

    def outline(self, data: Any) -> Outline:
        if not isinstance(data, dict):
            raise self.fail("nội dung tệp phải là một đối tượng {…}.")
        sections: list[OutlineSection] = []
        self.nodes(data.get("sections"), 1, set(), sections)
        bases = self.bases(data)
        given = data.get("basis")
        basis = given if isinstance(given, str) else "; ".join(b.text for b in bases)
        return Outline(id=self.string(data, "id"), name=self.string(data, "name"),
                       basis=basis, campaign=self.string(data, "campaign"),
                       sections=tuple(sections), path=self.name, bases=bases,
                       applies=self.applies(data))


def parse_outline(name: str, text: str) -> Outline:
    """Read one outline file's text; raise OutlineError naming *name* and the line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise OutlineError(
            f"Tệp đề cương “{name}” sai cú pháp JSON ở dòng {error.lineno}, "
            f"cột {error.colno}: {json_reason(error.msg)}."
        ) from None
    return _Reader(name, text).outline(data)


@dataclass
class OutlineSet:
    outlines: dict[str, Outline] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def get(self, outline_id: str) -> Outline:
        try:
            return self.outlines[outline_id]
        except KeyError:
            from desktop_app.errors import UserError

            raise UserError(f"Không tìm thấy đề cương báo cáo “{outline_id}”.") from None


def outlines_folder() -> Path:
    return resource_path("report_outlines")


def load_outlines(folder: Path | None = None) -> OutlineSet:
    """Every ``*.json`` outline of *folder*; malformed files are reported, not fatal."""
    folder = folder or outlines_folder()
    result = OutlineSet()
    for path in sorted(folder.glob("*.json")):
        try:
            outline = parse_outline(path.name, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            result.errors.append(f"Không đọc được tệp đề cương “{path.name}”: {error}.")
            continue
        except OutlineError as error:
            result.errors.append(str(error))
            continue
        if outline.id in result.outlines:
            result.errors.append(f"Tệp đề cương “{path.name}”: mã “{outline.id}” bị trùng, "
                                 "bỏ qua tệp này.")
            continue
        result.outlines[outline.id] = outline
    return result


_cache: OutlineSet | None = None


def outlines() -> OutlineSet:
    """The shipped outlines, loaded once per process."""
    global _cache
    if _cache is None:
        _cache = load_outlines()
    return _cache
