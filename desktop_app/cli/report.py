"""``report``: draft a report for a period and write it as PDF and/or Word.

The draft is built with the default texts on a private snapshot copy of the database,
inside a transaction that is rolled back: the command never writes to the live file, so it
runs beside a window that has it open (drafts to keep are made in the Report tab). The
outline is one of the file's (by its code or its name) or an outline file (.json); a
report dated outside the outline's years is drafted with a warning.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

KINDS = ("annual", "interim", "final", "theme", "congress")
UNIT_KINDS = ("chi_bo", "chi_bo_co_so", "dang_bo_co_so", "dang_bo_bo_phan")


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "report", help="soạn báo cáo (năm, sơ kết, tổng kết, chuyên đề, báo cáo chính trị) từ "
                       "dữ liệu, ghi ra PDF và/hoặc Word")
    command.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    command.add_argument("--from", dest="start", required=True, type=int, help="năm đầu kỳ")
    command.add_argument("--to", dest="end", required=True, type=int, help="năm cuối kỳ")
    command.add_argument("--out", type=Path, help="tệp PDF cần ghi")
    command.add_argument("--docx", type=Path, help="tệp Word cần ghi")
    command.add_argument("--outline",
                         help="đề cương: mã hoặc tên một đề cương của tệp dữ liệu, hoặc đường "
                              "dẫn tệp đề cương .json (mặc định: tong-ket-cuoc-van-dong)")
    command.add_argument("--kind", choices=KINDS,
                         help="loại báo cáo: annual (năm), interim (sơ kết), final (tổng kết), "
                              "theme (chuyên đề năm), congress (báo cáo chính trị); mặc định: "
                              "loại của đề cương")
    command.add_argument("--date", help="ngày báo cáo, dạng ngày/tháng/năm "
                                        "(mặc định: hôm nay hoặc ngày cuối kỳ)")
    command.add_argument("--from-month", dest="start_month", type=int, default=1,
                         help="tháng đầu kỳ (mặc định: 1)")
    command.add_argument("--to-month", dest="end_month", type=int, default=12,
                         help="tháng cuối kỳ (mặc định: 12)")
    command.add_argument("--subject", default="",
                         help="trích yếu (mặc định: soạn theo loại báo cáo và đề cương)")
    command.add_argument("--answer", dest="answers", action="append", default=[],
                         help="văn bản báo cáo này trả lời (nhắc lại cho mỗi văn bản), ví dụ "
                              "“Hướng dẫn số 114-HD/ĐUK ngày 06/9/2010 của Đảng ủy Khối …”")
    command.add_argument("--unit-kind", choices=UNIT_KINDS,
                         help="loại tổ chức đảng: chi_bo, chi_bo_co_so, dang_bo_co_so, "
                              "dang_bo_bo_phan (mặc định: như Thông tin chi bộ)")
    command.add_argument("--no-draft-mark", dest="draft_mark", action="store_false",
                         help="không in dòng “(Dự thảo)” dưới tên báo cáo (bản trình ký)")
    command.add_argument("--congress-number", type=int,
                         help="báo cáo chính trị: đại hội lần thứ mấy (mặc định: đại hội "
                              "đã nhập gần nhất)")
    command.add_argument("--new-term", help="báo cáo chính trị: nhiệm kỳ mới, ví dụ 2022-2025")
    command.add_argument("--congress-date", help="báo cáo chính trị: ngày đại hội "
                                                 "(ngày/tháng/năm)")
    command.add_argument("--congress-place", default="", help="báo cáo chính trị: nơi họp")
    command.set_defaults(handler=run_report)


def _outline(value: str | None):
    """The outline named on the command line: a file (.json) or one of the database's."""
    from desktop_app.core.report import outline_store
    from desktop_app.core.report.report_data import DEFAULT_OUTLINE
    from desktop_app.errors import UserError

    if value is None:
        return outline_store.get_outline(DEFAULT_OUTLINE)
    path = Path(value)
    if path.suffix.lower() == ".json" or path.is_file():
        return outline_store.read_outline_file(path)
    found = outline_store.find_outline(value)
    if found is None:
        codes = ", ".join(o.id for o in outline_store.list_outlines())
        raise UserError(f"Không có đề cương “{value}” (theo mã hoặc tên). Các đề cương của tệp "
                        f"dữ liệu: {codes}.")
    return found


def _congress(args: argparse.Namespace):
    """The congress of a political report: given on the command line, else the latest."""
    from desktop_app.core.common.formats import parse_date
    from desktop_app.core.report import congress as congress_core
    from desktop_app.errors import UserError

    if args.congress_number is None and args.new_term is None and args.congress_date is None:
        latest = congress_core.latest_congress()
        if latest is None:
            raise UserError("Báo cáo chính trị cần thông tin đại hội: --congress-number, "
                            "--new-term (ví dụ 2022-2025) và --congress-date.")
        return latest
    first = last = None
    if args.new_term:
        parts = [p.strip() for p in args.new_term.replace("–", "-").split("-")]
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise UserError("Nhiệm kỳ mới ghi dạng năm-năm, ví dụ 2022-2025.")
        first, last = int(parts[0]), int(parts[1])
    try:
        day = parse_date(args.congress_date) if args.congress_date else None
    except ValueError as error:
        raise UserError(f"Ngày đại hội: {error}") from None
    return congress_core.CongressData(number=args.congress_number, term_start=first,
                                      term_end=last, date=day, place=args.congress_place)


def run_report(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop_app.core.cell.page_setup import load_document_settings
    from desktop_app.core.common.formats import parse_date
    from desktop_app.core.report import issuing as report_issuing
    from desktop_app.core.report import reports as report_core
    from desktop_app.documents.report.summary import report_document

    from ..db import database
    from ..documents.docx import render_docx
    from ..documents.pdf import render_pdf
    from ..errors import UserError, ValidationError
    from .opening import snapshot

    if args.out is None and args.docx is None:
        print("Hãy chọn tệp cần ghi: --out TỆP.pdf và/hoặc --docx TỆP.docx.", file=sys.stderr)
        return 1
    if not 1 <= args.end_month <= 12 or not 1 <= args.start_month <= 12:
        print("Tháng phải từ 1 đến 12.", file=sys.stderr)
        return 1
    try:
        last = (dt.date(args.end + args.end_month // 12, args.end_month % 12 + 1, 1)
                - dt.timedelta(days=1))
        day = parse_date(args.date) if args.date else min(dt.date.today(), last)
    except (ValueError, OverflowError) as error:
        print(str(error), file=sys.stderr)
        return 1
    try:
        with snapshot(args.db):  # a private copy: the live file is never written to
            with database.atomic() as transaction:
                outline = _outline(args.outline if args.outline or args.kind != "congress"
                                   else "dai-hoi-bao-cao-chinh-tri")
                kind = args.kind or outline.kind
                congress = _congress(args) if kind == "congress" else None
                wanted = report_core.ReportData(
                    kind=kind, start_year=args.start, start_month=args.start_month,
                    end_year=args.end, end_month=args.end_month, outline_id=outline.id,
                    report_date=day, subject=args.subject,
                    answers=[a.strip() for a in args.answers if a.strip()],
                    unit_kind=args.unit_kind or "", draft_mark=args.draft_mark,
                    congress_id=congress.id if congress is not None else None)
                warning = report_core.outline_warning(wanted, outline)
                if warning:
                    print(f"Cảnh báo: {warning}", file=sys.stderr)
                draft = report_core.create_draft(
                    wanted, today=day, outline=outline,
                    congress=congress if congress is not None and congress.id is None
                    else None)
                assert draft.id is not None
                content = report_issuing.build_content(draft.id)
                transaction.rollback()  # a command-line draft leaves no record
            settings = load_document_settings()
            document = report_document(content)
            if args.out is not None:
                render_pdf(document, args.out, settings)
            if args.docx is not None:
                render_docx(document, args.docx, settings)
    except ValidationError as error:
        print(" ".join(error.fields.values()), file=sys.stderr)
        return 1
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    for path in (args.out, args.docx):
        if path is not None:
            print(f"Đã ghi {path}.")
    return 0
