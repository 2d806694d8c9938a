"""Dialogs that fit the screen: a form too tall for a small screen (1024×768, or text
enlarged 150%) scrolls inside its dialog instead of running off the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(content: QWidget) -> QScrollArea:
    """*content* in a frameless scroll area that resizes it to its width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize *widget* to width × height, or smaller to stay inside its screen."""
    screen = widget.screen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - 16), min(height, room.height() - 48))
