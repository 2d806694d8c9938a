"""Reading rendered documents back the way a user would see them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_pages(path: Path, raw: bool = False) -> list[str]:
    """Text of each page; NFC unless *raw* (to check what the PDF really holds)."""
    reader = PdfReader(str(path))
    texts = [page.extract_text() or "" for page in reader.pages]
    return texts if raw else [unicodedata.normalize("NFC", t) for t in texts]


def flat(text: str) -> str:
    """Text with line breaks and repeated spaces folded to single spaces."""
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font used on any page."""
    reader = PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            embedded = False
            descendants = font.get("/DescendantFonts")
            candidates = [font] + ([d.get_object() for d in descendants] if descendants else [])
            for candidate in candidates:
                descriptor = candidate.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    embedded = embedded or any(
                        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[name] = embedded
    return sorted(found.items())


def pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(path))
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in reader.pages]


def docx_text(path: Path) -> str:
    """Text of a .docx in reading order: paragraphs and table cells, row by row."""
    from docx import Document as read_docx
    from docx.table import Table

    parts: list[str] = []
    for item in read_docx(str(path)).iter_inner_content():
        if isinstance(item, Table):
            parts.extend(cell.text for row in item.rows for cell in row.cells)
        else:
            parts.append(item.text)
    return "\n".join(parts)
