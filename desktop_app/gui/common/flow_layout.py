"""A layout that wraps its widgets onto more rows when the window is narrow.

A tab's tool row of a dozen buttons needs some 1,250 pixels on one line: on a 1024-pixel
screen, or with large text, the window could not be made narrow enough. In a
``FlowLayout`` the row breaks like a line of text; the layout asks for the height its
rows need at the width it gets (``heightForWidth``), so what is below moves down.

Designer cannot place this layout: a form keeps its row as a ``QHBoxLayout`` and the tab
calls :func:`make_flow` on it, which moves the widgets (in their order, spacers dropped)
into a flow layout in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next does not fit.

    An item marked with :meth:`add_break` starts the right-aligned group: on a row that
    has room it sits at the right edge, as after a stretch in a box layout.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None  # index of the first right-aligned item
        self._spacing = spacing
        # Heights by width until the items change: Qt asks again and again while a
        # window is laid out (some 360 times as the preview opened), and each answer
        # is Python called from C++, which waits for the GIL while a worker builds.
        self._heights: dict[int, int] = {}

    # QLayout's interface ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            if self._right_from is not None and index < self._right_from:
                self._right_from -= 1
            self._heights.clear()
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._width = width
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def maximumSize(self) -> QSize:
        """No taller than its rows at the width it last had: the spare height of the
        window goes to the lists below, not to an empty band under the buttons."""
        width = getattr(self, "_width", 0)
        height = self.heightForWidth(width) if width > 0 else self.sizeHint().height()
        return QSize(16777215, max(height, self.minimumSize().height()))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything (what the layout would like)."""
        width = sum(self._hint(item).width() for item in self._visible())
        width += self._gap() * max(0, len(self._visible()) - 1)
        height = max((self._hint(item).height() for item in self._visible()), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest single item: narrower than that nothing can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # ours -------------------------------------------------------------------------------
    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put *widget* at *index* (in the group of the item it follows)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        if self._right_from is not None and index <= self._right_from:
            self._right_from += 1
        self.invalidate()

    def add_break(self) -> None:
        """The items added from now on go to the right end of their row."""
        self._right_from = len(self._items)

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(QSizePolicy.ControlType.PushButton,
                                            QSizePolicy.ControlType.PushButton,
                                            Qt.Orientation.Horizontal)

    @staticmethod
    def _hidden(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is not None and widget.isHidden()

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not self._hidden(item)]

    @staticmethod
    def _hint(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in *rect* (or only measure); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        used = 0
        visible = [(index, item) for index, item in enumerate(self._items)
                   if not self._hidden(item)]
        group = sum(min(self._hint(item).width(), max(area.width(), 1)) + gap
                    for index, item in visible
                    if self._right_from is not None and index >= self._right_from) - gap
        for index, item in visible:
            hint = self._hint(item)
            right = self._right_from is not None and index >= self._right_from
            width = min(hint.width(), max(area.width(), 1))
            first_right = right and index == next(i for i, _item in visible
                                                  if i >= (self._right_from or 0))
            # the right-aligned group moves down whole when it fits on a row of its own
            needed = group if first_right and group <= area.width() else width
            if rows[-1] and used + gap + needed > area.width():
                rows.append([])
                used = width
            else:
                used = width if not rows[-1] else used + gap + width
            rows[-1].append((item, QSize(width, hint.height()), right))
        top = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _item, size, _right in row)
            if move:
                left_items = [(i, s) for i, s, right in row if not right]
                right_items = [(i, s) for i, s, right in row if right]
                x = area.x()
                for item, size in left_items:
                    item.setGeometry(QRect(QPoint(x, top + (height - size.height()) // 2),
                                           size))
                    x += size.width() + gap
                x = area.right() + 1 - sum(s.width() for _i, s in right_items) \
                    - gap * max(0, len(right_items) - 1)
                for item, size in right_items:
                    item.setGeometry(QRect(QPoint(x, top + (height - size.height()) // 2),
                                           size))
                    x += size.width() + gap
            top += height + gap
        margins: QMargins = self.contentsMargins()
        return top - gap - rect.y() + margins.bottom() if rows[0] else 0


def make_flow(row: QBoxLayout) -> FlowLayout:
    """Replace the horizontal box *row* by a flow layout holding its widgets in order.

    A stretch or spacer in *row* marks where the right-aligned group starts; the
    layout takes *row*'s place in its parent box layout. Widgets only: a nested layout
    in *row* is not carried over.
    """
    flow = FlowLayout(spacing=row.spacing())
    flow.setContentsMargins(row.contentsMargins())
    flow.setObjectName(row.objectName())
    items = []
    while row.count():
        item = row.takeAt(0)
        if item is not None:
            items.append(item)
    for item in items:
        widget = item.widget()
        if widget is not None:
            flow.addWidget(widget)
        elif item.spacerItem() is not None and flow._right_from is None:
            flow.add_break()
    parent = row.parent()
    if not isinstance(parent, QBoxLayout):
        raise ValueError("make_flow: the row must sit in a box layout")
    index = parent.indexOf(row)
    parent.takeAt(index)
    parent.insertLayout(index, flow)
    # the rows never take the spare height: with no stretch set, a box layout shares it
    # out among its items, the flow too (a band of empty rows above a list)
    if not any(parent.stretch(i) for i in range(parent.count())):
        for i in range(parent.count()):
            item = parent.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.sizePolicy().verticalPolicy() in (
                    QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding):
                parent.setStretch(i, 1)
    row.deleteLater()
    return flow
