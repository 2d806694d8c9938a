"""The summary report (báo cáo sơ kết / tổng kết) as a Party document.

Built from the report's content (``core.report.issuing.build_content`` for a draft, the frozen
JSON for an issued report), so an issued report re-prints exactly as it was issued.
Section texts are lines: "- …" prints as a bullet, other lines as paragraphs; the last
sentence of the body ends with "./.".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop_app.core.report.appendix import thrift_from_json
from desktop_app.documents.model import (
    Align,
    Appendix,
    Block,
    BulletList,
    Document,
    Figure,
    Header,
    Heading,
    Paragraph,
    Signature,
    Table,
    appendix_reference,
)


def _end_sentence(text: str) -> str:
    return text.rstrip(" .;:") + "./."


def _keep_years(text: str) -> str:
    """A period ("2022 – 2025") is never broken over two lines of the title block."""
    return re.sub(r"(\d{4}) – (\d{4})", "\\1\u00a0–\u00a0\\2", text)


def section_blocks(sections: list[dict[str, Any]]) -> list[Block]:
    """Headings numbered as the outline numbers them ("A.", "I.", "1.", "a)", none), in the
    style of their numbering; content frozen before outlines had numbering (no "number")
    is numbered I., 1., a) by level as it was printed then."""
    blocks: list[Block] = []
    for section in sections:
        if section["level"] > 0 and section["title"]:
            if "number" in section:
                blocks.append(Heading(section["title"], level=section.get("look", 1),
                                      number=section["number"]))
            else:
                blocks.append(Heading(section["title"], level=section["level"]))
        items: list[str] = []
        for raw in section.get("text", "").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- "):
                items.append(line[2:].strip())
                continue
            if items:
                blocks.append(BulletList(items))
                items = []
            blocks.append(Paragraph(line))
        if items:
            blocks.append(BulletList(items))
    _close(blocks)
    return blocks


def _close(blocks: list[Block]) -> None:
    """End the last sentence of the body with "./."."""
    for block in reversed(blocks):
        if isinstance(block, BulletList) and block.items:
            block.items[-1] = _end_sentence(block.items[-1])
            return
        if isinstance(block, Paragraph) and isinstance(block.text, str):
            block.text = _end_sentence(block.text)
            return


def _appendix(data: dict[str, Any], reference: str = "") -> Appendix:
    columns = data["columns"]
    aligns: list[Align] = [*(["center"] * (len(columns) - 1)), "left"]  # type: ignore[list-item]
    blocks: list[Block] = [Table(header_rows=[columns], rows=data["rows"],
                                 widths=data["widths"], aligns=aligns, font_size=10)]
    if data.get("note"):
        blocks.append(Paragraph(data["note"]))
    if data.get("thrift"):
        from desktop_app.documents.savings.charts import saved_percent_drawing

        table = thrift_from_json(data["thrift"])
        blocks.append(Figure(saved_percent_drawing(table),
                             caption=f"Kết quả thực hành tiết kiệm, {table.period.label}"))
    return Appendix(title=data["title"], subtitle=data.get("subtitle", ""), blocks=blocks,
                    reference=reference)


def render_report_pdf(content: dict[str, Any]) -> bytes:
    """The archived PDF of an issued report (``core.report.reports.issue_report`` takes it):
    the default page settings, so that the archive does not depend on the secretary's."""
    from desktop_app.documents.pdf import render_pdf_bytes

    return render_pdf_bytes(report_document(content))


def report_document(content: dict[str, Any]) -> Document:
    header = content["header"]
    signature = content["signature"]
    date = dt.date.fromisoformat(header["date"])
    subject = content["subject"]
    reference = appendix_reference(content["type_name"], header["number"], date,
                                   header["cell_name"],
                                   subject if subject.startswith("trình ") else "")
    return Document(
        header=Header(superior_lines=list(header["superior_lines"]),
                      cell_name=header["cell_name"], number=header["number"],
                      place=header["place"], date=dt.date.fromisoformat(header["date"])),
        type_name=content["type_name"],
        subject=_keep_years(subject[:1].upper() + subject[1:]),
        draft_mark=content.get("draft_mark", ""),
        blocks=section_blocks(content["sections"]),
        signature=Signature(authority=signature["authority"], title=signature["title"],
                            name=signature["name"]),
        recipients=list(content["recipients"]),
        appendices=([_appendix(content["appendix"], reference)] if content.get("appendix")
                    else []),
    )
