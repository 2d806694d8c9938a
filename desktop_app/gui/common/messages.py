"""Message boxes with Vietnamese buttons, in one place so tests can patch them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def error(parent: QWidget | None, text: str, title: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Messages", "Close"))
    box.exec()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Messages", "Close"))
    box.exec()


def confirm(parent: QWidget | None, text: str, yes: str = "", title: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(yes or translate("Messages", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Messages", "No"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of *items*, chosen in a list; None when cancelled. Long items (plan names) are
    cut in the closed list rather than widening the dialog beyond the screen."""
    from PySide6.QtWidgets import QComboBox, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(translate("Messages", "OK"))
    dialog.setCancelButtonText(translate("Messages", "Cancel"))
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed in a field that hides it; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(translate("Messages", "OK"))
    dialog.setCancelButtonText(translate("Messages", "Cancel"))
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
