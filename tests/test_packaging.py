"""The Windows package: what goes in the bundle, the installer script, and (on Linux) a real
build of the bundle started with no Python in its environment."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop_app.db.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PACKAGE = ROOT / "desktop_app"


def _load_bundle_config():
    spec = importlib.util.spec_from_file_location("bundle_config", PACKAGING / "bundle_config.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = _load_bundle_config()


def _qt_modules_imported() -> dict[str, list[str]]:
    """PySide6 modules imported anywhere in the package, with the files importing them."""
    found: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "PySide6":
                    names = [f"PySide6.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.setdefault(parts[1], []).append(str(path.relative_to(ROOT)))
    return found


def test_the_app_imports_only_qt_modules_the_bundle_keeps():
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported.keys()
    left_out = {name: files for name, files in imported.items()
                if name not in cfg.QT_MODULES_USED}
    # A new Qt module: add it to QT_MODULES_USED (and drop it from QT_MODULES_EXCLUDED).
    assert left_out == {}
    assert not set(cfg.QT_MODULES_USED) & set(cfg.QT_MODULES_EXCLUDED)


def test_resources_are_found_only_through_resource_path():
    """``__file__`` points into the bundle's archive when frozen: only paths.py may use it."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8") and path.name != "paths.py"
        and "forms" not in path.parts
    ]
    assert offenders == []


def test_resource_path_uses_the_bundle_folder_when_frozen(monkeypatch, tmp_path):
    from desktop_app import paths

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("demo", "cell.json") == tmp_path / "resources" / "demo" / "cell.json"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.resource_path("demo", "cell.json").is_file()


def test_user_data_is_never_in_the_program_folder(monkeypatch, tmp_path):
    from desktop_app import paths

    monkeypatch.delenv("SOCHIBO_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "program" / "_internal"), raising=False)
    for folder in (paths.data_dir(), paths.backups_dir(), paths.log_dir(),
                   paths.settings_file().parent):
        assert not folder.is_relative_to(tmp_path / "program")
        assert not folder.is_relative_to(ROOT)


def test_missing_resources_are_reported(tmp_path):
    bundle = tmp_path / "sochibo"
    assert cfg.missing_resources(bundle) == cfg.resource_files()
    shutil.copytree(cfg.RESOURCES, bundle / cfg.CONTENTS_DIR / "resources")
    assert cfg.missing_resources(bundle) == []
    (bundle / cfg.CONTENTS_DIR / "resources" / "demo" / "cell.json").unlink()
    assert cfg.missing_resources(bundle) == [Path("demo", "cell.json")]


def test_resources_include_the_icon_and_the_demo():
    files = cfg.resource_files()
    assert Path("icons", "sochibo.ico") in files
    assert Path("icons", "sochibo.png") in files
    assert Path("demo", "cell.json") in files


def test_version_numbers():
    from desktop_app import __version__

    assert cfg.app_version() == __version__
    assert cfg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.version_tuple("2.10.3.7") == (2, 10, 3, 7)
    assert cfg.version_tuple("1.0rc2") == (1, 0, 0, 0)


def test_windows_version_resource_is_read_by_pyinstaller(monkeypatch, tmp_path):
    """The generated version text goes through PyInstaller's own loader and serialiser."""
    compat = pytest.importorskip("PyInstaller.compat")
    # versioninfo imports two Windows-only modules it needs only to edit executables.
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", types.ModuleType("win32api"), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    text_file = tmp_path / "version_info.txt"
    text_file.write_text(cfg.version_file_text("1.2.3"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(text_file))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (0x0001_0002, 0x0003_0000)
    raw = info.toRaw()
    assert "Sổ Chi bộ".encode("utf-16-le") in raw
    assert "1.2.3".encode("utf-16-le") in raw


def _read_utf8_bom(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name} must be UTF-8 with a BOM"
    return data[3:].decode("utf-8")


def test_installer_script_installs_per_user_and_keeps_the_data():
    script = _read_utf8_bom(PACKAGING / "sochibo.iss")
    setup = dict(re.findall(r"^(\w+)=(.*?)\s*$", script.split("[Languages]")[0], re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert 'Name: "{autoprograms}\\{#AppName}"' in script
    assert 'Name: "{autodesktop}\\{#AppName}"' in script
    assert '#define AppName "Sổ Chi bộ"' in script
    assert "Vietnamese.isl" in script
    # Nothing deletes the user's folder (%LOCALAPPDATA%\sochibo): only the program's own files.
    for section in ("[UninstallDelete]", "[InstallDelete]"):
        body = script.split(section)[1].split("\n[")[0] if section in script else ""
        assert "localappdata" not in body.lower()
        assert "{app}\\_internal" in body or not body.strip()
    assert "DelTree" not in script and "DeleteFile" not in script


def test_vietnamese_messages_file():
    messages = _read_utf8_bom(PACKAGING / "Vietnamese.isl")
    assert "LanguageID=$042A" in messages
    keys = re.findall(r"^(\w+)=", messages.split("[Messages]")[1], re.M)
    assert len(keys) == len(set(keys)) > 250
    entries = dict(re.findall(r"^(\w+)=(.*?)\s*$", messages, re.M))
    assert entries["ButtonNext"] == "&Tiếp >"
    assert "%1" in entries["ConfirmUninstall"] and "%1" in entries["LaunchProgram"]


@pytest.mark.packaging
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test runs on Linux")
def test_built_bundle_starts_without_python(tmp_path):
    """Builds dist/sochibo with PyInstaller, then runs it under `env -i`: --version, demo,
    check, the reference report, the member list, backup and restore, and the window."""
    pytest.importorskip("PyInstaller")
    if shutil.which("ldd") is None or shutil.which("env") is None:
        pytest.skip("needs ldd and env")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py")], cwd=ROOT, capture_output=True, text=True,
        timeout=1200,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "smoke: passed" in output
    assert "are in the bundle" in output
    assert "check: no file of a denied type" in output
    size = float(re.search(r"bundle: .* = ([\d.]+) MB in \d+ files; the 20 largest:", output)[1])
    assert size <= cfg.SIZE_TARGET_MB["linux"]
    largest = re.findall(r"^ +[\d.]+ MB  (\S+)$", output, re.M)
    assert len(largest) == 20 and any(name.startswith("_internal/libpython3.") for name in largest)
    assert "PYTHONIOENCODING=cp1252 sochibo check" in output
    assert "sochibo restore --db " in output and "--password-file" in output
    # These commands exist: renaming one must not silently skip its step.
    assert "danh-sach.docx: Word document with the Party header" in output
    assert "bao-cao.pdf: " in output and "skipped `report`" not in output
    assert "skipped `backup`" not in output


def test_no_opengl_content_since_the_software_renderer_is_left_out():
    """opengl32sw.dll is dropped from the Windows bundle: nothing may need OpenGL."""
    users = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"setUseOpenGL|QOpenGL|QQuick", path.read_text(encoding="utf-8"))
    ]
    assert users == []


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


binaries = _load("binaries")


def test_what_is_left_out_of_the_bundle():
    dropped = cfg.dropped_binary
    assert dropped("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert dropped("PySide6/plugins/imageformats/qwebp.dll")
    assert not dropped("PySide6/Qt/plugins/imageformats/libqsvg.so")  # the icons are SVG
    assert not dropped("PySide6/plugins/imageformats/qsvg.dll")
    assert dropped("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not dropped("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    assert dropped("PySide6\\plugins\\platforms\\qdirect2d.dll")
    assert not dropped("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not dropped("PySide6/Qt/plugins/platforms/libqoffscreen.so")  # the smoke test's
    # Linux: the desktop's own libraries, at the top of the bundle only...
    assert dropped("libX11.so.6", linux=True) and not dropped("libX11.so.6")
    assert dropped("libxcb-xkb.so.1", linux=True) and dropped("libcups.so.2", linux=True)
    assert dropped("libglib-2.0.so.0", linux=True) and dropped("libstdc++.so.6", linux=True)
    # ...never a wheel's private copy, nor Python's or Qt's libraries.
    assert not dropped("libxcb-9065bb12.so.1.1.0", linux=True)
    assert not dropped("pillow.libs/libxcb-9065bb12.so.1.1.0", linux=True)
    for kept in ("libpython3.11.so.1.0", "libsqlite3.so.0", "libQt6Core.so.6", "libffi.so.8"):
        assert not dropped(kept, linux=True)


def test_denied_file_types():
    for denied in ("PySide6/QtCore.pyi", "PySide6/include/QtCore/qglobal.h",
                   "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt6Qml.dll",
                   "PySide6/opengl32sw.dll", "PIL/_avif.cp311-win_amd64.pyd",
                   "PySide6/Qt/metatypes/qt6core_metatypes.json", "libssl-3.dll",
                   "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
                   "PySide6/qml/QtQuick/Controls/qmldir", "tcl86t.dll", "foo.pdb"):
        assert cfg.denied_file(denied), denied
    for allowed in ("resources/translations/vi/sochibo_vi.qm", "PySide6/Qt6Core.dll",
                    "PySide6/plugins/imageformats/qsvg.dll", "docx/templates/default.docx",
                    "resources/translations/vi/members.ts", "PIL/_imaging.cp311-win_amd64.pyd",
                    "cryptography/hazmat/bindings/_rust.pyd", "base_library.zip"):
        assert not cfg.denied_file(allowed), allowed


def test_libraries_only_a_dropped_plugin_needed_go_with_it():
    links = {
        "/src/QtGui.so": {"libQt6Gui.so.6"},
        "/src/libQt6Gui.so.6": {"libQt6Core.so.6", "libfreetype.so.6"},
        "/src/libQt6Core.so.6": {"libicuuc.so.73"},
        "/src/libicuuc.so.73": set(),
        "/src/libfreetype.so.6": {"libpng16.so.16"},
        "/src/libpng16.so.16": set(),
        "/src/libgnutls.so.30": {"libnettle.so.8"},  # only the dropped CUPS plugin needed it
        "/src/libnettle.so.8": set(),
        "/src/libqxcb.so": {"libQt6Gui.so.6"},
    }
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libnettle.so.8", "/src/libnettle.so.8", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),  # dlopen'ed
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libnettle-link.so.8", "libnettle.so.8", "SYMLINK"),
        ("resources/demo/cell.json", "/src/cell.json", "DATA"),
    ]
    kept = cfg.prune_orphans(entries, lambda source: links[source])
    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libicuuc.so.73", "libfreetype.so.6",
        "libpng16.so.16", "PySide6/Qt/plugins/platforms/libqxcb.so", "libQt6Gui.so.6",
        "resources/demo/cell.json"]
    # Windows names differ in case between the import table and the file.
    windows = [("PySide6/QtCore.pyd", "/w/QtCore.pyd", "EXTENSION"),
               ("PySide6/Qt6Core.dll", "/w/Qt6Core.dll", "BINARY"),
               ("PySide6/Qt6Network.dll", "/w/Qt6Network.dll", "BINARY"),
               ("python311.dll", "/w/python311.dll", "BINARY")]
    needs = {"/w/QtCore.pyd": {"QT6CORE.dll", "python3.dll"}, "/w/Qt6Core.dll": set(),
             "/w/Qt6Network.dll": set(), "/w/python311.dll": set()}
    assert [d for d, _, _ in cfg.prune_orphans(windows, needs.__getitem__)] == [
        "PySide6/QtCore.pyd", "PySide6/Qt6Core.dll", "python311.dll"]


def test_libraries_read_from_elf_and_pe_files():
    import PySide6
    import setuptools

    qt_pdf = next(Path(PySide6.__file__).parent.glob("QtPdf.*.so"), None) if sys.platform \
        .startswith("linux") else None
    if qt_pdf is not None:
        needed = binaries.needed_libraries(qt_pdf)
        assert {"libQt6Pdf.so.6", "libQt6Core.so.6"} <= needed
        assert "libQt6Network.so.6" not in needed  # one level only: that is Qt Pdf's own need
    launcher = Path(setuptools.__file__).parent / "cli-64.exe"  # a Windows program
    if launcher.exists():
        assert {"KERNEL32.dll", "VCRUNTIME140.dll"} <= binaries.needed_libraries(launcher)
    assert binaries.needed_libraries(PACKAGING / "binaries.py") == set()


def test_the_console_twin_passes_the_programs_output_on(tmp_path):
    """sochibo-cli.exe runs the windowed sochibo.exe and prints what it prints: here the same
    relay runs ``python -m desktop_app``, its own output redirected under cp1258."""
    from desktop_app.core.demo import create_demo_database

    db = create_demo_database(tmp_path / "demo.db")
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import cli_twin; "
            "sys.exit(cli_twin.relay([sys.executable, '-m', 'desktop_app', *sys.argv[2:]]))")
    env = {**__import__("os").environ, "PYTHONIOENCODING": "cp1258",
           "SOCHIBO_DATA_DIR": str(tmp_path / "data")}
    out = tmp_path / "out.txt"
    for args, status, expected in (
            (["check", "--db", str(db)], 0,
             f"Tệp “{db}” tốt (cấu trúc dữ liệu số {SCHEMA_VERSION}).\n"),
            (["check", "--db", str(tmp_path / "x.db")], 1,
             f"Không tìm thấy tệp “{tmp_path / 'x.db'}”.\n")):
        with out.open("wb") as stream:
            done = subprocess.run([sys.executable, "-c", code, str(PACKAGING), *args], cwd=ROOT,
                                  stdout=stream, stderr=subprocess.STDOUT, env=env, timeout=120)
        assert done.returncode == status
        assert out.read_bytes().decode("utf-8") == expected
    missing = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); import cli_twin; "
         "sys.exit(cli_twin.relay([sys.argv[2]]))", str(PACKAGING), str(tmp_path / "none.exe")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert missing.returncode == 1 and "Hãy cài đặt lại Sổ Chi bộ." in missing.stderr


def test_the_windows_estimate_reads_the_locked_versions():
    estimate = _load("windows_estimate")
    versions = estimate.locked_versions()
    assert versions["pyside6-essentials"].startswith("6.11.")  # the 3.11 side of the lock
    assert set(versions) == set(estimate.BINARY_DISTRIBUTIONS)
