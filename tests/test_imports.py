"""The package's import structure: every module imports on its own, and no imports go round.

A module that only works when something else was imported first, or two modules that
import each other, break at run time after a harmless-looking reorder; neither ruff nor
mypy notices.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import smartklasse

PACKAGE_DIR = Path(smartklasse.__file__).parent

#: Modules not imported in the first test: importing ``__main__`` starts the app.
NOT_IMPORTED_ALONE = frozenset({"smartklasse.__main__"})


def _module_name(path: Path, package_dir: Path) -> str:
    parts = path.relative_to(package_dir.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(package_dir: Path = PACKAGE_DIR) -> dict[str, Path]:
    return {_module_name(p, package_dir): p for p in sorted(package_dir.rglob("*.py"))}


def _with_parents(name: str, modules: dict[str, Path]) -> set[str]:
    # Importing a.b.c runs a/__init__ and a/b/__init__ first.
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)} & modules.keys()


def _import_graph(package_dir: Path = PACKAGE_DIR) -> dict[str, set[str]]:
    """Which of the package's modules each module imports, anywhere in its source."""
    modules = _modules(package_dir)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets |= _with_parents(alias.name, modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    anchor = parts[: len(parts) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets |= _with_parents(base, modules)
                # "from package import module" imports that module too.
                targets |= {f"{base}.{alias.name}" for alias in node.names} & modules.keys()
        targets.discard(name)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycles() -> None:
    """No two package modules import each other, directly or round a longer circle.

    Every import statement counts, wherever it stands: at module level, inside a
    function (a lazy import) and under ``if TYPE_CHECKING``. A lazy import does not
    fail at start-up, but it still ties two modules into one, and a circle closed by
    lazy or type-checking imports is how the old ones hid (the migration registry and
    its schema modules, ``backups``/``database``, ``context``/``teacher_lock``).
    Lazy imports that do not close a circle (reportlab loaded on demand) are fine.
    """
    graph = _import_graph()
    assert len(graph) > 50  # the scan found the package
    assert "smartklasse.storage.migrations" in graph["smartklasse.storage.database"]
    assert _cycles(graph) == []


def test_cycle_finder_sees_lazy_and_type_checking_circles(tmp_path: Path) -> None:
    # The checker itself, on a small package: a circle closed by a function-local import,
    # one closed under TYPE_CHECKING, and a relative import; a one-way import is no circle.
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "from pkg import b\n",
        "b.py": "def later():\n    from pkg.sub import c\n",
        "sub/__init__.py": "",
        "sub/c.py": "import pkg.a\n",
        "d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import e\n",
        "e.py": "from . import d\n",
        "f.py": "from pkg.a import something\n",
    }
    for name, text in files.items():
        (package / name).write_text(text, "utf-8")
    graph = _import_graph(package)
    assert graph["pkg.f"] == {"pkg", "pkg.a"}
    assert _cycles(graph) == [["pkg.a", "pkg.b", "pkg.sub.c"], ["pkg.d", "pkg.e"]]


#: Run in a fresh interpreter: imports the third-party libraries the package uses (so that
#: each module's own cost stays small), then imports each package module in a forked child
#: of that interpreter, which has loaded no module of the package.
_DRIVER = """
import importlib, os, sys, traceback
modules, libraries = sys.argv[1].split(","), sys.argv[2].split(",")
for library in libraries:
    try:
        importlib.import_module(library)
    except Exception:  # a platform's own module elsewhere (winreg...), an optional one
        pass
assert not [m for m in sys.modules if m == "smartklasse" or m.startswith("smartklasse.")]
failed = []
for module in modules:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(module)
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    if os.waitpid(pid, 0)[1] != 0:
        failed.append(module)
print(",".join(failed))
"""


def _third_party_libraries() -> list[str]:
    names: set[str] = set()
    for path in _modules().values():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    return sorted(n for n in names if n.split(".")[0] not in ("smartklasse", "__future__"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the driver forks one child per module")
def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    """``import smartklasse.x.y`` works as the first import of the package, for every module."""
    modules = [name for name in _modules() if name not in NOT_IMPORTED_ALONE]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(PACKAGE_DIR.parent), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, ",".join(modules), ",".join(_third_party_libraries())],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    failed = [m for m in result.stdout.strip().split(",") if m]
    assert failed == [], result.stderr


def test_what_start_up_imports_before_qt_is_free_of_qt() -> None:
    # The app imports these before PySide6 (which examines every module imported after it):
    # none of them may pull Qt in, or the order would gain nothing.
    from smartklasse.app import BEFORE_QT

    code = (
        "import importlib, sys\n"
        f"for name in {list(BEFORE_QT)!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
