"""Where Kiji keeps its own files (settings, the unsaved-text journal): never in a site."""

from __future__ import annotations

import os
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
