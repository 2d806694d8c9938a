"""A plan, resolution or action programme printed as a Party document (KH / NQ / CTr).

I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG (the targets); III. TỔ CHỨC THỰC HIỆN (who does
what by when, as a table). Built from the plan as the core reads it; the number comes
from the document register when the plan is issued (``jobs.prepare_plan``), and a plan
that already carries a number (issued on paper) keeps it.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.plans.model import PlanData, lower_first
from desktop_app.documents.letterhead import cell_header, recipients, unit_name, unit_signature
from desktop_app.documents.model import (
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
)

TYPE_NAMES = {
    "plan": "KẾ HOẠCH",
    "resolution": "NGHỊ QUYẾT",
    "action_programme": "CHƯƠNG TRÌNH HÀNH ĐỘNG",
}
VERBS = {"plan": "xây dựng", "resolution": "ban hành", "action_programme": "xây dựng"}
COLUMNS = ["STT", "Nội dung", "Chỉ tiêu", "Người phụ trách", "Thời hạn"]
WIDTHS = [11.5, 60.5, 37.0, 31.0, 25.0]  # mm of the 165 mm text width
ALIGNS = ["center", "left", "left", "left", "center"]
TABLE_SIZE = 12.0


def document_date(plan: PlanData, as_of: dt.date | None = None) -> dt.date:
    """The dated line: the issue date once issued, else the date chosen, else the draft's."""
    return plan.issued_date or as_of or plan.plan_date or dt.date.today()


def _lines(text: str) -> list[str]:
    return [clean_line(line) for line in text.splitlines() if line.strip()]


def _end_sentence(text: str) -> str:
    return text.rstrip(" .;") + "./."


def build_plan_document(plan: PlanData, letterhead: Letterhead, number_text: str,
                        date: dt.date, secretary_name: str) -> Document:
    """The document of *plan* numbered *number_text* ("Số 13-KH/CB"), dated *date*
    (``document_date``), signed by *secretary_name*."""
    label = plan.kind_label
    intro = unit_name(letterhead)
    committee = letterhead.words.Committee  # "Chi ủy", "Đảng ủy"
    implements = plan.implements_lines
    subject_text = f"{label} {lower_first(plan.title)}"
    opening = f"{intro} {VERBS[plan.kind]} {subject_text} như sau:"
    if implements:
        opening = f"Thực hiện {'; '.join(implements)}; {opening}"
    blocks: list = [Paragraph(opening)]
    if plan.theme:
        blocks.append(Paragraph([Run(f"Chủ đề năm {plan.year}: ", bold=True),
                                 Run(clean_line(plan.theme), italic=True)]))
    blocks.append(Heading("MỤC ĐÍCH, YÊU CẦU", 1))
    blocks.append(Heading("Mục đích", 2))
    blocks += [Paragraph(line) for line in _lines(plan.purpose)] or [Paragraph("(chưa ghi)")]
    blocks.append(Heading("Yêu cầu", 2))
    blocks += [Paragraph(line) for line in _lines(plan.requirements)] or [
        Paragraph("(chưa ghi)")]
    blocks.append(Heading("NỘI DUNG", 1))
    if plan.targets:
        for index, target in enumerate(plan.targets, start=1):
            content = clean_line(target.content).rstrip(" .;:")
            text = [Run(f"{index}. ", bold=True), Run(f"{content}.")]
            if target.target_text:
                text.append(Run(f" Chỉ tiêu: {target.target_text.rstrip(' .')}.", italic=True))
            blocks.append(Paragraph(text))
    else:
        blocks.append(Paragraph("Chưa đề ra chỉ tiêu, nhiệm vụ cụ thể."))
    blocks.append(Heading("TỔ CHỨC THỰC HIỆN", 1))
    blocks.append(Paragraph(f"{committee} phân công thực hiện và theo dõi tiến độ như sau:"))
    rows = [
        [str(i), clean_line(t.content), t.target_text, ", ".join(t.responsible_names),
         short_date(t.deadline)]
        for i, t in enumerate(plan.targets, start=1)
    ]
    blocks.append(Table(header_rows=[COLUMNS], rows=rows, widths=WIDTHS,
                        aligns=ALIGNS, font_size=TABLE_SIZE))  # type: ignore[arg-type]
    blocks.append(BulletList([
        "Các đồng chí được phân công chủ động triển khai, báo cáo kết quả tại sinh hoạt chi bộ "
        "định kỳ hằng tháng;",
        f"{committee} kiểm tra, đôn đốc, đánh giá tiến độ thực hiện hằng quý và khi sơ kết, "
        "tổng kết.",
    ]))
    blocks.append(Paragraph(_end_sentence(
        f"Trên đây là {subject_text} của {intro}, đề nghị các đồng chí đảng viên "
        "nghiêm túc thực hiện")))
    return Document(
        header=cell_header(letterhead, date, number_text),
        type_name=TYPE_NAMES[plan.kind],
        subject=clean_line(plan.title),
        blocks=blocks,
        signature=unit_signature(letterhead, secretary_name),
        recipients=recipients(letterhead, "plan"),
    )
