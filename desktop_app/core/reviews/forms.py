"""Form templates as data (mẫu biểu): self-review forms and the commitment form.

Each file under ``resources/forms/`` describes one form version (2019, 2023 Mẫu 02A/02B,
2025 Mẫu 2A/2B/2C, the commitment form): its title, the member particulars it shows,
its sections and sub-items, which items take a text, a self-grade (Xuất sắc / Tốt /
Trung bình / Kém) or a score with a maximum, and which items are pre-filled. The editor
and the printed form are generated from it, so a new regulation needs a file, not code.

A malformed file is refused with a Vietnamese message naming the file and the line;
the other files keep working.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.common.json_files import JsonFileError, json_reason, line_of
from desktop_app.paths import resource_path

GRADES = ("excellent", "good", "average", "poor")
GRADE_LABELS = {"excellent": "Xuất sắc", "good": "Tốt", "average": "Trung bình", "poor": "Kém"}
VARIANTS = ("leader", "non_leader", "outside")
PREFILLS = ("commitments", "previous_remedies")
KINDS = ("self_review", "commitment")
PARTICULARS = {
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "party_post": "Chức vụ Đảng",
    "job_title": "Chức vụ chính quyền, đoàn thể / đơn vị công tác",
    "cell": "Chi bộ",
}
LEVELS = ("excellent", "good", "completed", "not_completed")


@dataclass(frozen=True)
class FormItem:
    """A section or a sub-item of a form; sections hold sub-items in ``items``."""

    id: str
    number: str
    title: str
    text: bool = False  # takes free text
    grade: bool = False  # takes a self-grade Xuất sắc / Tốt / Trung bình / Kém
    max_score: int | None = None  # a score field (or, on a section, the section's maximum)
    prefill: str | None = None  # "commitments" | "previous_remedies"
    optional: bool = False  # "(nếu có)"
    remedies: bool = False  # the remedies section (phương hướng, biện pháp khắc phục)
    self_rating: bool = False  # the self-rating section
    measures: bool = False  # commitment form: measures and deadlines, from the items
    fixed_text: str = ""  # printed as is (the pledge)
    hint: str = ""
    variants: tuple[str, ...] = ()  # empty: every variant
    groups: tuple[FormItem, ...] = ()  # commitment form: groups of commitment items
    items: tuple[FormItem, ...] = ()

    def applies_to(self, variant: str | None) -> bool:
        return variant is None or not self.variants or variant in self.variants

    @property
    def scored(self) -> bool:
        return self.max_score is not None and not self.items


@dataclass(frozen=True)
class Level:
    level: str
    min: int


@dataclass(frozen=True)
class Committee:
    id: str
    title: str
    signature: str
    text: bool = False
    proposed_rating: str = ""


@dataclass(frozen=True)
class FormTemplate:
    id: str
    kind: str
    name: str
    title: tuple[str, ...]
    sections: tuple[FormItem, ...]
    signature: str
    committee: Committee
    variants: tuple[str, ...] = VARIANTS
    valid_from: int = 0
    regulation: str = ""
    form_code: str = ""
    note: str = ""
    intro: str = ""
    particulars: tuple[str, ...] = ()
    grades: bool = False
    max_score: int | None = None
    levels: tuple[Level, ...] = ()
    path: str = ""

    def title_lines(self, year: int) -> list[str]:
        return [line.replace("{year}", str(year)) for line in self.title]

    def intro_text(self, year: int) -> str:
        return self.intro.replace("{year}", str(year))

    def walk(self, variant: str | None = None):
        """Every section and sub-item applying to *variant*, in reading order."""
        for section in self.sections:
            if not section.applies_to(variant):
                continue
            yield section
            for item in section.items:
                if item.applies_to(variant):
                    yield item

    def item(self, item_id: str) -> FormItem | None:
        return next((i for i in self.walk() if i.id == item_id), None)

    def prefill_item(self, source: str, variant: str | None = None) -> FormItem | None:
        return next((i for i in self.walk(variant) if i.prefill == source), None)

    def score_items(self, variant: str | None = None) -> list[FormItem]:
        return [i for i in self.walk(variant) if i.scored]

    @property
    def has_scores(self) -> bool:
        return self.max_score is not None

    def level_for(self, score: int) -> str | None:
        """The rating level the score thresholds give, or None without a scale."""
        for level in sorted(self.levels, key=lambda lv: -lv.min):
            if score >= level.min:
                return level.level
        return None

    @property
    def groups(self) -> tuple[FormItem, ...]:
        """Commitment form: the groups commitment items belong to."""
        return tuple(g for s in self.sections for g in s.groups)

    def group_title(self, group_id: str) -> str:
        return next((g.title for g in self.groups if g.id == group_id), group_id)


class TemplateError(JsonFileError):
    """A template file that cannot be used; ``str()`` is a Vietnamese message."""


class _Reader:
    """Turns one parsed file into a FormTemplate, raising TemplateError with a line."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text

    def fail(self, message: str, item_id: str | None = None) -> TemplateError:
        line = line_of(self.text, item_id)
        where = f" (dòng {line})" if line else ""
        return TemplateError(f"Tệp mẫu biểu “{self.name}”{where}: {message}")

    def string(self, data: dict, key: str, owner: str | None, required: bool = True) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"thiếu hoặc sai trường “{key}” (cần một chuỗi chữ).", owner)
        return value

    def flag(self, data: dict, key: str, owner: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"trường “{key}” của mục “{owner}” phải là true hoặc false.", owner)
        return value

    def variants(self, data: dict, owner: str | None) -> tuple[str, ...]:
        value = data.get("variants", [])
        if not isinstance(value, list) or any(v not in VARIANTS for v in value):
            raise self.fail(
                "trường “variants” chỉ nhận các giá trị " + ", ".join(VARIANTS) + ".", owner
            )
        return tuple(value)

    def node(self, data: Any, seen: set[str], depth: int) -> FormItem:
        if not isinstance(data, dict):
            raise self.fail("mỗi mục phải là một đối tượng {…}.")
        item_id = data.get("id")
        if not isinstance(item_id, str) or not item_id.strip():
            raise self.fail("có mục thiếu “id”.")
        if item_id in seen:
            raise self.fail(f"mã mục “{item_id}” bị trùng.", item_id)
        seen.add(item_id)
        max_score = data.get("max_score")
        if max_score is not None and (
            isinstance(max_score, bool) or not isinstance(max_score, int) or max_score <= 0
        ):
            raise self.fail(f"điểm tối đa của mục “{item_id}” phải là số nguyên dương.", item_id)
        prefill = data.get("prefill")
        if prefill is not None and prefill not in PREFILLS:
            raise self.fail(
                f"nguồn điền sẵn “{prefill}” của mục “{item_id}” không có "
                f"(chỉ nhận {', '.join(PREFILLS)}).", item_id)
        children = data.get("items", [])
        groups = data.get("groups", [])
        if not isinstance(children, list) or not isinstance(groups, list):
            raise self.fail(f"“items”/“groups” của mục “{item_id}” phải là danh sách.", item_id)
        if children and depth > 0:
            raise self.fail(f"mục “{item_id}” lồng quá hai cấp.", item_id)
        items = tuple(self.node(child, seen, depth + 1) for child in children)
        group_items = tuple(self.node(g, seen, depth + 1) for g in groups)
        if max_score is not None and items:
            total = sum(i.max_score or 0 for i in items)
            if total > max_score:
                raise self.fail(
                    f"tổng điểm tối đa các mục con của “{item_id}” ({total}) vượt quá "
                    f"điểm tối đa của mục ({max_score}).", item_id)
        return FormItem(
            id=item_id,
            number=self.string(data, "number", item_id, required=False),
            title=self.string(data, "title", item_id),
            text=self.flag(data, "text", item_id),
            grade=self.flag(data, "grade", item_id),
            max_score=max_score,
            prefill=prefill,
            optional=self.flag(data, "optional", item_id),
            remedies=self.flag(data, "remedies", item_id),
            self_rating=self.flag(data, "self_rating", item_id),
            measures=self.flag(data, "measures", item_id),
            fixed_text=self.string(data, "fixed_text", item_id, required=False),
            hint=self.string(data, "hint", item_id, required=False),
            variants=self.variants(data, item_id),
            groups=group_items,
            items=items,
        )

    def template(self, data: Any) -> FormTemplate:
        if not isinstance(data, dict):
            raise self.fail("nội dung phải là một đối tượng {…}.")
        template_id = self.string(data, "id", None)
        kind = data.get("kind")
        if kind not in KINDS:
            raise self.fail(f"trường “kind” phải là {' hoặc '.join(KINDS)}.")
        title = data.get("title")
        if not isinstance(title, list) or not title or not all(isinstance(t, str) for t in title):
            raise self.fail("trường “title” phải là danh sách các dòng tiêu đề.")
        sections = data.get("sections")
        if not isinstance(sections, list) or not sections:
            raise self.fail("chưa có mục nào trong “sections”.")
        seen: set[str] = set()
        nodes = tuple(self.node(s, seen, 0) for s in sections)
        committee_data = data.get("committee")
        if not isinstance(committee_data, dict):
            raise self.fail("thiếu khối nhận xét của chi ủy (“committee”).")
        committee = Committee(
            id=self.string(committee_data, "id", None),
            title=self.string(committee_data, "title", None),
            signature=self.string(committee_data, "signature", None),
            text=bool(committee_data.get("text", False)),
            proposed_rating=self.string(committee_data, "proposed_rating", None, required=False),
        )
        particulars = data.get("particulars", [])
        if not isinstance(particulars, list) or any(p not in PARTICULARS for p in particulars):
            raise self.fail("trường “particulars” chỉ nhận " + ", ".join(PARTICULARS) + ".")
        scoring = data.get("scoring")
        max_score: int | None = None
        levels: tuple[Level, ...] = ()
        if scoring is not None:
            max_score = scoring.get("max") if isinstance(scoring, dict) else None
            raw_levels = scoring.get("levels") if isinstance(scoring, dict) else None
            if (not isinstance(max_score, int) or max_score <= 0
                    or not isinstance(raw_levels, list)
                    or any(not isinstance(lv, dict) or lv.get("level") not in LEVELS
                           or not isinstance(lv.get("min"), int) for lv in raw_levels)):
                raise self.fail("trường “scoring” cần “max” (số nguyên) và “levels” "
                                "(mỗi mức có “level” và “min”).")
            levels = tuple(Level(lv["level"], lv["min"]) for lv in raw_levels)
            section_total = sum(s.max_score or 0 for s in nodes)
            if section_total > max_score:
                raise self.fail(f"tổng điểm các phần ({section_total}) vượt quá {max_score}.")
        valid_from = data.get("valid_from", 0)
        if not isinstance(valid_from, int):
            raise self.fail("trường “valid_from” phải là một năm.")
        variants = self.variants(data, None) or VARIANTS
        return FormTemplate(
            id=template_id, kind=kind, name=self.string(data, "name", None), title=tuple(title),
            sections=nodes, signature=self.string(data, "signature", None), committee=committee,
            variants=variants, valid_from=valid_from,
            regulation=self.string(data, "regulation", None, required=False),
            form_code=self.string(data, "form_code", None, required=False),
            note=self.string(data, "note", None, required=False),
            intro=self.string(data, "intro", None, required=False),
            particulars=tuple(particulars), grades=bool(data.get("grades", False)),
            max_score=max_score, levels=levels, path=self.name,
        )


def parse_template(name: str, text: str) -> FormTemplate:
    """Read one template file's text; raise TemplateError naming *name* and the line."""
    reader = _Reader(name, text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TemplateError(
            f"Tệp mẫu biểu “{name}” sai cú pháp JSON ở dòng {error.lineno}, "
            f"cột {error.colno}: {json_reason(error.msg)}."
        ) from None
    return reader.template(data)


@dataclass
class TemplateSet:
    """The templates that loaded, and a message for each file refused."""

    templates: dict[str, FormTemplate] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def get(self, template_id: str) -> FormTemplate | None:
        return self.templates.get(template_id)

    def of_kind(self, kind: str) -> list[FormTemplate]:
        found = [t for t in self.templates.values() if t.kind == kind]
        return sorted(found, key=lambda t: (t.valid_from, t.id))

    def choose(self, kind: str, year: int, variant: str) -> FormTemplate | None:
        """The latest version in force in *year* for *variant* (else the oldest one)."""
        fitting = [t for t in self.of_kind(kind) if variant in t.variants]
        in_force = [t for t in fitting if t.valid_from <= year]
        if in_force:
            return in_force[-1]
        return fitting[0] if fitting else None


def forms_folder() -> Path:
    return resource_path("forms")


def load_templates(folder: Path | None = None) -> TemplateSet:
    """Load every ``*.json`` template in *folder*; malformed files are reported, not fatal."""
    folder = folder or forms_folder()
    result = TemplateSet()
    for path in sorted(folder.glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            result.errors.append(f"Không đọc được tệp mẫu biểu “{path.name}”: {error}.")
            continue
        try:
            template = parse_template(path.name, text)
        except TemplateError as error:
            result.errors.append(str(error))
            continue
        if template.id in result.templates:
            result.errors.append(
                f"Tệp mẫu biểu “{path.name}”: mã mẫu “{template.id}” trùng với tệp "
                f"“{result.templates[template.id].path}”, bỏ qua tệp này."
            )
            continue
        result.templates[template.id] = template
    return result


_cache: TemplateSet | None = None


def templates() -> TemplateSet:
    """The shipped templates, loaded once per process."""
    global _cache
    if _cache is None:
        _cache = load_templates()
    return _cache
