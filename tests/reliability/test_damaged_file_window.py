"""The damaged-file recovery, from a really damaged file, through the real window.

The program starts as ``sochibo --db FILE`` does (the quick check started first, then
``Application.start``); the file's pages were overwritten on disk. The real dialog
appears, its real buttons are clicked; the window then shows the backup's data, and the
damaged file lies unchanged in ``recovery/``.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import file_check
from desktop_app.core.backup.backups import create_backup
from desktop_app.core.demo import create_demo_database
from desktop_app.db.connection import close_database
from desktop_app.gui import app as app_module
from desktop_app.gui.backup.recovery import DamagedFileDialog
from tests.core.backup.backup_support import add_member
from tests.gui.conftest import settle

from .support import record


class _App:
    """Stands for the QApplication: records the exit code asked for."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def _damage(path) -> int:
    """Overwrite part of every page after the first, as a failing disk does; bytes changed."""
    data = bytearray(path.read_bytes())
    changed = 0
    for offset in range(4096, len(data), 4096):
        data[offset + 8: offset + 400] = os.urandom(392)
        changed += 392
    path.write_bytes(bytes(data))
    return changed


def _click_when_shown(qtbot, button: str, seen: list) -> None:
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamagedFileDialog):
            seen.append((dialog.text(), dialog.informativeText()))
            qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_damaged_file_at_start_is_set_aside_and_the_offered_backup_opens(qtbot, tmp_path):
    path = create_demo_database(tmp_path / "demo.db")
    backup = create_backup(path, reason="on_close", now=dt.datetime(2026, 11, 26, 14, 32))
    add_member(path, "Nhập Sau Lần Sao Lưu")
    changed = _damage(path)
    damaged = path.read_bytes()
    seen: list = []
    _click_when_shown(qtbot, "restore_button", seen)
    file_check.start(path)  # as __main__ does, first thing
    controller = app_module.Application(_App())
    try:
        controller.start(path)
        window = controller.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.attached, timeout=30000)
        tab = window.tabs["members"]
        settle(qtbot, tab)
        assert tab.model.rowCount() == 15  # the backup's members, in the window
        assert "Nhập Sau Lần Sao Lưu" not in tab.visible_names()
        assert controller.app.codes == []
        assert controller.lock is not None and controller.lock.held
    finally:
        close_database()
        controller.release_lock()
    text, details = seen[0]
    assert "demo.db" in text  # (the tests run without the translator: English source text)
    assert "26/11/2026 14:32" in details and "recovery" in details
    kept = list((tmp_path / "recovery").glob("*.db"))
    assert [p.read_bytes() for p in kept] == [damaged]  # set aside unchanged, never deleted
    assert backup.path.exists()
    record("damaged-file-window", damaged_bytes=changed, file_bytes=len(damaged),
           restored_members=15, damaged_file_kept=True)


def test_quitting_the_recovery_ends_the_program_and_leaves_no_empty_database(qtbot, tmp_path):
    path = create_demo_database(tmp_path / "demo.db")
    create_backup(path, reason="on_close")
    _damage(path)
    seen: list = []
    _click_when_shown(qtbot, "quit_button", seen)
    file_check.start(path)
    controller = app_module.Application(_App())
    try:
        controller.start(path)
        qtbot.addWidget(controller.window)
        qtbot.waitUntil(lambda: controller.app.codes == [1], timeout=30000)
        assert not controller.window.attached
    finally:
        close_database()
        controller.release_lock()
    assert seen and not path.exists()  # no empty database in its place
    assert len(list((tmp_path / "recovery").glob("*.db"))) == 1


def test_with_no_backup_the_readable_rows_are_salvaged_and_opened(qtbot, tmp_path):
    from tests.core.backup.backup_support import make_database
    from tests.core.backup.test_salvage import _damage_pages, _member_pages

    path = make_database(tmp_path / "sochibo.db", members=2000)
    pages = _member_pages(path)
    _damage_pages(path, pages[len(pages) // 2: len(pages) // 2 + 2])
    told: list[str] = []

    def poll():  # the real dialog, its salvage button, then the message saying what was kept
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamagedFileDialog):
            assert dialog.restore_button is None  # no backup to offer
            qtbot.mouseClick(dialog.salvage_button, Qt.MouseButton.LeftButton)
        elif dialog is not None and hasattr(dialog, "text"):
            told.append(dialog.text())
            dialog.accept()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    file_check.start(path)
    controller = app_module.Application(_App())
    try:
        controller.start(path)
        window = controller.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.attached, timeout=30000)
        tab = window.tabs["members"]
        settle(qtbot, tab)
        shown = tab.model.rowCount()
    finally:
        close_database()
        controller.release_lock()
    assert 1500 < shown < 2000  # the rows on the two damaged pages are lost, not the others
    assert told and "Đã cứu được" in told[0]
    assert len(list((tmp_path / "recovery").glob("*.db"))) == 1  # the damaged file, kept
    record("salvage-window", members_before=2000, damaged_pages=2, members_salvaged=shown)
