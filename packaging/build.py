"""Build the one-folder bundle for this platform, check it, and on Linux start it.

    uv run --group packaging python packaging/build.py            # build + checks + smoke test
    uv run --group packaging python packaging/build.py --no-build # checks + smoke test only

Output: ``dist/sochibo/``. On Windows, when Inno Setup's ``ISCC.exe`` is found, also the
installer ``dist/installer/SoChiBo-<version>-setup.exe``.

The checks: every file of ``resources/`` is in the bundle, no file of a denied type
(``bundle_config.DENIED_SUFFIXES``/``DENIED_NAMES``) is, and on Linux every Qt library a
bundled library links to is there; then the size and the 20 largest files are printed.

The smoke test runs the built executable with ``env -i`` (no Python, no virtual environment in
its environment: only PATH=/usr/bin:/bin, a temporary HOME and data folder, the offscreen Qt
platform) on a temporary database: ``--version``, ``demo``, ``check``, ``report`` (the summary
report of 2007-2010) and ``member-list`` (the member list to PDF and Word) when the program has
them, ``backup`` then ``restore`` into a new file and ``check`` it, ``restore`` of a backup with
a password (Scrypt and AES-GCM from the bundled cryptography), ``check`` redirected to a file
under the cp1252 code page, and the window for a few seconds. Any failure exits non-zero.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402

ROOT = cfg.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / cfg.APP_NAME
IS_WINDOWS = sys.platform == "win32"
STEP_TIMEOUT = 180  # seconds for one command of the smoke test
GUI_SECONDS = 6  # the window must still be running after this long


class BuildError(Exception):
    pass


def build() -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "sochibo.spec"),
    ]
    print("build:", " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def check_bundle() -> None:
    executable = BUNDLE / (cfg.APP_NAME + (".exe" if IS_WINDOWS else ""))
    if not executable.is_file():
        raise BuildError(f"no executable at {executable}")
    missing = cfg.missing_resources(BUNDLE)
    if missing:
        raise BuildError("data files missing from the bundle: " + ", ".join(map(str, missing)))
    print(f"check: all {len(cfg.resource_files())} files of resources/ are in the bundle")
    dangling = [str(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*") if p.is_symlink()
                and not p.exists()]
    if dangling:
        raise BuildError("symbolic links to files left out: " + ", ".join(sorted(dangling)))
    denied = denied_files(BUNDLE)
    if denied:
        raise BuildError("files of a denied type in the bundle (bundle_config.DENIED_*): "
                         + ", ".join(denied))
    print("check: no file of a denied type")
    if sys.platform.startswith("linux"):
        check_linked_qt_libraries()


def check_linked_qt_libraries() -> None:
    """No bundled library may need a Qt library we dropped (QT_BINARIES_DROPPED)."""
    internal = BUNDLE / cfg.CONTENTS_DIR
    env = {"PATH": "/usr/bin:/bin",
           "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    broken = []
    for library in sorted(internal.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        result = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line and "libQt6" in line:
                broken.append(f"{library.relative_to(BUNDLE)}: {line.strip()}")
    if broken:
        raise BuildError("bundled libraries need Qt libraries left out:\n" + "\n".join(broken))
    print("check: every Qt library a bundled library links to is in the bundle")


def denied_files(bundle: Path) -> list[str]:
    return sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*")
                  if p.is_file() and cfg.denied_file(str(p.relative_to(bundle))))


def largest_files(bundle: Path, count: int = 20) -> list[tuple[int, str]]:
    files = [(p.stat().st_size, p.relative_to(bundle).as_posix()) for p in bundle.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(files, key=lambda item: (-item[0], item[1]))[:count]


def report_size() -> int:
    size, count = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE} = {size / 1_000_000:.1f} MB in {count} files; the 20 largest:")
    for file_size, name in largest_files(BUNDLE):
        print(f"   {file_size / 1_000_000:7.2f} MB  {name}")
    target = cfg.SIZE_TARGET_MB.get(sys.platform)
    if target is not None and size > target * 1_000_000:
        message = f"the bundle is over its target of {target} MB (bundle_config.SIZE_TARGET_MB)"
        if not IS_WINDOWS:
            raise BuildError(message)
        # Not measured on a Windows build yet (README: estimated from the wheels): say so
        # loudly, but still make the installer.
        print(f"WARNING: {message}")
    return size


# --- smoke test (Linux) ------------------------------------------------------------------


class Smoke:
    def __init__(self, folder: Path):
        self.folder = folder
        self.data = folder / "data"
        self.home = folder / "home"
        self.data.mkdir()
        self.home.mkdir()
        self.executable = BUNDLE / cfg.APP_NAME

    def env_command(self, *args: str) -> list[str]:
        return [
            "env", "-i", "PATH=/usr/bin:/bin", f"HOME={self.home}", "QT_QPA_PLATFORM=offscreen",
            f"SOCHIBO_DATA_DIR={self.data}", str(self.executable), *args,
        ]

    def run(self, *args: str, env: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        print("smoke:", *env, "sochibo", " ".join(args), flush=True)
        command = self.env_command(*args)
        try:  # strictly UTF-8: what the program prints must be valid text
            result = subprocess.run(
                [command[0], command[1], *env, *command[2:]], capture_output=True, text=True,
                encoding="utf-8", timeout=STEP_TIMEOUT, cwd=self.folder,
            )
        except UnicodeDecodeError as error:
            raise BuildError(f"`sochibo {' '.join(args)}` printed text that is not UTF-8: "
                             f"{error}") from error
        for line in (result.stdout + result.stderr).strip().splitlines()[:15]:
            print("   |", line)
        if result.returncode != 0:
            raise BuildError(f"`sochibo {' '.join(args)}` exited with {result.returncode}")
        return result

    def gui(self, database: Path) -> None:
        print(f"smoke: sochibo --db {database.name} (window, {GUI_SECONDS} s)", flush=True)
        with subprocess.Popen(
            self.env_command("--db", str(database)), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
            cwd=self.folder,
        ) as process:
            try:
                process.wait(timeout=GUI_SECONDS)
            except subprocess.TimeoutExpired:
                process.terminate()
                output, _ = process.communicate(timeout=30)
            else:
                output, _ = process.communicate()
                raise BuildError(
                    f"the window closed by itself (exit {process.returncode}):\n{output}"
                )
        log = self.data / "logs" / "sochibo.log"
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        if "opened" not in text:
            raise BuildError(f"the window did not open the database; log:\n{text}\n{output}")
        if " ERROR " in text or "Traceback" in text:
            raise BuildError(f"errors in the log while the window ran:\n{text}")
        if "translation not found" in text:  # gui/app.py: resources/translations missing
            raise BuildError(f"the window runs without its Vietnamese translation:\n{text}")
        print("   | window running, database opened, no error in the log")


def smoke_test() -> None:
    with tempfile.TemporaryDirectory(prefix="sochibo-smoke-") as name:
        smoke = Smoke(Path(name))
        version = smoke.run("--version").stdout
        if cfg.app_version() not in version:
            raise BuildError(f"--version printed {version!r}, expected {cfg.app_version()}")
        commands = smoke.run("--help").stdout
        database = smoke.folder / "demo.db"
        smoke.run("demo", "--db", str(database))
        if not database.is_file():
            raise BuildError("demo did not create the database")
        smoke.run("check", "--db", str(database))
        available = set(commands.split())
        if "report" in available:  # the summary report of the period the demo reproduces
            pdf = smoke.folder / "bao-cao.pdf"
            smoke.run("report", "--db", str(database), "--from", "2007", "--to", "2010",
                      "--out", str(pdf))
            check_pdf(pdf, "BÁO CÁO", "Học tập và làm theo tấm gương")
        else:
            print("smoke: skipped `report`: this version has no report command yet")
        if "member-list" in available:  # the member list: fonts, ReportLab and python-docx
            pdf, docx = smoke.folder / "danh-sach.pdf", smoke.folder / "danh-sach.docx"
            # A date inside the demo cell's committee term, so a document number can be issued.
            smoke.run("member-list", "--db", str(database), "--date", "05/09/2010",
                      "--pdf", str(pdf), "--docx", str(docx))
            check_pdf(pdf)
            check_docx(docx)
        else:
            print("smoke: skipped `member-list`: this version has no document engine yet")
        if {"backup", "restore"} <= available:  # a backup written and read back into a new file
            copy = Path(smoke.run("backup", "--db", str(database), "--to",
                                  str(smoke.folder / "sao-luu")).stdout.strip().splitlines()[-1])
            restored = smoke.folder / "phuc-hoi.db"
            smoke.run("restore", "--db", str(restored), str(copy))
            smoke.run("check", "--db", str(restored))
            restore_with_password(smoke, copy)
        else:
            print("smoke: skipped `backup`/`restore`: this version has no backups yet")
        # Redirected output in a Windows ANSI code page (cli/console.py): UTF-8, no traceback.
        checked = smoke.run("check", "--db", str(database), env=("PYTHONIOENCODING=cp1252",))
        if "tốt" not in checked.stdout:
            raise BuildError(f"check under cp1252 printed {checked.stdout!r}")
        smoke.gui(database)
    print("smoke: passed")


def restore_with_password(smoke: Smoke, backup: Path) -> None:
    """A backup with a password (made here with the source tree) restored by the bundle."""
    from desktop_app.core.backup.crypto import encrypt_file

    locked = smoke.folder / "co-mat-khau.sochibo-backup"
    encrypt_file(backup, locked, "mật khẩu thử")
    password = smoke.folder / "mat-khau.txt"
    password.write_text("mật khẩu thử\n", encoding="utf-8")
    restored = smoke.folder / "phuc-hoi-mat-khau.db"
    smoke.run("restore", "--db", str(restored), "--password-file", str(password), str(locked))
    smoke.run("check", "--db", str(restored))


def check_pdf(pdf: Path, *phrases: str) -> None:
    """A real PDF; with pypdf (a dev dependency) at hand, its text holds the Party header and
    *phrases*."""
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise BuildError(f"{pdf.name} is not a PDF")
    try:
        from pypdf import PdfReader  # dev dependency: read the text back when it is there
    except ImportError:
        print(f"   | {pdf.name}: {pdf.stat().st_size} bytes")
        return
    reader = PdfReader(str(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    missing = [p for p in ("ĐẢNG CỘNG SẢN VIỆT NAM", *phrases) if p not in text]
    if missing:
        raise BuildError(f"{pdf.name} lacks {missing}; text begins: {text[:300]!r}")
    print(f"   | {pdf.name}: {len(reader.pages)} pages, Party header present"
          + (f", with {', '.join(phrases)}" if phrases else ""))


def check_docx(docx: Path) -> None:
    try:
        with zipfile.ZipFile(docx) as archive:
            body = archive.read("word/document.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise BuildError(f"{docx.name} is not a Word document: {error}") from error
    if "ĐẢNG CỘNG SẢN VIỆT NAM" not in body:
        raise BuildError(f"{docx.name} lacks the Party header")
    print(f"   | {docx.name}: Word document with the Party header")


# --- Windows installer ----------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    # Windows environment names are case-insensitive; Inno Setup installs per machine or per user.
    bases = [os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")]
    if os.environ.get("LOCALAPPDATA"):
        bases.append(str(Path(os.environ["LOCALAPPDATA"], "Programs")))
    for base in bases:
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_installer() -> None:
    iscc = find_iscc()
    script = ROOT / "packaging" / "sochibo.iss"
    version = cfg.app_version()
    file_version = ".".join(map(str, cfg.version_tuple(version)))
    defines = [f"/DAppVersion={version}", f"/DFileVersion={file_version}"]
    if iscc is None:
        print(f"installer: Inno Setup 6 not found; install it, then run\n"
              f'  ISCC {" ".join(defines)} "{script}"')
        return
    command = [str(iscc), *defines, str(script)]
    print("installer:", " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("Inno Setup failed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check the existing dist/ only")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if not args.no_build:
            build()
        check_bundle()
        report_size()
        if IS_WINDOWS:
            build_installer()
        elif args.no_smoke:
            print("smoke: skipped (--no-smoke)")
        elif sys.platform.startswith("linux"):
            smoke_test()
        else:
            print("smoke: only on Linux")
    except (BuildError, subprocess.TimeoutExpired) as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
