"""What the dialogs share: Vietnamese button texts, and running one to plain values.

Each dialog offers a classmethod (``run``) that shows it and returns plain values, or
None when the user cancels, so that tests and callers can patch it; the messages of the
fields it cannot accept go next to them (``field_errors.FieldErrors.check``), and nothing
typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

T = TypeVar("T")


def name_buttons(dialog: QDialog, box: QDialogButtonBox, *, ok: str | None = None,
                 accept: Callable[[], object] | None = None) -> None:
    """Save (or the Ok button, named *ok*) and Cancel in Vietnamese, wired to *accept*
    (the dialog's own by default) and to reject."""
    save = box.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        save.setText(QCoreApplication.translate("Dialogs", "Save"))
    if ok is not None:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("Dialogs", "Cancel"))
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)


def run_dialog(dialog: QDialog, result: Callable[[], T]) -> T | None:
    """Show *dialog* until the user closes it: *result()* when accepted, None when
    cancelled. The dialog is deleted afterwards."""
    try:
        return result() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
