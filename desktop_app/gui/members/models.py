"""The members table: a QAbstractTableModel and a search proxy (tone-insensitive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import match_rank, name_sort_key, search_forms, searched_forms
from desktop_app.core.members import roster as mc
from desktop_app.gui.common.rows_model import SortProxy, reorder_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, GENDER, BIRTH, ROLE, KIND, KEY_CADRE, JOB, JOINED, OFFICIAL, STATUS = range(10)


class MembersModel(QAbstractTableModel):
    """Rows are MemberData; sort values are precomputed ranks (Vietnamese order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[mc.MemberData] = []
        self._name_rank: dict[int, int] = {}  # id() of a row's MemberData -> its rank
        translate = QCoreApplication.translate
        self._headers = [
            translate("MembersModel", "Full name"),
            translate("MembersModel", "Gender"),
            translate("MembersModel", "Date of birth"),
            translate("MembersModel", "Position in the cell"),
            translate("MembersModel", "Kind"),
            translate("MembersModel", "Key cadre"),
            translate("MembersModel", "Job / unit"),
            translate("MembersModel", "Joined the Party"),
            translate("MembersModel", "Full member since"),
            translate("MembersModel", "Status"),
        ]

    def set_members(self, members: list[mc.MemberData]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        ordered = sorted(self._rows, key=lambda m: (name_sort_key(m.full_name), m.id or 0))
        self._name_rank = {id(member): rank for rank, member in enumerate(ordered)}
        self.endResetModel()

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self._rows, order)

    def member_at(self, row: int) -> mc.MemberData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def members(self) -> list[mc.MemberData]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, column)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), m, column)
        if role == ROW_ROLE:
            return m
        if role == Qt.ItemDataRole.ForegroundRole and m.has_left:
            return QColor("#777777")
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return m.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            GENDER,
            BIRTH,
            KEY_CADRE,
            JOINED,
            OFFICIAL,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, m: mc.MemberData, column: int) -> str:
        if column == NAME:
            return m.full_name
        if column == GENDER:
            return mc.GENDER_LABELS.get(m.gender or "", "")
        if column == BIRTH:
            return short_date(m.birth_date)
        if column == ROLE:
            return m.role_label
        if column == KIND:
            return m.kind_label
        if column == KEY_CADRE:
            return "✓" if m.key_cadre else ""
        if column == JOB:
            return m.job_title
        if column == JOINED:
            return short_date(m.joined_date)
        if column == OFFICIAL:
            return short_date(m.official_date)
        if column == STATUS:
            return m.status_label
        return ""

    def _sort_value(self, row: int, m: mc.MemberData, column: int) -> Any:
        rank = self._name_rank.get(id(m), row)
        if column == NAME:
            return rank
        if column == ROLE:  # "by position": secretary, deputy, committee, members, non-party
            position = mc.ROLE_ORDER[m.role] if m.is_party_member else 5
            return position * 100000 + rank
        if column in (BIRTH, JOINED, OFFICIAL):
            value = {BIRTH: m.birth_date, JOINED: m.joined_date, OFFICIAL: m.official_date}[column]
            return value.toordinal() if value else 0
        if column == KEY_CADRE:
            return (0 if m.key_cadre else 1) * 100000 + rank
        return self._display(m, column).casefold()


class MembersProxy(SortProxy):
    """Filters by a tone-insensitive query; exact-diacritic matches come first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self._query_forms = search_forms("")
        self._ranks: dict[tuple[str, str, str], int] = {}
        # name, job and role as searched, kept across keystrokes (by their text)
        self._searched: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._show_left = False
        self.setDynamicSortFilter(True)

    def set_query(self, query: str) -> None:
        self._query = query
        self._query_forms = search_forms(query)
        self._ranks = {}  # for this query: sorting asks often
        if len(self._searched) > 10_000:  # members renamed many times over
            self._searched = {}
        self.invalidate()

    def set_show_left(self, show: bool) -> None:
        self._show_left = show
        self.invalidate()

    def _rank(self, member: mc.MemberData) -> int:
        if not self._query.strip():
            return 1
        key = (member.full_name, member.job_title, member.role_label)
        rank = self._ranks.get(key)
        if rank is None:
            searched = self._searched.get(key)
            if searched is None:
                searched = self._searched[key] = searched_forms(*key)
            rank = self._ranks[key] = match_rank(self._query_forms, searched)
        return rank

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        member = self.sourceModel().member_at(source_row)
        if member is None:
            return False
        if member.has_left and not self._show_left:
            return False
        return self._rank(member) > 0

    def sort_key(self, row: int, column: int) -> Any:
        """Better matches of the query first whatever the direction, then the column."""
        value = super().sort_key(row, column)
        if not self._query.strip():
            return value
        rank = self._rank(self.sourceModel().member_at(row))
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        return (-rank if ascending else rank, value)
