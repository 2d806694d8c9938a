"""The history of a record (lịch sử thay đổi): who changed what, when, from which value to
which, read from the change log in the background and shown in a dialog that can print it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy, QTableView, QWidget

from desktop_app.core.closing.describe import ChangeLine
from desktop_app.core.closing.lists import ChangeList
from desktop_app.gui.forms.ui_history_dialog import Ui_HistoryDialog

from . import messages
from .context import AppContext
from .enabling import set_enabled
from .fit_width import fit_to_width
from .rows_model import ROW_ROLE, Column, RowsModel
from .sort_proxy import SortProxy


@dataclass(frozen=True)
class HistoryRequest:
    """What to show: a title ("Buổi học tập ngày 19/02/2009") and the function, run in the
    background, that reads its changes."""

    title: str
    read: Callable[[], list[ChangeLine]]


def record_request(title: str, table: str, record_id: int | None, *,
                   parts: bool = True) -> HistoryRequest | None:
    """The history of one record of *table* (with the records that belong to it); None
    when there is no record (nothing selected, not saved yet)."""
    from desktop_app.core.closing.changes import record_history
    from desktop_app.core.closing.describe import describe

    if record_id is None:
        return None
    return HistoryRequest(title, lambda: describe(record_history(table, record_id,
                                                                 parts=parts)))


def change_columns(*, record: bool = True) -> list[Column]:
    """The columns of a list of changes (ChangeLine rows)."""
    translate = QCoreApplication.translate
    columns = [
        Column(translate("ChangeColumns", "Time"), lambda c: c.when,
               sort=lambda c: (c.at, c.change_id)),
        Column(translate("ChangeColumns", "Entered by"), lambda c: c.user),
        Column(translate("ChangeColumns", "Action"), lambda c: c.action),
        Column(translate("ChangeColumns", "Record"), lambda c: c.record),
        Column(translate("ChangeColumns", "Field"), lambda c: c.field),
        Column(translate("ChangeColumns", "Old value"), lambda c: c.old),
        Column(translate("ChangeColumns", "New value"), lambda c: c.new),
    ]
    return columns if record else columns[:3] + columns[4:]


def change_table(table: QTableView, parent: QWidget, *,
                 record: bool = True) -> tuple[RowsModel, SortProxy]:
    """Set *table* up as a sortable list of changes; its model and proxy. The columns fit
    the table's width: the time whole, long values wrapping, the record taking the room."""
    model = RowsModel(change_columns(record=record), parent)
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.verticalHeader().setVisible(False)
    if record:
        fit_to_width(table, stretch=3, shrink=(1, 4), keep=(0,), widest=220)
    else:
        fit_to_width(table, stretch=4, shrink=(1, 3), keep=(0,), widest=220)
    return model, proxy


class HistoryDialog(QDialog):
    """The changes of one record, oldest first; the selected one in full below."""

    def __init__(self, context: AppContext, title: str, lines: list[ChangeLine],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.title, self.lines = context, title, lines
        self.ui = ui = Ui_HistoryDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Change history: %1").replace("%1", title))
        ui.recordLabel.setText(title)
        self.model, self.proxy = change_table(ui.table, self)
        self.model.set_rows(lines)
        ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.table.selectionModel().selectionChanged.connect(self._show_detail)
        ui.emptyLabel.setText(self.tr(
            "No change has been recorded for this record. The book records every change "
            "since this version of the program; what was entered before has no history."))
        ui.emptyLabel.setVisible(not lines)
        ui.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        ui.recordLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.table.setVisible(bool(lines))
        ui.detailEdit.setVisible(bool(lines))
        set_enabled(ui.printButton, bool(lines), self.tr(
            "Nothing to print: no change has been recorded for this record."))
        ui.printButton.clicked.connect(self.print_list)
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        ui.buttons.rejected.connect(self.reject)
        if lines:
            ui.table.selectRow(self.proxy.rowCount() - 1)  # the newest change

    def selected(self) -> ChangeLine | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_detail(self, *_args) -> None:
        line = self.selected()
        if line is None:
            self.ui.detailEdit.clear()
            return
        text = f"{line.when} · {line.user} · {line.action} · {line.record}"
        if line.field:
            text += "\n" + self.tr("%1\nold: %2\nnew: %3").replace("%1", line.field) \
                .replace("%2", line.old or "—").replace("%3", line.new or "—")
        self.ui.detailEdit.setPlainText(text)

    def visible_texts(self) -> list[list[str]]:
        """The rows as shown (tests read the screen through this)."""
        return [[self.proxy.index(r, c).data() or "" for c in range(self.proxy.columnCount())]
                for r in range(self.proxy.rowCount())]

    def print_list(self) -> None:
        """Preview the changes as a document (built in the background: a record's
        history can be long)."""
        from .building import build_in_background
        from .preview import preview_document

        changes = ChangeList(
            subject=f"Lịch sử thay đổi: {self.title}",
            intro=(f"Sổ Chi bộ ghi tự động mọi lần thêm, sửa, xóa dữ liệu. Dưới đây là các "
                   f"thay đổi của: {self.title}."),
            lines=self.lines)

        def show(document) -> None:
            self.preview = preview_document(self.context, document, self)

        build_in_background(self.context, self, _change_list_document, changes,
                            label=self.tr("Preparing the list of changes…"), on_done=show)


def _change_list_document(changes: ChangeList):
    from desktop_app.core.closing.lists import paper
    from desktop_app.documents.closing.change_list import build_change_list

    return build_change_list(paper(changes))


def show_history(context: AppContext, parent: QWidget, request: HistoryRequest) -> None:
    """Read the record's changes in the background, then show them (not modal)."""

    def shown(lines: list[ChangeLine]) -> None:
        dialog = HistoryDialog(context, request.title, lines, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _shown.append(dialog)
        dialog.destroyed.connect(lambda *_a: _shown.remove(dialog) if dialog in _shown else None)
        dialog.show()

    def failed(error: BaseException, _details: str) -> None:
        messages.error(parent, str(error))

    context.runner.run(request.read, on_done=shown, on_error=failed,
                       label=QCoreApplication.translate("History", "Reading the history…"),
                       parent_widget=parent)


_shown: list[HistoryDialog] = []  # the dialogs on screen, kept alive by this list


def shown_dialogs() -> list[HistoryDialog]:
    """The history dialogs on screen (tests read them)."""
    return [d for d in _shown if d.isVisible()]
