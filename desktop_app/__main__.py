"""Command line: ``sochibo [--db PATH]`` opens the GUI; subcommands automate.

The GUI is imported lazily so that subcommands start fast and never need a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import APP_NAME, __version__
from .cli import backup as backup_commands
from .cli import database as database_commands
from .cli import documents as document_commands
from .cli import report as report_commands

COMMAND_MODULES = (database_commands, document_commands, backup_commands, report_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sochibo", description=f"{APP_NAME}: sổ tay công tác của Bí thư chi bộ."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu cần mở")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        from .logging_setup import setup_logging

        setup_logging(console=False)
        return handler(args)
    from . import file_check, paths

    path = args.db.expanduser() if args.db else paths.default_database()
    file_check.start(path)  # reads the whole file: meanwhile the window's code loads
    from .gui.app import run_gui

    return run_gui(path)


if __name__ == "__main__":
    sys.exit(main())
