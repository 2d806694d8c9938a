"""``member-list`` and ``register``: print the member list, list the document register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    members = subparsers.add_parser(
        "member-list", help="in danh sách đảng viên ra PDF và/hoặc Word (cấp số văn bản)")
    members.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    members.add_argument("--date", help="ngày ban hành, dạng ngày/tháng/năm (mặc định: hôm "
                         "nay; ngày cuối nhiệm kỳ gần nhất khi hôm nay ngoài mọi nhiệm kỳ)")
    members.add_argument("--pdf", type=Path, help="tệp PDF cần ghi")
    members.add_argument("--docx", type=Path, help="tệp Word cần ghi")
    members.set_defaults(handler=run_member_list)

    book = subparsers.add_parser("register", help="liệt kê sổ văn bản đã ban hành")
    book.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    book.set_defaults(handler=run_register)


def run_member_list(args: argparse.Namespace) -> int:
    from desktop_app.core.cell.page_setup import load_document_settings
    from desktop_app.core.common.formats import parse_date
    from desktop_app.core.register import numbering as register_core
    from desktop_app.documents.members.jobs import issue_and_save, issued_entry

    from ..documents.docx import render_docx
    from ..documents.model import Document
    from ..documents.pdf import render_pdf
    from ..errors import UserError
    from .opening import writing

    if args.pdf is None and args.docx is None:
        print("Hãy chọn tệp cần ghi: --pdf TỆP.pdf và/hoặc --docx TỆP.docx.", file=sys.stderr)
        return 1
    try:
        day = parse_date(args.date) if args.date else None
    except ValueError as error:
        print(str(error), file=sys.stderr)
        return 1
    try:
        with writing(args.db, "member-list"):  # it issues a number into the register
            from ..documents.jobs import default_issue_date

            settings = load_document_settings()

            def save(document: Document) -> None:
                if args.pdf is not None:
                    render_pdf(document, args.pdf, settings)
                if args.docx is not None:
                    render_docx(document, args.docx, settings)

            # Without --date: today, or the last day of the latest term (as the window).
            document = issue_and_save(day or default_issue_date(), save)
            entry = issued_entry(document.header.date)
            if args.pdf is not None and entry is not None:
                register_core.attach_file(entry.id, str(args.pdf.resolve()))
            for path in (args.pdf, args.docx):
                if path is not None:
                    print(f"Đã ghi {path} ({document.header.number}).")
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0


def run_register(args: argparse.Namespace) -> int:
    from desktop_app.core.common.formats import short_date
    from desktop_app.core.register import numbering as register_core

    from ..errors import UserError
    from .opening import reading

    try:
        with reading(args.db):  # works beside a window that has the file open
            entries = register_core.list_entries()
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    if not entries:
        print("Sổ văn bản chưa có văn bản nào.")
    for e in entries:
        mark = " (đã hủy)" if e.cancelled else ""
        print(f"{e.number_text}\t{short_date(e.issued_date)}\t{e.type_name}: {e.subject}{mark}")
    return 0
