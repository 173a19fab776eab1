"""Shared helpers for the UI tests: the real QtWebEngine preview, sites, and Python models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWebEngineCore import QWebEngineScript

from editor.core.site.site import Site
from editor.core.site.vocabulary import SiteVocabulary
from editor.resources import resource_path

APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld


def run_js(view: Any, qtbot: Any, script: str, timeout: int = 5000) -> Any:
    """Evaluate ``script`` in the preview's ApplicationWorld and return its result."""
    box: dict[str, Any] = {}
    view.page().runJavaScript(script, APP_WORLD, lambda result: box.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in box, timeout=timeout)
    return box["result"]


def eval_json(view: Any, qtbot: Any, expression: str, timeout: int = 5000) -> Any:
    """Evaluate a JS expression and return its value through JSON.

    QtWebEngine hands arrays and objects back to Python unreliably; JSON does not.
    """
    return json.loads(run_js(view, qtbot, f"JSON.stringify({expression})", timeout) or "null")


def content_text(view: Any, qtbot: Any) -> str:
    """The text of the preview's ``#content`` element."""
    return run_js(view, qtbot, "document.getElementById('content').innerText") or ""


def wait_for_content(view: Any, qtbot: Any, needle: str, timeout: int = 10000) -> None:
    """Wait until ``needle`` shows up in the preview's ``#content``."""
    qtbot.waitUntil(lambda: needle in content_text(view, qtbot), timeout=timeout)


def copy_sample(tmp_path: Path) -> Path:
    """A private copy of the bundled sample site."""
    target = tmp_path / "sample-site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


def services_for(settings: Any) -> Any:
    """The app's services around the given ``Settings`` (its folder holds the rest)."""
    from editor.app.container import AppServices
    from editor.core.post.journal import Journal
    from editor.services.recent_sites import RECENT_FILE, RecentSites

    return AppServices(
        settings=settings,
        journal=Journal(settings.folder / "journal"),
        recent_sites=RecentSites(settings.folder / RECENT_FILE),
    )


def vocabulary_of(site_root: Path) -> SiteVocabulary:
    """What the site index learns from the site at ``site_root`` (the form's vocabulary)."""
    site = Site.open(site_root)
    return SiteVocabulary.from_site(site.entries.values(), site.layout)


def record_data_calls(monkeypatch: Any, model_class: type) -> list[int]:
    """Note the column of every ``data()`` call on ``model_class`` from now on (set it up
    before a view is built: Qt looks a Python override up once per model)."""
    from PySide6.QtCore import Qt

    asked: list[int] = []
    original = model_class.data  # type: ignore[attr-defined]

    def data(model: Any, cell: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asked.append(cell.column())
        return original(model, cell, role)

    monkeypatch.setattr(model_class, "data", data)
    return asked
