"""What goes into the bundle: shared by ``sochibo.spec``, ``build.py`` and the tests.

Plain data and small helpers, no PyInstaller import, so the tests can read it cheaply.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_NAME = "sochibo"  # executable and folder name
CLI_NAME = "sochibo-cli"  # console twin on Windows, where the app itself has no console
CONTENTS_DIR = "_internal"  # PyInstaller's default onedir contents folder
# The size the bundle must stay within, in MB (10^6 bytes), by sys.platform (build.py).
SIZE_TARGET_MB = {"linux": 150, "win32": 100}

# Qt modules the app imports (desktop_app/gui/ only). A test checks the code imports no others,
# so a new import shows up as a failing test instead of a bundle that crashes on a secretary's PC.
QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtCharts",  # study and thrift charts
    "QtPdf",  # print preview
    "QtPdfWidgets",
    "QtPrintSupport",  # printing from the preview
    "QtSvg",  # icons
    "QtSvgWidgets",
)

# Every other PySide6 module is excluded, named here so the list is explicit even for modules a
# given PySide6 wheel does not ship; the spec also excludes any installed module missing here.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

# Python modules never needed at run time: development tools, other GUI toolkits; the test
# and debugging modules of the standard library (imported only inside functions of
# ReportLab's self-tests); the TLS and OpenSSL hash modules (the app opens no connection,
# hashlib falls back to its built-in SHA-256, and cryptography carries its own OpenSSL):
# libssl and libcrypto, 5-6 MB; Pillow's AVIF, WebP, colour-management and Tk codecs
# (ReportLab needs Pillow, but never for those formats: 6-10 MB); lxml's modules beside
# lxml.etree (python-docx and openpyxl use lxml.etree only: 4 MB).
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "IPython", "matplotlib", "numpy",
    "unittest", "doctest", "pdb", "pydoc", "pydoc_data", "xmlrpc", "readline",
    "reportlab.graphics.testshapes",
    "ssl", "_ssl", "_hashlib",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.cssselect",
    "lxml.doctestcompare", "lxml.usedoctest",
)

# Of Qt's own translations only Vietnamese is loaded (gui/app.py: "qtbase_vi"); Qt 6.11 and
# 6.12 ship none, so in practice every Qt translation is dropped.
QT_TRANSLATIONS_KEPT = ("qtbase_vi",)

# Qt plugins PyInstaller's hooks collect that a desktop widgets app never loads, with the
# libraries only they pull in (the virtual keyboard alone brings Qt Quick and QML, ~17 MB).
# Matched as substrings of the bundle path, lower case, so they fit Linux and Windows names.
QT_BINARIES_DROPPED = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "qt6virtualkeyboard",
    "qt6qml",
    "qt6quick",
    "egldeviceintegrations/",
    "qt6eglfs",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "platforms/qdirect2d",  # Windows: an alternative platform, used only when asked for
    # Windows: the software OpenGL renderer (~20 MB), a fallback for OpenGL/Qt Quick content on
    # PCs without a GPU driver; widgets and QtCharts (without setUseOpenGL) paint in software.
    # A test fails if the code starts using OpenGL.
    "opengl32sw.dll",
    # Image formats: the icons are SVG (QtSvg's plugin), the window icon PNG (built into
    # Qt); JPEG, GIF, TIFF, WebP, ICNS, TGA, WBMP, ICO and PDF-as-image are never read.
    "imageformats/",
    # Touch screens and evdev input without a display server (embedded Linux), OpenGL
    # integration of the X11 platform, the GTK 3 theme (it alone brought GTK, Cairo, Pango,
    # HarfBuzz and GIO, ~10 MB; Qt falls back to the desktop portal for native dialogs);
    # none of them exists on Windows.
    "plugins/generic/",
    "xcbglintegrations/",
    "platformthemes/libqgtk3",
)
# ...except these, matched the same way.
QT_BINARIES_KEPT = ("imageformats/qsvg", "imageformats/libqsvg")

# Linux only: libraries taken from the running desktop, never bundled. PyInstaller already
# leaves out libc, libGL and libxcb (which must match the host's graphics stack); the
# AppImage project's exclude list adds those every desktop distribution has and that must
# match the rest of the desktop: X11 and its extensions, fontconfig/FreeType, the C++
# runtime, GLib, zlib, expat... To those, D-Bus (a prerequisite in the README) and the CUPS
# client (it talks to the host's print system; without CUPS there is no printer to print
# to). What only these libraries needed goes with them (prune_orphans). Matched against the
# file name of a library at the top of the bundle (where PyInstaller puts system libraries;
# a wheel's private copies, named with a hash, stay).
LINUX_HOST_LIBRARIES = (
    r"libX11(-xcb)?\.so", r"libX(au|dmcp|ext|render|i|fixes|randr|cursor)\.so",
    r"libxcb(-[a-z0-9-]+)?\.so", r"libxkbcommon(-x11)?\.so",
    r"libfontconfig\.so", r"libfreetype\.so", r"libexpat\.so", r"libpng16\.so",
    r"libz\.so", r"libuuid\.so", r"libstdc\+\+\.so", r"libgcc_s\.so",
    r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so", r"libharfbuzz\.so", r"libfribidi\.so",
    r"libthai\.so", r"libgmp\.so", r"libgpg-error\.so", r"libp11-kit\.so",
    r"libcom_err\.so", r"libdbus-1\.so", r"libcups\.so",
)

# File types that never belong in the bundle: build.py fails when one is there. Sources,
# headers and type stubs; static and import libraries, debug symbols; Qt Quick/QML, Qt
# Designer and CMake files; compiled Qt translations other than Vietnamese.
DENIED_SUFFIXES = (
    ".pyi", ".h", ".hpp", ".c", ".cpp", ".pyx", ".pxd", ".a", ".lib", ".pdb", ".prl",
    ".cmake", ".qml", ".qmltypes", ".qmlc", ".jsc", ".debug", ".tcl", ".chm",
)
# ...and parts of names (lower case) of what was left out on purpose, so that a new
# version of a hook or wheel cannot bring it back unnoticed.
DENIED_NAMES = (
    "qt6quick", "qt6qml", "qt6webengine", "qtwebengineprocess", "qt6designer",
    "qtvirtualkeyboard", "opengl32sw", "avif", "libwebp", "_webp.", "_imagingtk", "tcl86",
    "tk86", "/metatypes/", "/qml/", "/include/", "/typesystems/", "libssl", "libcrypto",
    "_ssl.", "_hashlib.",
)


def dropped_binary(dest: str, linux: bool = False) -> bool:
    """True for a collected binary (bundle-relative path) the app does not need; with
    *linux*, also for a library the Linux desktop provides (LINUX_HOST_LIBRARIES)."""
    name = dest.replace("\\", "/").lower()
    if any(pattern in name for pattern in QT_BINARIES_KEPT):
        return False
    if any(pattern in name for pattern in QT_BINARIES_DROPPED):
        return True
    if not linux or "/" in name or re.search(r"-[0-9a-f]{8}\.so", name):
        return False  # PyInstaller puts system libraries at the top; a wheel's own are hashed
    return any(re.match(pattern, name, re.I) for pattern in LINUX_HOST_LIBRARIES)


def denied_file(relative: str) -> bool:
    """True for a bundle file (path relative to the bundle) of a denied type."""
    name = "/" + relative.replace("\\", "/").lower()
    return name.endswith(DENIED_SUFFIXES) or any(part in name for part in DENIED_NAMES)


def _library(dest: str) -> bool:
    """A shared library that is in the bundle only because something links to it (not
    a Python extension, not a plugin Qt loads by itself, not Python's own library)."""
    name = dest.replace("\\", "/").lower()
    base = name.rsplit("/", 1)[-1]
    if "/plugins/" in name or name.startswith("plugins/") or base.startswith(("libpython",
                                                                              "python3")):
        return False
    return base.endswith(".dll") or re.search(r"\.so(\.\d+)*$", base) is not None


def prune_orphans(entries: list[tuple], needs) -> list[tuple]:
    """*entries* (PyInstaller TOC tuples: dest, source, type) without the libraries that
    no kept entry links to any more (those only a dropped plugin or library needed).

    *needs* maps a source path to the file names it links to (binaries.needed_libraries).
    Libraries are matched by file name, case-insensitively (Windows); a symbolic link goes
    with its target.
    """
    kept = list(entries)
    links: dict[str, set[str]] = {}
    while True:
        wanted: set[str] = set()
        for _dest, source, kind in kept:
            if kind in ("BINARY", "EXTENSION"):
                if source not in links:
                    links[source] = {n.lower() for n in needs(source)}
                wanted |= links[source]
        targets = {dest for dest, _source, kind in kept if kind != "SYMLINK"}
        survivors = [
            entry for entry in kept
            if not (entry[2] == "BINARY" and _library(entry[0])
                    and entry[0].replace("\\", "/").rsplit("/", 1)[-1].lower() not in wanted)
            and not (entry[2] == "SYMLINK" and entry[1] not in targets)
        ]
        if len(survivors) == len(kept):
            return kept
        kept = survivors


def app_version() -> str:
    """``desktop_app.__version__``, read without importing the package."""
    tree = ast.parse((ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise LookupError("desktop_app/__init__.py has no __version__")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0), the four numbers Windows version resources want
    (a pre-release suffix is dropped: "1.0rc2" -> (1, 0, 0, 0))."""
    numbers = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d+", part)
        numbers.append(int(leading.group()) if leading else 0)
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    """Windows version information (the exe's Properties → Details) for PyInstaller's
    ``EXE(version=...)``, in the text form its ``load_version_info_from_text_file`` reads.

    Written as text, not built from PyInstaller's classes, because those need ``pefile``, which
    is installed on Windows only; the tests parse this text with PyInstaller's own loader.
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Sổ Chi bộ",
        "FileDescription": "Sổ Chi bộ",
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "Sổ Chi bộ",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": "Sổ Chi bộ",
        "ProductVersion": version,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 042A = Vietnamese; 04B0 = 1200, the Unicode code page of the strings.
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '042A04B0',
        [
{structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def resource_files() -> list[Path]:
    """Every file under resources/, relative to it: all must be in the bundle."""
    return sorted(p.relative_to(RESOURCES) for p in RESOURCES.rglob("*") if p.is_file())


def missing_resources(bundle_dir: Path) -> list[Path]:
    """Files of resources/ absent from a built bundle folder (``dist/sochibo``)."""
    bundled = bundle_dir / CONTENTS_DIR / "resources"
    return [p for p in resource_files() if not (bundled / p).is_file()]
