"""The Japanese UI is complete: every visible string is wrapped, and every one is translated."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _ui_sources() -> list[Path]:
    """The files `make update-translations` reads: the Makefile's ``UI_SOURCES``, no copy.

    The UI, the app, and the few core and service modules that mark messages for the UI
    to translate.
    """
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in makefile.splitlines() if line.startswith("UI_SOURCES"))
    folders = re.findall(r"find (\S+)", line)
    files = [ROOT / name for name in re.findall(r"(?<![\w/])(editor/\S+\.py)", line)]
    return [*(p for f in folders for p in sorted((ROOT / f).rglob("*.py"))), *files]


UI_FILES = _ui_sources()
CATALOGUE = ROOT / "resources" / "translations" / "kiji_ja.ts"

# Calls whose string arguments a writer reads on screen.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setWhatsThis", "showMessage", "setTabText", "addMenu", "addTab", "setTitle",
    "setLabelText", "addItem", "addRow", "setHeaderLabels", "setInformativeText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolButton", "question", "warning", "critical", "information", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory",
}  # fmt: skip
# Strings that are the same in every language.
UNTRANSLATED_WORDS = {"Kiji", "HTML", "PDF", "mm", "English"}  # a language is named in itself
_WORD = re.compile(r"[A-Za-z]{2,}")


def _is_visible_text(text: str) -> bool:
    return any(word not in UNTRANSLATED_WORDS for word in _WORD.findall(text))


def _literal_texts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant)]
    return []


def _unwrapped(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name not in TEXT_METHODS:
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            for text in _literal_texts(argument):
                if _is_visible_text(text):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return problems


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_every_visible_string_goes_through_translation(path: Path) -> None:
    assert _unwrapped(path) == []


def _messages(catalogue: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(catalogue).getroot().iter("message"))


def test_japanese_catalogue_has_no_unfinished_entries() -> None:
    unfinished = [
        message.findtext("source")
        for message in _messages(CATALOGUE)
        if (translation := message.find("translation")) is not None
        and (
            translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not translation.text
        )
    ]
    assert unfinished == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="needs pyside6-lupdate",
)
def test_japanese_catalogue_covers_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, UI_FILES), "-ts", str(fresh)], check=True, capture_output=True
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ElementTree.parse(path).getroot()
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    missing = keys(fresh) - keys(CATALOGUE)
    assert missing == set(), "run `make update-translations` and translate the new strings"


def test_catalogue_translates_the_menus(qapp, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "kiji_ja.qm"
    subprocess.run(
        [str(lrelease), str(CATALOGUE), "-qm", str(compiled)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "&File") == "ファイル(&F)"
    assert translator.translate("MainWindow", "&Save") == "保存(&S)"
    assert translator.translate("MainWindow", "Save &As…") == "名前を付けて保存(&A)…"
