"""The one font family of printed documents, registered with ReportLab once.

Times New Roman when the system has it (with the Vietnamese letters), otherwise the
bundled Liberation Serif (metric-compatible, SIL OFL; licence in ``resources/fonts/``).
Fonts are TrueType, so ReportLab always embeds them (never a base-14 Helvetica).
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..paths import resource_path

FAMILY = "DocSerif"
STYLES = ("regular", "bold", "italic", "bold_italic")
# Letters a font must have to print Vietnamese (old Times New Roman builds lack them).
_VIETNAMESE_PROBE = "ễứặẫờỡựỹẢỘỆĐđƯơ"


@dataclass(frozen=True)
class FontFamily:
    """The registered family: ReportLab names of each style and where the files came from."""

    source: str  # "Times New Roman" or "Liberation Serif"
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, Path, Path, Path]


_lock = threading.Lock()
_family: FontFamily | None = None


def _times_candidates() -> list[tuple[Path, Path, Path, Path]]:
    candidates = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir or sys.platform == "win32":
        folder = Path(windir or r"C:\Windows") / "Fonts"
        candidates.append(tuple(folder / n for n in
                                ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")))
    for folder in (Path("/usr/share/fonts/truetype/msttcorefonts"),
                   Path("/usr/share/fonts/msttcore"), Path("/usr/share/fonts/truetype/msttcore")):
        candidates.append(tuple(folder / n for n in (
            "Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf")))
        candidates.append(tuple(folder / n for n in
                                ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")))
    for folder in (Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")):
        candidates.append(tuple(folder / n for n in (
            "Times New Roman.ttf", "Times New Roman Bold.ttf",
            "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf")))
    return candidates  # type: ignore[return-value]


def bundled_files() -> tuple[Path, Path, Path, Path]:
    folder = resource_path("fonts")
    return tuple(folder / f"LiberationSerif-{s}.ttf"  # type: ignore[return-value]
                 for s in ("Regular", "Bold", "Italic", "BoldItalic"))


def _covers_vietnamese(path: Path) -> bool:
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(str(path))
    except Exception:  # unreadable or unsupported font file
        return False
    return all(ord(ch) in face.charToGlyph for ch in _VIETNAMESE_PROBE)


def _find_files() -> tuple[str, tuple[Path, Path, Path, Path]]:
    if not os.environ.get("SOCHIBO_BUNDLED_FONT"):  # tests can force the bundled font
        for files in _times_candidates():
            if all(p.is_file() for p in files) and all(_covers_vietnamese(p) for p in files):
                return "Times New Roman", files
    return "Liberation Serif", bundled_files()


def register_fonts() -> FontFamily:
    """Register the family with ReportLab (once per process) and return its names."""
    global _family
    with _lock:
        if _family is not None:
            return _family
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        source, files = _find_files()
        names = tuple(f"{FAMILY}-{style}" for style in STYLES)
        for name, path in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
        )
        # Paragraph markup (<b>, <i>) on any of the names finds the right face.
        for name in names:
            addMapping(name, 0, 0, names[0])
            addMapping(name, 1, 0, names[1])
            addMapping(name, 0, 1, names[2])
            addMapping(name, 1, 1, names[3])
        _family = FontFamily(source, names[0], names[1], names[2], names[3], files)
        return _family
