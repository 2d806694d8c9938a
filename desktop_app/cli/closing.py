"""``close-year``, ``reopen-year`` and ``changes``: closed years and the change log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    close = subparsers.add_parser(
        "close-year", help="khóa sổ một năm (sao lưu trước; dữ liệu năm đó chỉ còn xem được)")
    close.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    close.add_argument("--year", required=True, type=int, help="năm cần khóa sổ")
    close.add_argument("--note", default="", help="ghi chú (ví dụ: đã ban hành báo cáo số …)")
    close.set_defaults(handler=run_close)

    reopen = subparsers.add_parser("reopen-year", help="bỏ khóa sổ một năm, ghi lý do")
    reopen.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    reopen.add_argument("--year", required=True, type=int, help="năm cần bỏ khóa sổ")
    reopen.add_argument("--reason", required=True, help="lý do bỏ khóa sổ")
    reopen.set_defaults(handler=run_reopen)

    listing = subparsers.add_parser(
        "changes", help="danh sách thay đổi dữ liệu trong một thời gian, hoặc của kỳ một báo "
                        "cáo sau khi ban hành; in ra màn hình, PDF hoặc Word")
    listing.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    listing.add_argument("--from", dest="start", help="từ ngày (ngày/tháng/năm)")
    listing.add_argument("--to", dest="end", help="đến ngày (ngày/tháng/năm)")
    listing.add_argument("--report", help="số báo cáo đã ban hành, ví dụ 01-BC/CB: những thay "
                                          "đổi của kỳ báo cáo sau khi ban hành")
    listing.add_argument("--pdf", type=Path, help="tệp PDF cần ghi")
    listing.add_argument("--docx", type=Path, help="tệp Word cần ghi")
    listing.set_defaults(handler=run_changes)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run_close(args: argparse.Namespace) -> int:
    from ..core.closing import years
    from ..errors import UserError
    from .opening import writing

    try:
        with writing(args.db, "close-year"):
            closing = years.close_year(args.year, args.note)
    except UserError as error:
        return _fail(str(error))
    print(f"Đã khóa sổ năm {closing.year}."
          + (f" Bản sao lưu trước khi khóa sổ: {closing.backup_file}" if closing.backup_file
             else ""))
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from ..core.closing import years
    from ..errors import UserError
    from .opening import writing

    try:
        with writing(args.db, "reopen-year"):
            closing = years.reopen_year(args.year, args.reason)
    except UserError as error:
        return _fail(str(error))
    print(f"Đã bỏ khóa sổ năm {closing.year}; lý do: {closing.reopen_reason}")
    return 0


def _find_report(text: str) -> int | None:
    from ..core.closing import years
    from ..core.common.text import fold

    wanted = fold(text).replace("so ", "").strip()
    for report in years.issued_reports():
        if fold(report.number).replace("so ", "").strip() == wanted:
            return report.id
    return None


def run_changes(args: argparse.Namespace) -> int:
    from ..core.closing import lists
    from ..core.common.formats import parse_date
    from ..errors import UserError
    from .opening import reading

    try:
        start = parse_date(args.start) if args.start else None
        end = parse_date(args.end) if args.end else None
    except ValueError as error:
        return _fail(str(error))
    if start and end and end < start:
        return _fail("Ngày cuối (--to) phải từ ngày đầu (--from) trở đi.")
    if args.report and (start or end):
        return _fail("Chọn hoặc --report, hoặc --from/--to, không chọn cả hai.")
    try:  # read-only: it works beside a window that has the file open
        with reading(args.db):
            if args.report:
                report_id = _find_report(args.report)
                if report_id is None:
                    return _fail(f"Không có báo cáo đã ban hành số “{args.report}”.")
                found = lists.since_issued(report_id)
            else:
                found = lists.for_days(start, end)
            _write(found, args)
    except UserError as error:
        return _fail(str(error))
    return 0


def _write(found, args: argparse.Namespace) -> None:
    if args.pdf is None and args.docx is None:
        print(found.subject)
        print(found.intro)
        for line in found.closings:
            print(f"- {line}")
        for n, line in enumerate(found.lines, start=1):
            print(f"{n}\t{line.when}\t{line.user}\t{line.record}\t{line.what}")
        return
    from ..core.cell.page_setup import load_document_settings
    from ..core.closing.lists import paper
    from ..documents.closing.change_list import build_change_list
    from ..documents.docx import render_docx
    from ..documents.pdf import render_pdf

    document = build_change_list(paper(found))
    settings = load_document_settings()
    if args.pdf is not None:
        render_pdf(document, args.pdf, settings)
        print(f"Đã ghi {args.pdf}.")
    if args.docx is not None:
        render_docx(document, args.docx, settings)
        print(f"Đã ghi {args.docx}.")
