"""Estimate the installed size of the Windows bundle, here on Linux, from the Windows wheels.

    uv run --group packaging python packaging/build.py --no-smoke   # the Linux bundle first
    uv run python packaging/windows_estimate.py [--wheels DIR] [--bundle dist/sochibo]

It downloads the win_amd64 wheels of the locked versions (Python 3.11, the version the
installer is built with) with ``pip download --platform win_amd64 --only-binary=:all:``
and walks the Linux bundle (``dist/sochibo``) file by file:

- an extension module of a package (``PySide6/QtCore.abi3.so``, ``lxml/etree…so``) counts
  as its Windows file in the wheel (``PySide6/QtCore.pyd``, ``lxml/etree.cp311-win_amd64.pyd``);
- a Qt plugin counts as the Windows plugins of the same kind in the wheel that
  ``bundle_config.dropped_binary`` keeps;
- the DLLs those need (PE import tables, ``binaries.needed_libraries``), found in the
  wheels, count once each (Qt, the C++ runtime, shiboken); Windows' own DLLs do not;
- Linux-only libraries (ICU, the wheels' private ``*.libs``, the system libraries) do not count;
- Python itself (libpython, the standard library's extension modules, SQLite, libffi),
  the archives of bytecode, ``base_library.zip``, ``resources/`` and other data count at
  their Linux size: the same sources compiled for Windows (the python.org DLLs are not on a
  package index), the same bytecode and files;
- the executables count as PyInstaller's Windows bootloaders (its win_amd64 wheel) plus the
  archive each carries: the program's (the Linux executable less the Linux bootloader) and
  the console twin's (cli_twin.py, built here once with PyInstaller).

``--list`` prints every Windows file counted. Not counted, each well under 1 MB: the icon and
version resources beyond the .ico file, python3.dll (the stable-ABI forwarder).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402
from binaries import needed_libraries  # noqa: E402

ROOT = cfg.ROOT
TARGET_MB = 100
# Distributions whose wheels carry binaries, as locked for Python 3.11.
BINARY_DISTRIBUTIONS = ("pyside6-essentials", "pyside6-addons", "shiboken6", "pillow", "lxml",
                        "cryptography", "cffi", "charset-normalizer", "pyinstaller")
# Python's own libraries on Linux and what they are on Windows (counted at the Linux size).
PYTHON_RUNTIME = {r"libpython3\.\d+\.so": "python3XX.dll", r"libsqlite3\.so": "sqlite3.dll",
                  r"libffi\.so": "libffi-8.dll"}
EXTENSION = re.compile(r"^(?P<module>.+?)(\.cpython-\d+[^/]*|\.abi3)\.so$")


def locked_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    versions: dict[str, str] = {}
    for package in lock["package"]:
        markers = " ".join(package.get("resolution-markers", []))
        if package["name"] in BINARY_DISTRIBUTIONS and ("< '3.12'" in markers or not markers):
            versions[package["name"]] = package["version"]
    return versions


def download(folder: Path) -> list[Path]:
    wanted = [f"{name}=={version}" for name, version in sorted(locked_versions().items())]
    # The project's environment has no pip (uv manages it): uvx runs pip in one of its own.
    pip = [sys.executable, "-m", "pip"] if importlib.util.find_spec("pip") else ["uvx", "pip"]
    command = [*pip, "download", "--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
               "--python-version", "3.11", "-d", str(folder), *wanted]
    print("estimate:", " ".join(command), flush=True)
    subprocess.run(command, check=True)
    return sorted(folder.glob("*.whl"))


class Wheels:
    """Every file of the Windows wheels: path in the wheel → (size, wheel)."""

    def __init__(self, wheels: list[Path], unpack: Path):
        self.files: dict[str, tuple[int, Path]] = {}
        self.unpack = unpack
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as archive:
                for info in archive.infolist():
                    if not info.is_dir():
                        self.files[info.filename] = (info.file_size, wheel)
        self.by_name = {Path(p).name.lower(): p for p in self.files if p.lower().endswith(".dll")}

    def size(self, path: str) -> int:
        return self.files[path][0]

    def local(self, path: str) -> Path:
        target = self.unpack / path
        if not target.exists():
            with zipfile.ZipFile(self.files[path][1]) as archive:
                archive.extract(path, self.unpack)
        return target

    def extension(self, module: str) -> str | None:
        """The Windows file of an extension module: ``lxml.etree`` → its ``.pyd``."""
        stem = module.replace(".", "/")
        for path in self.files:
            if path.endswith(".pyd") and re.fullmatch(re.escape(stem) + r"(\.cp\d+-win_amd64)?"
                                                      r"(\.abi3)?\.pyd", path):
                return path
        return None

    def plugins(self, kind: str) -> list[str]:
        prefix = f"PySide6/plugins/{kind}/"
        return [p for p in self.files if p.startswith(prefix) and p.endswith(".dll")
                and not cfg.dropped_binary(p) and not p.lower().endswith("d.dll.debug")]


def qt_plugin_kinds() -> set[str]:
    """The plugin kinds PyInstaller's Qt hooks collect for the modules the app imports
    (some exist only on Windows, such as QtWidgets' ``styles``)."""
    from PyInstaller.utils.hooks.qt._modules_info import QT_MODULES_INFO

    return {kind for info in QT_MODULES_INFO if info.module in cfg.QT_MODULES_USED
            for kind in info.plugins}


def bootloader_size(wheels: Wheels, name: str) -> int:
    return wheels.size(f"PyInstaller/bootloader/Windows-64bit-intel/{name}")


def twin_archive_size(work: Path) -> int:
    """The console twin's own archive: cli_twin.py built with PyInstaller here."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
               "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
               "--specpath", str(work), "--paths", str(ROOT), "--name", "twin",
               *[f"--exclude-module={m}" for m in (*cfg.PYTHON_EXCLUDED,
                                                   "desktop_app.logging_setup",
                                                   "desktop_app.paths")],
               str(ROOT / "packaging" / "cli_twin.py")]
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(command, check=True, cwd=work)
    return (work / "build" / "twin" / "twin.pkg").stat().st_size


def linux_bootloader_size() -> int:
    import PyInstaller

    folder = Path(PyInstaller.__file__).parent / "bootloader" / "Linux-64bit-intel"
    return (folder / "run").stat().st_size


def estimate(bundle: Path, wheels: Wheels, twin_archive: int,
             listing: bool = False) -> dict[str, int]:
    internal = bundle / cfg.CONTENTS_DIR
    groups: dict[str, int] = defaultdict(int)
    windows_binaries: set[str] = set()
    plugin_kinds: set[str] = set()
    for path in sorted(p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(internal).as_posix()
        size = path.stat().st_size
        parts = relative.split("/")
        if "/plugins/" in f"/{relative}":
            plugin_kinds.add(parts[parts.index("plugins") + 1])
        elif any(re.match(p, parts[-1]) for p in PYTHON_RUNTIME) or parts[0].startswith(
                "python3"):
            groups["Python (libpython, its extension modules, SQLite: Linux sizes)"] += size
        elif match := EXTENSION.match(relative):
            found = wheels.extension(match["module"].replace("/", "."))
            if found is None:
                raise SystemExit(f"no Windows file for {relative}")
            windows_binaries.add(found)
        elif re.search(r"\.so(\.\d+)*$", parts[-1]):
            continue  # Linux-only library: ICU, X11, the wheels' *.libs, Qt's .so files
        else:
            groups["data: resources/, base_library.zip, docx templates, metadata"] += size
    for kind in sorted(plugin_kinds | qt_plugin_kinds()):
        windows_binaries.update(wheels.plugins(kind))
    pending = list(windows_binaries)
    while pending:  # the DLLs they link to, found in the wheels
        for name in needed_libraries(wheels.local(pending.pop())):
            found = wheels.by_name.get(name.lower())
            if found is not None and found not in windows_binaries:
                windows_binaries.add(found)
                pending.append(found)
    for path in sorted(windows_binaries, key=lambda p: (-wheels.size(p), p)):
        if listing:
            print(f"  {wheels.size(path) / 1_000_000:7.2f} MB  {path}")
        kind = "Qt plugins" if "/plugins/" in path else (
            "Qt and PySide6 (DLLs, modules)" if path.startswith(("PySide6/", "shiboken6/"))
            else "other packages' modules (.pyd)")
        groups[kind + " (Windows wheels)"] += wheels.size(path)
    program_archive = (bundle / cfg.APP_NAME).stat().st_size - linux_bootloader_size()
    groups["sochibo.exe + sochibo-cli.exe (Windows bootloaders + archives)"] += (
        bootloader_size(wheels, "runw.exe") + program_archive
        + bootloader_size(wheels, "run.exe") + twin_archive
        + 2 * (ROOT / "resources" / "icons" / "sochibo.ico").stat().st_size)
    return dict(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, help="folder for (or with) the Windows wheels")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / cfg.APP_NAME)
    parser.add_argument("--list", action="store_true", help="print every Windows file counted")
    args = parser.parse_args(argv)
    if not (args.bundle / cfg.APP_NAME).is_file():
        parser.error(f"no Linux bundle at {args.bundle}: run packaging/build.py first")
    with tempfile.TemporaryDirectory(prefix="sochibo-estimate-") as name:
        work = Path(name)
        folder = args.wheels or work / "wheels"
        folder.mkdir(parents=True, exist_ok=True)
        wheels = Wheels(download(folder), work / "unpacked")
        groups = estimate(args.bundle, wheels, twin_archive_size(work / "twin"),
                          listing=args.list)
    total = sum(groups.values())
    print("\nWindows bundle, estimated from the win_amd64 wheels:")
    for name, size in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"  {size / 1_000_000:7.1f} MB  {name}")
    verdict = "within" if total <= TARGET_MB * 1_000_000 else "OVER"
    print(f"  {total / 1_000_000:7.1f} MB  in all ({verdict} the {TARGET_MB} MB target)")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    sys.exit(main())
