"""Form templates: the shipped ones are valid, a malformed file is refused with its line."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop_app.core.reviews import forms

SHIPPED = {
    "kiem-diem-2019", "kiem-diem-2023-02a", "kiem-diem-2023-02b",
    "kiem-diem-2025-2a", "kiem-diem-2025-2b", "kiem-diem-2025-2c", "dang-ky-lam-theo",
}


def test_every_shipped_template_loads():
    loaded = forms.load_templates()
    assert loaded.errors == []
    assert set(loaded.templates) == SHIPPED


def test_2019_form_follows_the_skeleton():
    template = forms.load_templates().get("kiem-diem-2019")
    numbers = [s.number for s in template.sections]
    assert numbers == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    assert template.signature == "NGƯỜI TỰ KIỂM ĐIỂM"
    assert template.committee.signature == "T/M CHI ỦY"
    leader = [i.id for i in template.walk("leader") if i.grade]
    member = [i.id for i in template.walk("non_leader") if i.grade]
    assert leader == ["I.1", "I.2", "I.3", "I.4", "I.5", "I.cam_ket"]
    assert member == ["I.1", "I.2", "I.cam_ket"]
    assert template.prefill_item("commitments").id == "I.cam_ket"
    assert template.prefill_item("previous_remedies").id == "III"


@pytest.mark.parametrize("template_id", ["kiem-diem-2025-2a", "kiem-diem-2025-2b",
                                         "kiem-diem-2025-2c"])
def test_2025_forms_score_30_plus_70(template_id):
    template = forms.load_templates().get(template_id)
    assert template.max_score == 100
    general, results = template.sections[0], template.sections[1]
    assert (general.max_score, results.max_score) == (30, 70)
    assert sum(i.max_score for i in general.items if i.scored) == 30
    assert sum(i.max_score for i in results.items if i.scored) == 70
    assert [template.level_for(s) for s in (100, 90, 89, 70, 69, 50, 49, 0)] == [
        "excellent", "excellent", "good", "good", "completed", "completed",
        "not_completed", "not_completed"]


def test_choosing_the_form_by_year_and_variant():
    loaded = forms.load_templates()
    assert loaded.choose("self_review", 2010, "leader").id == "kiem-diem-2019"
    assert loaded.choose("self_review", 2023, "leader").id == "kiem-diem-2023-02b"
    assert loaded.choose("self_review", 2024, "non_leader").id == "kiem-diem-2023-02a"
    assert loaded.choose("self_review", 2025, "outside").id == "kiem-diem-2025-2c"
    assert loaded.choose("commitment", 2008, "leader").id == "dang-ky-lam-theo"


def test_commitment_template_has_groups():
    template = forms.load_templates().get("dang-ky-lam-theo")
    assert [g.id for g in template.groups] == ["political", "ethics", "style", "example", "actions"]
    assert template.committee.signature == "T/M CHI ỦY"


def _copy_forms(tmp_path):
    folder = tmp_path / "forms"
    shutil.copytree(forms.forms_folder(), folder)
    return folder


def test_syntax_error_names_file_and_line_and_others_keep_working(tmp_path):
    folder = _copy_forms(tmp_path)
    path = folder / "kiem-diem-2019.json"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].rstrip(",")  # drop a comma on line 5
    path.write_text("\n".join(lines), encoding="utf-8")
    loaded = forms.load_templates(folder)
    assert len(loaded.errors) == 1
    message = loaded.errors[0]
    assert "kiem-diem-2019.json" in message
    assert "dòng 6" in message  # the parser notices on the next line
    assert "thiếu dấu phẩy" in message
    assert set(loaded.templates) == SHIPPED - {"kiem-diem-2019"}


def test_structural_error_names_the_item_line(tmp_path):
    folder = _copy_forms(tmp_path)
    path = folder / "kiem-diem-2025-2a.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sections"][0]["items"][1]["max_score"] = 25  # 8+25+8+6 > 30
    text = json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    loaded = forms.load_templates(folder)
    assert "kiem-diem-2025-2a" not in loaded.templates
    (message,) = loaded.errors
    expected_line = next(n for n, line in enumerate(text.splitlines(), 1) if '"id": "I"' in line)
    assert f"dòng {expected_line}" in message
    assert "vượt quá" in message


@pytest.mark.parametrize("change, words", [
    (lambda d: d.pop("title"), "title"),
    (lambda d: d["sections"][1].update(prefill="elsewhere"), "elsewhere"),
    (lambda d: d["sections"][0]["items"][0].update(id="II"), "bị trùng"),
    (lambda d: d.update(kind="poster"), "kind"),
    (lambda d: d["sections"][0]["items"][0].update(variants=["boss"]), "variants"),
])
def test_bad_content_is_refused(change, words):
    data = json.loads((forms.forms_folder() / "kiem-diem-2019.json").read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(forms.TemplateError) as info:
        forms.parse_template("x.json", json.dumps(data, ensure_ascii=False, indent=2))
    assert "x.json" in str(info.value)
    assert words in str(info.value)
