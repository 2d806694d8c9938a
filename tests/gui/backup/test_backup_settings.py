"""Tệp → Cài đặt sao lưu…: the warning threshold and the daily backup (Windows task or, on
Linux, the timer to set up), with schtasks played by a fake that records the exact command."""

from __future__ import annotations

import subprocess
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.core.backup import policy as backup_policy
from desktop_app.core.backup import schedule
from desktop_app.gui.backup import settings as settings_module
from desktop_app.gui.backup.settings import BackupSettings, BackupSettingsDialog
from desktop_app.gui.main_window import MainWindow

NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


class FakeSchtasks:
    """schtasks.exe: remembers the task and the threads it was run from."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.threads: list[threading.Thread] = []
        self.task: str | None = None

    def __call__(self, command: list[str]) -> subprocess.CompletedProcess:
        self.calls.append(command)
        self.threads.append(threading.current_thread())
        code = 0
        if "/Create" in command:
            self.task = Path(command[command.index("/XML") + 1]).read_text(encoding="utf-16")
        elif "/Delete" in command:
            self.task = None
        elif "/Query" in command:
            code = 0 if self.task else 1
        return subprocess.CompletedProcess(command, code, b"", b"")


@pytest.fixture
def window(qtbot, db, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def windows(monkeypatch):
    fake = FakeSchtasks()
    monkeypatch.setattr(schedule, "supported", lambda platform=None: True)
    monkeypatch.setattr(schedule, "_run", fake)
    monkeypatch.setattr(schedule, "program_command",
                        lambda **_: [r"C:\Programs\SoChiBo\sochibo.exe"])
    return fake


def _answer(monkeypatch, *answers: BackupSettings):
    asked: list[tuple[BackupSettings, str | None]] = []
    queue = list(answers)

    def ask(cls, parent, current, db_path, *, windows, elsewhere=None):
        asked.append((current, elsewhere))
        return queue.pop(0)

    monkeypatch.setattr(BackupSettingsDialog, "ask", classmethod(ask))
    return asked


def test_ticking_the_daily_backup_creates_the_task_off_the_ui_thread(qtbot, window, context,
                                                                     windows, monkeypatch):
    asked = _answer(monkeypatch, BackupSettings(7, True), BackupSettings(3, False))
    window.backups.settings_action.trigger()
    qtbot.waitUntil(lambda: windows.task is not None, timeout=10000)
    qtbot.waitUntil(lambda: "is scheduled" in window.statusBar().currentMessage()
                    or "đã được đặt lịch" in window.statusBar().currentMessage(), timeout=10000)
    assert asked[0] == (BackupSettings(7, False), None)
    create = windows.calls[-1]
    assert create[:5] == ["schtasks", "/Create", "/TN", r"SoChiBo\SaoLuuHangNgay", "/XML"]
    assert create[6:] == ["/F"]
    task = ET.fromstring(windows.task.split("\n", 1)[1])
    assert task.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == \
        r"C:\Programs\SoChiBo\sochibo.exe"
    assert task.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == \
        f"backup --db {context.db_path} --auto"
    assert all(thread is not threading.main_thread() for thread in windows.threads)
    assert context.settings.value(settings_module.DAILY_DB_KEY) == str(context.db_path)

    window.backups.settings_action.trigger()  # the box is ticked now; untick it
    qtbot.waitUntil(lambda: windows.calls[-1][1] == "/Delete", timeout=10000)
    assert asked[1] == (BackupSettings(7, True), None)
    qtbot.waitUntil(lambda: context.settings.value(settings_module.DAILY_DB_KEY) is None,
                    timeout=10000)
    assert windows.task is None
    assert backup_policy.warn_after_days() == 3


def test_a_task_for_another_file_is_shown_and_left_alone(qtbot, window, context, windows,
                                                         monkeypatch):
    windows.task = "<Task/>"
    context.settings.setValue(settings_module.DAILY_DB_KEY, r"D:\cu\sochibo.db")
    asked = _answer(monkeypatch, BackupSettings(7, False))
    window.backups.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0] == (BackupSettings(7, False), r"D:\cu\sochibo.db")
    qtbot.wait(50)
    assert [call[1] for call in windows.calls] == ["/Query"]  # nothing created or deleted


def test_a_refused_task_is_told(qtbot, window, windows, monkeypatch):
    shown = []
    monkeypatch.setattr(settings_module.messages, "error",
                        lambda parent, text, title="": shown.append(text))

    def refuse(command):
        windows.calls.append(command)
        return subprocess.CompletedProcess(command, 1, b"", b"ERROR: Access is denied.")

    monkeypatch.setattr(schedule, "_run", refuse)
    _answer(monkeypatch, BackupSettings(7, True))
    window.backups.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["Không đặt được lịch sao lưu hằng ngày: ERROR: Access is denied."]


@pytest.fixture
def vietnamese(qapp):
    from PySide6.QtCore import QTranslator

    from desktop_app.gui.app import install_translations

    install_translations(qapp)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def test_the_dialog_on_windows(qtbot, tmp_path, vietnamese):
    dialog = BackupSettingsDialog(BackupSettings(7, True), tmp_path / "sochibo.db",
                                  windows=True, elsewhere=None)
    qtbot.addWidget(dialog)
    assert dialog.ui.dailyCheck.text().replace("&", "") == \
        "Sao lưu hằng ngày kể cả khi không mở chương trình"
    assert dialog.ui.dailyCheck.isChecked() and not dialog.ui.dailyCheck.isHidden()
    assert dialog.ui.linuxText.isHidden()
    assert "12:00" in dialog.ui.dailyNote.text()
    dialog.ui.warnSpin.setValue(0)
    dialog.ui.dailyCheck.setChecked(False)
    assert dialog.ui.warnSpin.text() == "không cảnh báo"
    assert dialog.settings() == BackupSettings(0, False)


def test_the_dialog_on_linux_explains_the_timer_with_the_real_paths(qtbot, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(schedule, "program_command", lambda **_: ["/opt/sochibo/sochibo"])
    db = tmp_path / "chi bộ" / "sochibo.db"
    dialog = BackupSettingsDialog(BackupSettings(7, False), db, windows=False)
    qtbot.addWidget(dialog)
    assert dialog.ui.dailyCheck.isHidden() and not dialog.ui.linuxText.isHidden()
    text = dialog.ui.linuxText.toPlainText()
    assert f"ExecStart=/opt/sochibo/sochibo backup --db '{db}' --auto" in text
    assert "OnCalendar=*-*-* 12:00:00" in text and "Persistent=true" in text
    assert f"0 12 * * * /opt/sochibo/sochibo backup --db '{db}' --auto" in text
    assert "systemctl --user enable --now sochibo-backup.timer" in text
    assert "crontab -e" in dialog.ui.dailyNote.text()
    qtbot.mouseClick(dialog.ui.copyButton, __import__("PySide6.QtCore").QtCore.Qt
                     .MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text


def test_on_linux_only_the_warning_is_saved(qtbot, window, monkeypatch):
    monkeypatch.setattr(schedule, "supported", lambda platform=None: False)
    ran = []
    monkeypatch.setattr(schedule, "_run", lambda command: ran.append(command))
    _answer(monkeypatch, BackupSettings(14, True))
    window.backups.settings_action.trigger()
    assert backup_policy.warn_after_days() == 14
    assert ran == []
