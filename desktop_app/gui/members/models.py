"""The members table: the shared RowsModel with the roster's columns, and a search proxy
(tone-insensitive)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import match_rank, name_sort_key, search_forms, searched_forms
from desktop_app.core.members import roster as mc
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy

__all__ = ["ROW_ROLE", "MembersModel", "MembersProxy"]

NAME, GENDER, BIRTH, ROLE, KIND, KEY_CADRE, JOB, JOINED, OFFICIAL, PARTY_YEARS, STATUS = range(11)
LEFT_COLOUR = QColor("#777777")  # members who left (shown with "show those who left")
_CENTER = Qt.AlignmentFlag.AlignCenter


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


class MembersModel(RowsModel):
    """Rows are MemberData; the names' Vietnamese order is ranked once per load, and the
    other columns that sort by name within their value use that rank."""

    def __init__(self, parent: QObject | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__([], parent, foreground=lambda m: LEFT_COLOUR if m.has_left else None)
        self._today = today
        self._name_rank: dict[int, int] = {}  # id() of a row's MemberData -> its rank
        translate = QCoreApplication.translate
        rank = self.name_rank
        self.columns = [
            Column(translate("MembersModel", "Full name"), lambda m: m.full_name, sort=rank,
                   tooltip=lambda m: m.note or None),
            Column(translate("MembersModel", "Gender"),
                   lambda m: mc.GENDER_LABELS.get(m.gender or "", ""), align=_CENTER),
            Column(translate("MembersModel", "Date of birth"), lambda m: short_date(m.birth_date),
                   sort=lambda m: _ordinal(m.birth_date), align=_CENTER),
            # "by position": secretary, deputy, committee, members, non-party; then by name
            Column(translate("MembersModel", "Position in the cell"), lambda m: m.role_label,
                   sort=lambda m: (mc.ROLE_ORDER[m.role] if m.is_party_member else 5) * 100000
                   + rank(m)),
            Column(translate("MembersModel", "Kind"), lambda m: m.kind_label),
            Column(translate("MembersModel", "Key cadre"), lambda m: "✓" if m.key_cadre else "",
                   sort=lambda m: (0 if m.key_cadre else 1) * 100000 + rank(m), align=_CENTER),
            Column(translate("MembersModel", "Job / unit"), lambda m: m.job_title),
            Column(translate("MembersModel", "Joined the Party"),
                   lambda m: short_date(m.joined_date), sort=lambda m: _ordinal(m.joined_date),
                   align=_CENTER),
            Column(translate("MembersModel", "Full member since"),
                   lambda m: short_date(m.official_date),
                   sort=lambda m: _ordinal(m.official_date), align=_CENTER),
            Column(translate("MembersModel", "Party years"), self._party_years_text,
                   sort=self._party_years_key, align=_CENTER,
                   tooltip=lambda m: translate(
                       "MembersModel", "Years in the Party, counted from admission (full "
                       "members)") if m.kind == "full" else None),
            Column(translate("MembersModel", "Status"), lambda m: m.status_label),
        ]

    def set_rows(self, rows: list[Any], total: Any = None, *,
                 forget_refused: bool = True) -> None:
        ordered = sorted(rows, key=lambda m: (name_sort_key(m.full_name), m.id or 0))
        self._name_rank = {id(member): rank for rank, member in enumerate(ordered)}
        super().set_rows(rows, total, forget_refused=forget_refused)

    def _party_years_text(self, member: mc.MemberData) -> str:
        years = mc.party_years(member, self._today())
        return "" if years is None else str(years)

    def _party_years_key(self, member: mc.MemberData) -> tuple[int, int]:
        years = mc.party_years(member, self._today())
        return (-1 if years is None else years, self.name_rank(member))

    def name_rank(self, member: mc.MemberData) -> int:
        """The member's place in the list ordered by name."""
        return self._name_rank.get(id(member), 0)


Searched = dict[tuple[str, str, str], tuple[str, str]]


def search_key(member: mc.MemberData) -> tuple[str, str, str]:
    """What the search looks at: the name, the job and the position."""
    return (member.full_name, member.job_title, member.role_label)


def read_members() -> tuple[list[mc.MemberData], Searched]:
    """The members and their searched forms, off the UI thread: folding 2,000 names for
    the search took a tenth of a second at the first key typed."""
    members = mc.list_members()
    return members, {key: searched_forms(*key) for key in map(search_key, members)}


class MembersProxy(SortProxy):
    """Filters by a tone-insensitive query; exact-diacritic matches come first."""

    def __init__(self, parent: QObject | None = None):
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

    def prime(self, searched: Searched) -> None:
        """The searched forms read with the list (``read_members``)."""
        self._searched.update(searched)

    def set_show_left(self, show: bool) -> None:
        self._show_left = show
        self.invalidate()

    def _rank(self, member: mc.MemberData) -> int:
        if not self._query.strip():
            return 1
        key = search_key(member)
        rank = self._ranks.get(key)
        if rank is None:
            searched = self._searched.get(key)
            if searched is None:
                searched = self._searched[key] = searched_forms(*key)
            rank = self._ranks[key] = match_rank(self._query_forms, searched)
        return rank

    def accepts(self, row: Any) -> bool:
        if row.has_left and not self._show_left:
            return False
        return self._rank(row) > 0

    def sort_key(self, row: int, column: int) -> Any:
        """Better matches of the query first whatever the direction, then the column."""
        value = super().sort_key(row, column)
        if not self._query.strip():
            return value
        model = self.sourceModel()
        assert isinstance(model, MembersModel)
        rank = self._rank(model.rows[row])
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        return (-rank if ascending else rank, value)
