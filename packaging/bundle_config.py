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

# Python packages never needed at run time (development tools, other GUI toolkits).
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "IPython", "matplotlib", "numpy",
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
    # Windows: the software OpenGL renderer (~20 MB), a fallback for OpenGL/Qt Quick content on
    # PCs without a GPU driver; widgets and QtCharts (without setUseOpenGL) paint in software.
    # A test fails if the code starts using OpenGL.
    "opengl32sw.dll",
)


def dropped_binary(dest: str) -> bool:
    """True for a collected binary (bundle-relative path) the app does not need."""
    name = dest.replace("\\", "/").lower()
    return any(pattern in name for pattern in QT_BINARIES_DROPPED)


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
