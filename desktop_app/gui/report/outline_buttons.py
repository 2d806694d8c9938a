"""Which buttons of the outline library and its sections' editor are usable, and why a
greyed one is greyed (its tooltip says so, as everywhere in the program)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core.report.outline import MAX_DEPTH
from desktop_app.gui.common.enabling import set_enabled

if TYPE_CHECKING:
    from .outline_dialog import OutlineLibraryDialog
    from .outline_sections import SectionsEditor

translate = QCoreApplication.translate


def _builtin() -> str:
    return translate("OutlineButtons", "A built-in outline cannot be changed: copy it "
                     "(Sao chép) and edit the copy.")


def enable_library(dialog: OutlineLibraryDialog) -> None:
    outline = dialog.outline
    none = translate("OutlineButtons", "Choose an outline in the list first.")
    own = outline is not None and not outline.builtin
    why = none if outline is None else _builtin()
    save_why = why if not own else (
        translate("OutlineButtons", "Saving…") if dialog.saving else
        translate("OutlineButtons", "Nothing has changed since the outline was saved."))
    set_enabled(dialog.save_button, own and dialog.dirty and not dialog.saving, save_why)
    set_enabled(dialog.rename_button, own, why)
    set_enabled(dialog.delete_button, own, why)
    set_enabled(dialog.copy_button, outline is not None, none)
    set_enabled(dialog.export_button, outline is not None, none)


def enable_sections(editor: SectionsEditor) -> None:
    item = editor.current()
    editable = not editor.read_only
    has = item is not None
    choose = translate("OutlineButtons", "Choose a section in the tree first.")
    why = _builtin() if not editable else choose
    too_deep = translate("OutlineButtons", "An outline has at most %1 levels.").replace(
        "%1", str(MAX_DEPTH))
    for widget in (editor.title_edit, editor.content_combo):
        widget.setEnabled(editable and has)
    content = editor.content_combo.currentData()
    editor.facts_combo.setEnabled(editable and has and content == "facts")
    editor.hint_edit.setEnabled(editable and has and content == "manual")
    set_enabled(editor.add_button, editable, _builtin())
    deep_enough = item is not None and editor.section_depth(item) >= MAX_DEPTH
    set_enabled(editor.add_child_button, editable and has and not deep_enough,
                too_deep if editable and has else why)
    set_enabled(editor.remove_button, editable and has, why)
    moves = (editor.up_button, editor.down_button, editor.nest_button, editor.unnest_button)
    if item is None or not editable:
        for button in moves:
            set_enabled(button, False, why)
        return
    siblings = editor.section_siblings(item)
    index = siblings.index(item)
    set_enabled(editor.up_button, index > 0, translate(
        "OutlineButtons", "This section is the first of its level already."))
    set_enabled(editor.down_button, index + 1 < len(siblings), translate(
        "OutlineButtons", "This section is the last of its level already."))
    if index == 0:
        nest_why = translate("OutlineButtons", "There is no section above it on its level "
                             "to go into.")
    else:
        nest_why = too_deep
    fits = editor.section_depth(item) + editor.section_height(item) - 1 < MAX_DEPTH
    set_enabled(editor.nest_button, index > 0 and fits, nest_why)
    set_enabled(editor.unnest_button, item.parent() is not None, translate(
        "OutlineButtons", "This section is on the top level already."))
