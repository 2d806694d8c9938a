"""``backup`` and ``restore``: for a scheduled task or a careful secretary at a prompt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="sao lưu tệp dữ liệu (in ra đường dẫn bản sao)")
    backup.add_argument("--db", required=True, type=Path, help="tệp cơ sở dữ liệu cần sao lưu")
    backup.add_argument("--to", type=Path, default=None,
                        help="thư mục lưu bản sao (mặc định: thư mục backups cạnh tệp dữ liệu)")
    backup.add_argument("--auto", action="store_true",
                        help="sao lưu tự động (cho lịch chạy định kỳ): dọn bớt bản tự động cũ")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="phục hồi tệp dữ liệu từ một bản sao lưu (không hỏi lại)"
    )
    restore.add_argument("--db", required=True, type=Path, help="tệp cơ sở dữ liệu cần phục hồi")
    restore.add_argument("file", type=Path, help="bản sao lưu (.sochibo-backup)")
    restore.add_argument("--password-file", type=Path, default=None,
                         help="tệp chứa mật khẩu, nếu bản sao lưu có mật khẩu")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.backup.backups import create_backup
    from desktop_app.core.backup.retention import automatic_backup

    from ..errors import UserError

    try:
        if args.auto and args.to is None:
            info = automatic_backup(args.db)
        else:
            info = create_backup(args.db, reason="automatic" if args.auto else "manual",
                                 folder=args.to)
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(info.path)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.backup.crypto import PasswordRequiredError
    from desktop_app.core.backup.lock import DatabaseLock
    from desktop_app.core.backup.restore import restore_backup
    from desktop_app.db.storage import explain

    from ..errors import UserError

    password = None
    try:
        if args.password_file is not None:
            try:
                password = args.password_file.read_text(encoding="utf-8").strip("\r\n")
            except OSError as error:
                raise UserError(f"Không đọc được tệp mật khẩu: "
                                f"{explain(error, args.password_file)}") from error
        with DatabaseLock(args.db):
            result = restore_backup(args.db, args.file, password=password)
    except PasswordRequiredError as error:
        print(f"{error} Dùng --password-file TỆP (tệp chứa mật khẩu).", file=sys.stderr)
        return 1
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"Đã phục hồi “{args.db}” từ “{args.file}”.")
    for line in result.summary.lines():
        print(f"  {line}")
    if result.safety_backup is not None:
        print(f"Dữ liệu trước khi phục hồi được giữ tại: {result.safety_backup.path}")
    for moved in result.quarantined:
        print(f"Tệp hỏng cũ được chuyển tới: {moved}")
    return 0
