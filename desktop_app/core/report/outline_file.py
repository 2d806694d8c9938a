"""The outline file (đề cương, JSON): reading it with messages naming the file and the line,
and writing it, one section a line, so a committee can hand its outline to all its cells.

    {"id": "ct03-nam", "name": "…", "kind": "annual",
     "applies": {"from": 2011, "to": 2016},
     "bases": [{"text": "Chỉ thị số 03-CT/TW ngày 14/5/2011 …", "date": "2011-05-14"}],
     "campaign": "…", "notes": "…",
     "numbering": ["upper_roman", "arabic", "lower_alpha", "none"],
     "sections": [
       {"key": "opening", "title": "", "generator": "opening"},
       {"key": "ket-qua", "title": "Kết quả thực hiện năm {năm}"},
       {"key": "hoc-tap", "parent": "ket-qua", "title": "Việc học tập", "generator": "study"},
       {"key": "boi-canh", "title": "Bối cảnh", "hint": "(Nêu thuận lợi, khó khăn.)"}]}

Sections are listed in print order, each naming its parent (nested ``"children"`` lists, the
first format, are read too). A file that is not valid (bad JSON, an unknown generator, a
loop of parents, an empty title, …) is refused whole.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.common.json_files import json_reason, line_of
from desktop_app.nfc import normalize
from desktop_app.paths import resource_path

from .bases import Applies, Basis, basis_of
from .outline import (
    DEFAULT_NUMBERING,
    GENERATOR_INFO,
    KINDS,
    MAX_DEPTH,
    MODES,
    NUMBERING_LABELS,
    PLACEHOLDERS,
    Outline,
    OutlineError,
    OutlineSection,
    placeholders_in,
)

_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


class _Reader:
    """Reads an outline from a file's text (messages name the file and the line) or from
    data edited in the app (*name* None: messages name the section)."""

    def __init__(self, name: str | None, text: str = ""):
        self.name = name
        self.text = text

    def fail(self, message: str, key: str | None = None) -> OutlineError:
        if self.name is None:
            return OutlineError(message[:1].upper() + message[1:], key)
        line = None if key is None else line_of(self.text.replace('"key"', '"id"'), key)
        where = f" (dòng {line})" if line else ""
        return OutlineError(f"Tệp đề cương “{self.name}”{where}: {message}", key)

    def string(self, data: dict, name: str, owner: str | None = None,
               allow_empty: bool = False, default: str | None = None) -> str:
        value = data.get(name, default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise self.fail(f"thiếu hoặc sai trường “{name}” (cần một chuỗi chữ).", owner)
        return normalize(value)

    # sections ---------------------------------------------------------------------------
    def _flatten(self, items: Any, parent: str | None, out: list[dict]) -> None:
        if not isinstance(items, list) or not items:
            raise self.fail("trường “sections”/“children” phải là một danh sách mục […].")
        for data in items:
            if not isinstance(data, dict):
                raise self.fail("mỗi mục phải là một đối tượng {…}.")
            children = data.get("children")
            item = {k: v for k, v in data.items() if k != "children"}
            if parent is not None:
                item["parent"] = parent
            item["_children"] = children is not None
            out.append(item)
            if children is not None:
                self._flatten(children, data.get("key"), out)

    def sections(self, items: Any) -> tuple[OutlineSection, ...]:
        flat: list[dict] = []
        self._flatten(items, None, flat)
        by_key: dict[str, dict] = {}
        for data in flat:
            key = data.get("key")
            if not isinstance(key, str) or not key.strip():
                raise self.fail("mỗi mục cần trường “key” (mã mục).")
            if key in by_key:
                raise self.fail(f"mã mục “{key}” bị trùng.", key)
            by_key[key] = data
        children: dict[str | None, list[str]] = {}
        for key, data in by_key.items():
            parent = data.get("parent")
            if parent is not None and (not isinstance(parent, str) or parent not in by_key):
                raise self.fail(f"mục “{key}” thuộc mục “{parent}” không có trong tệp.", key)
            children.setdefault(parent, []).append(key)
        for key in by_key:  # a loop of parents: a section inside itself
            seen, current = {key}, by_key[key].get("parent")
            while current is not None:
                if current in seen:
                    raise self.fail(f"mục “{key}” nằm trong chính nó (các mục lồng nhau thành "
                                    "vòng).", key)
                seen.add(current)
                current = by_key[current].get("parent")
        if not children.get(None):
            raise self.fail("đề cương cần ít nhất một mục ở cấp đầu.")
        out: list[OutlineSection] = []
        self._walk(children, by_key, None, 1, out)
        return tuple(out)

    def _walk(self, children: dict[str | None, list[str]], by_key: dict[str, dict],
              parent: str | None, depth: int, out: list[OutlineSection]) -> None:
        for key in children.get(parent, []):
            data = by_key[key]
            has_children = bool(children.get(key)) or data.get("_children", False)
            out.append(self.section(key, data, depth, parent, has_children))
            self._walk(children, by_key, key, depth + 1, out)

    def section(self, key: str, data: dict, depth: int, parent: str | None,
                has_children: bool) -> OutlineSection:
        title = self.string(data, "title", key, allow_empty=True, default="").strip()
        generator = data.get("generator")
        mode = data.get("mode")
        hint = data.get("hint", "")
        if not isinstance(hint, str):
            raise self.fail(f"mục “{key}”: “hint” phải là một chuỗi chữ.", key)
        if generator is not None and generator not in GENERATOR_INFO:
            raise self.fail(f"mục “{key}”: không có loại dữ liệu “{generator}” để soạn "
                            "(“generator” phải là một trong " + ", ".join(GENERATOR_INFO)
                            + ").", key)
        if mode is not None and mode not in MODES:
            raise self.fail(f"mục “{key}”: “mode” phải là facts, judgement hoặc manual.", key)
        if generator is not None:
            mode = GENERATOR_INFO[generator][0]
        elif mode == "manual" or hint.strip() or not has_children:
            mode = "manual"
        else:
            mode = None
        if depth > MAX_DEPTH:
            raise self.fail(f"mục “{key}” lồng quá {MAX_DEPTH} cấp.", key)
        if not title:
            if depth != 1 or has_children or mode is None:
                raise self.fail(f"mục “{key}” cần tiêu đề (“title”).", key)
            return OutlineSection(key, "", 0, mode, generator, None, normalize(hint))
        unknown = [p for p in placeholders_in(title) if p not in PLACEHOLDERS]
        if unknown:
            raise self.fail(f"mục “{key}”: tiêu đề có “{{{unknown[0]}}}” không phải là chỗ "
                            "điền nào (" + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                            + ").", key)
        return OutlineSection(key, title, depth, mode, generator, parent, normalize(hint))

    # the outline's own fields -----------------------------------------------------------
    def bases(self, data: dict) -> tuple[Basis, ...]:
        """"bases": [{"text": "Chỉ thị số 05-CT/TW ngày 15/5/2016 …", "date": "2016-05-15"}]
        (the date read from the text when not given); else the one "basis" text, or none."""
        items = data.get("bases")
        if items is None:
            basis = data.get("basis")
            return (basis_of(self.string(data, "basis")),) if basis else ()
        if not isinstance(items, list):
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
            if year is not None and (not isinstance(year, int) or isinstance(year, bool)
                                     or not 1930 <= year <= 2100):
                raise self.fail(f"trường “applies.{name}” phải là một năm (1930–2100).")
            years.append(year)
        if years[0] is not None and years[1] is not None and years[1] < years[0]:
            raise self.fail("trường “applies”: năm kết thúc trước năm bắt đầu.")
        return Applies(years[0], years[1])

    def numbering(self, data: dict) -> tuple[str, ...]:
        value = data.get("numbering")
        if value is None:
            return DEFAULT_NUMBERING
        if (not isinstance(value, list) or not 1 <= len(value) <= MAX_DEPTH
                or any(v not in NUMBERING_LABELS for v in value)):
            raise self.fail("trường “numbering” phải là danh sách cách đánh số từng cấp, mỗi "
                            "cấp một trong " + ", ".join(NUMBERING_LABELS) + ".")
        return tuple(value) + DEFAULT_NUMBERING[len(value):]

    def outline(self, data: Any) -> Outline:
        if not isinstance(data, dict):
            raise self.fail("nội dung tệp phải là một đối tượng {…}.")
        code = self.string(data, "id").strip()
        if not _CODE.match(code):
            raise self.fail(f"mã đề cương “{code}” chỉ gồm chữ thường không dấu, chữ số và "
                            "dấu gạch (ví dụ “de-cuong-nam-2024”).")
        name = self.string(data, "name").strip()
        kind = data.get("kind", "annual")
        if kind not in KINDS:
            raise self.fail("trường “kind” phải là một trong " + ", ".join(KINDS) + ".")
        sections = self.sections(data.get("sections"))
        bases = self.bases(data)
        given = data.get("basis")
        basis = given if isinstance(given, str) else "; ".join(b.text for b in bases)
        return Outline(id=code, name=name, basis=basis,
                       campaign=self.string(data, "campaign", allow_empty=True, default=""),
                       sections=sections, path=self.name or "", bases=bases,
                       applies=self.applies(data), kind=kind,
                       notes=self.string(data, "notes", allow_empty=True, default=""),
                       numbering=self.numbering(data))


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


def outline_from_data(data: dict[str, Any]) -> Outline:
    """An outline edited in the app (the file's fields as plain data), checked as a file is;
    OutlineError names the section at fault (``key``)."""
    return _Reader(None).outline(data)


def _section_data(section: OutlineSection) -> dict[str, Any]:
    item: dict[str, Any] = {"key": section.key}
    if section.parent is not None:
        item["parent"] = section.parent
    item["title"] = section.title
    if section.generator is not None:
        item["generator"] = section.generator
    elif section.mode == "manual":
        item["mode"] = "manual"
    if section.hint:
        item["hint"] = section.hint
    return item


def outline_data(outline: Outline) -> dict[str, Any]:
    data: dict[str, Any] = {"id": outline.id, "name": outline.name, "kind": outline.kind,
                            "applies": {"from": outline.applies.first,
                                        "to": outline.applies.last},
                            "bases": [{"text": b.text, **({"date": b.date.isoformat()}
                                                          if b.date else {})}
                                      for b in outline.bases],
                            "campaign": outline.campaign, "notes": outline.notes,
                            "numbering": list(outline.numbering),
                            "sections": [_section_data(s) for s in outline.sections]}
    return data


def dump_outline(outline: Outline) -> str:
    """The outline as a file's text: one field a line, one section a line."""
    data = outline_data(outline)
    sections = data.pop("sections")
    bases = data.pop("bases")
    lines = ["{"]
    for key, value in data.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('  "bases": [' + ("" if bases else "],"))
    for index, basis in enumerate(bases):
        tail = "," if index + 1 < len(bases) else ""
        lines.append(f"    {json.dumps(basis, ensure_ascii=False)}{tail}")
    if bases:
        lines.append("  ],")
    lines.append('  "sections": [')
    for index, section in enumerate(sections):
        tail = "," if index + 1 < len(sections) else ""
        lines.append(f"    {json.dumps(section, ensure_ascii=False)}{tail}")
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


@dataclass
class OutlineSet:
    outlines: dict[str, Outline] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def builtin_folder() -> Path:
    return resource_path("report_outlines")


def load_outlines(folder: Path | None = None) -> OutlineSet:
    """Every ``*.json`` outline of *folder* (the built-in ones by default); malformed files
    are reported, not fatal."""
    folder = folder or builtin_folder()
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
