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


# Listing a folder is allowed only here; everything that needs a site's files asks
# editor.core.site.discovery, so one walk, one suffix set and one skip list hold everywhere.
_OS_LISTING = {"walk", "scandir", "listdir", "fwalk"}
_GLOB_LISTING = {"glob", "iglob"}
_PATH_LISTING = {"rglob", "iterdir", "glob", "walk"}  # Path methods (walk: Python 3.12)
_LISTING_ALLOWED = {
    # The one walk of a site's folders.
    "core/site/discovery.py",
    # The temp files a killed save left beside one file, in that file's own folder.
    "core/post/storage.py",
    # Kiji's own journal folder (user data, never a site folder).
    "core/post/journal.py",
    # Whether a new file's name (or an image's bytes) is taken in its one target folder.
    "core/site/site_files.py",
    "core/site/assets.py",
}


def _listing_calls(path: Path) -> list[str]:
    """``os.walk``/``os.scandir``/``os.listdir``, ``glob.glob`` and ``Path.rglob``/``iterdir``/
    ``glob`` calls in ``path`` (also when imported by name from ``os`` or ``glob``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in ("os", "glob")
        for alias in node.names
        if alias.name in _OS_LISTING | _GLOB_LISTING
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            listing = func.id in imported
            name = func.id
        elif isinstance(func, ast.Attribute):
            name = func.attr
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if owner == "os":
                listing = name in _OS_LISTING
            elif owner == "glob":
                listing = name in _GLOB_LISTING
            else:
                listing = name in _PATH_LISTING and owner != "ast"
        else:
            continue
        if listing:
            found.append(f"{name}() on line {node.lineno}")
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=str)
def test_only_discovery_lists_folders(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    if relative in _LISTING_ALLOWED:
        return
    assert not _listing_calls(path), f"{relative} lists folders itself: {_listing_calls(path)}"


def test_the_allow_list_names_only_modules_that_list() -> None:
    idle = [name for name in _LISTING_ALLOWED if not _listing_calls(PACKAGE / name)]
    assert not idle, f"allowed but no longer listing folders: {idle}"


# Only the generators know their own names: everywhere else asks ``layout.generator``.
_GENERATOR_NAMES = {"jekyll", "hugo", "plain"}
_GENERATOR_MODULES = {
    "core/site/generator.py",
    "core/site/generator_jekyll.py",
    "core/site/generator_hugo.py",
    "core/site/generator_plain.py",
    "core/site/generators.py",
}


def _names_in(node: ast.expr) -> set[str]:
    """Generator names spelled by a constant or a tuple, list or set of constants."""
    items = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else [node]
    return {
        item.value
        for item in items
        if isinstance(item, ast.Constant) and item.value in _GENERATOR_NAMES
    }


def _generator_name_checks(source: str) -> list[str]:
    """Comparisons (``==``, ``!=``, ``in``, ``match``) of something to a generator's name.

    ``"jekyll"`` and ``"hugo"`` count against anything; ``"plain"`` only against a name
    mentioning ``kind`` or ``generator`` (a code block's ``plain`` language is no generator).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            names = set().union(*(_names_in(operand) for operand in operands))
            subject = " ".join(ast.unparse(o) for o in operands if not _names_in(o))
        elif isinstance(node, ast.Match):
            names = {
                case.pattern.value.value
                for case in node.cases
                if isinstance(case.pattern, ast.MatchValue)
            } & _GENERATOR_NAMES
            subject = ast.unparse(node.subject)
        else:
            continue
        if names - {"plain"} or (names and ("kind" in subject or "generator" in subject)):
            found.append(f"line {node.lineno}: {ast.unparse(node).splitlines()[0]}")
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=str)
def test_only_the_generators_compare_generator_names(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    if relative in _GENERATOR_MODULES:
        return
    checks = _generator_name_checks(path.read_text(encoding="utf-8"))
    assert not checks, f"{relative} decides by the generator's name: {checks}"


def test_the_generator_name_check_finds_what_it_should() -> None:
    spotted = [
        'if layout.kind == "jekyll": pass',
        'x = "hugo" != site.kind',
        'y = kind in ("jekyll", "plain")',
        'z = layout.generator.name == "plain"',
        'match layout.kind:\n    case "hugo": pass',
    ]
    for source in spotted:
        assert _generator_name_checks(source), source
    assert not _generator_name_checks('ok = name in {"text", "plain", "txt"}')
    assert not _generator_name_checks('ok = entry.kind == "draft"')


@pytest.mark.parametrize("path", sorted((PACKAGE / "ui").rglob("*.py")), ids=str)
def test_window_helpers_see_the_window_only_as_a_window_host(path: Path) -> None:
    """Only the app builds the concrete window; its helpers are handed a ``WindowHost``."""
    if path.name == "main_window.py":
        return
    assert "editor.ui.window.main_window" not in _imported_modules(path)
