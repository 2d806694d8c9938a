"""The Members tab: the roster with search, order, counts, add / edit / delete, Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.core.members import excel as members_excel
from desktop_app.core.members import roster as mc
from desktop_app.db.storage import StorageError
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common import file_dialogs, messages
from desktop_app.gui.common.closed_years import YearGuard
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.flow_layout import make_flow
from desktop_app.gui.common.history import HistoryRequest, record_request
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.forms.ui_members_tab import Ui_MembersTab

from .dialog import MemberDialog
from .import_dialog import ImportDialog
from .models import (
    BIRTH,
    GENDER,
    JOB,
    JOINED,
    KEY_CADRE,
    KIND,
    NAME,
    OFFICIAL,
    PARTY_YEARS,
    ROLE,
    ROW_ROLE,
    STATUS,
    MembersModel,
    MembersProxy,
    Searched,
    read_members,
)

AREA = "members"


class MembersTab(QWidget):
    """Emits ``changed`` after every write (also announced on the context's bus)."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MembersTab()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Members"))
        self.model = MembersModel(self)
        self.proxy = MembersProxy(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.table.setModel(self.proxy)
        ui.table.verticalHeader().setVisible(False)
        make_flow(ui.toolbarLayout)
        # the name, the dates and the years in the Party stay whole (a date cut to
        # "22/12/…" loses its year); the kind and the status give way first, the job last
        fit_to_width(ui.table, stretch=JOB, shrink=(KIND, STATUS, KEY_CADRE, ROLE, GENDER),
                     keep=(NAME, BIRTH, JOINED, OFFICIAL, PARTY_YEARS))
        ui.orderCombo.addItem(self.tr("by name"), NAME)
        ui.orderCombo.addItem(self.tr("by position"), ROLE)
        excel_menu = QMenu(self)
        self.import_action = excel_menu.addAction(self.tr("Import from Excel…"))
        self.export_action = excel_menu.addAction(self.tr("Export to Excel…"))
        ui.moreButton.setMenu(excel_menu)

        ui.searchEdit.textChanged.connect(self._on_search)
        ui.orderCombo.currentIndexChanged.connect(self._apply_order)
        ui.showLeftCheck.toggled.connect(self._on_show_left)
        ui.addButton.clicked.connect(self.add_member)
        ui.editButton.clicked.connect(self.edit_member)
        ui.deleteButton.clicked.connect(self.delete_member)
        ui.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.import_action.triggered.connect(self.import_excel)
        self.export_action.triggered.connect(self.export_excel)
        ui.printButton.clicked.connect(self.print_member_list)
        ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.bus.changed.connect(self._on_bus)
        self.guard = YearGuard(self, context, note=self.tr(
            "Closed years: %1. A member's dates of joining the Party, of full membership and "
            "of being excused, transferred or deceased cannot be set in them."))
        self.guard.add_history(ui.table, self.history_request, beside=ui.deleteButton)
        self._restore_state()
        # The first reading off the UI thread (the tab is built while the window opens);
        # after a change the list is read again at once.
        self.ui.emptyLabel.hide()  # "no members yet" only once the list has been read
        self.loader = Loader(context.runner, self)
        self._select_after: int | None = None  # the member to select once the list is read
        self.loader.failed.connect(lambda message: messages.error(self, message))
        self.loader.load(read_members, apply=self._show_members)

    # state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings
        order = settings.value("members/order", NAME, type=int)
        self.ui.orderCombo.setCurrentIndex(max(0, self.ui.orderCombo.findData(order)))
        self._apply_order()

    def save_state(self) -> None:
        self.context.settings.setValue("members/order", self.ui.orderCombo.currentData())

    # loading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again in the background (2,000 members take a tenth of a second
        to read), then show it with *select_id* (else the member selected) selected."""
        if select_id is not None:
            self._select_after = select_id
        self.loader.load(read_members, apply=self._show_members)

    def _show_members(self, read: tuple[list[mc.MemberData], Searched]) -> None:
        members, searched = read
        self.proxy.prime(searched)
        selected = self.selected_member()
        chosen = self._select_after or (selected.id if selected is not None else None)
        self._select_after = None
        self.model.set_rows(members)
        self._update_counts(members)
        if chosen is not None:
            self.select_member(chosen)
        self._update_buttons()

    def _on_bus(self, area: str) -> None:
        if area != AREA:
            self.reload()

    def _announce(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.changed.emit()
        self.context.bus.changed.emit(AREA)

    def _update_counts(self, members: list[mc.MemberData]) -> None:
        c = mc.counts(members)
        self.ui.countsLabel.setText(
            self.tr(
                "Total: %1 · Party members: %2 (full %3, probationary %4) · Non-party staff: %5 · "
                "Excused: %6 · Key cadres: %7"
            )
            .replace("%1", str(c.total))
            .replace("%2", str(c.party))
            .replace("%3", str(c.full))
            .replace("%4", str(c.probationary))
            .replace("%5", str(c.non_party))
            .replace("%6", str(c.excused))
            .replace("%7", str(c.key_cadres))
        )
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.proxy.rowCount() == 0
        if self.model.rowCount() == 0:
            text = self.tr("No members yet. Click “Add…” or import a list from Excel.")
        else:
            text = self.tr("No member matches “%1”.").replace("%1", self.ui.searchEdit.text())
        self.ui.emptyLabel.setText(text)
        self.ui.emptyLabel.setVisible(empty)

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)  # filters and orders again
        self._update_empty()

    def _on_show_left(self, show: bool) -> None:
        self.proxy.set_show_left(show)
        self._update_empty()

    def _apply_order(self) -> None:
        column = self.ui.orderCombo.currentData()
        self.ui.table.sortByColumn(
            column if column is not None else NAME, Qt.SortOrder.AscendingOrder
        )

    # selection ---------------------------------------------------------------------------
    def selected_member(self) -> mc.MemberData | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_member(self, member_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == member_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return

    def history_request(self) -> HistoryRequest | None:
        member = self.selected_member()
        if member is None:
            return None
        return record_request(self.tr("Member %1").replace("%1", member.full_name), "member",
                              member.id, parts=False)

    def visible_names(self) -> list[str]:
        """Names in the order shown (used by tests and by printing)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _update_buttons(self, *_args) -> None:
        has = self.selected_member() is not None
        why = self.tr("Choose a member in the list first.")
        set_enabled(self.ui.editButton, has, why)
        set_enabled(self.ui.deleteButton, has, why)

    # writes ------------------------------------------------------------------------------
    def add_member(self) -> None:
        self._edit(None)

    def edit_member(self, _index: QModelIndex | None = None) -> None:
        member = self.selected_member()
        if member is not None:
            self._edit(member)

    def _edit(self, member: mc.MemberData | None) -> None:
        data = MemberDialog.run(self, member)
        while data is not None:
            try:
                saved = mc.save_member(data, allow_duplicate=True)  # the dialog asked
            except ValidationError as error:  # e.g. the data changed meanwhile: show it again
                messages.error(self, str(error))
                data = MemberDialog.run(self, data)
                continue
            except StorageError as error:  # a full disk…: show the input again to retry
                messages.error(self, str(error))
                data = MemberDialog.run(self, data)
                continue
            except UserError as error:
                messages.error(self, str(error))
                return
            self._announce(saved.id)  # selected once the list is read again
            return

    def delete_member(self) -> None:
        member = self.selected_member()
        if member is None or member.id is None:
            return
        if mc.has_history(member.id):
            if messages.confirm(
                self,
                self.tr(
                    "%1 already has records (attendance, commitments, reviews…) and cannot be "
                    "deleted. Mark as transferred or deceased instead, keeping the history?"
                ).replace("%1", member.full_name),
                yes=self.tr("Mark as left…"),
            ):
                self._edit(member)
            return
        if not messages.confirm(
            self,
            self.tr(
                "Delete %1 from the list? Use this only for a member entered by mistake."
            ).replace("%1", member.full_name),
            yes=self.tr("Delete"),
        ):
            return
        try:
            member_id = member.id
            self.context.undo.delete("member", member_id, f"đảng viên {member.full_name}",
                                     lambda: mc.delete_member(member_id))
        except UserError as error:
            messages.error(self, str(error))
            return
        self._announce()

    # Excel -------------------------------------------------------------------------------
    def import_excel(self) -> None:
        path = file_dialogs.ask_open_path(
            self, self.tr("Import members from Excel"), self.tr("Excel files (*.xlsx)")
        )
        if path is None:
            return
        self.context.runner.run(
            members_excel.read_members_file,
            path,
            on_done=self._show_preview,
            on_error=self._task_failed,
            label=self.tr("Reading the Excel file…"),
            parent_widget=self,
            cancellable=True,  # reading only: Cancel drops it at once
            discard=True,
        )

    def _show_preview(self, preview: members_excel.ImportPreview) -> None:
        if not ImportDialog.run(self, preview):
            return
        self.context.runner.run(
            members_excel.import_rows,
            preview,
            on_done=self._imported,
            on_error=self._task_failed,
            label=self.tr("Importing…"),
            parent_widget=self,
        )

    def _imported(self, count: int) -> None:
        self._announce()
        messages.info(self, self.tr("Imported %n member(s).", "", count))

    def export_excel(self) -> None:
        suggested = f"Danh sach dang vien {dt.date.today():%d-%m-%Y}.xlsx"
        path = file_dialogs.ask_save_path(
            self, self.tr("Export members to Excel"), self.tr("Excel files (*.xlsx)"), suggested
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        members = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        self.context.runner.run(
            members_excel.export_members,
            path,
            members,
            on_done=self._exported,
            on_error=self._task_failed,
            on_cancel=lambda: messages.info(self, self.tr(
                "Exporting was cancelled: no file was written.")),
            label=self.tr("Exporting…"),
            parent_widget=self,
            cancellable=True,  # stops while the rows are put in, before the file is written
        )

    def _exported(self, path: Path) -> None:
        messages.info(self, self.tr("Saved %1.").replace("%1", str(path)))

    # printing ----------------------------------------------------------------------------
    def print_member_list(self) -> None:
        """Preview the member list (danh sách đảng viên) to print it or save it."""
        from desktop_app.documents.members.jobs import (
            member_list_job,  # printing is loaded when first used
        )
        from desktop_app.gui.common.preview import show_preview

        self.preview = show_preview(self.context, member_list_job(), self)

    def _task_failed(self, error: BaseException, _details: str) -> None:
        if isinstance(error, UserError):
            messages.error(self, str(error))
        else:
            messages.error(self, self.tr("Unexpected error: %1").replace("%1", str(error)))
