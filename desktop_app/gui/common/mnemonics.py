"""Alt+letter for buttons a tab makes in code, on a letter nothing else in it uses.

A button added to a finished tab (the closed-years guard's "Lịch sử thay đổi…", one per
list, two on some tabs) cannot know the letters of the tab's own buttons, of the menu
bar (Tệp, Chỉnh sửa, Trợ giúp) or of the other buttons it adds: a fixed "&Lịch sử…" put
Alt+L on two buttons of the Plans tab and on "Lưu điểm danh" too. ``free_mnemonics``
gives each such button the first letter of its text that is typable without tone marks
and still free in the tab and its window's menu bar, or none (Tab still reaches it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def plain(text: str) -> str:
    """*text* without its mnemonic marker (a literal "&&" kept)."""
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def letters_taken(area: QWidget, skip: Iterable[QWidget] = ()) -> set[str]:
    """The Alt+letters used in *area* (shown or not) and its main window's menu bar."""
    skipped = set(map(id, skip))
    texts: list[str] = []
    texts += [b.text() for b in area.findChildren(QAbstractButton) if id(b) not in skipped]
    texts += [label.text() for label in area.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in area.findChildren(QGroupBox) if box.isCheckable()]
    for bar in area.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    window = area.window()
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    return {letter for letter in map(mnemonic_of, texts) if letter is not None}


def free_mnemonics(area: QWidget, buttons: Sequence[QAbstractButton]) -> None:
    """Give each of *buttons*, in order, a letter free in *area* (see the module)."""
    taken = letters_taken(area, skip=buttons)
    for button in buttons:
        text = plain(button.text())
        for position, char in enumerate(text):
            letter = char.lower()
            if letter.isascii() and letter.isalnum() and letter not in taken:
                taken.add(letter)
                button.setText(text[:position] + "&" + text[position:])
                break
        else:
            button.setText(text)
