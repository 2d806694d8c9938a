"""Table models of the Study tab: sessions of a year, a session's attendance, a history;
each the shared RowsModel with its columns."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.common.formats import short_date
from desktop_app.core.study import sessions as study
from desktop_app.core.study.sessions import AttendanceRow, SessionData
from desktop_app.gui.common.rows_model import ROW_ROLE, Column, RowsModel

__all__ = ["ROW_ROLE", "AttendanceModel", "HistoryModel", "SessionsModel"]

_ERROR_BRUSH = QBrush(QColor("#fde2e1"))


class SessionsModel(RowsModel):
    """Sessions of one year (SessionFigures) with their attendance figures."""

    DATE, KIND, TOPIC, ATTENDANCE, NON_PARTY, REFLECTIONS = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Date"), lambda f: short_date(f.date), sort=lambda f: f.date),
            Column(self.tr("Kind"), lambda f: f.kind_label, sort=lambda f: f.kind),
            Column(self.tr("Topic"), lambda f: f.topic, tooltip=lambda f: f.topic),
            Column(self.tr("Present"), lambda f: f.attendance_text,
                   sort=lambda f: f.attendance_percent or 0),
            Column(self.tr("Non-party"),
                   lambda f: f"{f.non_party_present}/{f.non_party_total}"
                   if f.non_party_total else "", sort=lambda f: f.non_party_present),
            Column(self.tr("Reflections"), lambda f: f.reflection_text,
                   sort=lambda f: f.reflection_percent or 0),
        ]


class AttendanceModel(RowsModel):
    """The attendance grid of one session; edits stay here until saved."""

    NAME, POSITION, STATUS, REASON, REFLECTION, REFLECTION_DATE, NOTE = range(7)
    EDITABLE = (STATUS, REASON, REFLECTION, NOTE)
    changed = Signal()  # any edit: the grid differs from what is stored

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent, row_numbers=True)
        self._session: SessionData | None = None
        self._errors: dict[int, str] = {}  # member id -> why the row cannot be saved
        self.dirty = False
        self.background = lambda r: _ERROR_BRUSH if r.member_id in self._errors else None
        self.tooltip = lambda r: self._errors.get(r.member_id)
        self.columns = [
            Column(self.tr("Full name"), lambda r: r.full_name),
            Column(self.tr("Position"), lambda r: r.position),
            Column(self.tr("Attendance"), lambda r: r.status_label, sort=lambda r: r.status,
                   edit=self._choice("status", study.STATUS_LABELS),
                   edit_value=lambda r: r.status),
            Column(self.tr("Reason"), lambda r: r.reason, edit=self._text("reason")),
            Column(self.tr("Reflection"), lambda r: r.reflection_label,
                   sort=lambda r: r.reflection,
                   edit=self._choice("reflection", study.REFLECTION_LABELS),
                   edit_value=lambda r: r.reflection),
            Column(self.tr("Handed in"), lambda r: short_date(r.reflection_date),
                   sort=lambda r: r.reflection_date.isoformat() if r.reflection_date else "",
                   edit_value=lambda r: r.reflection_date),
            Column(self.tr("Note"), lambda r: r.note, edit=self._text("note")),
        ]
        self.on_edit = self._before_edit
        self.edited.connect(self.changed)

    def _choice(self, name: str, labels: dict[str, str]):
        def edit(row: AttendanceRow, code: str) -> AttendanceRow:
            if code not in labels:
                raise ValueError(code)
            return self._normalized(row, **{name: code})
        return edit

    def _text(self, name: str):
        return lambda row, text: self._normalized(row, **{name: text})

    def _normalized(self, row: AttendanceRow, **changes: Any) -> AttendanceRow:
        assert self._session is not None
        return study.normalize_row(replace(row, **changes), self._session)

    @property
    def session(self) -> SessionData | None:
        return self._session

    def set_grid(self, session: SessionData | None, rows: list[AttendanceRow]) -> None:
        self._session = session
        self._errors = {}
        self.dirty = False
        self.set_rows(rows)

    def mark_saved(self) -> None:
        """The rows shown are now the stored ones."""
        self.dirty = False
        self._errors = {}

    def set_errors(self, errors: dict[str, str]) -> None:
        self._errors = {int(k.removeprefix("member_")): v for k, v in errors.items()
                        if k.startswith("member_")}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def set_status(self, row: int, status: str) -> bool:
        return self.setData(self.index(row, self.STATUS), status)

    def set_reflection(self, row: int, reflection: str) -> bool:
        return self.setData(self.index(row, self.REFLECTION), reflection)

    def _before_edit(self, _place: int, row: AttendanceRow) -> AttendanceRow:
        self._errors.pop(row.member_id, None)
        self.dirty = True
        return row

    def mark_all_present(self) -> None:
        if self._session is None:
            return
        rows = study.all_present(self.rows, self._session)
        if rows != self.rows:
            self.rows[:] = rows
            self.dirty = True
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            self.changed.emit()


class HistoryModel(RowsModel):
    """One member's attendance over the sessions (HistoryEntry), oldest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Date"), lambda h: short_date(h.date), sort=lambda h: h.date),
            Column(self.tr("Kind"), lambda h: h.kind_label, sort=lambda h: h.kind),
            Column(self.tr("Topic"), lambda h: h.topic),
            Column(self.tr("Attendance"), lambda h: h.status_label, sort=lambda h: h.status),
            Column(self.tr("Reason"), lambda h: h.reason),
            Column(self.tr("Reflection"), lambda h: h.reflection_label,
                   sort=lambda h: h.reflection),
        ]
