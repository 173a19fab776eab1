"""Locate the bundled ``resources/`` folder in a checkout, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder holding the preview page, icons, translations and the sample site.

    A checkout keeps it at the repository's top level, a wheel installs it as
    ``editor/_resources`` and a PyInstaller bundle unpacks it under ``sys._MEIPASS``.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "_resources", package_dir.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if (candidate / "preview").is_dir():
            return candidate
    raise FileNotFoundError("Kiji's resources folder is missing; reinstall Kiji.")


def resource_path(*parts: str) -> Path:
    """Return the path of one bundled resource, e.g. ``resource_path("preview", "index.html")``."""
    return resources_dir().joinpath(*parts)
