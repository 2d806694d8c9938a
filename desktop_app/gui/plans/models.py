"""Table models of the Plans tab: the plans of a year and the targets of a plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import collation_key
from desktop_app.core.plans import measures as plan_measures
from desktop_app.core.plans import model as plans_model
from desktop_app.core.plans.model import PlanData, TargetData

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOUR = QColor("#f8d7da")  # red-ish
DONE_COLOUR = QColor("#d4edda")  # green-ish

Index = QModelIndex | QPersistentModelIndex


class PlansModel(QAbstractTableModel):
    """The plans, resolutions and programmes of one year."""

    KIND, NUMBER, TITLE, PROGRESS = range(4)

    def __init__(self, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self._plans: list[PlanData] = []
        self._today = today
        self._headers = [self.tr("Kind"), self.tr("Number"), self.tr("Title"),
                         self.tr("Done")]

    def set_plans(self, plans: list[PlanData]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plan_at(self, row: int) -> PlanData:
        return self._plans[row]

    def row_of(self, plan_id: int | None) -> int:
        for row, plan in enumerate(self._plans):
            if plan.id == plan_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        plan = self._plans[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return plan
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.KIND:
                return plan.kind_label
            if column == self.NUMBER:
                return plan.document_number() or "—"
            if column == self.TITLE:
                return plan.title
            if column == self.PROGRESS:
                summary = plans_model.summarize(plan.targets, self._today())
                return f"{summary.done}/{summary.total}"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plan.title
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PROGRESS:
            summary = plans_model.summarize(plan.targets, self._today())
            if summary.overdue:
                return OVERDUE_COLOUR
        return None


def measured_texts(targets: list[TargetData], year: int | None) -> list[str]:
    """What each target's measure reads in the records of *year* (queries: run it off the
    UI thread)."""
    return [plan_measures.measured_text(t, year) if year else "" for t in targets]


class TargetsModel(QAbstractTableModel):
    """The targets of the selected plan, coloured by derived status."""

    NUMBER, CONTENT, TARGET, MEASURED, RESPONSIBLE, DEADLINE, STATUS, RESULT = range(8)

    def __init__(self, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self._targets: list[TargetData] = []
        self._measured: list[str] = []
        self._today = today
        self._headers = [
            self.tr("No."), self.tr("Content"), self.tr("Target"), self.tr("Measured"),
            self.tr("Responsible"), self.tr("Deadline"), self.tr("Status"), self.tr("Result"),
        ]

    def set_targets(self, targets: list[TargetData], year: int | None,
                    measured: list[str] | None = None) -> None:
        """The targets of a plan; their measured values are given (read in the
        background, see ``measured_texts``) or shown as "…" until ``set_measured``."""
        self.beginResetModel()
        self._targets = list(targets)
        self._measured = measured if measured is not None else [
            "…" if year else "" for _target in targets]
        self.endResetModel()

    def set_measured(self, targets: list[TargetData], measured: list[str]) -> None:
        """The measured values of *targets*, if they are still the ones shown."""
        if [t.id for t in targets] != [t.id for t in self._targets] or not self._targets:
            return
        self._measured = list(measured)
        self.dataChanged.emit(self.index(0, self.MEASURED),
                              self.index(len(self._targets) - 1, self.MEASURED))

    def targets(self) -> list[TargetData]:
        return list(self._targets)

    def target_at(self, row: int) -> TargetData:
        return self._targets[row]

    def row_of(self, target_id: int | None) -> int:
        for row, target in enumerate(self._targets):
            if target.id == target_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def _display(self, target: TargetData, row: int, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.CONTENT:
            return target.content
        if column == self.TARGET:
            return target.target_text
        if column == self.MEASURED:
            return self._measured[row]
        if column == self.RESPONSIBLE:
            return ", ".join(target.responsible_names)
        if column == self.DEADLINE:
            return short_date(target.deadline)
        if column == self.STATUS:
            return target.status_label(self._today())
        if column == self.RESULT:
            parts = [short_date(target.result_date), target.result_note]
            return " – ".join(p for p in parts if p)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._targets):
            return None
        row, column = index.row(), index.column()
        target = self._targets[row]
        if role == ROW_ROLE:
            return target
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(target, row, column)
        if role == SORT_ROLE:
            if column == self.NUMBER:
                return row
            if column == self.DEADLINE:
                return (target.deadline or dt.date.max).toordinal()
            if column == self.RESULT:
                return (target.result_date or dt.date.max).toordinal()
            return str(collation_key(self._display(target, row, column)))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CONTENT, self.RESULT):
            return self._display(target, row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            status = target.derived_status(self._today())
            if status == "overdue":
                return OVERDUE_COLOUR
            if status == "done":
                return DONE_COLOUR
        if (role == Qt.ItemDataRole.ForegroundRole
                and target.derived_status(self._today()) in ("overdue", "done")):
            return QColor("#000000")  # readable on the light background in a dark theme too
        return None


class TargetsProxy(QSortFilterProxyModel):
    """Filters: only overdue targets, and/or those one member is responsible for."""

    def __init__(self, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self._today = today
        self._overdue_only = False
        self._member_id: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_overdue_only(self, value: bool) -> None:
        self._refilter(lambda: setattr(self, "_overdue_only", value))

    def set_member(self, member_id: int | None) -> None:
        self._refilter(lambda: setattr(self, "_member_id", member_id))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateRowsFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        target = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if target is None:
            return False
        return bool(plans_model.filter_targets([target], self._today(),
                                              overdue_only=self._overdue_only,
                                              member_id=self._member_id))
