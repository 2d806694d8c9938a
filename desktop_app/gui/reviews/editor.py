"""The self-review editor, generated from the form template (core/forms.py).

Text items become text areas, self-graded items a grade combo (Xuất sắc / Tốt / Trung bình
/ Kém), scored items a spin box bounded by the item's maximum. Typing is saved as a draft
after a short pause, so nothing written is lost if the program stops.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.members.roster import get_member
from desktop_app.core.reviews import forms
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.core.reviews.ratings import LEVEL_LABELS
from desktop_app.errors import UserError, ValidationError
from desktop_app.gui.common import messages

AUTOSAVE_MS = 1200


class ReviewEditor(QWidget):
    """Edits one member's review of one year."""

    draftSaved = Signal(int)  # review id
    reviewFinished = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.member_id: int | None = None
        self.year = 0
        self.review: reviews_core.ReviewData | None = None
        self.template: forms.FormTemplate | None = None
        self.texts: dict[str, QPlainTextEdit] = {}
        self.grades: dict[str, QComboBox] = {}
        self.scores: dict[str, QSpinBox] = {}
        self._loading = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        self.template_combo = QComboBox()
        for template in forms.templates().of_kind("self_review"):
            self.template_combo.addItem(template.name, template.id)
        self.template_combo.activated.connect(self._template_chosen)
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(14)
        self.refill_button = QPushButton(self.tr("Refill"))
        self.refill_button.setToolTip(self.tr(
            "Fill the commitment section and section III again from the commitments and "
            "last year's remedies"))
        self.refill_button.clicked.connect(self.refill)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.clicked.connect(self.finish)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.total = QLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Form:")))
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.refill_button)
        top.addWidget(self.finish_button)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(self.status, 2)
        layout.addLayout(bottom)
        self.setEnabled(False)

    # --- loading ------------------------------------------------------------------------

    def load(self, member_id: int | None, year: int) -> None:
        """Show the member's review of *year*, or a new pre-filled one (saved on first edit)."""
        self.flush()
        self.member_id, self.year = member_id, year
        if member_id is None or not get_member(member_id).is_party_member:
            self.review = None
            self._build(None)
            self.setEnabled(False)
            self.status.setText(self.tr("Only party members write a self-review."))
            return
        self.setEnabled(True)
        self.review = (reviews_core.get_review(member_id, year)
                       or reviews_core.new_review(member_id, year))
        self._build(self.review)
        self._show_state()

    def _template_chosen(self) -> None:
        if self.review is None or self.member_id is None:
            return
        template_id = self.template_combo.currentData()
        if template_id == self.review.template_id:
            return
        collected = self.collect()
        fresh = reviews_core.new_review(self.member_id, self.year, template_id)
        # keep what was written under item ids the new form shares
        template = forms.templates().get(template_id)
        fresh.answers.text.update({k: v for k, v in collected.answers.text.items()
                                   if template is not None and template.item(k)})
        self.review = reviews_core.ReviewData(
            member_id=self.member_id, year=self.year, template_id=template_id,
            answers=fresh.answers, id=collected.id, draft=True)
        self._build(self.review)
        self._schedule()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChild at once
                widget.deleteLater()
        self.texts, self.grades, self.scores = {}, {}, {}

    def _build(self, review: reviews_core.ReviewData | None) -> None:
        self._loading = True
        try:
            self._clear()
            if review is None:
                self.template = None
                self.total.clear()
                return
            self.template = forms.templates().get(review.template_id)
            if self.template is None:
                self.body_layout.addWidget(QLabel(self.tr("The form of this review is missing.")))
                return
            self.template_combo.setCurrentIndex(self.template_combo.findData(review.template_id))
            variant = reviews_core.review_variant(self.template, get_member(review.member_id))
            for line in self.template.title_lines(review.year):
                title = QLabel(f"<b>{_escape(line)}</b>")
                self.body_layout.addWidget(title)
            for item in self.template.walk(variant):
                self._add_item(item, review.answers)
            committee = self.template.committee
            if committee.text:
                self._add_heading(committee.title, bold=True)
                self._add_text(committee.id, review.answers.text.get(committee.id, ""))
            self.body_layout.addStretch(1)
            self._update_total()
        finally:
            self._loading = False

    def _add_heading(self, text: str, bold: bool = False) -> None:
        label = QLabel(f"<b>{_escape(text)}</b>" if bold else _escape(text))
        label.setWordWrap(True)
        self.body_layout.addWidget(label)

    def _add_text(self, item_id: str, value: str) -> None:
        edit = QPlainTextEdit(value)
        edit.setObjectName(f"text:{item_id}")
        edit.setMinimumHeight(70)
        edit.textChanged.connect(self._schedule)
        self.texts[item_id] = edit
        self.body_layout.addWidget(edit)

    def _add_item(self, item: forms.FormItem, answers: reviews_core.Answers) -> None:
        heading = f"{item.number} {item.title}".strip()
        if item.max_score is not None:
            heading += self.tr(" (maximum %n points)", "", item.max_score)
        self._add_heading(heading, bold=bool(item.items) or item.number.endswith("."))
        if item.hint:
            self._add_heading(item.hint)
        if item.text and not item.items:
            self._add_text(item.id, answers.text.get(item.id, ""))
        row = QFormLayout()
        if item.grade and self.template and self.template.grades:
            combo = QComboBox()
            combo.setObjectName(f"grade:{item.id}")
            combo.addItem("—", "")
            for code in forms.GRADES:
                combo.addItem(forms.GRADE_LABELS[code], code)
            combo.setCurrentIndex(max(0, combo.findData(answers.grades.get(item.id, ""))))
            combo.currentIndexChanged.connect(self._schedule)
            self.grades[item.id] = combo
            row.addRow(self.tr("Self-grade:"), combo)
        if item.scored:
            spin = QSpinBox()
            spin.setObjectName(f"score:{item.id}")
            spin.setRange(0, item.max_score or 0)
            spin.setSuffix(f" / {item.max_score}")
            spin.setValue(answers.scores.get(item.id, 0))
            spin.valueChanged.connect(self._schedule)
            self.scores[item.id] = spin
            row.addRow(self.tr("Self-score:"), spin)
        if item.self_rating:
            row.addRow(QLabel(self.tr("The self-rating is entered on the Ratings page.")))
        if row.rowCount():
            holder = QWidget()
            holder.setLayout(row)
            self.body_layout.addWidget(holder)

    # --- collecting and saving ----------------------------------------------------------

    def collect(self) -> reviews_core.ReviewData:
        assert self.review is not None
        answers = reviews_core.Answers(
            text={k: w.toPlainText() for k, w in self.texts.items()},
            grades={k: w.currentData() for k, w in self.grades.items() if w.currentData()},
            scores={k: w.value() for k, w in self.scores.items()},
        )
        return reviews_core.ReviewData(
            member_id=self.review.member_id, year=self.review.year,
            template_id=self.review.template_id, answers=answers, id=self.review.id,
            draft=self.review.draft)

    def _schedule(self) -> None:
        if self._loading or self.review is None:
            return
        self._update_total()
        self.autosave.start()
        self.changed.emit()

    def _update_total(self) -> None:
        if self.template is None or not self.template.has_scores:
            self.total.clear()
            return
        score = sum(w.value() for w in self.scores.values())
        level = self.template.level_for(score)
        label = LEVEL_LABELS[level] if level else ""
        self.total.setText(self.tr("Total: %1/%2 points (%3)")
                           .replace("%1", str(score))
                           .replace("%2", str(self.template.max_score)).replace("%3", label))

    def flush(self) -> None:
        """Save a pending draft now (before switching member or closing)."""
        if self.autosave.isActive():
            self.autosave.stop()
            self.save_draft()

    def save_draft(self) -> None:
        if self.review is None:
            return
        try:
            saved = reviews_core.save_draft(self.collect())
        except ValidationError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        except UserError as error:
            self.status.setText(str(error))
            return
        self.review = saved
        self.status.setText(self.tr("Draft saved at %1.")
                            .replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        assert saved.id is not None
        self.draftSaved.emit(saved.id)

    def refill(self) -> None:
        if self.review is None or self.template is None or self.member_id is None:
            return
        variant = reviews_core.review_variant(self.template, get_member(self.member_id))
        for item_id, text in reviews_core.prefill(self.template, self.member_id, self.year,
                                                  variant).items():
            if item_id in self.texts:
                self.texts[item_id].setPlainText(text)

    def finish(self) -> None:
        if self.review is None:
            return
        self.autosave.stop()
        try:
            saved = reviews_core.finish_review(self.collect())
        except UserError as error:
            self.save_draft()
            messages.error(self, str(error), title=self.tr("Review not finished"))
            return
        self.review = saved
        self._show_state()
        assert saved.id is not None
        self.reviewFinished.emit(saved.id)

    def _show_state(self) -> None:
        if self.review is None:
            return
        if self.review.id is None:
            self.status.setText(self.tr("New review, pre-filled; it is saved as you type."))
        elif self.review.draft:
            self.status.setText(self.tr("Draft: press “Finish” when the review is complete."))
        else:
            self.status.setText(self.tr("Finished review."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
