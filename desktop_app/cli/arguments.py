"""The command line's own messages in Vietnamese: argparse's errors, usage and help headings.

argparse looks every text it prints up through gettext when it prints it (its module-level
``_`` and ``ngettext``). Python ships no Vietnamese catalog, and gettext would pick one by the
process's locale anyway, which on an office PC is rarely Vietnamese; so the command line
installs this small catalog in argparse itself before it builds its parser. A text not listed
here stays as argparse has it (they are texts a programmer meets, not the user).

Only the command-line process does this: the window never builds a full parser.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

# argparse's message → ours. The %-placeholders are argparse's and must be kept.
_MESSAGES = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "giá trị %(value)r không có trong các lựa chọn (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r (cần %(type)s)",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "unexpected option string: %s": "không chờ tùy chọn: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
}

_PLURALS = {
    "expected %s argument": "cần %s giá trị",
}

# What "invalid %(type)s value" names: argparse puts the type's __name__ there.
TYPE_NAMES = {"int": "một số nguyên", "float": "một số", "Path": "một đường dẫn tệp"}


def _gettext(message: str) -> str:
    return _MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    if singular in _PLURALS:
        return _PLURALS[singular]
    return singular if count == 1 else plural


def _named(kind: type) -> Callable[[str], object]:
    """``kind`` as an argparse ``type=`` whose name in an error message is Vietnamese."""

    def convert(text: str) -> object:
        return kind(text)

    convert.__name__ = TYPE_NAMES[kind.__name__]
    return convert


def speak_vietnamese() -> None:
    """Make argparse speak Vietnamese for the rest of this process: before any parser is
    made, since a parser takes its help headings when it is made."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - a module global, looked up at each use
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


def name_types(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser`` and its subcommands name the kind of value they expect in Vietnamese."""
    for action in parser._actions:
        if isinstance(action.type, type) and action.type.__name__ in TYPE_NAMES:
            action.type = _named(action.type)
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                name_types(subparser)
    return parser
