"""Show validation messages next to the fields of a QFormLayout, in Vietnamese."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

ERROR_STYLE = "color: #b00020;"
_INVALID_STYLE = "border: 1px solid #b00020;"


def form_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of *widget* in *form* (PySide6's stubs type the (row, role) pair as object)."""
    row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(widget))
    return row


def mark_required(form: QFormLayout, widgets: list[QWidget]) -> None:
    """A star after the label of each field that must be filled in, and a line under the
    form that says what the star means."""
    from PySide6.QtCore import QCoreApplication

    for widget in widgets:
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and not label.text().rstrip().endswith("*"):
            label.setText(label.text().rstrip().removesuffix(":") + ": *")
            label.setToolTip(QCoreApplication.translate("FieldErrors", "Must be filled in"))
    legend = QLabel(QCoreApplication.translate("FieldErrors", "* must be filled in"))
    legend.setObjectName("requiredLegend")
    legend.setStyleSheet("color: #555555;")
    form.addRow("", legend)


class FieldErrors:
    """One hidden error label under each field; :meth:`show` fills and reveals them.

    *required*: the fields that must be filled in, marked with a star (mark_required).
    """

    def __init__(self, form: QFormLayout, widgets: dict[str, QWidget],
                 required: tuple[str, ...] = ()):
        self.widgets = widgets
        self.labels: dict[str, QLabel] = {}
        if required:
            mark_required(form, [widgets[name] for name in required])
        # Insert from the bottom so earlier row numbers stay valid.
        positions = []
        for name, widget in widgets.items():
            positions.append((form_row(form, widget), name))
        for row, name in sorted(positions, reverse=True):
            label = QLabel()
            label.setObjectName(f"{name}Error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            form.insertRow(row + 1, "", label)
            self.labels[name] = label

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.widgets[name].setStyleSheet("")

    def show(self, errors: dict[str, str]) -> None:
        """Show *errors* (field name → message); focus the first field in error."""
        self.clear()
        first: QWidget | None = None
        for name in self.widgets:
            if name in errors:
                self.labels[name].setText(errors[name])
                self.labels[name].show()
                self.widgets[name].setStyleSheet(_INVALID_STYLE)
                first = first or self.widgets[name]
        if first is not None:
            first.setFocus()

    def check(self, errors: dict[str, str], problems: dict[str, str]) -> bool:
        """Show the fields' own reading *errors* (a date that cannot be read…) and the
        validator's *problems* for the other fields; True when there is none of either."""
        merged = {**problems, **errors}
        if merged:
            self.show(merged)
        return not merged

    def message(self, name: str) -> str:
        return self.labels[name].text() if not self.labels[name].isHidden() else ""
