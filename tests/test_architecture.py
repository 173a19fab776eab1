"""The layers of DESIGN.md §2 hold: the core never imports Qt, services never import widgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "editor"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")), ids=str)
def test_core_module_imports_no_qt(path: Path) -> None:
    offending = {name for name in _imported_modules(path) if name.split(".")[0] == "PySide6"}
    offending |= {name for name in _imported_modules(path) if name.startswith("editor.ui")}
    offending |= {name for name in _imported_modules(path) if name.startswith("editor.services")}
    assert not offending, f"{path.name} imports {offending}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "services").rglob("*.py")), ids=str)
def test_services_import_no_widgets(path: Path) -> None:
    offending = {
        name
        for name in _imported_modules(path)
        if name.startswith("editor.ui")
        or name in {"PySide6.QtWidgets", "PySide6.QtWebEngineWidgets"}
    }
    assert not offending, f"{path.name} imports {offending}"


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(
        "editor.core." + path.stem
        for path in (PACKAGE / "core").glob("*.py")
        if path.stem != "__init__"
    )
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PACKAGE.parent
    )
    assert result.stdout.strip() == "[]"
