"""Work under way, shown in the window: "Đang dựng báo cáo…" and a moving bar.

Background work (``tasks.TaskRunner``) that lasts more than half a second shows its
label and an indeterminate progress bar in the main window's status bar until it ends,
so that a window that seems to wait says why (building the report's preview took over
two seconds with no sign of work). Work with a progress of its own also shows its
dialog (``tasks.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

SHOW_AFTER_MS = 500


class BusyIndicator(QWidget):
    """A label and a moving bar, shown while the runner says it is busy (``set_work``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self)
        self.label.setObjectName("busyLabel")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no end known: the bar moves
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._appear)
        self.hide()

    def set_work(self, text: str) -> None:
        """What is being done now ("" when nothing): shown after half a second."""
        self._text = text
        if not text:
            self._timer.stop()
            self.hide()
            return
        self.label.setText(text if text.strip() else QCoreApplication.translate(
            "BusyIndicator", "Reading the data…"))
        if not self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _appear(self) -> None:
        if self._text:
            self.show()

    @property
    def shown_text(self) -> str:
        return self.label.text() if self.isVisible() else ""
