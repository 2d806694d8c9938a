"""A plan, resolution or action programme printed as a Party document (KH / NQ / CTr).

I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG (the targets); III. TỔ CHỨC THỰC HIỆN (who does
what by when, as a table). The number comes from the document register when the plan
is issued; a plan that already carries a number (issued on paper) keeps it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import clean_line
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.plans import PlanData, lower_first
from desktop_app.core.register import numbering as register
from desktop_app.db import database
from desktop_app.documents.jobs import DocumentJob, Save, default_issue_date
from desktop_app.documents.members.member_list import check_particulars
from desktop_app.documents.model import (
    BulletList,
    Document,
    Header,
    Heading,
    Paragraph,
    Run,
    Signature,
    Table,
)

SOURCE_KIND = plans_core.SOURCE_KIND
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
RECIPIENTS = ["- Đảng ủy cấp trên (để b/c);", "- Các đồng chí đảng viên (để t/h);",
              "- Lưu Chi bộ."]


def document_date(plan: PlanData, as_of: dt.date | None = None) -> dt.date:
    """The dated line: the issue date once issued, else the date chosen, else the draft's."""
    return plan.issued_date or as_of or plan.plan_date or dt.date.today()


def _lines(text: str) -> list[str]:
    return [clean_line(line) for line in text.splitlines() if line.strip()]


def _end_sentence(text: str) -> str:
    return text.rstrip(" .;") + "./."


def build_plan_document(plan: PlanData, number_text: str,
                        as_of: dt.date | None = None) -> Document:
    """The document of *plan* numbered *number_text* ("Số 13-KH/CB")."""
    cell = check_particulars()
    date = document_date(plan, as_of)
    label = plan.kind_label
    cell_name = clean_line(cell.name)
    intro = f"Chi bộ {cell_name.removeprefix('Chi bộ ').strip()}"
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
    blocks.append(Paragraph("Chi ủy phân công thực hiện và theo dõi tiến độ như sau:"))
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
        "Chi ủy kiểm tra, đôn đốc, đánh giá tiến độ thực hiện hằng quý và khi sơ kết, tổng kết.",
    ]))
    blocks.append(Paragraph(_end_sentence(
        f"Trên đây là {subject_text} của {intro}, đề nghị các đồng chí đảng viên "
        "nghiêm túc thực hiện")))
    term = cell_core.current_term(date)
    return Document(
        header=Header(superior_lines=[cell.superior_line1, cell.superior_line2],
                      cell_name=cell.name, number=number_text, place=cell.place, date=date),
        type_name=TYPE_NAMES[plan.kind],
        subject=clean_line(plan.title),
        blocks=blocks,
        signature=Signature(authority="T/M CHI BỘ", title="BÍ THƯ",
                            name=term.secretary_name if term is not None else ""),
        recipients=list(RECIPIENTS),
    )


def prepare_plan(plan_id: int, as_of: dt.date | None = None, *,
                 issue: bool = False) -> Document:
    """The plan's document with its number.

    A plan that has a number keeps it (and its date). Otherwise, with *issue* (printing
    or saving), the register gives the next number of its type on *as_of* and the plan
    keeps number and date; without *issue* (a preview) it shows the number it would get.
    """
    plan = plans_core.get_plan(plan_id)
    check_particulars()
    if plan.number is not None:
        number_text = f"Số {plan.document_number(register.cell_code())}"
        return build_plan_document(plan, number_text, as_of)
    date = document_date(plan, as_of)
    if issue:
        plan = plans_core.issue_plan(plan_id, date)
        number_text = f"Số {plan.document_number(register.cell_code())}"
        return build_plan_document(plan, number_text, as_of)
    term = register.term_for(date)
    number_text = register.format_number(register.next_number(term, plan.type_code),
                                         plan.type_code)
    return build_plan_document(plan, number_text, as_of)


def issue_and_save(plan_id: int, as_of: dt.date | None, save: Save) -> Document:
    """Issue the plan (register number, kept on the plan) and save it, as one step.

    The number is recorded only if *save* succeeds.
    """
    with database.atomic():
        document = prepare_plan(plan_id, as_of, issue=True)
        save(document)
    return document


def plan_job(plan_id: int) -> DocumentJob:
    """Preview, save and print a plan; it takes its number when first saved or printed."""
    plan = plans_core.get_plan(plan_id)

    def saved_pdf(document: Document, path: Path) -> None:
        entry = register.find_issued(plan.type_code, SOURCE_KIND, plan_id)
        if entry is not None:
            register.attach_file(entry.id, str(path))

    as_of = None
    if plan.number is None:
        as_of = plan.plan_date or default_issue_date()
    return DocumentJob(
        title=plan.display_name,
        build=lambda day: prepare_plan(plan_id, day),
        issue_and_save=lambda day, save: issue_and_save(plan_id, day, save),
        as_of=as_of,
        saved_pdf=saved_pdf,
    )
