"""Windows and dialogs that fit the screen they open on (1024×768, or large text).

A dialog laid out for 1366×768 at 100% can be taller than a screen at 150% text (911×512
logical pixels): its Save and Cancel then lie below the screen's edge. Long forms scroll
inside the dialog (:func:`scroll_form`), and every window is sized to what the screen
leaves (:func:`fit_to_screen`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QDialog,
    QFrame,
    QLayout,
    QScrollArea,
    QWidget,
)

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
    outer.insertWidget(index, area, 1)
    return area


def prepare_dialog(dialog: QDialog, preferred: QSize | None = None) -> None:
    """Size a dialog to its contents within the screen (call at the end of __init__)."""
    fit_to_screen(dialog, preferred)
