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
