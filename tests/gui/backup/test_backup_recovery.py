"""Damaged database at start: moved aside, newest good backup offered and restored."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.restore import Recovery
from desktop_app.gui.backup import recovery as recovery_module
from desktop_app.gui.backup.recovery import (
    CHOOSE_OTHER,
    QUIT,
    RESTORE,
    DamagedFileDialog,
    recover_at_start,
)
from tests.core.backup.backup_support import add_member, dump, make_database

NOW = dt.datetime(2026, 11, 26, 14, 32)


def _damage(path):
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8: offset + 200] = os.urandom(192)
    path.write_bytes(bytes(data))


def _damaged_with_backup(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=40)
    good = create_backup(live, reason="on_close", now=NOW)
    add_member(live, "Sau Lần Sao Lưu")
    _damage(live)
    return live, good


def test_dialog_offers_the_newest_good_backup_and_its_buttons_answer(qtbot, tmp_path):
    live, good = _damaged_with_backup(tmp_path)
    recovery = Recovery(moved=[tmp_path / "recovery" / "sochibo-hong.db"],
                        offer=create_backup(make_database(tmp_path / "x" / "a.db"), now=NOW))
    dialog = DamagedFileDialog(live, recovery)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "sochibo.db" in dialog.text()
    assert "26/11/2026 14:32" in dialog.informativeText()
    assert str(tmp_path / "recovery") in dialog.informativeText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RESTORE

    other = DamagedFileDialog(live, Recovery(moved=[], offer=None))
    qtbot.addWidget(other)
    other.show()
    assert other.restore_button is None  # nothing to offer: choose a file or quit
    qtbot.mouseClick(other.other_button, Qt.MouseButton.LeftButton)
    assert other.choice == CHOOSE_OTHER


def test_damaged_file_flow_restores_the_offered_backup(qtbot, tmp_path, monkeypatch):
    live, good = _damaged_with_backup(tmp_path)
    damaged = live.read_bytes()
    asked = []

    def answer(parent, db_path, recovery):
        asked.append(recovery)
        return RESTORE

    monkeypatch.setattr(DamagedFileDialog, "ask", classmethod(
        lambda cls, parent, db_path, recovery: answer(parent, db_path, recovery)))

    assert recover_at_start(live) is True

    assert asked[0].offer.path == good.path
    assert dump(live) == dump(good.path)
    kept = [p for p in (tmp_path / "recovery").iterdir() if p.suffix == ".db"]
    assert [p.read_bytes() for p in kept] == [damaged]  # moved, never deleted


def test_quitting_leaves_no_empty_database_in_place(qtbot, tmp_path, monkeypatch):
    live, _good = _damaged_with_backup(tmp_path)
    monkeypatch.setattr(DamagedFileDialog, "ask",
                        classmethod(lambda cls, parent, db_path, recovery: QUIT))
    assert recover_at_start(live) is False
    assert not live.exists()
    assert len(list((tmp_path / "recovery").glob("*.db"))) == 1


def test_choosing_another_backup_file(qtbot, tmp_path, monkeypatch):
    live, _good = _damaged_with_backup(tmp_path)
    usb = create_backup(make_database(tmp_path / "khac" / "sochibo.db", members=2),
                        folder=tmp_path / "usb")
    answers = iter([CHOOSE_OTHER])
    monkeypatch.setattr(DamagedFileDialog, "ask",
                        classmethod(lambda cls, parent, db_path, recovery: next(answers)))
    monkeypatch.setattr(recovery_module.RestoreDialog, "choose",
                        classmethod(lambda cls, parent, backups: usb.path))
    assert recover_at_start(live) is True
    assert dump(live) == dump(usb.path)


def test_a_healthy_file_is_left_alone(qtbot, tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    before = live.read_bytes()
    assert recover_at_start(live) is True
    assert live.read_bytes() == before
    assert not (tmp_path / "recovery").exists()


def test_application_start_with_a_damaged_file_restores_and_opens(qtbot, tmp_path,
                                                                  monkeypatch, make_application):
    from desktop_app.db.connection import close_database
    from desktop_app.db.models.members import Member

    live, good = _damaged_with_backup(tmp_path)
    monkeypatch.setattr(DamagedFileDialog, "ask",
                        classmethod(lambda cls, parent, db_path, recovery: RESTORE))
    controller = make_application(None)
    try:
        assert controller.open(live) is True
        qtbot.addWidget(controller.window)
        assert Member.select().count() == 40  # the backup's members, the window is open
        assert controller.lock is not None and controller.lock.held
    finally:
        close_database()
        controller.release_lock()
    assert len(list((tmp_path / "recovery").glob("*.db"))) == 1
