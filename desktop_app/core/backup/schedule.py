"""The daily backup that runs even when the program is closed (sao lưu hằng ngày).

On Windows it is a scheduled task of the secretary's own account (no administrator rights),
registered with ``schtasks /Create /XML``: the XML form, unlike ``/SC DAILY /TR``, lets the
task run as soon as the PC is on again when it was off at noon, and on a laptop running on
its battery, and it carries the program and its arguments apart (no 261-character limit, no
quoting of a path inside a quoted command). The task runs the windowed ``sochibo.exe
backup --db … --auto``: the same command as ``sochibo-cli backup --auto``, without a
console window flashing on the screen every day. On Linux the program explains the
equivalent, a systemd user timer or a cron line, with the real paths.

Everything here builds commands and text; :func:`install`, :func:`remove` and
:func:`is_installed` run ``schtasks`` (Windows only), and the GUI calls them off the UI
thread.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path, PureWindowsPath
from xml.sax.saxutils import escape

from desktop_app import APP_NAME
from desktop_app.errors import UserError

TASK_NAME = "SoChiBo\\SaoLuuHangNgay"  # a folder "SoChiBo" in the Task Scheduler Library
DAILY_AT = dt.time(12, 0)  # the office PC is on at noon; a missed run starts when it is on
LINUX_UNIT = "sochibo-backup"

Runner = Callable[..., subprocess.CompletedProcess]


class ScheduleError(UserError):
    """The daily backup could not be scheduled or unscheduled."""


def supported(platform: str = sys.platform) -> bool:
    """True where the program can create the scheduled task itself (Windows)."""
    return platform == "win32"


def program_command(*, frozen: bool | None = None, executable: str | None = None,
                    platform: str = sys.platform) -> list[str]:
    """How to start this program without a window: the installed ``sochibo.exe`` (the
    windowed twin of ``sochibo-cli.exe``), or from the source tree the interpreter with
    ``-m desktop_app`` (``pythonw.exe`` on Windows)."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    if platform != "win32":
        return [executable] if frozen else [executable, "-m", "desktop_app"]
    path = PureWindowsPath(executable)
    if frozen:
        return [str(path.with_name("sochibo.exe"))]
    windowless = path.with_name("pythonw.exe")
    if windowless != path and Path(windowless).exists():
        executable = str(windowless)
    return [executable, "-m", "desktop_app"]


def backup_command(db_path: Path | str, program: Sequence[str] | None = None) -> list[str]:
    """The command the schedule runs: an automatic backup of *db_path* (thinning old ones)."""
    return [*(program or program_command()), "backup", "--db", str(db_path), "--auto"]


def task_xml(command: Sequence[str], *, user: str, start: dt.date) -> str:
    """The Task Scheduler definition: daily at DAILY_AT from *start*, as *user* while they
    are logged on, at the lowest privileges."""
    boundary = dt.datetime.combine(start, DAILY_AT).isoformat(timespec="seconds")
    arguments = subprocess.list2cmdline(list(command[1:]))
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>{escape(APP_NAME)}</Author>
    <Description>{escape(APP_NAME)}: sao lưu hằng ngày tệp dữ liệu, kể cả khi không mở chương trình.</Description>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>{boundary}</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>{escape(user)}</UserId>
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <AllowStartOnDemand>true</AllowStartOnDemand>
    <Enabled>true</Enabled>
    <Hidden>false</Hidden>
    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(command[0])}</Command>
      <Arguments>{escape(arguments)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""  # noqa: E501 - the description is one line of the task's text


def create_command(xml_file: Path | str) -> list[str]:
    return ["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml_file), "/F"]


def delete_command() -> list[str]:
    return ["schtasks", "/Delete", "/TN", TASK_NAME, "/F"]


def query_command() -> list[str]:
    return ["schtasks", "/Query", "/TN", TASK_NAME]


def current_user() -> str:
    """DOMAIN\\user (the computer's name as domain for a local account), as Windows names
    the account that runs the task."""
    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain else user


def _run(command: list[str]) -> subprocess.CompletedProcess:
    # CREATE_NO_WINDOW: schtasks is a console program; started from the window it would
    # flash a black console otherwise.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    return subprocess.run(command, capture_output=True, creationflags=flags, timeout=60)


def _said(result: subprocess.CompletedProcess) -> str:
    text = (result.stderr or b"") + (result.stdout or b"")
    if isinstance(text, bytes):  # schtasks speaks the console's code page: show what it can
        text = text.decode("oem" if os.name == "nt" else "utf-8", "replace")
    return " ".join(text.split())


def install(db_path: Path | str, *, run: Runner | None = None, user: str | None = None,
            today: dt.date | None = None, program: Sequence[str] | None = None) -> list[str]:
    """Create (or replace) the daily task backing up *db_path*; return its command."""
    run = run or _run
    command = backup_command(Path(db_path), program)
    xml = task_xml(command, user=user or current_user(), start=today or dt.date.today())
    handle, name = tempfile.mkstemp(prefix="sochibo-task-", suffix=".xml")
    try:
        with os.fdopen(handle, "w", encoding="utf-16") as stream:
            stream.write(xml)
        result = run(create_command(name))
    finally:
        Path(name).unlink(missing_ok=True)
    if result.returncode != 0:
        raise ScheduleError(f"Không đặt được lịch sao lưu hằng ngày: {_said(result)}")
    return command


def remove(*, run: Runner | None = None) -> None:
    """Delete the daily task; nothing to do when there is none."""
    run = run or _run
    if not is_installed(run=run):
        return
    result = run(delete_command())
    if result.returncode != 0:
        raise ScheduleError(f"Không bỏ được lịch sao lưu hằng ngày: {_said(result)}")


def is_installed(*, run: Runner | None = None) -> bool:
    return (run or _run)(query_command()).returncode == 0


# --- Linux: what to set up by hand --------------------------------------------------


def _systemd_quote(command: Sequence[str]) -> str:
    # systemd reads shell-like quotes, and expands "%" and "$": written doubled.
    return shlex.join(command).replace("%", "%%").replace("$", "$$")


def systemd_units(db_path: Path | str, program: Sequence[str] | None = None) -> dict[str, str]:
    """The user service and timer (``~/.config/systemd/user/``); the timer's Persistent=
    runs a missed backup when the computer is on again, like the Windows task."""
    command = backup_command(db_path, program)
    at = DAILY_AT.strftime("%H:%M")
    return {
        f"{LINUX_UNIT}.service": (
            "[Unit]\n"
            f"Description={APP_NAME}: sao lưu hằng ngày\n\n"
            "[Service]\n"
            "Type=oneshot\n"
            f"ExecStart={_systemd_quote(command)}\n"),
        f"{LINUX_UNIT}.timer": (
            "[Unit]\n"
            f"Description={APP_NAME}: sao lưu hằng ngày lúc {at}\n\n"
            "[Timer]\n"
            f"OnCalendar=*-*-* {at}:00\n"
            "Persistent=true\n\n"
            "[Install]\n"
            "WantedBy=timers.target\n"),
    }


def systemd_enable_command() -> str:
    return f"systemctl --user daemon-reload && systemctl --user enable --now {LINUX_UNIT}.timer"


def cron_line(db_path: Path | str, program: Sequence[str] | None = None) -> str:
    """A crontab line (``crontab -e``); "%" is special to cron and written as "\\%"."""
    command = shlex.join(backup_command(db_path, program)).replace("%", "\\%")
    return f"{DAILY_AT.minute} {DAILY_AT.hour} * * * {command}"
