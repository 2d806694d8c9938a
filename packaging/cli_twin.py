"""``sochibo-cli.exe``: Sổ Chi bộ's command line in a console window (Windows).

``sochibo.exe`` is a windowed program (no black console behind the window), so at a
prompt its messages would go nowhere. This console twin starts it with the same arguments,
passes its output and error lines on as they come and exits with its status. The twin's
own archive holds only this file: PyInstaller embeds a program's Python archive in each
executable and cannot share one between two (its MERGE is for one-file builds), and a full
second copy cost 7 MB. The windowed program writes UTF-8 into the pipes (``cli.console``);
the twin prints it through its own streams, which ``cli.console`` prepares the same way.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from desktop_app.cli import console

NAME = "sochibo"  # bundle_config.APP_NAME


def program() -> Path:
    """The windowed program beside this executable."""
    here = Path(sys.executable).resolve().parent
    return here / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def _pass_on(source, sink) -> None:
    for line in iter(source.readline, b""):
        if sink is not None:
            sink.write(line.decode("utf-8", "replace"))
            sink.flush()
    source.close()


def relay(command: list[str]) -> int:
    """Run *command*, print what it prints, return its exit status."""
    console.prepare()
    try:
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
    except OSError as error:
        print(f"Không chạy được “{command[0]}”: {error.strerror or error}. Hãy cài đặt lại "
              "Sổ Chi bộ.", file=sys.stderr)
        return 1
    readers = [threading.Thread(target=_pass_on, args=(child.stdout, sys.stdout), daemon=True),
               threading.Thread(target=_pass_on, args=(child.stderr, sys.stderr), daemon=True)]
    for reader in readers:
        reader.start()
    try:
        status = child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    for reader in readers:
        reader.join()
    return status


if __name__ == "__main__":
    sys.exit(relay([str(program()), *sys.argv[1:]]))
