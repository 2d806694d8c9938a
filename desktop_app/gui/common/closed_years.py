"""What a tab shows of closed years (khóa sổ) and of the history of its records.

Each tab makes one ``YearGuard`` with the year it shows and names what it protects:

    self.guard = YearGuard(self, context, year=self.year)
    self.guard.protect(ui.addButton, ui.editButton, ui.deleteButton)
    self.guard.protect_view(ui.table, self.model)
    self.guard.add_history(ui.table, self._history_request, beside=ui.deleteButton)

While the year is closed the tab shows "Năm 2009 đã khóa sổ …" above its content, the
protected buttons are disabled with a tooltip saying why (whatever the tab's own logic
enables: the guard keeps the state the tab asks for and gives it back when the year is
reopened or another year is shown), the protected lists cannot be edited in place and a
double-click explains instead of opening an editor. The database refuses such writes
anyway (``db/closed_years.py``); the guard only keeps the user from trying.

``add_history`` puts "Lịch sử thay đổi…" on the list's context menu and as a button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QSizePolicy,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop_app.core.closing import years as closing
from desktop_app.core.common.formats import short_date

from . import messages
from .context import AppContext
from .history import HistoryRequest, show_history

AREA = "closing"  # what the bus announces when a year is closed or reopened
BANNER_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e0c070; padding: 4px 8px; "
                "color: #5a4300; }")
YearOf = Callable[[], int | None]


def closed_text(year: int) -> str:
    """Why a control is disabled: "Năm 2009 đã khóa sổ…"."""
    text = QCoreApplication.translate(
        "ClosedYears", "Year %1 is closed: its records can be read but not changed. To "
        "change them, reopen it (File → Reopen a closed year…) and give the reason.")
    return text.replace("%1", str(year))


class YearGuard(QObject):
    """One tab's view of the closed years (see the module's notes)."""

    def __init__(self, tab: QWidget, context: AppContext, year: YearOf | None = None, *,
                 note: str = ""):
        super().__init__(tab)
        self.tab, self.context, self.year_of = tab, context, year
        self.note = note  # for a tab without a year: what closing changes there
        self.banner = QLabel(tab)
        self.banner.setObjectName("closedYearBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()
        _insert_on_top(tab, self.banner)
        self._widgets: dict[QWidget | QAction, YearOf | None] = {}
        self._wanted: dict[QWidget | QAction, bool] = {}  # enabled, as the tab wants it
        self._tips: dict[QWidget | QAction, str] = {}  # the tab's tooltip, while locked
        self._views: dict[QAbstractItemView, tuple[Any, YearOf | None]] = {}
        self._triggers: dict[QAbstractItemView, Any] = {}  # a view's edit triggers, while locked
        self._containers: dict[QWidget, YearOf | None] = {}
        self._editable: dict[QAbstractItemView, Callable[[Any, int], bool]] = {}
        self._read_only: dict[QWidget, bool] = {}  # a text field's own state, while locked
        self._setting = False
        self._due = False  # an apply is asked for in the next turn of the event loop
        self.history_buttons: list[QPushButton] = []  # "Lịch sử thay đổi…", in order made
        self._closed: list[int] = []
        context.bus.changed.connect(self._on_bus)
        QTimer.singleShot(0, self.apply)

    # what the tab protects ------------------------------------------------------------
    def protect(self, *widgets: QWidget | QAction, year: YearOf | None = None) -> None:
        """Disable *widgets* while the tab's year (or *year()*) is closed."""
        for widget in widgets:
            self._track(widget, year)
        self.apply()

    def protect_inputs(self, container: QWidget, *, year: YearOf | None = None) -> None:
        """Every input inside *container* while the year is closed: text fields read-only
        (still readable and scrollable), buttons and choices disabled, lists not editable.
        A tab that makes its inputs anew (a form for each member) calls ``apply`` after."""
        self._containers[container] = year
        self.apply()

    def _find_inputs(self, container: QWidget, year_of: YearOf | None) -> None:
        locked = self.closed_year(year_of) is not None
        for widget in container.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                if locked:
                    self._read_only.setdefault(widget, widget.isReadOnly())
                    widget.setReadOnly(True)
                elif widget in self._read_only:
                    widget.setReadOnly(self._read_only.pop(widget))
            elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox):
                if (widget not in self._widgets and widget.objectName() != "historyButton"
                        and not isinstance(widget.parentWidget(), QTabBar | QScrollBar)):
                    self._track(widget, year_of)
            elif (isinstance(widget, QAbstractItemView) and widget not in self._views
                  and not isinstance(widget, QHeaderView)):  # a header shows its table's model
                self._views[widget] = (_source(widget), year_of)
                widget.viewport().installEventFilter(self)
                widget.destroyed.connect(lambda *_a, w=widget: self._views.pop(w, None))

    def _track(self, widget: QWidget | QAction, year_of: YearOf | None) -> None:
        self._widgets[widget] = year_of
        self._wanted[widget] = _explicitly_enabled(widget)
        if isinstance(widget, QAction):
            widget.enabledChanged.connect(lambda _on, w=widget: self._enabled_changed(w))
        else:
            widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_a, w=widget: self._forget(w))

    def _forget(self, widget: QWidget | QAction) -> None:
        for kept in (self._widgets, self._wanted, self._tips):
            kept.pop(widget, None)  # type: ignore[attr-defined]
        if isinstance(widget, QWidget):
            self._read_only.pop(widget, None)

    def protect_view(self, view: QAbstractItemView, model: Any = None, *,
                     year: YearOf | None = None,
                     editable: Callable[[Any, int], bool] | None = None) -> None:
        """No editing in place in *view* (its *model*'s ``read_only``) while the year is
        closed, except the cells *editable(row, column)* allows (a remedy's outcome, which
        belongs to the year of its deadline); without *editable*, a double-click says why
        instead of opening an editor."""
        self._views[view] = (model, year)
        if editable is not None:
            self._editable[view] = editable
        view.viewport().installEventFilter(self)
        shown = view.model()
        if shown is not None:  # the rows of another year: show its state
            shown.modelReset.connect(self.apply_later)
            shown.layoutChanged.connect(self.apply_later)
        self.apply()

    def apply_later(self, *_args: object) -> None:
        """``apply`` once the tab has done what it is doing (several calls, one apply)."""
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._apply_due)

    def _apply_due(self) -> None:
        self._due = False
        self.apply()

    @property
    def closed_years(self) -> list[int]:
        return list(self._closed)

    def add_history(self, view: QAbstractItemView, request: Callable[[], HistoryRequest | None],
                    *, beside: QWidget | None = None) -> QPushButton:
        """"Lịch sử thay đổi…" for the selected row of *view*: on its context menu and as a
        button placed after *beside*; *request()* says what to show (None: nothing)."""
        button = QPushButton(QCoreApplication.translate("ClosedYears", "C&hange history…"),
                             self.tab)
        button.setObjectName("historyButton")
        self.history_buttons.append(button)
        button.setToolTip(QCoreApplication.translate(
            "ClosedYears", "Who changed this record, when, and from what to what"))
        if beside is not None:
            _insert_after(beside, button)

        def show() -> None:
            wanted = request()
            if wanted is not None:
                show_history(self.context, self.tab, wanted)

        def update_now() -> None:
            button.setEnabled(request() is not None)

        def update(*_args: object) -> None:  # after the tab has shown the new selection
            QTimer.singleShot(0, button, update_now)

        button.clicked.connect(show)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def menu(position) -> None:
            if request() is None:
                return
            popup = QMenu(view)
            action = popup.addAction(QCoreApplication.translate("ClosedYears",
                                                                "Change history…"))
            action.triggered.connect(show)
            popup_menu(popup, view.viewport().mapToGlobal(position))

        view.customContextMenuRequested.connect(menu)
        if view.selectionModel() is not None:
            view.selectionModel().selectionChanged.connect(update)
        model = view.model()
        if model is not None:
            model.modelReset.connect(update)
            model.layoutChanged.connect(update)
        update_now()
        return button

    # state ----------------------------------------------------------------------------
    def closed_year(self, year_of: YearOf | None = None) -> int | None:
        """The year shown (or *year_of()*), when it is closed."""
        getter = year_of or self.year_of
        year = getter() if getter is not None else None
        return year if year is not None and year in self._closed else None

    def apply(self) -> None:
        """Read the closed years and show them: banner, buttons, lists."""
        try:
            self._closed = closing.closed_years()
        except Exception:  # the database is being closed or switched: show nothing
            self._closed = []
        self._update_banner()
        for container, container_year in self._containers.items():
            self._find_inputs(container, container_year)
        for widget, year_of in list(self._widgets.items()):
            self._show(widget, self.closed_year(year_of))
        for view, (model, year_of) in self._views.items():
            locked = self.closed_year(year_of) is not None
            editable = self._editable.get(view)
            if model is not None and hasattr(model, "read_only"):
                # check boxes too, which edit triggers do not stop
                model.read_only = (lambda row, column, e=editable: not e(row, column)) \
                    if locked and editable is not None else locked
            if locked and editable is None:
                self._triggers.setdefault(view, view.editTriggers())
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif view in self._triggers:
                view.setEditTriggers(self._triggers.pop(view))

    def _update_banner(self) -> None:
        year = self.closed_year()
        if year is not None:
            closing_row = closing.current_closing(year)
            when = (QCoreApplication.translate("ClosedYears", " on %1").replace(
                "%1", short_date(closing_row.closed_at.date())) if closing_row else "")
            self.banner.setText(QCoreApplication.translate(
                "ClosedYears", "Year %1 is closed%2: its records can be read but not changed "
                "(File → Reopen a closed year…).").replace("%1", str(year)).replace("%2", when))
        elif self.year_of is None and self.note and self._closed:
            self.banner.setText(self.note.replace("%1", ", ".join(map(str, self._closed))))
        else:
            self.banner.hide()
            return
        self.banner.show()

    def _on_bus(self, area: str) -> None:
        if area == AREA:
            self.apply()

    def _show(self, widget: QWidget | QAction, closed: int | None) -> None:
        """Enabled as the tab wants it unless *closed*; while locked, the tooltip says why
        (and the tab's own comes back after)."""
        self._setting = True
        try:
            if closed is not None:
                self._tips.setdefault(widget, widget.toolTip())
                widget.setToolTip(closed_text(closed))
                widget.setEnabled(False)
            else:
                if widget in self._tips:
                    widget.setToolTip(self._tips.pop(widget))
                widget.setEnabled(self._wanted[widget])
        finally:
            self._setting = False

    def _enabled_changed(self, widget: QWidget | QAction) -> None:
        """The tab enabled or disabled a protected control: keep what it wants, show what
        the closed year allows."""
        if self._setting or widget not in self._widgets:
            return
        self._wanted[widget] = _explicitly_enabled(widget)
        closed = self.closed_year(self._widgets[widget])
        if closed is not None and self._wanted[widget]:
            self._show(widget, closed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched in self._widgets:
            self._enabled_changed(watched)  # type: ignore[arg-type]
        elif kind == QEvent.Type.MouseButtonDblClick:
            for view, (_model, year_of) in self._views.items():
                if watched is view.viewport() and view not in self._editable:
                    closed = self.closed_year(year_of)
                    if closed is not None:
                        messages.info(self.tab, closed_text(closed))
                        return True
        return False


def popup_menu(menu: QMenu, where: Any) -> None:
    """Show a context menu (tests replace this: a menu's own loop would wait for a click)."""
    menu.exec(where)


def _source(view: QAbstractItemView) -> Any:
    """The model behind *view*'s proxy, when it can be made read-only."""
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model if hasattr(model, "read_only") else None


def _explicitly_enabled(widget: QWidget | QAction) -> bool:
    """Enabled by its own state (a button in a disabled pane is still "enabled")."""
    if isinstance(widget, QAction):
        return widget.isEnabled()
    # WA_ForceDisabled: disabled by its own setEnabled(False), not because a parent is
    return not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)


def _insert_on_top(tab: QWidget, banner: QLabel) -> None:
    layout = tab.layout()
    if isinstance(layout, QBoxLayout):  # every tab's form has a column on top
        layout.insertWidget(0, banner)
    elif layout is not None:
        layout.addWidget(banner)


def _insert_after(widget: QWidget, new: QWidget) -> None:
    """Put *new* right after *widget* in the layout that holds it."""
    parent = widget.parentWidget()
    for layout in ([parent.layout()] if parent and parent.layout() else []) + \
            (parent.findChildren(QBoxLayout) if parent else []):
        if isinstance(layout, QBoxLayout):
            index = layout.indexOf(widget)
            if index >= 0:
                layout.insertWidget(index + 1, new)
                return
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.addWidget(new)
