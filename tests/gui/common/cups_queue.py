"""A CUPS scheduler of the tests' own with a cups-pdf queue: a real printer that prints
to PDF files, so a print can be measured like paper.

The scheduler listens only on a socket in a folder of its own (``CUPS_SERVER``, set for
the whole test run by ``tests/conftest.py`` before anything asks CUPS for printers), so
no test sees or reaches a real printer, and another test run on the same machine has its
own. The queue's PPD is cups-pdf's with hardware margins added (the printable area starts
a few millimetres in, as on a real printer), which a true-scale print must not add to the
document's margins. cups-pdf (Debian's ``printer-driver-cups-pdf``) runs only under a
scheduler started as root; ``.ci/run`` installs it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG = Path("/etc/cups")  # cups-pdf reads cups-pdf-<uri path>.conf here
# Hardware margins of the test printer, in points: left, bottom, right, top (~3.3–3.5 mm).
HARDWARE_MARGINS = (9.4, 9.9, 9.4, 9.9)


def server_folder() -> Path:
    """The scheduler's folder for this test run (its socket is ``cups.sock`` in it)."""
    return Path(tempfile.gettempdir()) / f"sochibo-cups-{os.getpid()}"


def unavailable() -> str | None:
    """Why a cups-pdf queue cannot run here, or None when it can."""
    if sys.platform == "win32":
        return "CUPS does not run on Windows"
    missing = [name for name in ("cupsd", "lpadmin", "lp", "lpstat") if not shutil.which(name)]
    if missing or not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return ("CUPS and cups-pdf are not installed (apt-get install cups "
                "printer-driver-cups-pdf; .ci/run does it)")
    if os.geteuid() != 0:
        return "cups-pdf prints only under a CUPS scheduler started as root"
    return None


@dataclass
class CupsQueue:
    name: str
    folder: Path
    process: subprocess.Popen

    @property
    def output(self) -> Path:
        return self.folder / "out"

    @property
    def spool(self) -> Path:
        return self.folder / "spool"

    def environment(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.folder / "cups.sock")}

    def run(self, *command: str) -> str:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                              env=self.environment(), check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)}: {done.stderr or done.stdout}")
        return done.stdout

    def completed_jobs(self) -> set[str]:
        listed = self.run("lpstat", "-W", "completed", "-o", self.name)
        return {line.split()[0] for line in listed.splitlines() if line.strip()}

    def spooled_size(self, job: str) -> int:
        """Bytes the job took in the spool (the data CUPS was given)."""
        number = int(job.rsplit("-", 1)[1])
        return sum(p.stat().st_size for p in self.spool.glob(f"d{number:05d}-*"))

    def printed(self, job: str, timeout: float = 120) -> Path:
        """The PDF cups-pdf wrote for *job*, once the job is complete and the file whole."""
        number = int(job.rsplit("-", 1)[1])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if job in self.completed_jobs():
                found = [p for p in self.output.glob("*.pdf")
                         if re.search(rf"job_{number}\.pdf$", p.name)]
                if found and found[0].read_bytes().rstrip().endswith(b"%%EOF"):
                    return found[0]
            time.sleep(0.5)
        log = (self.folder / "log" / "error_log")
        raise AssertionError(f"job {job} not printed in {timeout} s; CUPS log:\n"
                             + (log.read_text()[-3000:] if log.exists() else "(none)"))

    def last_job(self) -> str:
        """The newest job of the queue (completed or not)."""
        listed = self.run("lpstat", "-W", "all", "-o", self.name)
        jobs = [line.split()[0] for line in listed.splitlines() if line.strip()]
        return max(jobs, key=lambda j: int(j.rsplit("-", 1)[1]))


def _config(folder: Path) -> None:
    (folder / "conf" / "cupsd.conf").write_text(
        f"Listen {folder / 'cups.sock'}\nBrowsing Off\nWebInterface No\nLogLevel warn\n"
        "DefaultAuthType None\nPreserveJobFiles Yes\nMaxJobs 0\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
    (folder / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {folder / 'conf'}\nRequestRoot {folder / 'spool'}\n"
        f"CacheDir {folder / 'cache'}\nStateDir {folder / 'state'}\nTempDir {folder / 'tmp'}\n"
        f"ErrorLog {folder / 'log' / 'error_log'}\nAccessLog {folder / 'log' / 'access_log'}\n"
        f"PageLog {folder / 'log' / 'page_log'}\nSystemGroup root\n")


def _margins_ppd(folder: Path) -> Path:
    """cups-pdf's PPD with hardware margins: A4's printable area starts inside the sheet."""
    left, bottom, right, top = HARDWARE_MARGINS
    text = CUPS_PDF_PPD.read_text(encoding="latin-1")
    text = text.replace("*HWMargins: 0 0 0 0", f"*HWMargins: {left} {bottom} {right} {top}")
    text = text.replace('*ImageableArea A4/A4: "0 0 595 842"',
                        f'*ImageableArea A4/A4: "{left} {bottom} {595 - right} {842 - top}"')
    path = folder / "margins.ppd"
    path.write_text(text, encoding="latin-1")
    return path


def _forget_stale_queues() -> None:
    """Remove what an interrupted test run left (its cups-pdf settings, its folder)."""
    for config in CUPS_PDF_CONFIG.glob("cups-pdf-sochibo-test-*.conf"):
        pid = config.stem.rsplit("-", 1)[-1]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            with contextlib.suppress(OSError):
                config.unlink()
            shutil.rmtree(Path(tempfile.gettempdir()) / f"sochibo-cups-{pid}",
                          ignore_errors=True)


def start(name: str | None = None) -> CupsQueue:
    """Start the scheduler in ``server_folder()`` and add the cups-pdf queue *name*."""
    _forget_stale_queues()
    folder = server_folder()
    shutil.rmtree(folder, ignore_errors=True)
    for part in ("conf", "spool", "cache", "state", "tmp", "log", "out"):
        (folder / part).mkdir(parents=True)
    # Filters run as the "lp" user: every folder on the way must let it through.
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755)
    for part in ("tmp", "out"):
        (folder / part).chmod(0o1777)
    _config(folder)
    name = name or f"sochibo-test-{os.getpid()}"
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(folder / "conf" / "cupsd.conf"),
         "-s", str(folder / "conf" / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    queue = CupsQueue(name, folder, process)
    deadline = time.monotonic() + 20
    while not (folder / "cups.sock").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            stop(queue)
            raise RuntimeError("the test CUPS scheduler did not start")
        time.sleep(0.1)
    (CUPS_PDF_CONFIG / f"cups-pdf-{name}.conf").write_text(
        f"Out {queue.output}\nAnonDirName {queue.output}\nLabel 0\nLog {folder / 'log'}\n")
    queue.run("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}",
              "-P", str(_margins_ppd(folder)))
    return queue


def stop(queue: CupsQueue) -> None:
    with contextlib.suppress(ProcessLookupError):
        queue.process.send_signal(signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        queue.process.wait(timeout=10)
    if queue.process.poll() is None:
        queue.process.kill()
    with contextlib.suppress(OSError):
        (CUPS_PDF_CONFIG / f"cups-pdf-{queue.name}.conf").unlink()
    shutil.rmtree(queue.folder, ignore_errors=True)
