"""The list of recently opened site folders, kept in a small JSON file in Kiji's user folder."""

from __future__ import annotations

import json
from pathlib import Path

from editor.core.paths import user_data_dir
from editor.core.post.storage import StorageError, atomic_write_bytes

MAX_RECENT = 10


RECENT_FILE = "recent-sites.json"


def default_recent_file() -> Path:
    """Where the list lives: ``recent-sites.json`` in Kiji's one user folder."""
    return user_data_dir() / RECENT_FILE


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
