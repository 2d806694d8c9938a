"""Command line: ``sochibo [--db PATH]`` opens the GUI; subcommands automate.

The GUI is imported lazily so that subcommands start fast and never need a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    from .cli import arguments, backup, closing, database, documents, report

    arguments.speak_vietnamese()
    parser = argparse.ArgumentParser(
        prog="sochibo", description=f"{APP_NAME}: sổ tay công tác của Bí thư chi bộ."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu cần mở")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH")
    for module in (database, documents, backup, report, closing):
        module.register(subparsers)
    return arguments.name_types(parser)


def _window_only(argv: list[str] | None) -> argparse.Namespace | None:
    """``sochibo`` and ``sochibo --db PATH``, read without loading the subcommands (their
    modules and parser took ~8 ms of the window's start-up); None for anything else
    (a subcommand, --help, --version, a mistake), which the full parser reads."""
    quick = argparse.ArgumentParser(prog="sochibo", add_help=False, exit_on_error=False)
    quick.add_argument("--db", type=Path)
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    import os

    from .private_files import UMASK

    previous = os.umask(UMASK)  # whatever the program creates is the user's only
    try:
        return _main(argv)
    finally:
        os.umask(previous)


def _main(argv: list[str] | None) -> int:
    args = _window_only(argv)
    if args is None:
        from .cli import console

        console.prepare()  # before --help or any message: Vietnamese in every code page
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        from .cli import console
        from .logging_setup import setup_logging

        setup_logging(console=False)
        return console.run(handler, args)
    from . import file_check, paths

    path = args.db.expanduser() if args.db else paths.default_database()
    file_check.start(path)  # reads the whole file: meanwhile the window's code loads
    from .gui.app import run_gui

    return run_gui(path)


if __name__ == "__main__":
    sys.exit(main())
