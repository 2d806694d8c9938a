"""Table models of the Study tab: sessions of a year, a session's attendance, a history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.common.text import collation_key
from desktop_app.core.study import attendance
from desktop_app.core.study import sessions as study
from desktop_app.core.study.attendance import AttendanceRow
from desktop_app.core.study.figures import SessionFigures
from desktop_app.core.study.sessions import SessionData
from desktop_app.gui.common.rows_model import ROW_ROLE, SORT_ROLE, reorder_rows

_Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#fde2e1"))


# Per column: the text shown and the sort key (only the cell asked for is computed: a
# painted or sorted cell asks for one column, many times).
_SESSION_TEXT: tuple[Callable[[SessionFigures], str], ...] = (
    lambda f: short_date(f.date), lambda f: f.kind_label, lambda f: f.topic,
    lambda f: f.attendance_text,
    lambda f: f"{f.non_party_present}/{f.non_party_total}" if f.non_party_total else "",
    lambda f: f.reflection_text)
_SESSION_KEY: tuple[Callable[[SessionFigures], Any], ...] = (
    lambda f: f.date.isoformat(), lambda f: f.kind, lambda f: collation_key(f.topic),
    lambda f: f.attendance_percent or 0, lambda f: f.non_party_present,
    lambda f: f.reflection_percent or 0)
_HISTORY_TEXT: tuple[Callable[[study.HistoryEntry], str], ...] = (
    lambda h: short_date(h.date), lambda h: h.kind_label, lambda h: h.topic,
    lambda h: h.status_label, lambda h: h.reason, lambda h: h.reflection_label)
_HISTORY_KEY: tuple[Callable[[study.HistoryEntry], Any], ...] = (
    lambda h: h.date.isoformat(), lambda h: h.kind, lambda h: collation_key(h.topic),
    lambda h: h.status, lambda h: h.reason, lambda h: h.reflection)


class SessionsModel(QAbstractTableModel):
    """Sessions of one year with their attendance figures."""

    DATE, KIND, TOPIC, ATTENDANCE, NON_PARTY, REFLECTIONS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SessionFigures] = []
        self._headers = [self.tr("Date"), self.tr("Kind"), self.tr("Topic"),
                         self.tr("Present"), self.tr("Non-party"),
                         self.tr("Reflections")]

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self._rows, order)

    def set_rows(self, rows: list[SessionFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SessionFigures]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            return _SESSION_TEXT[column](f)
        if role == SORT_ROLE:
            return _SESSION_KEY[column](f)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TOPIC:
            return f.topic
        return None


class AttendanceModel(QAbstractTableModel):
    """The attendance grid of one session; edits stay here until saved."""

    NAME, POSITION, STATUS, REASON, REFLECTION, REFLECTION_DATE, NOTE = range(7)
    EDITABLE = (STATUS, REASON, REFLECTION, NOTE)
    changed = Signal()  # any edit: the grid differs from what is stored

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: SessionData | None = None
        self._rows: list[AttendanceRow] = []
        self._errors: dict[int, str] = {}
        self.dirty = False
        self._headers = [self.tr("Full name"), self.tr("Position"), self.tr("Attendance"),
                         self.tr("Reason"), self.tr("Reflection"), self.tr("Handed in"),
                         self.tr("Note")]

    @property
    def session(self) -> SessionData | None:
        return self._session

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self._rows, order)

    def set_grid(self, session: SessionData | None, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._session = session
        self._rows = list(rows)
        self._errors = {}
        self.dirty = False
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def mark_saved(self) -> None:
        """The rows shown are now the stored ones."""
        self.dirty = False
        self._errors = {}

    def set_errors(self, errors: dict[str, str]) -> None:
        self._errors = {int(k.removeprefix("member_")): v for k, v in errors.items()
                        if k.startswith("member_")}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.full_name, r.position, r.status_label, r.reason, r.reflection_label,
                    short_date(r.reflection_date), r.note)[column]
        if role == Qt.ItemDataRole.EditRole:
            return (r.full_name, r.position, r.status, r.reason, r.reflection,
                    r.reflection_date, r.note)[column]
        if role == SORT_ROLE:
            return (collation_key(r.full_name), collation_key(r.position), r.status,
                    r.reason, r.reflection,
                    r.reflection_date.isoformat() if r.reflection_date else "", r.note)[column]
        if role == Qt.ItemDataRole.BackgroundRole and r.member_id in self._errors:
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and r.member_id in self._errors:
            return self._errors[r.member_id]
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._session is None:
            return False
        column = index.column()
        name = {self.STATUS: "status", self.REASON: "reason", self.REFLECTION: "reflection",
                self.NOTE: "note"}.get(column)
        if name is None:
            return False
        if name == "status" and value not in attendance.STATUS_LABELS:
            return False
        if name == "reflection" and value not in attendance.REFLECTION_LABELS:
            return False
        return self._replace(index.row(), **{name: value})

    def set_status(self, row: int, status: str) -> bool:
        return self._replace(row, status=status)

    def set_reflection(self, row: int, reflection: str) -> bool:
        return self._replace(row, reflection=reflection)

    def _replace(self, row: int, **changes) -> bool:
        assert self._session is not None
        old = self._rows[row]
        new = attendance.normalize_row(replace(old, **changes), self._session)
        if new == old:
            return True
        self._rows[row] = new
        self._errors.pop(new.member_id, None)
        self.dirty = True
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()
        return True

    def mark_all_present(self) -> None:
        if self._session is None:
            return
        rows = attendance.all_present(self._rows, self._session)
        if rows != self._rows:
            self._rows = rows
            self.dirty = True
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            self.changed.emit()


class HistoryModel(QAbstractTableModel):
    """One member's attendance over the sessions, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[study.HistoryEntry] = []
        self._headers = [self.tr("Date"), self.tr("Kind"), self.tr("Topic"),
                         self.tr("Attendance"), self.tr("Reason"), self.tr("Reflection")]

    def reorder(self, order: list[int]) -> None:
        reorder_rows(self, self._rows, order)

    def set_rows(self, rows: list[study.HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        h = self._rows[index.row()]
        if role == ROW_ROLE:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            return _HISTORY_TEXT[index.column()](h)
        if role == SORT_ROLE:
            return _HISTORY_KEY[index.column()](h)
        return None
