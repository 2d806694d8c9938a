"""Windows and dialogs that fit the screen they open on (1024×768, or large text).

A dialog laid out for 1366×768 at 100% can be taller than a screen at 150% text (911×512
logical pixels): its Save and Cancel then lie below the screen's edge. Long forms scroll
inside the dialog (:func:`scroll_form`), and every window is sized to what the screen
leaves (:func:`fit_to_screen`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPageSetupDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

QT_OWN_DIALOGS = (QFileDialog, QMessageBox, QInputDialog, QProgressDialog, QColorDialog,
                  QFontDialog, QAbstractPrintDialog, QPageSetupDialog)  # they order their own
SCREEN_SHARE = 0.94  # a window leaves a little of the screen around it


def available(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the taskbar)."""
    screen = None
    if widget is not None:
        screen = widget.screen()
        parent = widget.parentWidget()
        if parent is not None:
            screen = parent.screen() or screen
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Give *window* its preferred size (or its size hint), but no more than the screen
    leaves, and keep it on the screen (centred over its parent when it has one)."""
    area = available(window)
    limit = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    wanted = (preferred or window.sizeHint()).expandedTo(window.minimumSizeHint())
    size = wanted.boundedTo(limit)
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(centre)
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
    window.move(frame.topLeft())


def fit_text(edit: QWidget, sample: str) -> None:
    """Make a field wide enough for *sample* in its font (a date: "00/00/00000")."""
    from PySide6.QtWidgets import QStyle

    frame = 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 12
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(sample) + frame)


def scroll_form(outer: QBoxLayout, form: QLayout) -> QScrollArea:
    """Put *form* (an item of *outer*) in a scroll area in its place: a long form then
    scrolls, and the dialog's buttons below it stay on screen. Only up and down: the
    fields get the width of the dialog."""
    index = outer.indexOf(form)
    if index < 0:
        raise ValueError("scroll_form: the form is not in this layout")
    outer.takeAt(index)
    holder = QWidget()
    holder.setObjectName(f"{form.objectName() or 'form'}Holder")
    holder.setLayout(form)
    area = QScrollArea()
    area.setObjectName(f"{form.objectName() or 'form'}Scroll")
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer.insertWidget(index, area, 1)
    return area


def scroll_widget(content: QWidget) -> QScrollArea:
    """*content* (a form built in code) in a scroll area that gives it its width: it
    scrolls up and down only, and Tab goes to the fields inside."""
    area = QScrollArea()
    area.setObjectName(f"{content.objectName() or 'content'}Scroll")
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def prepare_dialog(dialog: QDialog, preferred: QSize | None = None) -> None:
    """Size a dialog to its contents within the screen (call at the end of __init__)."""
    fit_to_screen(dialog, preferred)


def _buttons_at_end(layout: QLayout) -> int:
    """How many of *layout*'s last items are its buttons (a button box, or a row of
    buttons): they stay below the scrolled part."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

    count = 0
    for index in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if isinstance(widget, QDialogButtonBox | QAbstractButton):
            count += 1
            continue
        parts = [inner.itemAt(i) for i in range(inner.count())] if inner is not None else []
        if parts and all(part is not None and (isinstance(part.widget(), QAbstractButton)
                                               or part.spacerItem() is not None)
                         for part in parts):
            count += 1
            continue
        break
    return count


def scroll_dialog(dialog: QDialog) -> QScrollArea | None:
    """Move everything of *dialog* but its buttons into a scroll area (its top layout
    must be a box layout); None when it cannot."""
    outer = dialog.layout()
    if not isinstance(outer, QBoxLayout) or outer.count() < 2:
        return None
    return scroll_layout(dialog, first=0, last=_buttons_at_end(outer))


def scroll_layout(widget: QWidget, first: int = 0, last: int = 0) -> QScrollArea | None:
    """Move the items of *widget*'s box layout, but its *first* and *last* few, into a
    scroll area in their place (up and down only)."""
    from PySide6.QtWidgets import QVBoxLayout

    outer = widget.layout()
    if not isinstance(outer, QBoxLayout):
        return None
    moved = outer.count() - first - last
    if moved <= 0:
        return None
    holder = QWidget()
    holder.setObjectName("scrolledContents")
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 0, 0)
    for _ in range(moved):
        item = outer.takeAt(first)
        if item is None:
            continue
        child, layout = item.widget(), item.layout()
        if child is not None:
            inner.addWidget(child)
        elif layout is not None:
            layout.setParent(None)
            inner.addLayout(layout)
        elif item.spacerItem() is not None:
            inner.addItem(item)
    area = QScrollArea()
    area.setObjectName("dialogScroll")
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    outer.insertWidget(first, area, 1)
    return area


class ScreenFitter(QObject):
    """Every dialog, when it is shown, fits the screen: a form too tall for it scrolls
    (its buttons stay in view), and it is placed where it can be seen whole."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) \
                and watched.isWindow():
            self.fit(watched)
        return False

    @staticmethod
    def fit(dialog: QDialog) -> None:
        area = available(dialog)
        limit = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
        if not dialog.property("scrollChecked"):
            dialog.setProperty("scrollChecked", True)
            if dialog.minimumSizeHint().height() > limit.height() \
                    and scroll_dialog(dialog) is not None:
                layout = dialog.layout()
                if layout is not None:
                    layout.activate()
        size = dialog.size().expandedTo(dialog.minimumSizeHint()).boundedTo(limit)
        if size != dialog.size():
            dialog.resize(size)
        frame = dialog.frameGeometry()
        frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
        frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
        if frame.topLeft() != dialog.frameGeometry().topLeft():
            dialog.move(frame.topLeft())
        if not dialog.property("tabsOrdered") and not isinstance(dialog, QT_OWN_DIALOGS):
            dialog.setProperty("tabsOrdered", True)
            order_tabs(dialog)


def install_screen_fitting(app: QObject) -> ScreenFitter:
    """Fit every dialog of the application to its screen (see ScreenFitter)."""
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    return fitter


class _SplitterTurn(QObject):
    def __init__(self, splitter: QSplitter, host: QWidget, narrow: int,
                 shares: tuple[int, ...]):
        super().__init__(splitter)
        self.splitter, self.host, self.narrow, self.shares = splitter, host, narrow, shares
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.host \
                and shiboken6.isValid(self.splitter):
            self.turn()
        return False

    def turn(self) -> None:
        wanted = (Qt.Orientation.Vertical if self.host.width() < self.narrow
                  else Qt.Orientation.Horizontal)
        if wanted == self.splitter.orientation():
            return
        self.splitter.setOrientation(wanted)
        length = (self.splitter.height() if wanted == Qt.Orientation.Vertical
                  else self.splitter.width()) or 1000
        total = sum(self.shares) or 1
        self.splitter.setSizes([length * share // total for share in self.shares])


def turn_on_narrow(splitter: QSplitter, host: QWidget, narrow: int,
                   shares: tuple[int, ...]) -> None:
    """Side by side on a wide *host*, one above the other when it is narrower than
    *narrow* (a 1024-pixel screen, or large text), the panes sharing in *shares*."""
    turner = _SplitterTurn(splitter, host, narrow, shares)
    turner.turn()


class _Collapser(QObject):
    def __init__(self, splitter: QSplitter, pane: int, height: int):
        super().__init__(splitter)
        self.splitter, self.pane, self.height = splitter, pane, height
        self.collapsed = False
        splitter.setChildrenCollapsible(True)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.splitter:
            short = (self.splitter.orientation() == Qt.Orientation.Vertical
                     and self.splitter.height() < self.height)
            if short != self.collapsed:
                self.collapsed = short
                sizes = self.splitter.sizes()
                total = sum(sizes) or self.splitter.height()
                if short:
                    sizes = [total if i != self.pane else 0 for i in range(len(sizes))]
                else:
                    share = total // len(sizes)
                    sizes = [share] * len(sizes)
                self.splitter.setSizes(sizes)
        return False


def collapse_when_short(splitter: QSplitter, pane: int, height: int) -> None:
    """Fold the *pane* of a vertical *splitter* away while the splitter is shorter than
    *height* (large text on a small screen); the user can still drag it open."""
    _Collapser(splitter, pane, height)


def order_tabs(dialog: QWidget) -> None:
    """Tab goes the way the dialog reads: down its layouts, row by row and left to right
    in a row, also through rows hidden for now (a field added to a form later would
    otherwise keep its place at the end of the chain)."""
    widgets = [w for w in _reading_order(dialog) if w is not dialog
               and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is dialog]
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)


def _reading_order(widget: QWidget) -> list[QWidget]:
    found = [widget]
    if isinstance(widget, QAbstractItemView):
        return found  # its cells are not stops of their own
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return found + (_reading_order(inner) if inner is not None else [])
    if isinstance(widget, QTabWidget | QSplitter):
        for i in range(widget.count()):
            page = widget.widget(i)
            if page is not None:
                found += _reading_order(page)
        return found
    layout = widget.layout()
    if layout is not None:
        found += _layout_order(layout)
    return found


def _layout_order(layout: QLayout) -> list[QWidget]:
    items: list[QLayoutItem | None] = []
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = layout.itemAt(row, role)
                if item is not None:
                    items.append(item)
    elif isinstance(layout, QGridLayout):
        places: list[tuple[int, int, int]] = []
        for i in range(layout.count()):
            position: tuple[int, int, int, int] = layout.getItemPosition(i)  # type: ignore[assignment]
            places.append((position[0], position[1], i))
        items = [layout.itemAt(i) for _row, _column, i in sorted(places)]
    else:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QBoxLayout) and layout.direction() in (
                QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop):
            items.reverse()
    found: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        child = item.widget()
        inner = item.layout()
        if child is not None:
            found += _reading_order(child)
        elif inner is not None:
            found += _layout_order(inner)
    return found
