"""The commands of the Savings tab's grid: clear cells, quantity and note of a month, copy
a month to the next, baselines and targets of the year, categories."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desktop_app.core.savings import thrift as savings
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.forms.ui_savings_tab import Ui_SavingsTab

from .models import GridModel
from .thrift_dialogs import CategoryDialog, EntryDialog, YearSettingDialog


class GridActions(QObject):
    """Owns the grid's buttons; *rewritten* is called after a command wrote."""

    def __init__(self, parent: QWidget, ui: Ui_SavingsTab, grid: GridModel,
                 year_of: Callable[[], int], rewritten: Callable[[], None]):
        super().__init__(parent)
        self.owner = parent
        self.ui = ui
        self.grid = grid
        self.year_of = year_of
        self.rewritten = rewritten
        category_menu = QMenu(parent)
        self.new_category_action = category_menu.addAction(self.tr("New category…"))
        self.edit_category_action = category_menu.addAction(self.tr("Edit selected category…"))
        ui.addCategoryButton.setMenu(category_menu)
        ui.copyMonthButton.clicked.connect(self.copy_month)
        ui.clearCellsButton.clicked.connect(self.clear_selected)
        ui.entryDetailsButton.clicked.connect(self.edit_entry_details)
        ui.yearSettingsButton.clicked.connect(self.edit_year_settings)
        self.new_category_action.triggered.connect(lambda: self.edit_category(new=True))
        self.edit_category_action.triggered.connect(lambda: self.edit_category(new=False))

    def clear_selected(self) -> None:
        view: QTableView = self.ui.gridView
        for index in view.selectionModel().selectedIndexes():
            if self.grid.flags(index) & Qt.ItemFlag.ItemIsEditable and index.data():
                self.grid.setData(index, "")

    def edit_entry_details(self) -> None:
        """Quantity (kWh, m³…) and note of the selected month, with its amount."""
        index = self.ui.gridView.currentIndex()
        if not (index.isValid() and self.grid.flags(index) & Qt.ItemFlag.ItemIsEditable):
            messages.info(self.owner,
                          self.tr("Select a month of a category in the grid first."))
            return
        row = self.grid.rows[index.row()]
        month = index.column()
        if EntryDialog.run(self.owner, row.category, self.year_of(), month,
                           row.months.get(month)) is not None:
            self.grid.refused_edits.pop((index.row(), month), None)
            self.rewritten()

    def copy_month(self) -> None:
        index = self.ui.gridView.currentIndex()
        month = index.column() if index.isValid() and 1 <= index.column() <= 12 else None
        if month is None:
            messages.info(self.owner, self.tr("Select a cell in the month to copy first."))
            return
        year = self.year_of()
        to_year, to_month = (year + 1, 1) if month == 12 else (year, month + 1)
        overwrite = False
        if any(to_month in row.months for row in savings.load_grid(to_year)):
            overwrite = messages.confirm(
                self.owner, self.tr("Month %1/%2 already has figures. Replace them with "
                                      "those of month %3?").replace("%1", str(to_month))
                .replace("%2", str(to_year)).replace("%3", str(month)),
                yes=self.tr("Replace"))
            if not overwrite:
                return
        try:
            savings.copy_month(year, month, to_month, overwrite=overwrite, to_year=to_year)
        except UserError as error:
            messages.error(self.owner, str(error))
            return
        self.rewritten()

    def edit_year_settings(self) -> None:
        row = self.ui.gridView.currentIndex().row()
        category_id = (self.grid.rows[row].category.id
                       if 0 <= row < len(self.grid.rows) else None)
        if YearSettingDialog.run(self.owner, self.year_of(), category_id) is not None:
            self.rewritten()

    def edit_category(self, new: bool) -> None:
        row = self.ui.gridView.currentIndex().row()
        data = None
        if not new:
            if not 0 <= row < len(self.grid.rows):
                messages.info(self.owner, self.tr("Select a category in the grid first."))
                return
            data = self.grid.rows[row].category
        if CategoryDialog.run(self.owner, data) is not None:
            self.rewritten()
