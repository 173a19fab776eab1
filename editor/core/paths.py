"""Where Kiji keeps its own files (settings, the unsaved-text journal): never in a site."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "Kiji"
HOME_VARIABLE = "KIJI_HOME"


def user_data_dir(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """Return Kiji's user data folder (not created here).

    ``KIJI_HOME`` wins when set (portable use, tests). Otherwise the platform's folder:
    ``%APPDATA%\\Kiji`` on Windows, ``~/Library/Application Support/Kiji`` on macOS and
    ``$XDG_DATA_HOME/kiji`` (default ``~/.local/share/kiji``) elsewhere. The arguments
    exist so the rules can be tested for every platform on any machine.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    override = env.get(HOME_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    if platform.startswith("win"):
        appdata = env.get("APPDATA", "").strip()
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    xdg = env.get("XDG_DATA_HOME", "").strip()
    # The XDG spec says a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_FOLDER.lower()


def journal_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The folder holding the journal of unsaved text (inside :func:`user_data_dir`)."""
    return user_data_dir(environ) / "journal"


def migrate_user_data(old: Path, new: Path, names: tuple[str, ...]) -> list[Path]:
    """Copy the files ``names`` from an earlier user folder ``old`` into ``new``.

    The first build kept settings and recent sites in a second folder (Qt's app-data
    location, ``…/Kiji/Kiji``) and the journal in this one. A file already in ``new`` wins;
    ``old`` is left as it was. Returns the files copied.
    """
    copied: list[Path] = []
    if old == new or not old.is_dir():
        return copied
    for name in names:
        source, target = old / name, new / name
        if source.is_file() and not target.exists():
            try:
                new.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
            except OSError:
                continue  # a preference file is not worth stopping the start for
            copied.append(target)
    return copied
