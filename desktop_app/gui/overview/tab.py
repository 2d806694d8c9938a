"""The Overview tab (Tổng quan): what needs doing now, each item a link to its place.

The overview is read off the UI thread (``core.overview.read.read_overview``) when the
tab is built, whenever another tab announces a change, and on F5. Each item is a link:
``navigate`` carries its ``Link`` to the main window, which opens the tab and selects
the record; "Back up now" asks the window for a backup (``backup_requested``).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.overview.model import Item, Link, Overview, Section
from desktop_app.core.overview.read import read_overview
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.tasks import Loader

COLOURS = {"warning": "#a31515", "ok": "#1e6b2e", "info": "#202020"}
MARKS = {"warning": "⚠", "ok": "✓", "info": "•"}
TWO_COLUMNS_FROM = 1100  # wider than this, the sections stand in two columns
RELOAD_DELAY_MS = 400  # several writes in a row are read once


def _title(key: str) -> str:
    translate = QCoreApplication.translate
    return {
        "first_steps": translate("OverviewTab", "Getting started"),
        "overdue": translate("OverviewTab", "Overdue"),
        "study": translate("OverviewTab", "Study"),
        "reviews": translate("OverviewTab", "Commitments and self-reviews"),
        "thrift": translate("OverviewTab", "Thrift"),
        "backup": translate("OverviewTab", "Backup"),
    }.get(key, key)


class SectionBox(QFrame):
    """One section: its title, its answer in a line, then its items as links that the
    keyboard reaches too (Tab, then Enter)."""

    def __init__(self, section: Section, follow: Callable[[Link], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{section.key}Section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.section = section
        self._follow = follow
        layout = QVBoxLayout(self)
        self.title = QLabel(_title(section.key), self)
        self.title.setObjectName(f"{section.key}Title")
        self.title.setStyleSheet("font-size: 11pt; font-weight: bold;")
        layout.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{section.key}Summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(section.summary)
        colour = COLOURS[section.level]
        weight = "bold" if section.level == "warning" else "normal"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        layout.addWidget(self.summary)
        self.links: list[QLabel] = []
        for index, item in enumerate(section.items):
            label = QLabel(self._item_html(index, item), self)
            label.setObjectName(f"{section.key}Item{index}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setToolTip(item.detail or item.text)
            label.linkActivated.connect(self._activated)
            layout.addWidget(label)
            self.links.append(label)
        if section.more:
            more = QLabel(self.tr("… and %n more", "", section.more), self)
            more.setObjectName(f"{section.key}More")
            layout.addWidget(more)
        self.action_row = QHBoxLayout()
        layout.addLayout(self.action_row)

    @staticmethod
    def _item_html(index: int, item: Item) -> str:
        colour = COLOURS[item.level]
        text = f'<a href="{index}" style="color: {colour};">{html.escape(item.text)}</a>'
        line = f"{MARKS[item.level]}&nbsp;{text}"
        if item.detail:
            line += f'<br><span style="color: #555555;">{html.escape(item.detail)}</span>'
        return line

    def _activated(self, href: str) -> None:
        self._follow(self.section.items[int(href)].link)

    def follow(self, index: int) -> None:
        """Open the item *index* (what a click on its link does)."""
        self._follow(self.section.items[index].link)


class OverviewTab(QWidget):
    """Emits ``navigate(Link)`` for an item followed and ``backup_requested``."""

    navigate = Signal(object)
    backup_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.setWindowTitle(self.tr("Overview"))
        self.overview: Overview | None = None
        self.boxes: dict[str, SectionBox] = {}
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.reload_button = QPushButton(self.tr("&Refresh"), self)
        self.reload_button.setToolTip(self.tr("Read the overview again (F5)"))
        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.backup_button.setToolTip(self.tr(
            "A verified copy of all the data, to a folder you choose (a USB stick)"))
        self.reading = QLabel(self.tr("Reading…"), self)
        self.reading.setObjectName("readingLabel")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reading)
        top.addWidget(self.reload_button)
        self.body = QWidget()
        self.body.setObjectName("overviewBody")
        self.columns = QHBoxLayout(self.body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        self.columns.addLayout(self.left, 1)
        self.columns.addLayout(self.right, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("overviewScroll")
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self._columns = 1
        self.reload_button.clicked.connect(self.reload)
        self.backup_button.clicked.connect(self.backup_requested)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(RELOAD_DELAY_MS)
        self._later.timeout.connect(self.reload)
        context.bus.changed.connect(lambda _area: self._later.start())
        self.loader = Loader(context.runner, self)
        self.loader.failed.connect(self._failed)
        self.loader.settled.connect(lambda: self.reading.hide())
        self.reload()

    # reading ----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        if not shiboken6.isValid(self.context.runner):  # its window's file was closed
            self._later.stop()
            return
        self.reading.show()
        self.loader.load(read_overview, Path(self.context.db_path), self._today(),
                         apply=self._show)

    def _failed(self, message: str) -> None:
        """Said in the tab, not in a message box: the overview is read again at the next
        change, and a box popping up over another tab would be out of place."""
        self.reading.hide()
        self.heading.setText(self.tr("The overview could not be read: %1")
                             .replace("%1", message))

    # showing ----------------------------------------------------------------------------
    def _show(self, overview: Overview) -> None:
        self.overview = overview
        if overview.new_file:
            heading = self.tr("A new book: the first steps")
        elif overview.is_current_year:
            heading = self.tr("%1 — year %2").replace("%1", overview.cell_name).replace(
                "%2", str(overview.year))
        else:
            heading = self.tr("%1 — year %2 (this year has no records yet: the latest "
                              "year with records is shown)").replace(
                "%1", overview.cell_name).replace("%2", str(overview.year))
        self.heading.setText(heading)
        focused = self.focusWidget()
        refocus = focused is not None and self.isAncestorOf(focused)
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes = {section.key: SectionBox(section, self.navigate.emit, self.body)
                      for section in overview.sections}
        backup = self.boxes.get("backup")
        if backup is not None:
            backup.action_row.addWidget(self.backup_button)
            backup.action_row.addStretch(1)
        self._place()
        if refocus:
            self.reload_button.setFocus()

    def _place(self) -> None:
        """One column, or two on a wide window (the first sections on the left)."""
        for column in (self.left, self.right):
            while column.count():
                column.takeAt(0)
        boxes = list(self.boxes.values())
        columns = 2 if self.width() >= TWO_COLUMNS_FROM and len(boxes) > 2 else 1
        self._columns = columns
        split = (len(boxes) + 1) // 2 if columns == 2 else len(boxes)
        for index, box in enumerate(boxes):
            (self.left if index < split else self.right).addWidget(box)
        self.left.addStretch(1)
        self.right.addStretch(1)
        self.columns.setStretch(1, 1 if columns == 2 else 0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.boxes:
            columns = 2 if self.width() >= TWO_COLUMNS_FROM and len(self.boxes) > 2 else 1
            if columns != self._columns:
                self._place()
        return super().event(event)

    def section_texts(self) -> dict[str, list[str]]:
        """What each section shows, as a user reads it (for tests)."""
        texts = {}
        for key, box in self.boxes.items():
            texts[key] = [box.summary.text(), *(
                label.text() for label in box.links)]
        return texts
