"""``demo`` and ``check``: create the demo database, check a file's health."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="tạo cơ sở dữ liệu mẫu (chi bộ tham khảo)")
    demo.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    demo.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    demo.set_defaults(handler=run_demo)

    check = subparsers.add_parser("check", help="kiểm tra tính toàn vẹn của tệp dữ liệu")
    check.add_argument("--db", required=True, type=Path, help="đường dẫn tệp cơ sở dữ liệu")
    check.set_defaults(handler=run_check)


def run_demo(args: argparse.Namespace) -> int:
    from ..core.demo import DemoExistsError, create_demo_database
    from ..errors import UserError

    try:
        create_demo_database(args.db, force=args.force)
    except DemoExistsError as error:
        print(str(error), file=sys.stderr)
        return 1
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"Đã tạo cơ sở dữ liệu mẫu: {args.db}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..db.connection import check_file

    result = check_file(args.db)
    print(result.message, file=sys.stdout if result.healthy else sys.stderr)
    return 0 if result.healthy else 1
