"""Only desktop_app/gui/ imports PySide6; the core, db and documents stay Qt-free."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"


def test_only_gui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_cli_commands_do_not_load_qt():
    import subprocess
    import sys

    code = (
        "import sys, desktop_app.__main__ as m; m.build_parser(); "
        "import desktop_app.core.demo, desktop_app.db.connection; "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
