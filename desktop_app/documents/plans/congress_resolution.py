"""The resolution of the unit's congress (nghị quyết đại hội chi bộ / đảng bộ).

The congress's own paper, as its political report is: the left header names the congress
("ĐẠI HỘI CHI BỘ … LẦN THỨ V"), no register number, signed for the congress's presidium
(T/M ĐOÀN CHỦ TỊCH, the name written by hand). What it says is what the secretary entered
with the congress (``core.report.congress``): the meeting (date, place, delegates, a pilot
congress), the new term's main targets and the election results. Each sentence appears
only when its data was entered; what the app cannot know (the congress's judgement of the
term) is a hint in brackets for the secretary to replace.
"""

from __future__ import annotations

from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.formats import prose_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.plans.model import TargetData
from desktop_app.core.report.congress import CongressData
from desktop_app.documents.letterhead import recipients, unit_name
from desktop_app.documents.model import Document, Header, Paragraph, Run, Signature

AUTHORITY = "T/M ĐOÀN CHỦ TỊCH"


def _target(index: int, target: TargetData) -> str:
    content = clean_line(target.content).rstrip(" .;:")
    text = f"({index}) {content}"
    if target.target_text and target.target_text.casefold() not in content.casefold():
        text += f" (chỉ tiêu: {target.target_text.rstrip(' .')})"
    return text


def _opening(congress: CongressData, name: str, party_committee: bool) -> str:
    text = name
    if congress.date is not None:
        text += f" họp {prose_date(congress.date)}"
    if congress.place:
        text += f" tại {clean_line(congress.place)}"
    text += "."
    summoned, present = congress.delegates_summoned, congress.delegates_present
    who = "đại biểu" if party_committee else "đảng viên"
    if summoned and present is not None:
        text += f" Đại hội có {present}/{summoned} {who} được triệu tập có mặt."
    elif present:
        text += f" Đại hội có {present} {who} có mặt."
    if congress.pilot:
        text += " Đây là đại hội điểm."
    return text


def _elected(congress: CongressData, committee: str) -> str:
    parts = []
    if congress.committee:
        names = ", ".join(clean_line(n) for n in congress.committee)
        parts.append(f"{committee} nhiệm kỳ {congress.term_text} gồm "
                     f"{len(congress.committee):02d} đồng chí: {names}")
    if congress.secretary_name:
        parts.append(f"Bí thư: đồng chí {clean_line(congress.secretary_name)}")
    if congress.deputy_secretary_name:
        parts.append(f"Phó Bí thư: đồng chí {clean_line(congress.deputy_secretary_name)}")
    return "; ".join(parts)


def build_congress_resolution(congress: CongressData, letterhead: Letterhead) -> Document:
    """The resolution of *congress*, with the new term's targets it holds."""
    unit = unit_name(letterhead)
    words = letterhead.words
    committee = words.Committee
    name = congress.name(unit)
    blocks: list = [Paragraph(_opening(congress, name, words.is_party_committee)),
                    Paragraph([Run("QUYẾT NGHỊ:", bold=True)], align="center", indent=False)]
    items: list[tuple[str, str]] = [(
        "Về kết quả nhiệm kỳ qua: ",
        "(Nêu ngắn gọn đánh giá của Đại hội về kết quả thực hiện nghị quyết nhiệm kỳ qua và "
        "Báo cáo chính trị trình Đại hội.)")]
    targets = [t for t in congress.targets if clean_line(t.content)]
    if targets:
        items.append((f"Các chỉ tiêu chủ yếu nhiệm kỳ {congress.term_text}: ",
                      "; ".join(_target(i, t) for i, t in enumerate(targets, start=1)) + "."))
    elected = _elected(congress, committee)
    if elected:
        items.append(("Kết quả bầu cử: ", elected + "."))
    items.append(("", f"Giao {committee} nhiệm kỳ {congress.term_text} căn cứ Nghị quyết Đại "
                      "hội xây dựng chương trình hành động, lãnh đạo tổ chức thực hiện thắng "
                      "lợi Nghị quyết./."))
    for index, (lead, text) in enumerate(items, start=1):
        runs = [Run(f"{index}. ", bold=True)]
        if lead:
            runs.append(Run(lead, bold=True))
        runs.append(Run(text))
        blocks.append(Paragraph(runs))
    assert congress.date is not None, "a congress is saved with its date"
    header = Header(superior_lines=list(letterhead.superior_lines),
                    cell_name=congress.title(unit), number="", place=letterhead.place,
                    date=congress.date)
    return Document(header=header, type_name="NGHỊ QUYẾT", subject=name, blocks=blocks,
                    signature=Signature(authority=AUTHORITY, title="", name=""),
                    recipients=recipients(letterhead, "plan"))
