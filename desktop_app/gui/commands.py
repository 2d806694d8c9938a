"""The window's commands on the tab on screen: New, Save, Print, Delete, Reload, Undo.

    Ctrl+N  new in this tab        Ctrl+S  save (where there is a Save button)
    Ctrl+P  print                  Delete  delete the selected row (it always asks)
    F5      read the data again    Ctrl+Z  undo the last delete
    F1      the guide's part for this tab    Ctrl+1…Ctrl+8  go to a tab

A command presses the tab's own button for it (the one a user would click), so that the
checks and questions are the same; which button depends on where the focus is (a plan
or one of its targets) or on the page shown. When the button is greyed, the status bar
says why (its tooltip). Delete works from the lists only: in a text field it deletes
text, in the attendance and spending grids it is the grid's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.help import show_help
from desktop_app.gui.common.undo import AREAS

# The main window (main_window.MainWindow), typed loosely: it imports this module.
MainWindow = Any

COMMANDS = ("new", "save", "print", "delete")
Finder = Callable[[QWidget], QAbstractButton | None]


def _focus_in(*containers: QWidget | None) -> bool:
    """The keyboard focus is in one of *containers* (a list, or its buttons)."""
    focus = QApplication.focusWidget()
    return focus is not None and any(
        c is not None and (focus is c or c.isAncestorOf(focus)) for c in containers)


def _members(tab: QWidget, command: str) -> QAbstractButton | None:
    ui = tab.ui  # type: ignore[attr-defined]
    return {"new": ui.addButton, "print": ui.printButton, "delete": ui.deleteButton}.get(
        command)


def _plans(tab: QWidget, command: str) -> QAbstractButton | None:
    ui = tab.ui  # type: ignore[attr-defined]
    targets = _focus_in(ui.targetsView)
    return {"new": ui.addTargetButton if targets else ui.addPlanButton,
            "print": ui.printButton,
            "delete": ui.deleteTargetButton if targets else ui.deletePlanButton}.get(command)


def _study(tab: QWidget, command: str) -> QAbstractButton | None:
    ui = tab.ui  # type: ignore[attr-defined]
    summary = ui.pages.currentWidget() is ui.summaryPage
    return {"new": ui.newButton, "save": ui.saveButton,
            "print": ui.printSummaryButton if summary else ui.printSheetButton,
            "delete": ui.deleteButton}.get(command)


def _reviews(tab: QWidget, command: str) -> QAbstractButton | None:
    page = tab.member_tabs.currentWidget()  # type: ignore[attr-defined]
    commitments = tab.commitments  # type: ignore[attr-defined]
    remedies = tab.remedies  # type: ignore[attr-defined]
    if command == "print":
        return tab.print_button  # type: ignore[attr-defined]
    if page is commitments:
        return {"new": commitments.add_button, "save": commitments.save_button,
                "delete": commitments.remove_button}.get(command)
    if page is remedies:
        return {"new": remedies.add_button, "delete": remedies.remove_button}.get(command)
    return None


def _savings(tab: QWidget, command: str) -> QAbstractButton | None:
    ui = tab.ui  # type: ignore[attr-defined]
    page = ui.sections.currentWidget()
    if page is ui.thriftPage:
        return {"print": ui.printThriftButton}.get(command)
    if page is ui.socialPage:
        return {"new": ui.addActivityButton, "print": ui.printSocialButton,
                "delete": ui.deleteActivityButton}.get(command)
    funds = getattr(tab, "funds", None)
    if funds is not None and page is funds:
        f = funds.ui
        if _focus_in(f.entriesView, f.addInButton, f.addOutButton, f.editEntryButton,
                     f.deleteEntryButton):
            return {"new": f.addInButton, "delete": f.deleteEntryButton}.get(command)
        return {"new": f.addFundButton, "delete": f.deleteFundButton}.get(command)
    violations = _focus_in(ui.violationsView, ui.addViolationButton, ui.editViolationButton,
                           ui.deleteViolationButton)
    if violations:
        return {"new": ui.addViolationButton, "delete": ui.deleteViolationButton}.get(command)
    return {"new": ui.addCommendationButton, "delete": ui.deleteCommendationButton}.get(
        command)


def _report(tab: QWidget, command: str) -> QAbstractButton | None:
    ui = tab.ui  # type: ignore[attr-defined]
    return {"new": ui.createButton, "print": ui.previewButton,
            "delete": ui.deleteButton}.get(command)


BUTTONS: dict[str, Callable[[QWidget, str], QAbstractButton | None]] = {
    "members": _members, "plans": _plans, "study": _study, "reviews": _reviews,
    "savings": _savings, "report": _report,
}
# The lists where Delete deletes the selected row, by tab: (view's attribute path).
DELETE_VIEWS = {
    "members": ("ui.table",), "plans": ("ui.plansView", "ui.targetsView"),
    "study": ("ui.sessionsView",), "savings": ("ui.socialView", "ui.commendationsView",
                                               "ui.violationsView", "funds.ui.fundsView",
                                               "funds.ui.entriesView"),
    "report": ("ui.reportsTable",),
}


def _attribute(tab: QWidget, path: str) -> QWidget | None:
    value: object = tab
    for part in path.split("."):
        value = getattr(value, part, None)
    return value if isinstance(value, QWidget) else None


class Commands(QObject):
    """Wires the Edit and Help menus and the shortcuts of a main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.actions: dict[str, QAction] = {
            "new": ui.actionNew, "save": ui.actionSave, "print": ui.actionPrint,
            "delete": ui.actionDelete}
        keys = {"new": QKeySequence.StandardKey.New, "save": QKeySequence.StandardKey.Save,
                "print": QKeySequence.StandardKey.Print}
        for command, action in self.actions.items():
            if command in keys:
                action.setShortcut(QKeySequence(keys[command]))
            action.triggered.connect(lambda _checked=False, c=command: self.run(c))
        ui.actionDelete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete itself is taken by the lists (below): the menu entry only shows the key.
        ui.actionDelete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        ui.actionReload.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        ui.actionReload.triggered.connect(self.reload)
        ui.actionUndo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionGuide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        ui.actionGuide.triggered.connect(self.help)
        ui.actionKeys.triggered.connect(lambda: show_help(self.window, "keys"))
        ui.menuEdit.aboutToShow.connect(self.update_menu)
        window.context.undo.changed.connect(self.update_undo)
        window.context.undo.kept.connect(self._deleted)
        window.context.undo.restored.connect(self._restored)
        self.tab_keys: list[QShortcut] = []
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.activated.connect(lambda n=number: self.go_to_tab(n - 1))
            self.tab_keys.append(shortcut)
        self.delete_keys: list[QShortcut] = []
        self.update_undo()

    # the tab on screen ----------------------------------------------------------------
    def current(self) -> tuple[str, QWidget | None]:
        keys = list(self.window.tabs)
        index = self.window.ui.tabs.currentIndex()
        if not 0 <= index < len(keys):
            return "", None
        key = keys[index]
        return key, self.window.tabs[key]

    def button(self, command: str) -> QAbstractButton | None:
        key, tab = self.current()
        finder = BUTTONS.get(key)
        return finder(tab, command) if finder is not None and tab is not None else None

    def run(self, command: str) -> bool:
        """Press the current tab's button for *command*; False (and why in the status
        bar) when there is none or it is greyed."""
        button = self.button(command)
        label = self.actions[command].text().replace("&", "").rstrip("…")
        if button is None or not button.isVisibleTo(self.window):
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Commands", "%1: nothing to do in this tab.").replace("%1", label), 5000)
            return False
        if not button.isEnabled():
            why = button.toolTip() or QCoreApplication.translate(
                "Commands", "not possible now")
            self.window.statusBar().showMessage(f"{label}: {why}", 8000)
            return False
        button.click()
        return True

    def reload(self) -> None:
        _key, tab = self.current()
        for name in ("reload", "refresh"):
            method = getattr(tab, name, None)
            if callable(method):
                method()
                self.window.statusBar().showMessage(QCoreApplication.translate(
                    "Commands", "The data was read again."), 3000)
                return

    def help(self) -> None:
        key, _tab = self.current()
        show_help(self.window, key)

    def go_to_tab(self, index: int) -> None:
        if 0 <= index < self.window.ui.tabs.count():
            self.window.ui.tabs.setCurrentIndex(index)

    def install_delete_keys(self, key: str, tab: QWidget) -> None:
        """Delete on a tab's lists presses the tab's delete button (once per tab)."""
        for path in DELETE_VIEWS.get(key, ()):
            view = _attribute(tab, path)
            if view is None:
                continue
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.run("delete"))
            self.delete_keys.append(shortcut)

    # menus ------------------------------------------------------------------------------
    def update_menu(self) -> None:
        """Grey what the tab on screen cannot do now, with the reason as a tooltip."""
        for command, action in self.actions.items():
            button = self.button(command)
            usable = button is not None and button.isEnabled()
            action.setEnabled(True)  # the shortcut still explains why, in the status bar
            action.setToolTip("" if usable else (button.toolTip() if button else ""))
            font = action.font()
            font.setItalic(not usable)
            action.setFont(font)
        self.update_undo()

    def update_undo(self) -> None:
        undo = self.window.context.undo
        action = self.window.ui.actionUndo
        action.setEnabled(undo.can_undo)
        if undo.can_undo:
            action.setText(QCoreApplication.translate("Commands", "&Undo: delete %1")
                           .replace("%1", undo.last_description().replace("&", "&&")))
        else:
            action.setText(QCoreApplication.translate("Commands", "&Undo delete"))

    def _deleted(self, what: str) -> None:
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "Commands", "Deleted %1. Edit → Undo (Ctrl+Z) puts it back.").replace(
            "%1", what), 15000)

    def _restored(self, kind: str, record_id: int) -> None:
        """Show what was put back: its tab, the record selected."""
        area = AREAS[kind]
        keys = list(self.window.tabs)
        if area not in keys:
            return
        self.window.ui.tabs.setCurrentIndex(keys.index(area))
        tab: Any = self.window.tabs[area]
        if kind == "member":
            tab.reload()
            tab.select_member(record_id)
        elif kind == "plan":
            tab.reload(record_id)
        elif kind == "target":
            tab.reload(None, record_id)
        elif kind == "session":
            tab.refresh(None, record_id)
        elif kind in ("fund", "fund_entry"):
            tab.ui.sections.setCurrentWidget(tab.funds)
            tab.funds.show_restored(kind, record_id)

    def undo(self) -> None:
        undo = self.window.context.undo
        if not undo.can_undo:
            return
        what = undo.last_description()
        try:
            undo.undo()
        except UserError as error:
            messages.error(self.window, str(error))
            return
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "Commands", "Put back: %1.").replace("%1", what), 8000)
