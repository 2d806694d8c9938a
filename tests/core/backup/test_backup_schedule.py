"""The daily backup when the program is closed: the exact commands the app would run."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.core.backup import schedule

PROGRAM = [r"C:\Users\Nguyễn Văn A\AppData\Local\Programs\SoChiBo\sochibo.exe"]
DB = Path(r"C:\Users\Nguyễn Văn A\AppData\Local\sochibo\sochibo.db")
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def test_the_task_runs_the_windowed_program_with_the_database():
    assert schedule.backup_command(DB, PROGRAM) == [
        PROGRAM[0], "backup", "--db", str(DB), "--auto"]
    assert schedule.program_command(frozen=True, platform="win32", executable=(
        r"C:\Programs\SoChiBo\sochibo.exe")) == [r"C:\Programs\SoChiBo\sochibo.exe"]
    assert schedule.program_command(frozen=False, platform="linux",
                                    executable="/srv/venv/bin/python") == [
        "/srv/venv/bin/python", "-m", "desktop_app"]


def test_the_task_definition():
    xml = schedule.task_xml(schedule.backup_command(DB, PROGRAM), user=r"VP-DANGUY\bithu",
                            start=dt.date(2026, 12, 2))
    task = ET.fromstring(xml.split("\n", 1)[1])  # ElementTree refuses the UTF-16 declaration
    assert task.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == PROGRAM[0]
    assert task.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == (
        r'backup --db "C:\Users\Nguyễn Văn A\AppData\Local\sochibo\sochibo.db" --auto')
    trigger = task.find("t:Triggers/t:CalendarTrigger", NS)
    assert trigger.findtext("t:StartBoundary", namespaces=NS) == "2026-12-02T12:00:00"
    assert trigger.findtext("t:ScheduleByDay/t:DaysInterval", namespaces=NS) == "1"
    settings = task.find("t:Settings", NS)
    assert settings.findtext("t:StartWhenAvailable", namespaces=NS) == "true"  # PC off at noon
    assert settings.findtext("t:DisallowStartIfOnBatteries", namespaces=NS) == "false"
    principal = task.find("t:Principals/t:Principal", NS)
    assert principal.findtext("t:UserId", namespaces=NS) == r"VP-DANGUY\bithu"
    assert principal.findtext("t:LogonType", namespaces=NS) == "InteractiveToken"
    assert principal.findtext("t:RunLevel", namespaces=NS) == "LeastPrivilege"  # no admin
    odd = schedule.task_xml([r"C:\A & B\sochibo.exe", "backup", "--db", r"C:\x<y>.db"],
                            user="u", start=dt.date(2026, 1, 1))
    assert ET.fromstring(odd.split("\n", 1)[1]).findtext(
        "t:Actions/t:Exec/t:Command", namespaces=NS) == r"C:\A & B\sochibo.exe"


class FakeSchtasks:
    def __init__(self, installed: bool = False, fail: bytes = b""):
        self.calls: list[list[str]] = []
        self.xml: list[str] = []
        self.installed, self.fail = installed, fail

    def __call__(self, command: list[str]) -> subprocess.CompletedProcess:
        self.calls.append(command)
        if "/XML" in command:
            self.xml.append(Path(command[command.index("/XML") + 1]).read_text(
                encoding="utf-16"))
        if self.fail:
            return subprocess.CompletedProcess(command, 1, b"", self.fail)
        code = 0 if "/Query" not in command or self.installed else 1
        return subprocess.CompletedProcess(command, code, b"", b"")


def test_installing_runs_schtasks_with_the_definition_in_a_utf16_file():
    run = FakeSchtasks()
    command = schedule.install(DB, run=run, user=r"PC\bithu", today=dt.date(2026, 12, 2),
                               program=PROGRAM)
    assert command == [PROGRAM[0], "backup", "--db", str(DB), "--auto"]
    (call,) = run.calls
    xml_file = call[call.index("/XML") + 1]
    assert call == ["schtasks", "/Create", "/TN", r"SoChiBo\SaoLuuHangNgay", "/XML", xml_file,
                    "/F"]
    assert run.xml[0] == schedule.task_xml(command, user=r"PC\bithu",
                                           start=dt.date(2026, 12, 2))
    assert not Path(xml_file).exists()  # the definition file is removed afterwards


def test_removing_and_asking():
    run = FakeSchtasks(installed=True)
    assert schedule.is_installed(run=run)
    schedule.remove(run=run)
    assert run.calls == [["schtasks", "/Query", "/TN", r"SoChiBo\SaoLuuHangNgay"]] * 2 + [
        ["schtasks", "/Delete", "/TN", r"SoChiBo\SaoLuuHangNgay", "/F"]]
    nothing = FakeSchtasks(installed=False)
    schedule.remove(run=nothing)
    assert nothing.calls == [["schtasks", "/Query", "/TN", r"SoChiBo\SaoLuuHangNgay"]]


def test_a_refusal_of_schtasks_is_a_vietnamese_message():
    run = FakeSchtasks(fail=b"ERROR: Access is denied.\r\n")
    with pytest.raises(schedule.ScheduleError) as raised:
        schedule.install(DB, run=run, user="u", program=PROGRAM)
    assert str(raised.value) == ("Không đặt được lịch sao lưu hằng ngày: "
                                 "ERROR: Access is denied.")


def test_the_linux_equivalents_carry_the_real_paths():
    program = ["/home/bi thu/.local/share/sochibo-app/sochibo"]
    db = Path("/home/bi thu/Tài liệu/chi bộ 100%.db")
    units = schedule.systemd_units(db, program)
    assert "ExecStart='/home/bi thu/.local/share/sochibo-app/sochibo' backup --db " \
           "'/home/bi thu/Tài liệu/chi bộ 100%%.db' --auto\n" in units["sochibo-backup.service"]
    timer = units["sochibo-backup.timer"]
    assert "OnCalendar=*-*-* 12:00:00\nPersistent=true\n" in timer
    assert "WantedBy=timers.target" in timer
    assert schedule.cron_line(db, program) == (
        "0 12 * * * '/home/bi thu/.local/share/sochibo-app/sochibo' backup --db "
        "'/home/bi thu/Tài liệu/chi bộ 100\\%.db' --auto")
    assert schedule.systemd_enable_command() == (
        "systemctl --user daemon-reload && systemctl --user enable --now sochibo-backup.timer")
    assert schedule.supported("win32") and not schedule.supported("linux")
