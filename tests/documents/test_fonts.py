"""The document font: Times New Roman when the system has it, else bundled Liberation Serif."""

from __future__ import annotations

from desktop_app.documents import fonts


def test_bundled_font_and_its_licence_ship_with_the_program():
    files = fonts.bundled_files()
    assert all(path.is_file() for path in files)
    licence = files[0].parent / "LICENSE-LiberationSerif.txt"
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")
    assert all(fonts._covers_vietnamese(path) for path in files)


def test_times_new_roman_is_preferred_when_installed(monkeypatch):
    installed = fonts.bundled_files()  # stands in for an installed, Vietnamese-capable font
    monkeypatch.delenv("SOCHIBO_BUNDLED_FONT", raising=False)
    monkeypatch.setattr(fonts, "_times_candidates", lambda: [installed])
    assert fonts._find_files() == ("Times New Roman", installed)


def test_missing_or_incomplete_system_fonts_fall_back_to_liberation(monkeypatch, tmp_path):
    broken = tmp_path / "times.ttf"
    broken.write_bytes(b"not a font")
    monkeypatch.delenv("SOCHIBO_BUNDLED_FONT", raising=False)
    monkeypatch.setattr(fonts, "_times_candidates",
                        lambda: [(tmp_path / "none.ttf",) * 4, (broken,) * 4])
    assert fonts._find_files() == ("Liberation Serif", fonts.bundled_files())


def test_the_family_is_registered_once():
    assert fonts.register_fonts() is fonts.register_fonts()
