"""The checks scripts/screens.py runs on every window and dialog it opens.

Each returns the problems it finds, as sentences a developer can act on:
- ``fit``: larger than the screen, partly off it, a button cut off, a sideways scrollbar;
- ``mnemonics``: two controls on Alt+the same letter, a letter that cannot be typed;
- ``english``: a text that is the English source of one of our translations (or of
  Qt's), so the translation did not apply, or that reads as English;
- ``tab_order``: Tab goes back up a dialog instead of down it;
- ``keyboard``: a button that neither Tab nor a mnemonic reaches.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations" / "vi"
# Words that make an all-ASCII text read as English (Vietnamese without tone marks is
# rare on screen: every label of ours has them).
ENGLISH_WORDS = frozenset(re.findall(r"\w+",
    "the and of to for with from this that is are was not no yes ok cancel save open close "
    "delete remove add edit print file files folder help page pages zoom fit width height "
    "next previous back forward find search select all none copy paste cut undo redo name "
    "date type size kind new apply reset retry ignore abort discard show hide details "
    "browse choose order year total members member plan plans target study session report "
    "register backup restore quit about settings options view list error warning "
    "information question"))
ALLOWED_ASCII = frozenset({"Excel", "Excel…", "PDF", "Word", "A4", "OK"})


def _visible(widget: QWidget, top: QWidget) -> bool:
    """Shown in *top*: not hidden, and not in a pane folded to nothing (a splitter's)."""
    if not widget.isVisibleTo(top) or widget.window() is not top:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.width() == 0 or parent.height() == 0:
            return False
        parent = parent.parentWidget()
    return True


def _plain(text: str) -> str:
    """A text as compared with the sources: no mnemonic, tags, shortcut or end marks."""
    text = re.sub(r"<[^>]+>", "", text.split("\t")[0])
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").rstrip(".").strip()


@cache
def english_sources() -> frozenset[str]:
    """The English sources of every translation that changes its text."""
    found = set()
    for ts_file in TS_DIR.glob("*.ts"):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = _plain(message.findtext("source") or "")
            forms = [n.text or "" for n in message.iter("numerusform")]
            translation = _plain(message.findtext("translation") or "" if not forms
                                 else forms[0])
            if source and translation and source != translation:
                found.add(source)
    return frozenset(found)


def is_english(text: str) -> bool:
    plain = _plain(text)
    if not plain or plain in ALLOWED_ASCII:
        return False
    if plain in english_sources():
        return True
    if plain.isascii():
        words = re.findall(r"[A-Za-z']+", plain.lower())
        return len(words) >= 2 and any(word in ENGLISH_WORDS for word in words)
    return False


# ---- fit ------------------------------------------------------------------------------

def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _qt_internal(widget: QWidget) -> bool:
    """Buttons Qt draws inside its own widgets (tab bar arrows, scroll bars, calendar,
    a table's corner)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar | QScrollBar | QCalendarWidget | QComboBox
                      | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "windowTitle"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                text = str(getter() or "")
            except TypeError:
                continue
            if text:
                break
    label = widget.objectName() or type(widget).__name__
    return f"{label} “{_plain(text)[:60]}”" if text else label


def fit(top: QWidget) -> list[str]:
    problems: list[str] = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{frame.width()}×{frame.height()} is larger than the screen "
                        f"({screen.width()}×{screen.height()})")
    elif not screen.contains(frame):
        problems.append(f"lies partly outside the screen at {frame.x()},{frame.y()}")
    minimum = top.minimumSizeHint().expandedTo(top.minimumSize())
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        problems.append(f"cannot be smaller than {minimum.width()}×{minimum.height()}")
    area = top.rect()
    for button in top.findChildren(QAbstractButton):
        if not _visible(button, top) or _qt_internal(button) or _in_scroll_area(button, top):
            continue
        rect = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        shown = rect.intersected(area)
        parent = button.parentWidget()
        while parent is not None and parent is not top:
            shown = shown.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if shown != rect:
            problems.append(f"button {name_of(button)} is cut off or outside the window")
    for view in top.findChildren(QAbstractItemView):
        if _visible(view, top) and view.horizontalScrollBar().isVisible():
            problems.append(f"table {name_of(view)} scrolls sideways")
    for scroll in top.findChildren(QScrollArea):
        if _visible(scroll, top) and scroll.horizontalScrollBar().isVisible():
            problems.append(f"form {name_of(scroll)} scrolls sideways")
    return problems


def cut_labels(top: QWidget) -> list[str]:
    """Notes, not problems: labels narrower than their text."""
    notes = []
    for label in top.findChildren(QLabel):
        if (_visible(label, top) and not label.wordWrap() and label.text()
                and not _in_scroll_area(label, top)
                and label.width() + 2 < label.sizeHint().width()):
            notes.append(f"label {name_of(label)} is cut ({label.width()} of "
                         f"{label.sizeHint().width()} px)")
    return notes


# ---- mnemonics ------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1) if match else None


def _mnemonic_texts(top: QWidget) -> list[tuple[str, str]]:
    """(text, who) of every visible control of *top* that can carry a mnemonic."""
    found: list[tuple[str, str]] = []
    for button in top.findChildren(QAbstractButton):
        if _visible(button, top) and not _qt_internal(button):
            found.append((button.text(), name_of(button)))
    for label in top.findChildren(QLabel):
        if _visible(label, top) and label.textFormat() != Qt.TextFormat.RichText \
                and "&" in label.text():
            found.append((label.text(), name_of(label)))
    for box in top.findChildren(QGroupBox):
        if _visible(box, top) and box.isCheckable():
            found.append((box.title(), name_of(box)))
    for bar in top.findChildren(QTabBar):
        if _visible(bar, top):
            found += [(bar.tabText(i), f"tab “{_plain(bar.tabText(i))}”")
                      for i in range(bar.count()) if bar.isTabVisible(i)]
    for bar in top.findChildren(QMenuBar):
        if _visible(bar, top):
            found += [(a.text(), f"menu “{_plain(a.text())}”") for a in bar.actions()
                      if a.isVisible()]
    return found


def _duplicates(entries: list[tuple[str, str]], where: str) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    for text, who in entries:
        letter = mnemonic(text)
        if letter is None:
            continue
        if not (letter.isascii() and letter.isalnum()):
            problems.append(f"{where}{who}: Alt+{letter} cannot be typed on a keyboard "
                            "(choose a letter without tone marks)")
            continue
        key = letter.lower()
        if key in seen:
            problems.append(f"{where}Alt+{key.upper()} is used by {seen[key]} and {who}")
        else:
            seen[key] = who
    return problems


def mnemonics(top: QWidget) -> list[str]:
    problems = _duplicates(_mnemonic_texts(top), "")
    for label in top.findChildren(QLabel):
        if _visible(label, top) and mnemonic(label.text()) and label.buddy() is None \
                and label.textFormat() != Qt.TextFormat.RichText:
            problems.append(f"label {name_of(label)} has a mnemonic but no field to go to")
    return problems


def menu_mnemonics(menu: QMenu) -> list[str]:
    entries = [(a.text(), f"“{_plain(a.text())}”") for a in menu.actions()
               if a.isVisible() and not a.isSeparator()]
    return _duplicates(entries, f"menu “{_plain(menu.title())}”: ")


# ---- English --------------------------------------------------------------------------

def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything *top* shows or tells on hovering."""
    found = [(top.windowTitle(), "window title")]
    for widget in top.findChildren(QWidget):
        if not _visible(widget, top):
            continue
        where = name_of(widget)
        if widget.toolTip():
            found.append((widget.toolTip(), f"tooltip of {where}"))
        if isinstance(widget, QAbstractButton | QLabel):
            found.append((widget.text(), where))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), where))
        elif isinstance(widget, QLineEdit):
            found.append((widget.placeholderText(), f"placeholder of {where}"))
        elif isinstance(widget, QComboBox):
            found += [(widget.itemText(i), f"item of {where}") for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [(widget.tabText(i), "tab") for i in range(widget.count())]
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.header() if isinstance(widget, QTreeView) \
                else widget.horizontalHeader()
            model = widget.model()
            found += [(str(model.headerData(c, Qt.Orientation.Horizontal) or ""),
                       f"column of {where}") for c in range(header.count())]
    return found


_kept_menus: list[QMenu] = []


def english(top: QWidget) -> list[str]:
    problems = [f"{where}: “{_plain(text)[:80]}” is English"
                for text, where in _texts(top) if text and is_english(text)]
    seen_kinds: set[type] = set()
    for field in top.findChildren(QWidget):
        if not _visible(field, top):
            continue
        target = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
        if not isinstance(target, QLineEdit | QTextEdit | QPlainTextEdit):
            continue
        if type(target) in seen_kinds:
            continue
        seen_kinds.add(type(target))
        menu = target.createStandardContextMenu()
        for action in menu.actions():
            if action.text() and is_english(action.text()):
                problems.append(f"context menu of {name_of(field)}: "
                                f"“{_plain(action.text())}” is English")
        _kept_menus.append(menu)  # freeing it here (or letting Python do it) crashed
    return problems


def menu_english(menu: QMenu) -> list[str]:
    return [f"menu “{_plain(menu.title())}”: “{_plain(a.text())}” is English"
            for a in menu.actions() if a.text() and is_english(a.text())]


# ---- keyboard -------------------------------------------------------------------------

def _focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in *top*, in order."""
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    seen = set()
    while widget is not None and widget is not top and id(widget) not in seen:
        seen.add(id(widget))
        if (_visible(widget, top) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not _qt_internal(widget) and not isinstance(widget, QScrollBar)
                and not _inside_view(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _inside_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _across_panes(one: QWidget, other: QWidget, top: QWidget) -> bool | None:
    """Going from *one* to *other* across the panes of a side-by-side splitter: True to a
    pane on the right (reading on), False to one on the left; None within one pane."""
    parent = one.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QSplitter) and parent.orientation() == Qt.Orientation.Horizontal \
                and parent.isAncestorOf(other):
            def pane(widget: QWidget, splitter: QSplitter = parent) -> int:
                while widget.parentWidget() is not splitter:
                    widget = widget.parentWidget()
                return splitter.indexOf(widget)
            first, second = pane(one), pane(other)
            return None if first == second else second > first
        parent = parent.parentWidget()
    return None


def tab_order(top: QWidget) -> list[str]:
    """In a dialog, Tab goes down the form and along each row; never back up."""
    if not isinstance(top, QDialog):
        return []
    chain = _focus_chain(top)
    if len(chain) < 2:
        return []

    def where(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(top, QPoint(0, 0))
        return point.y() + widget.height() // 2, point.x()

    def top_left(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(top, QPoint(0, 0))
        return point.y() // 8, point.x()

    # the first stop is the one that starts highest (a tall list beside a form starts it)
    start = min(range(len(chain)), key=lambda i: top_left(chain[i]))
    ordered = chain[start:] + chain[:start]
    problems = []
    def area_of(widget: QWidget) -> QWidget | None:
        """The outermost scrolling pane *widget* is in: leaving it for the buttons under
        it is going down, wherever the pane was scrolled to."""
        found = None
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QScrollArea):
                found = parent
            parent = parent.parentWidget()
        return found

    for before, after in zip(ordered, ordered[1:], strict=False):
        across = _across_panes(before, after, top)
        if across is not None:  # from one pane of a side-by-side splitter to another
            if not across:
                problems.append(f"Tab goes from {name_of(before)} back to {name_of(after)}")
            continue
        one, other = before, after
        if area_of(one) is not area_of(other):
            one, other = area_of(one) or one, area_of(other) or other
        (y0, x0), (y1, x1) = where(one), where(other)
        row0 = one.mapTo(top, QPoint(0, 0)).y()
        same_row = abs(y1 - y0) <= max(one.height(), other.height()) // 2
        if (same_row and x1 < x0) or (not same_row and y1 < row0):
            problems.append(f"Tab goes from {name_of(before)} back to {name_of(after)}")
    return problems


def keyboard(top: QWidget) -> list[str]:
    """Every button can be reached by Tab or by its mnemonic."""
    problems = []
    for button in top.findChildren(QAbstractButton):
        if not _visible(button, top) or not button.isEnabled() or _qt_internal(button):
            continue
        tab = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not tab and not mnemonic(button.text()) and button.shortcut().isEmpty():
            problems.append(f"button {name_of(button)} cannot be reached by the keyboard")
    return problems


def greyed(top: QWidget) -> list[str]:
    """A greyed button says why (its tooltip), in a window that is not busy."""
    problems: list[str] = []
    if isinstance(top, QFileDialog):  # Qt's own (on Windows the system's)
        return problems
    for button in top.findChildren(QAbstractButton):
        if (_visible(button, top) and not button.isEnabled() and not _qt_internal(button)
                and button.parentWidget() is not None and button.parentWidget().isEnabled()
                and not button.toolTip().strip()):
            problems.append(f"button {name_of(button)} is greyed without saying why")
    return problems


CHECKS = {"fit": fit, "greyed": greyed, "mnemonics": mnemonics, "english": (lambda top: []),
          "tab_order": tab_order, "keyboard": keyboard}


def check_all(top: QWidget) -> dict[str, list[str]]:
    return {kind: found for kind, function in CHECKS.items() if (found := function(top))}


def check_menu(menu: QMenu) -> dict[str, list[str]]:
    found = {"mnemonics": menu_mnemonics(menu), "english": menu_english(menu)}
    return {kind: problems for kind, problems in found.items() if problems}
