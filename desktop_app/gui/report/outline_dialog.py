"""The outlines (đề cương) of reports: the built-in ones (read-only, copied to edit) and
the cell's own, copied, renamed, deleted, imported from and exported to a file, and edited:
name, kind, years, basis documents, numbering per level, and the sections as a tree."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.report import outline_store as store
from desktop_app.core.report.outline import (
    KIND_LABELS,
    MAX_DEPTH,
    NUMBERING_LABELS,
    Outline,
    OutlineError,
)
from desktop_app.core.report.outline_file import outline_from_data
from desktop_app.errors import UserError
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.field_errors import ERROR_STYLE, FieldErrors
from desktop_app.gui.common.flow_layout import FlowLayout
from desktop_app.gui.common.sizing import prepare_dialog, scroll_widget

from .outline_actions import OutlineActions
from .outline_buttons import enable_library
from .outline_sections import SectionsEditor

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
AREA = "report"


def _year_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1929, 2100)
    spin.setSpecialValueText("—")
    spin.setValue(1929)
    return spin


def _narrow_combo(letters: int) -> QComboBox:
    """A combo box that may be narrower than its longest choice (the list shows it whole),
    so that the form fits a small screen."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


class OutlineLibraryDialog(OutlineActions):
    """Lists the outlines and edits the chosen one (built-in ones are shown read-only)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 select: str | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Report outlines"))
        self.outline: Outline | None = None
        self.dirty = False
        self.saving = False
        self._loading = False
        self.list = QListWidget()
        self.list.setMinimumWidth(250)
        self.list.setWordWrap(True)  # names are long: "Báo cáo năm – Chỉ thị 03-CT/TW (…)"
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.new_button = QPushButton(self.tr("&New"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.import_button = QPushButton(self.tr("Im&port…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        grid = QGridLayout()
        for index, button in enumerate((self.new_button, self.copy_button, self.rename_button,
                                        self.delete_button, self.import_button,
                                        self.export_button)):
            grid.addWidget(button, index // 2, index % 2)
        left.addLayout(grid)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.builtin_label = QLabel()
        self.builtin_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.kind_combo = _narrow_combo(16)
        for kind, kind_label in KIND_LABELS.items():
            self.kind_combo.addItem(kind_label, kind)
        self.from_spin = _year_spin()
        self.to_spin = _year_spin()
        years = QHBoxLayout()
        years.addWidget(self.from_spin)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_spin)
        years.addWidget(to_label)
        years.addWidget(self.to_spin)
        years.addStretch(1)
        years_widget = QWidget()
        years.setContentsMargins(0, 0, 0, 0)
        years_widget.setLayout(years)
        self.bases_edit = QPlainTextEdit()
        self.bases_edit.setTabChangesFocus(True)
        self.bases_edit.setMaximumHeight(56)
        self.bases_edit.setPlaceholderText(self.tr(
            "One document a line, e.g. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"))
        self.numbering_combos: list[QComboBox] = []
        numbering = FlowLayout()  # the four levels wrap on a narrow window or large text
        numbering.setContentsMargins(0, 0, 0, 0)
        for level in range(1, MAX_DEPTH + 1):
            combo = _narrow_combo(13)
            combo.setAccessibleName(self.tr("Numbering of level %1").replace("%1", str(level)))
            for style, style_label in NUMBERING_LABELS.items():
                combo.addItem(style_label, style)
            self.numbering_combos.append(combo)
            numbering.addWidget(combo)
        numbering_widget = QWidget()
        numbering_widget.setLayout(numbering)
        form = QFormLayout()
        for caption, widget in ((self.tr("&Name:"), self.name_edit),
                             (self.tr("&Kind:"), self.kind_combo),
                             (self.tr("Applies &from:"), years_widget),
                             (self.tr("&Basis documents:"), self.bases_edit),
                             (self.tr("N&umbering (levels 1–4):"), numbering_widget)):
            label = QLabel(caption)
            label.setBuddy(widget if widget is not years_widget else self.from_spin)
            if widget is numbering_widget:
                label.setBuddy(self.numbering_combos[0])
            form.addRow(label, widget)
        self.errors = FieldErrors(form, {"name": self.name_edit, "applies": years_widget,
                                         "bases": self.bases_edit})
        self.sections = SectionsEditor()
        self.save_button = QPushButton(self.tr("&Save outline"))
        self.save_error = QLabel()
        self.save_error.setStyleSheet(ERROR_STYLE)
        self.save_error.setWordWrap(True)
        self.save_error.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.builtin_label)
        right.addLayout(form)
        right.addWidget(self.sections, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(scroll_widget(right_widget))
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.save_error)
        bottom = QHBoxLayout()  # outside the scrolling part: always in reach
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        prepare_dialog(self, QSize(980, 690))

        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_outline)
        self.copy_button.clicked.connect(self.copy_outline)
        self.rename_button.clicked.connect(self.rename_outline)
        self.delete_button.clicked.connect(self.delete_outline)
        self.import_button.clicked.connect(self.import_outline)
        self.export_button.clicked.connect(self.export_outline)
        self.save_button.clicked.connect(self.save)
        for combo in (self.kind_combo, *self.numbering_combos):
            combo.activated.connect(lambda _i: self._edited())
        for spin in (self.from_spin, self.to_spin):
            spin.valueChanged.connect(lambda _v: self._edited())
        self.name_edit.textEdited.connect(lambda _t: self._edited())
        self.bases_edit.textChanged.connect(self._edited)
        self.sections.changed.connect(self._edited)
        self.reload(select)

    # the list ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self._loading = True
        self.list.clear()
        for use in store.outline_uses():
            outline = use.outline
            text = outline.name + (self.tr(" (built-in)") if outline.builtin else "")
            item = QListWidgetItem(text)
            item.setData(CODE_ROLE, outline.id)
            tip = [outline.name, outline.kind_label,
                   self.tr("Years: %1").replace("%1", outline.years_label)]
            if use.drafts or use.issued:
                tip.append(self.tr("Used by %1 draft(s) and %2 issued report(s)")
                           .replace("%1", str(use.drafts)).replace("%2", str(use.issued)))
            item.setToolTip("\n".join(tip))
            self.list.addItem(item)
        self._loading = False
        codes = self.codes()
        row = codes.index(select) if select in codes else 0
        if codes:
            self.list.setCurrentRow(row)
            self._chosen(self.list.currentItem(), None)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(CODE_ROLE) for i in range(self.list.count())]

    def select(self, code: str) -> None:
        self.list.setCurrentRow(self.codes().index(code))

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading or item is None:
            return
        if self.dirty and previous is not None and self.outline is not None \
                and previous.data(CODE_ROLE) == self.outline.id and not self._ask_discard():
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        try:
            self.show_outline(store.get_outline(item.data(CODE_ROLE)))
        except UserError as error:
            messages.error(self, str(error))

    # the chosen outline -----------------------------------------------------------------
    def show_outline(self, outline: Outline) -> None:
        self._loading = True
        self.outline = outline
        read_only = outline.builtin
        self.builtin_label.setText(self.tr(
            "A built-in outline cannot be changed: copy it and edit the copy.")
            if read_only else "")
        self.builtin_label.setVisible(read_only)
        self.name_edit.setText(outline.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(outline.kind))
        self.from_spin.setValue(outline.applies.first or self.from_spin.minimum())
        self.to_spin.setValue(outline.applies.last or self.to_spin.minimum())
        self.bases_edit.setPlainText("\n".join(b.text for b in outline.bases))
        for combo, style in zip(self.numbering_combos, outline.numbering, strict=False):
            combo.setCurrentIndex(combo.findData(style))
        for widget in (self.name_edit, self.kind_combo, self.from_spin, self.to_spin,
                       *self.numbering_combos):
            widget.setEnabled(not read_only)
        self.bases_edit.setReadOnly(read_only)
        self.sections.load(outline.sections, outline.numbering, read_only)
        self.errors.clear()
        self.save_error.hide()
        self._loading = False
        self.dirty = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        enable_library(self)

    def _edited(self) -> None:
        if self._loading or self.outline is None or self.outline.builtin:
            return
        self.sections.set_numbering(self.numbering())
        self.dirty = True
        self._update_buttons()

    def numbering(self) -> tuple[str, ...]:
        return tuple(combo.currentData() for combo in self.numbering_combos)

    def edited_data(self) -> dict[str, Any]:
        """The outline as typed, in the outline file's fields."""
        assert self.outline is not None
        bases = [{"text": line.strip()} for line in self.bases_edit.toPlainText().splitlines()
                 if line.strip()]
        minimum = self.from_spin.minimum()
        return {"id": self.outline.id, "name": self.name_edit.text().strip(),
                "kind": self.kind_combo.currentData(),
                "applies": {"from": self.from_spin.value() if self.from_spin.value() > minimum
                            else None,
                            "to": self.to_spin.value() if self.to_spin.value() > minimum
                            else None},
                "bases": bases, "campaign": self.outline.campaign, "notes": self.outline.notes,
                "numbering": list(self.numbering()), "sections": self.sections.sections_data()}

    def save(self) -> None:
        if self.outline is None or self.outline.builtin or self.saving:
            return
        self.errors.clear()
        self.save_error.hide()
        if not self.name_edit.text().strip():
            self.errors.show({"name": self.tr("The outline needs a name.")})
            return
        try:
            checked = outline_from_data(self.edited_data())
        except OutlineError as error:
            self._show_error(error)
            return
        outline = dataclasses.replace(checked, id=self.outline.id)
        self.saving = True
        self._update_buttons()
        self.context.runner.run(store.save_outline, outline, on_done=self._saved,
                                on_error=self._save_failed)

    def _show_error(self, error: UserError) -> None:
        text = str(error)
        key = getattr(error, "key", None)
        if key is not None:
            self.sections.show_error(key, text)
        elif "applies" in text:
            self.errors.show({"applies": text})
        elif "căn cứ" in text:
            self.errors.show({"bases": text})
        elif "tên" in text:
            self.errors.show({"name": text})
        else:
            self.save_error.setText(text)
            self.save_error.show()

    def _saved(self, outline: Outline) -> None:
        self.saving = False
        self.dirty = False
        self.reload(outline.id)
        self.context.bus.changed.emit(AREA)

    def _save_failed(self, error: BaseException, _details: str) -> None:
        self.saving = False
        self._update_buttons()
        if isinstance(error, UserError):
            self._show_error(error)
        else:
            self.save_error.setText(self.tr("The outline could not be saved: %1")
                                    .replace("%1", str(error)))
            self.save_error.show()

    @classmethod
    def run(cls, context: AppContext, parent: QWidget | None,
            select: str | None = None) -> None:
        dialog = cls(context, parent, select)
        dialog.exec()
        dialog.deleteLater()
