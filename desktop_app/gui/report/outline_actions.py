"""The outline library's actions: new, copy, rename, delete (asked first when drafts use
the outline, refused with the reason when an issued report does), import and export of an
outline file (a file that is not valid: its name and line in the message, nothing added)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from desktop_app.core.report import outline_store as store
from desktop_app.core.report.outline import Outline
from desktop_app.errors import UserError
from desktop_app.gui.common import file_dialogs, messages
from desktop_app.gui.common.context import AppContext

AREA = "report"
class OutlineActions(QDialog):
    """The buttons under the list of outlines (the base of :class:`OutlineLibraryDialog`,
    which shows the list and the chosen outline)."""

    context: AppContext
    outline: Outline | None
    dirty: bool
    name_edit: QLineEdit

    def reload(self, select: str | None = None) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    # the library's actions --------------------------------------------------------------
    def _ask_discard(self) -> bool:
        if not self.dirty or self.outline is None:
            return True
        return messages.confirm(self, self.tr(
            "The changes to the outline %1 are not saved. Discard them?").replace(
            "%1", self.outline.name), yes=self.tr("Discard the changes"))

    def _act(self, action: Any, *args: Any) -> Outline | None:
        try:
            result = action(*args)
        except UserError as error:
            messages.error(self, str(error))
            return None
        self.dirty = False
        if isinstance(result, Outline):
            self.reload(result.id)
        self.context.bus.changed.emit(AREA)
        return result

    def new_outline(self) -> None:
        if self._ask_discard():
            self._act(store.new_outline, self.tr("New outline"))

    def copy_outline(self) -> None:
        if self.outline is not None and self._ask_discard():
            self._act(store.copy_outline, self.outline.id)

    def rename_outline(self) -> None:
        if self.outline is None or self.outline.builtin:
            return
        name = ask_name(self, self.outline.name)
        if name is None or not name.strip() or name.strip() == self.outline.name:
            return
        if self.dirty:
            self.name_edit.setText(name.strip())
            self.save()
            return
        self._act(store.save_outline, dataclasses.replace(self.outline, name=name.strip()))

    def delete_outline(self) -> None:
        outline = self.outline
        if outline is None or outline.builtin:
            return
        if not messages.confirm(self, self.tr("Delete the outline %1?").replace(
                "%1", outline.name), yes=self.tr("Delete")):
            return
        try:
            store.delete_outline(outline.id)
        except store.OutlineInUse as use:
            ask = str(use) + "\n\n" + self.tr("Delete it anyway?")
            if not messages.confirm(self, ask, yes=self.tr("Delete")):
                return
            try:
                store.delete_outline(outline.id, drafts_confirmed=True)
            except UserError as error:
                messages.error(self, str(error))
                return
        except UserError as error:
            messages.error(self, str(error))
            return
        self.dirty = False
        self.outline = None
        self.reload()
        self.context.bus.changed.emit(AREA)

    def import_outline(self) -> None:
        path = file_dialogs.ask_open_path(self, self.tr("Import an outline"),
                                          self.tr("Outline files (*.json)"))
        if path is not None and self._ask_discard():
            self._act(store.import_outline, path)

    def export_outline(self) -> None:
        if self.outline is None:
            return
        path = file_dialogs.ask_save_path(self, self.tr("Export the outline"),
                                          self.tr("Outline files (*.json)"),
                                          f"{self.outline.id}.json")
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            written = store.export_outline(self.outline.id, path)
        except (UserError, OSError) as error:
            messages.error(self, str(error))
            return
        messages.info(self, self.tr("The outline was written to %1.").replace(
            "%1", str(Path(written))))


def ask_name(parent: QWidget, current: str) -> str | None:
    """The outline's new name (None when cancelled); in one place so tests can patch it."""
    translate = QCoreApplication.translate
    box = QInputDialog(parent)
    box.setWindowTitle(translate("OutlineActions", "Rename the outline"))
    box.setLabelText(translate("OutlineActions", "New name:"))
    box.setTextValue(current)
    box.setOkButtonText(translate("OutlineActions", "Rename"))
    box.setCancelButtonText(translate("OutlineActions", "Cancel"))
    try:
        return box.textValue() if box.exec() == QDialog.DialogCode.Accepted else None
    finally:
        box.deleteLater()
