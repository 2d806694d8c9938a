"""The user guide (hướng dẫn sử dụng), shown in the program, offline.

The guide is one Vietnamese HTML file, ``resources/help/huong-dan.html``, bundled with the
program. F1 opens it at the part of the tab on screen (``HELP_PARTS``); the window stays
open beside the main window and is reused.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths

from .enabling import set_enabled
from .sizing import fit_to_screen

GUIDE = ("help", "huong-dan.html")
# The part of the guide for each tab (the anchors of huong-dan.html).
HELP_PARTS = {
    "overview": "tong-quan",
    "members": "dang-vien",
    "plans": "ke-hoach",
    "study": "hoc-tap",
    "reviews": "dang-ky",
    "savings": "tiet-kiem",
    "report": "bao-cao",
    "register": "so-van-ban",
    "backup": "sao-luu",
    "cell": "thong-tin-chi-bo",
    "undo": "hoan-tac",
    "keys": "ban-phim",
    "data": "du-lieu",
}


def guide_url() -> QUrl:
    return QUrl.fromLocalFile(str(paths.resource_path(*GUIDE)))


class HelpDialog(QDialog):
    """The guide with its contents, back, and a search that finds the next match."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSource(guide_url())
        self.contents_button = QPushButton(self.tr("Con&tents"), self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.find_label = QLabel(self.tr("&Find:"), self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("a word of the guide"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.next_button = QPushButton(self.tr("Find &next"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        row = QHBoxLayout()
        for widget in (self.contents_button, self.back_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.find_label)
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.contents_button.clicked.connect(lambda: self.show_part("muc-luc"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(lambda on: set_enabled(
            self.back_button, on, self.tr("No page was shown before this one.")))
        set_enabled(self.back_button, False, self.tr("No page was shown before this one."))
        self.next_button.clicked.connect(self.find_next)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self.status.clear())
        self.close_button.clicked.connect(self.close)
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.setTabOrder(self.contents_button, self.back_button)
        self.setTabOrder(self.back_button, self.find_edit)
        self.setTabOrder(self.find_edit, self.next_button)
        self.setTabOrder(self.next_button, self.browser)
        self.setTabOrder(self.browser, self.close_button)
        fit_to_screen(self, QSize(760, 640))

    def show_part(self, anchor: str) -> None:
        """Scroll to a part of the guide (an anchor of the HTML file)."""
        self.browser.setSource(guide_url())
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def find_next(self) -> bool:
        """Select the next match of the search text, from the top again at the end."""
        text = self.find_edit.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:  # from the top once more
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.status.setText("" if found else self.tr("“%1” is not in the guide.")
                            .replace("%1", text))
        return found


_open: dict[int, HelpDialog] = {}


def show_help(parent: QWidget | None, part: str = "") -> HelpDialog:
    """Open the guide at *part* (a key of HELP_PARTS, or an anchor), beside *parent*'s
    window; the guide already open there is brought to the front instead."""
    key = id(parent.window()) if parent is not None else 0
    dialog = _open.get(key)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = HelpDialog(parent.window() if parent is not None else None)
        _open[key] = dialog
    dialog.show_part(HELP_PARTS.get(part, part))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
