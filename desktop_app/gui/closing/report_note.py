"""The line under an issued report in the Report tab: how many records of its period changed
after it was issued, with the list a click away."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.closing import changes
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.tasks import Loader


def count_since_issued(report_id: int) -> int:
    return len(changes.changes_since_issued(report_id))


class ReportChangesNote(QWidget):
    """Hidden for drafts; for an issued report: "Sau khi ban hành, dữ liệu của kỳ báo cáo
    có 3 thay đổi. [Xem các thay đổi…]"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.report_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("See the &changes…"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.show_changes)
        self.loader = Loader(context.runner, self)
        self._counted: int | None = None  # the report whose count is on screen
        context.bus.changed.connect(self._data_changed)
        self.hide()

    def _data_changed(self, _area: str) -> None:
        self._counted = None
        self.show_for(self.report_id)

    def show_for(self, report_id: int | None, issued: bool = True) -> None:
        """Show the count for *report_id* when it is issued (hide it otherwise)."""
        self.report_id = report_id if issued else None
        if self.report_id is None:
            self.hide()
            return
        if self._counted != self.report_id:
            self._counted = self.report_id
            self.loader.load(count_since_issued, self.report_id, apply=self._show)

    def _show(self, count: int) -> None:
        if count:
            self.label.setText(self.tr(
                "After this report was issued, %n record change(s) were made in its period.",
                "", count))
        else:
            self.label.setText(self.tr("No record of its period changed since it was issued."))
        self.button.setEnabled(count > 0)
        self.show()

    def show_changes(self) -> None:
        from .dialogs import ChangeListDialog

        if self.report_id is not None:
            self.dialog = ChangeListDialog(self.context, self.window(), report_id=self.report_id)
            self.dialog.show()

