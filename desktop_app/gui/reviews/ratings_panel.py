"""The Ratings page of the Self-review tab: self, cell proposal, superior decision."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.common.formats import short_date
from desktop_app.core.reviews import forms, ratings
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.errors import UserError
from desktop_app.gui.common.dates import from_qdate, make_date_edit, to_qdate
from desktop_app.gui.common.field_errors import ERROR_STYLE


class RatingsPanel(QWidget):
    """The three ratings (self, cell proposal, superior decision), each dated."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.member_id: int | None = None
        self.year = 0
        self.score = QLabel()
        self.levels: dict[str, QComboBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        grid = QGridLayout()
        for row, (stage, label) in enumerate(ratings.STAGE_LABELS.items()):
            combo = QComboBox()
            combo.setObjectName(f"level:{stage}")
            combo.addItem("—", None)
            for code, name in ratings.LEVEL_LABELS.items():
                combo.addItem(name, code)
            date = make_date_edit()
            button = QPushButton(self.tr("Save"))
            button.setObjectName(f"save:{stage}")
            button.clicked.connect(lambda _=False, s=stage: self.save(s))
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(date, row, 2)
            grid.addWidget(button, row, 3)
            self.levels[stage], self.dates[stage] = combo, date
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.score)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setEnabled(False)

    def load(self, member_id: int | None, year: int) -> None:
        self.member_id, self.year = member_id, year
        self.setEnabled(member_id is not None)
        stored = ratings.ratings_of(member_id, year) if member_id else {}
        defaults = {"self": dt.date(year, 12, 10), "cell": dt.date(year, 12, 20),
                    "superior": dt.date(year + 1, 1, 15)}
        for stage, combo in self.levels.items():
            rating = stored.get(stage)
            combo.setCurrentIndex(max(0, combo.findData(rating.level if rating else None)))
            day = rating.date if rating else min(defaults[stage], dt.date.today())
            self.dates[stage].setDate(to_qdate(day))
        review = reviews_core.get_review(member_id, year) if member_id else None
        if review and review.total_score is not None:
            template = forms.templates().get(review.template_id)
            level = template.level_for(review.total_score) if template else None
            self.score.setText(self.tr("Self-score: %1/%2 points; by the thresholds: %3")
                               .replace("%1", str(review.total_score))
                               .replace("%2", str(template.max_score if template else 100))
                               .replace("%3", ratings.LEVEL_LABELS.get(level or "", "")))
        else:
            self.score.setText("" if review else self.tr("No review yet: rate after the review."))
        flags = ratings.rating_flags(member_id, year) if member_id else []
        self.message.setText("\n".join(flags))

    def save(self, stage: str) -> None:
        if self.member_id is None:
            return
        level = self.levels[stage].currentData()
        try:
            if level is None:
                ratings.delete_rating(self.member_id, self.year, stage)
                flag = ""
            else:
                _, flag = ratings.set_rating(self.member_id, self.year, stage, level,
                                             from_qdate(self.dates[stage].date()))
        except UserError as error:
            self.message.setText(str(error))
            return
        self.load(self.member_id, self.year)
        if flag:
            self.message.setText(flag)
        self.changed.emit()


def describe_rating(rating: ratings.RatingData) -> str:
    return f"{rating.level_label} ({short_date(rating.date)})"
