"""The package's layers point down only, its modules import in no circle, and only
desktop_app/gui/ imports Qt.

Every import is read from the source with ``ast`` (not grep): module-level ones and those
inside functions, ``if TYPE_CHECKING:`` blocks included, absolute and relative. Layers from
the bottom: the base modules (``desktop_app/__init__``, ``errors``, ``paths``,
``file_check``, ``logging_setup``, ``nfc``, ``private_files``) < db < core < documents
< gui. ``cli`` and ``__main__`` sit on top: they may use db, core and documents, and only
``__main__`` may reach the GUI, inside a function (so that CLI commands start without Qt).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
NAME = "desktop_app"

BASE = {NAME, *(f"{NAME}.{m}" for m in ("errors", "paths", "file_check", "logging_setup",
                                         "nfc", "private_files"))}
LAYERS = {"db": 1, "core": 2, "documents": 3, "gui": 4}
TOP = {f"{NAME}.cli": 5, f"{NAME}.__main__": 6}
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a module of the package, or any other name)
    line: int
    in_function: bool

    def __str__(self) -> str:
        where = " (inside a function)" if self.in_function else ""
        return f"{self.source}:{self.line} imports {self.target}{where}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute name ``from … import`` reads from (relative levels resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(module: str) -> list[Import]:
    path = MODULES[module]
    return imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")


def imports_in(source_text: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import statement of *module* (its source text), as the modules it names.

    ``from pkg import name`` depends on ``pkg.name`` when that is a module of the package,
    else on ``pkg`` itself (the name is an attribute of it).
    """
    tree = ast.parse(source_text)
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(Import(module, alias.name, node.lineno, in_function)
                         for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(node, module, is_package)
            for alias in node.names:
                target = f"{source}.{alias.name}"
                found.append(Import(module, target if target in MODULES else source,
                                    node.lineno, in_function))
        inner = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef
                                          | ast.Lambda)
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(tree, False)
    return found


ALL_IMPORTS = [item for module in MODULES for item in imports_of(module)]


def internal(item: Import) -> bool:
    return item.target in MODULES


def rank(module: str) -> int:
    """0 for the base modules, 1 db … 4 gui, then cli and __main__."""
    if module in BASE:
        return 0
    for top, value in TOP.items():
        if module == top or module.startswith(top + "."):
            return value
    layer = module.split(".")[1]
    assert layer in LAYERS, f"{module} is in no layer: add it to the base modules or a layer"
    return LAYERS[layer]


def layer_of(module: str) -> str:
    return "base" if module in BASE else module.split(".")[1]


def upward_arrows(imports: list[Import]) -> list[str]:
    """Imports that point up a layer, or across the rules for cli, __main__ and documents."""
    wrong = []
    for item in filter(internal, imports):
        source, target = rank(item.source), rank(item.target)
        if item.source == f"{NAME}.__main__":
            # The entry point may use every layer; the GUI only lazily.
            if layer_of(item.target) == "gui" and not item.in_function:
                wrong.append(f"{item}: the GUI is imported inside main(), never at the top")
            continue
        if target == TOP[f"{NAME}.cli"] and source != TOP[f"{NAME}.cli"]:
            wrong.append(f"{item}: only __main__ uses the command line modules")
        elif source == TOP[f"{NAME}.cli"] and layer_of(item.target) == "gui":
            wrong.append(f"{item}: the command line never reaches the GUI")
        elif source < TOP[f"{NAME}.cli"] and target > source:
            wrong.append(f"{item}: {layer_of(item.source)} may not import "
                         f"{layer_of(item.target)} (layers point down)")
        elif layer_of(item.source) == "documents" and layer_of(item.target) == "db":
            wrong.append(f"{item}: documents read the data through the core, never db")
    return wrong


def circles(imports: list[Import]) -> list[list[str]]:
    """The module import graph's strongly connected components with more than one module
    (or a module importing itself), each a circle of imports."""
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for item in filter(internal, imports):
        graph[item.source].add(item.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))
    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def qt_outside_gui(imports: list[Import]) -> list[str]:
    return [str(item) for item in imports
            if item.target.split(".")[0] in QT and layer_of(item.source) != "gui"]


def test_the_reader_sees_every_kind_of_import():
    """Absolute, relative (module and package), function-level and TYPE_CHECKING imports
    all count, ``from pkg import module`` as that module."""
    source = "\n".join([
        "from typing import TYPE_CHECKING",
        "import desktop_app.db.connection as connection",
        "from ..common import formats",
        "from ...db.models.plans import Plan",
        "from desktop_app.core.plans import plans",
        "if TYPE_CHECKING:",
        "    from .validation import clean",
        "def later():",
        "    from desktop_app.documents import pdf",
        "    return lambda: __import__('x')",
    ])
    found = {(i.target, i.in_function)
             for i in imports_in(source, f"{NAME}.core.plans.model")}
    assert found >= {(f"{NAME}.db.connection", False), (f"{NAME}.core.common.formats", False),
                     (f"{NAME}.db.models.plans", False), (f"{NAME}.core.plans.plans", False),
                     (f"{NAME}.documents.pdf", True)}
    assert (f"{NAME}.core.plans.validation", False) in found  # under TYPE_CHECKING
    package = {i.target for i in imports_in("from . import plans, model", f"{NAME}.core.plans",
                                            is_package=True)}
    assert package == {f"{NAME}.core.plans.plans", f"{NAME}.core.plans.model"}
    assert len(MODULES) > 100 and len(ALL_IMPORTS) > 500


def test_layers_only_point_down():
    assert upward_arrows(ALL_IMPORTS) == []


def test_no_module_imports_in_a_circle():
    assert circles(ALL_IMPORTS) == []


def test_only_gui_imports_pyside6():
    assert qt_outside_gui(ALL_IMPORTS) == []


def test_names_are_imported_from_where_they_are_defined():
    """``from desktop_app.x import name`` names something x defines (or a submodule): no
    module re-exports what it imported for others (tests included). The GUI half is left
    to the GUI's own work (its table models move to gui/common)."""
    defined = {module: _defined_names(path) for module, path in MODULES.items()}
    wrong = []
    files = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    files += [p for p in (ROOT / "tests").rglob("*.py") if "gui" not in p.parts]
    files += list((ROOT / "benchmarks").rglob("*.py"))
    for path in sorted(files):
        module = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _resolve(node, module, path.name == "__init__.py")
            if source not in defined:
                continue
            for alias in node.names:
                if alias.name == "*" or f"{source}.{alias.name}" in MODULES:
                    continue
                if alias.name not in defined[source]:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {alias.name} is "
                                 f"not defined in {source}")
    assert wrong == []


def _defined_names(path: Path) -> set[str]:
    """Names a module binds itself at its top level (not by importing them), also inside
    a top-level ``if``/``try``/``with``."""
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(n.id for t in targets for n in ast.walk(t)
                             if isinstance(n, ast.Name))
            elif isinstance(node, ast.If | ast.Try | ast.With):
                for field in ("body", "orelse", "finalbody"):
                    visit(getattr(node, field, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return names


def test_each_rule_catches_what_it_forbids():
    """Imports the rules must refuse, checked through the same functions as the package."""

    def bad(source: str, target: str, in_function: bool = False) -> list[Import]:
        return [*ALL_IMPORTS, Import(source, target, 1, in_function)]

    assert upward_arrows(bad(f"{NAME}.db.fields", f"{NAME}.core.common.text"))
    assert upward_arrows(bad(f"{NAME}.core.report.reports", f"{NAME}.documents.pdf", True))
    assert upward_arrows(bad(f"{NAME}.documents.pdf", f"{NAME}.gui.app"))
    assert upward_arrows(bad(f"{NAME}.documents.plans.plan", f"{NAME}.db.models.plans"))
    assert upward_arrows(bad(f"{NAME}.nfc", f"{NAME}.db"))
    assert upward_arrows(bad(f"{NAME}.cli.report", f"{NAME}.gui.app", True))
    assert upward_arrows(bad(f"{NAME}.core.demo", f"{NAME}.cli.database"))
    assert upward_arrows(bad(f"{NAME}.__main__", f"{NAME}.gui.app"))
    assert not upward_arrows(bad(f"{NAME}.__main__", f"{NAME}.gui.app", True))
    assert circles(bad(f"{NAME}.core.plans.model", f"{NAME}.core.plans.validation"))
    assert circles(bad(f"{NAME}.core.common.text", f"{NAME}.core.common.text"))
    assert qt_outside_gui(bad(f"{NAME}.core.demo", "PySide6.QtCore", True))


def test_cli_commands_do_not_load_qt():
    code = (
        "import sys, desktop_app.__main__ as m; m.build_parser(); "
        "import desktop_app.core.demo, desktop_app.db.connection; "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
