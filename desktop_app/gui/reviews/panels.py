"""Member panels of the Self-review tab: commitments, remedies, feedback (ratings apart)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.members.roster import list_members
from desktop_app.core.reviews import commitments as commitments_core
from desktop_app.core.reviews import feedback as feedback_core
from desktop_app.core.reviews import forms
from desktop_app.core.reviews import remedies as remedies_core
from desktop_app.errors import UserError
from desktop_app.gui.common.dates import from_qdate, make_date_edit, to_qdate
from desktop_app.gui.common.delegates import ChoiceDelegate
from desktop_app.gui.common.field_errors import ERROR_STYLE
from desktop_app.gui.common.fit_width import fit_to_width
from desktop_app.gui.common.flow_layout import make_flow
from desktop_app.gui.common.rows_model import ROW_ROLE
from desktop_app.gui.common.undo import UndoStack
from desktop_app.gui.common.views import make_table, selected_source_row

from .models import commitment_items_model, feedback_model, remedies_model


class CommitmentsPanel(QWidget):
    """The member's commitment (bản đăng ký làm theo) of the year, items in a table."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.member_id: int | None = None
        self.year = 0
        self.current: commitments_core.CommitmentData | None = None
        self.template = forms.templates().get("dang-ky-lam-theo")
        self.registered = make_date_edit()
        self.study = QPlainTextEdit()
        self.study.setPlaceholderText(self.tr("What to study: the year's theme, works, reflection"))
        self.study.setMaximumHeight(70)
        self.study.setMinimumHeight(42)  # two lines when the text is large and the screen short
        self.model = commitment_items_model(self.template, self)
        self.table = make_table(self.model, sortable=False)  # the order the member wrote
        fit_to_width(self.table, stretch=1, widest=150, keep=(4,),
                     shrink=(7, 6, 5, 0, 3, 2))
        if self.template:
            self.table.setItemDelegateForColumn(
                0, ChoiceDelegate({g.id: g.title for g in self.template.groups}, self.table))
        self.add_button = QPushButton(self.tr("Add item"))
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.copy_button = QPushButton(self.tr("Copy last year's items"))
        self.save_button = QPushButton(self.tr("Save commitment"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.copy_button.clicked.connect(self.copy_previous)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Registered on:")))
        head.addWidget(self.registered)
        head.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.study)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        make_flow(buttons)
        self.setEnabled(False)

    def load(self, member_id: int | None, year: int) -> None:
        self.member_id, self.year = member_id, year
        self.setEnabled(member_id is not None)
        self.current = commitments_core.get_commitment(member_id, year) if member_id else None
        self.registered.setDate(to_qdate(self.current.registered_date if self.current
                                         else min(dt.date(year, 3, 1), dt.date.today())))
        self.study.setPlainText(self.current.study if self.current else "")
        self.model.set_rows(self.current.items if self.current else [])
        self._show_warnings()

    def _show_warnings(self) -> None:
        if self.member_id is None:
            self.message.clear()
            return
        data = self._collect()
        warnings = commitments_core.vague_items(data)
        if self.current is None:
            warnings.insert(0, self.tr("No commitment registered for this year yet."))
        self.message.setText("\n".join(warnings))

    def _collect(self) -> commitments_core.CommitmentData:
        assert self.member_id is not None
        return commitments_core.CommitmentData(
            member_id=self.member_id, year=self.year,
            registered_date=from_qdate(self.registered.date()),
            study=self.study.toPlainText(), items=list(self.model.rows),
            id=self.current.id if self.current else None)

    def add_item(self) -> None:
        rows = [*self.model.rows, commitments_core.CommitmentItemData(
            deadline=dt.date(self.year, 12, 31))]
        self.model.set_rows(rows)
        self.table.edit(self.table.model().index(len(rows) - 1, 1))

    def remove_item(self) -> None:
        row = selected_source_row(self.table)
        if row is not None:
            self.model.set_rows([r for i, r in enumerate(self.model.rows) if i != row])

    def copy_previous(self) -> None:
        if self.member_id is None:
            return
        copied = commitments_core.copy_previous_items(self.member_id, self.year)
        if not copied:
            self.message.setText(self.tr("There is no commitment of last year to copy."))
            return
        self.model.set_rows([*self.model.rows, *copied])

    def save(self) -> None:
        if self.member_id is None:
            return
        try:
            self.current = commitments_core.save_commitment(self._collect())
        except UserError as error:
            self.message.setText(str(error))
            return
        self.model.set_rows(self.current.items)
        self._show_warnings()
        if not self.message.text():
            self.message.setText("")
        self.saved.emit()


class RemediesPanel(QWidget):
    """Remedies (biện pháp khắc phục) set in this review, edited in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.review_id: int | None = None
        self.undo: UndoStack | None = None  # the window's, set by the tab
        self.model = remedies_model(self)
        self.model.on_edit = self._save_row
        self.table = make_table(self.model)
        fit_to_width(self.table, stretch=0, shrink=(3, 4), keep=(1,), widest=180)
        self.table.setItemDelegateForColumn(
            2, ChoiceDelegate(remedies_core.REMEDY_STATUS_LABELS, self.table))
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("New remedy: what, measurable"))
        self.deadline = make_date_edit()
        self.add_button = QPushButton(self.tr("Add remedy"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.content, 1)
        row.addWidget(QLabel(self.tr("Deadline:")))
        row.addWidget(self.deadline)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        make_flow(row)
        self.setEnabled(False)

    def load(self, review_id: int | None, year: int) -> None:
        self.review_id = review_id
        self.setEnabled(review_id is not None)
        self.deadline.setDate(to_qdate(dt.date(year + 1, 6, 30)))
        self.model.set_rows(remedies_core.list_remedies(review_id) if review_id else [])
        self.message.setText("" if review_id else
                             self.tr("Save the review first (start typing it)."))

    def _save_row(self, _row: int, remedy: remedies_core.RemedyData):
        try:
            return remedies_core.save_remedy(remedy)
        except UserError as error:
            self.message.setText(str(error))
            raise ValueError(str(error)) from error
        finally:
            self.changed.emit()

    def add(self) -> None:
        if self.review_id is None:
            return
        try:
            remedies_core.save_remedy(remedies_core.RemedyData(
                review_id=self.review_id, content=self.content.text(),
                deadline=from_qdate(self.deadline.date())))
        except UserError as error:
            self.message.setText(str(error))
            return
        self.content.clear()
        self.message.clear()
        self.model.set_rows(remedies_core.list_remedies(self.review_id))
        self.changed.emit()

    def remove(self) -> None:
        row = selected_source_row(self.table)
        if row is None or self.review_id is None:
            return
        remedy = self.model.rows[row]
        if remedy.id is not None:
            remedy_id = remedy.id
            if self.undo is not None:
                self.undo.delete("remedy", remedy_id, f"biện pháp “{remedy.content}”",
                                 lambda: remedies_core.delete_remedy(remedy_id))
            else:
                remedies_core.delete_remedy(remedy_id)
        self.model.set_rows(remedies_core.list_remedies(self.review_id))
        self.changed.emit()


class FeedbackPanel(QWidget):
    """Feedback received (góp ý): from a member or anonymous, by slip or in the meeting."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.review_id: int | None = None
        self.names: dict[int, str] = {}
        self._excluded: int | None = None  # the member under review, greyed as a sender
        self.model = feedback_model(self.names, self)
        self.table = make_table(self.model)
        self.table.setWordWrap(True)
        fit_to_width(self.table, stretch=3, shrink=(2, 1), keep=(0,), widest=140)
        self.table.setMinimumHeight(48)  # folds to a few rows below the review
        self.sender_combo = QComboBox()
        self.sender_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sender_combo.setMinimumContentsLength(12)
        self.channel = QComboBox()
        for code, label in feedback_core.CHANNEL_LABELS.items():
            self.channel.addItem(label, code)
        self.date = make_date_edit()
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("Feedback received"))
        self.add_button = QPushButton(self.tr("Add feedback"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.title = QLabel(self.tr("<b>Feedback received</b>"))
        choices = QHBoxLayout()
        choices.addWidget(self.sender_combo, 1)
        choices.addWidget(self.channel)
        choices.addWidget(self.date)
        entry = QHBoxLayout()
        entry.addWidget(self.content, 1)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        make_flow(choices)
        self.setEnabled(False)

    def set_members(self, names: dict[int, str]) -> None:
        """The members who may have given feedback (read with the tab's overview, off
        the UI thread); the list of senders is rebuilt only when they changed."""
        if names == self.names and self.sender_combo.count():
            return
        self.names.clear()
        self.names.update(names)
        combo = self.sender_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Anonymous"), None)
        for member_id, name in self.names.items():
            combo.addItem(name, member_id)
        combo.blockSignals(False)
        self._excluded = None

    def _exclude(self, member_id: int | None) -> None:
        """The member under review cannot be their own sender: greyed in the list."""
        model = self.sender_combo.model()
        for excluded, enabled in ((self._excluded, True), (member_id, False)):
            index = self.sender_combo.findData(excluded) if excluded is not None else -1
            item = model.item(index) if index >= 0 and hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(enabled)
        self._excluded = member_id
        self.sender_combo.setCurrentIndex(0)

    def load(self, review_id: int | None, member_id: int | None, year: int) -> None:
        self.review_id = review_id
        self.setEnabled(review_id is not None)
        if not self.names:  # not given by the tab (a panel on its own): read them here
            self.set_members({m.id: m.full_name for m in list_members() if m.id is not None})
        self._exclude(member_id)
        self.date.setDate(to_qdate(min(dt.date(year, 12, 15), dt.date.today())))
        self.model.set_rows(feedback_core.list_feedback(review_id) if review_id else [])
        self.table.resizeRowsToContents()
        self.message.clear()

    def add(self) -> None:
        if self.review_id is None:
            return
        try:
            feedback_core.save_feedback(feedback_core.FeedbackData(
                review_id=self.review_id, content=self.content.text(),
                channel=self.channel.currentData(), date=from_qdate(self.date.date()),
                from_member_id=self.sender_combo.currentData()))
        except UserError as error:
            self.message.setText(str(error))
            return
        self.content.clear()
        self.message.clear()
        self.model.set_rows(feedback_core.list_feedback(self.review_id))
        self.table.resizeRowsToContents()


__all__ = ["CommitmentsPanel", "FeedbackPanel", "RemediesPanel", "ROW_ROLE"]
