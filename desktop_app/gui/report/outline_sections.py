"""The sections of an outline as a tree the secretary edits: add, remove, nest, unnest,
move up and down; each section's title, and whether it is a heading only, drafted from
the records (with which facts), or written by the secretary (with its starting text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.report.outline import GENERATOR_INFO, OutlineSection, number_text
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.flow_layout import FlowLayout

from .outline_buttons import enable_sections

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING, FACTS, MANUAL = "heading", "facts", "manual"


def _content(data: dict[str, Any]) -> str:
    if data.get("generator"):
        return FACTS
    return MANUAL if data.get("mode") == "manual" or data.get("hint") else HEADING


def _kids(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]


class SectionsEditor(QWidget):
    """Edits a list of sections (the outline file's section dicts, in print order)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.numbering: tuple[str, ...] = ()
        self.read_only = False
        self._loading = False
        self._serial = 0
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(260)
        self.add_button = QPushButton(self.tr("&Add section"))
        self.add_child_button = QPushButton(self.tr("Add su&bsection"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.nest_button = QPushButton(self.tr("&Indent"))
        self.unnest_button = QPushButton(self.tr("Outd&ent"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. ĐÁNH GIÁ CHUNG"))
        self.content_combo = QComboBox()
        self.content_combo.addItem(self.tr("A heading only (its subsections carry the text)"),
                                   HEADING)
        self.content_combo.addItem(self.tr("Drafted from the records"), FACTS)
        self.content_combo.addItem(self.tr("Written by the secretary"), MANUAL)
        self.facts_combo = QComboBox()
        for key, (_mode, facts_label) in GENERATOR_INFO.items():
            self.facts_combo.addItem(facts_label, key)
        self.hint_edit = QPlainTextEdit()
        self.hint_edit.setPlaceholderText(self.tr("The text the section starts with, e.g. "
                                                  "(Nêu thuận lợi, khó khăn.)"))
        self.hint_edit.setTabChangesFocus(True)
        self.hint_edit.setMaximumHeight(60)

        buttons = FlowLayout()  # wraps on a narrow window or large text
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.add_child_button, self.remove_button,
                       self.up_button, self.down_button, self.nest_button,
                       self.unnest_button):
            buttons.addWidget(button)
        self.form = QFormLayout()
        for text, widget in ((self.tr("Sec&tion title:"), self.title_edit),
                             (self.tr("C&ontent:"), self.content_combo),
                             (self.tr("&Facts:"), self.facts_combo),
                             (self.tr("Starting te&xt:"), self.hint_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.errors = FieldErrors(self.form, {"title": self.title_edit})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.form)

        self.tree.currentItemChanged.connect(lambda *_a: self._show_current())
        self.add_button.clicked.connect(lambda: self.add_section(child=False))
        self.add_child_button.clicked.connect(lambda: self.add_section(child=True))
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        self.nest_button.clicked.connect(self.nest)
        self.unnest_button.clicked.connect(self.unnest)
        self.title_edit.textEdited.connect(lambda _t: self._edited())
        self.content_combo.activated.connect(lambda _i: self._edited())
        self.facts_combo.activated.connect(lambda _i: self._edited())
        self.hint_edit.textChanged.connect(self._hint_edited)

    # loading and reading ----------------------------------------------------------------
    def load(self, sections: tuple[OutlineSection, ...], numbering: tuple[str, ...],
             read_only: bool) -> None:
        self._loading = True
        self.numbering = numbering
        self.read_only = read_only
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for section in sections:
            data: dict[str, Any] = {"key": section.key, "title": section.title,
                                    "generator": section.generator,
                                    "mode": "manual" if section.mode == "manual" else None,
                                    "hint": section.hint}
            parent = items.get(section.parent) if section.parent else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setData(0, DATA_ROLE, data)
            items[section.key] = item
        self.tree.expandAll()
        self._loading = False
        self.errors.clear()
        self.refresh_labels()
        tops = self._tops()
        if tops:
            self.tree.setCurrentItem(tops[0])
        self._show_current()

    def sections_data(self) -> list[dict[str, Any]]:
        """The sections as the outline file lists them: print order, each with its parent."""
        out: list[dict[str, Any]] = []

        def walk(item: QTreeWidgetItem, parent: str | None) -> None:
            data = dict(item.data(0, DATA_ROLE))
            section: dict[str, Any] = {"key": data["key"], "title": data["title"].strip()}
            if parent is not None:
                section["parent"] = parent
            if data.get("generator"):
                section["generator"] = data["generator"]
            elif data.get("mode") == "manual":
                section["mode"] = "manual"
            if data.get("hint", "").strip() and not data.get("generator"):
                section["hint"] = data["hint"].strip()
            out.append(section)
            for child in _kids(item):
                walk(child, data["key"])

        for top in self._tops():
            walk(top, None)
        return out

    def set_numbering(self, numbering: tuple[str, ...]) -> None:
        self.numbering = numbering
        self.refresh_labels()

    def refresh_labels(self) -> None:
        """Each item shows its printed number and title ("A. ĐÁNH GIÁ CHUNG")."""
        def label(items: list[QTreeWidgetItem], depth: int) -> None:
            count = 0
            for item in items:
                data = item.data(0, DATA_ROLE)
                title = data["title"].strip()
                if not title and depth == 1 and not item.childCount():
                    text = self.tr("(opening paragraph, no heading)")
                else:
                    count += 1
                    style = self.numbering[depth - 1] if depth <= len(self.numbering) else "none"
                    number = number_text(style, count)
                    text = f"{number} {title}".strip() if title else f"{number} …"
                item.setText(0, text)
                label(_kids(item), depth + 1)

        label(self._tops(), 1)

    def _tops(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    # the current section ----------------------------------------------------------------
    def current(self) -> QTreeWidgetItem | None:
        return self.tree.currentItem()

    def select_key(self, key: str) -> bool:
        found = [i for i in self._all_items() if i.data(0, DATA_ROLE)["key"] == key]
        for item in found[:1]:
            self.tree.setCurrentItem(item)
        return bool(found)

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            items.append(item)
            for child in _kids(item):
                walk(child)

        for top in self._tops():
            walk(top)
        return items

    def section_depth(self, item: QTreeWidgetItem) -> int:
        depth, parent = 1, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        return depth

    def section_height(self, item: QTreeWidgetItem) -> int:
        """Levels of *item* and its subsections (1 for a section without any)."""
        return 1 + max((self.section_height(child) for child in _kids(item)), default=0)

    def _show_current(self) -> None:
        item = self.current()
        self._loading = True
        data = item.data(0, DATA_ROLE) if item is not None else None
        self.title_edit.setText(data["title"] if data else "")
        content = _content(data) if data else HEADING
        self.content_combo.setCurrentIndex(self.content_combo.findData(content))
        self.facts_combo.setCurrentIndex(  # no facts shown for a section without them
            self.facts_combo.findData(data["generator"]) if data and data.get("generator")
            else -1)
        self.hint_edit.setPlainText(data.get("hint", "") if data else "")
        self._loading = False
        self.errors.clear()
        self.update_buttons()

    def update_buttons(self) -> None:
        enable_sections(self)

    def _edited(self) -> None:
        item = self.current()
        if self._loading or item is None:
            return
        data = dict(item.data(0, DATA_ROLE))
        data["title"] = self.title_edit.text()
        content = self.content_combo.currentData()
        if content == FACTS and self.facts_combo.currentIndex() < 0:
            self._loading = True
            self.facts_combo.setCurrentIndex(0)
            self._loading = False
        data["generator"] = self.facts_combo.currentData() if content == FACTS else None
        data["mode"] = "manual" if content == MANUAL else None
        if content != MANUAL:
            data["hint"] = ""
            if self.hint_edit.toPlainText():
                self._loading = True
                self.hint_edit.clear()
                self._loading = False
        item.setData(0, DATA_ROLE, data)
        self.refresh_labels()
        self.update_buttons()
        self.changed.emit()

    def _hint_edited(self) -> None:
        item = self.current()
        if self._loading or item is None:
            return
        data = dict(item.data(0, DATA_ROLE))
        data["hint"] = self.hint_edit.toPlainText()
        item.setData(0, DATA_ROLE, data)
        self.changed.emit()

    # changing the tree ------------------------------------------------------------------
    def section_siblings(self, item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        parent = item.parent()
        return self._tops() if parent is None else _kids(parent)

    def _take(self, item: QTreeWidgetItem) -> tuple[QTreeWidgetItem | None, int]:
        parent = item.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(item)
            self.tree.takeTopLevelItem(index)
        else:
            index = parent.indexOfChild(item)
            parent.takeChild(index)
        return parent, index

    def _put(self, item: QTreeWidgetItem, parent: QTreeWidgetItem | None, index: int) -> None:
        if parent is None:
            self.tree.insertTopLevelItem(index, item)
        else:
            parent.insertChild(index, item)
            parent.setExpanded(True)
        item.setExpanded(True)
        self.tree.setCurrentItem(item)

    def _new_key(self) -> str:
        taken = {i.data(0, DATA_ROLE)["key"] for i in self._all_items()}
        while True:
            self._serial += 1
            key = f"muc-moi-{self._serial}"
            if key not in taken:
                return key

    def _after_change(self) -> None:
        self.refresh_labels()
        self._show_current()
        self.changed.emit()

    def add_section(self, child: bool) -> None:
        current = self.current()
        item = QTreeWidgetItem()
        item.setData(0, DATA_ROLE, {"key": self._new_key(), "title": self.tr("New section"),
                                    "generator": None, "mode": "manual", "hint": ""})
        if current is None:
            self._put(item, None, self.tree.topLevelItemCount())
        elif child:
            self._put(item, current, current.childCount())
        else:
            parent = current.parent()
            siblings = self.section_siblings(current)
            self._put(item, parent, siblings.index(current) + 1)
        self._after_change()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_section(self) -> None:
        item = self.current()
        if item is None:
            return
        parent, index = self._take(item)
        siblings = _kids(parent) if parent else self._tops()
        if siblings:
            self.tree.setCurrentItem(siblings[min(index, len(siblings) - 1)])
        elif parent is not None:
            self.tree.setCurrentItem(parent)
        self._after_change()

    def move_section(self, step: int) -> None:
        item = self.current()
        if item is None:
            return
        siblings = self.section_siblings(item)
        target = siblings.index(item) + step
        if 0 <= target < len(siblings):
            parent, _index = self._take(item)
            self._put(item, parent, target)
            self._after_change()

    def nest(self) -> None:
        """The section becomes the last subsection of the one above it."""
        item = self.current()
        if item is None or not self.nest_button.isEnabled():
            return
        siblings = self.section_siblings(item)
        above = siblings[siblings.index(item) - 1]
        self._take(item)
        self._put(item, above, above.childCount())
        self._after_change()

    def unnest(self) -> None:
        """The section comes out of its parent, right after it."""
        item = self.current()
        parent = item.parent() if item is not None else None
        if item is None or parent is None:
            return
        self._take(item)
        grand = parent.parent()
        index = (grand.indexOfChild(parent) if grand is not None
                 else self.tree.indexOfTopLevelItem(parent))
        self._put(item, grand, index + 1)
        self._after_change()

    def show_error(self, key: str | None, message: str) -> None:
        """Select the section at fault and show *message* under its title."""
        if key is not None:
            self.select_key(key)
        self.errors.show({"title": message})
