"""The list of recently opened site folders, kept in a small JSON file, and its menu."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMenu, QWidget

from editor.core.storage import StorageError, atomic_write_bytes

MAX_RECENT = 10


def default_recent_file() -> Path:
    """Where the list lives: ``$KIJI_HOME/recent-sites.json`` or the app's data folder."""
    home = os.environ.get("KIJI_HOME")
    if home:
        return Path(home) / "recent-sites.json"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "recent-sites.json"


class RecentSites:
    """Most recently opened site folders first, at most :data:`MAX_RECENT` of them."""

    def __init__(self, file: Path) -> None:
        """Keep the list in ``file`` (read now; a missing or damaged file means an empty list)."""
        self._file = file
        self._folders: list[Path] = []
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = []
        if isinstance(data, list):
            self._folders = [Path(item) for item in data if isinstance(item, str)][:MAX_RECENT]

    def folders(self) -> list[Path]:
        """The remembered folders that still exist, most recent first."""
        return [folder for folder in self._folders if folder.is_dir()]

    def add(self, folder: Path) -> None:
        """Put ``folder`` first (once) and save the list."""
        folder = Path(folder).resolve()
        self._folders = [folder, *(f for f in self._folders if f != folder)][:MAX_RECENT]
        self._save()

    def clear(self) -> None:
        """Forget every folder."""
        self._folders = []
        self._save()

    def _save(self) -> None:
        data = json.dumps([str(f) for f in self._folders], ensure_ascii=False, indent=1)
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self._file, data.encode("utf-8"))
        except (OSError, StorageError):
            pass  # a list of recent folders is not worth an error dialog


def fill_recent_menu(
    menu: QMenu, recent: RecentSites, open_folder: Callable[[Path], None], parent: QWidget
) -> None:
    """Rebuild ``menu`` with one entry per recent folder and a Clear entry."""
    menu.clear()
    folders = recent.folders()
    for number, folder in enumerate(folders, start=1):
        label = f"&{number} {folder.name} — {folder.parent}" if number < 10 else folder.name
        action = menu.addAction(label)
        action.setToolTip(str(folder))
        action.triggered.connect(lambda _checked=False, f=folder: open_folder(f))
    if not folders:
        empty = menu.addAction(parent.tr("No recent folders"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(parent.tr("Clear Recent Folders"))
    clear.setEnabled(bool(folders))
    clear.triggered.connect(recent.clear)
