"""Message boxes with Vietnamese buttons, in one place so tests can patch them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

_translate = QCoreApplication.translate


def error(parent: QWidget | None, text: str, title: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or _translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(_translate("Messages", "Close"))
    box.exec()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or _translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(_translate("Messages", "Close"))
    box.exec()


def confirm(parent: QWidget | None, text: str, yes: str = "", title: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or _translate("Messages", "Party cell book"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(yes or _translate("Messages", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(_translate("Messages", "No"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
