"""Read a static site's configuration (Jekyll ``_config.yml``, Hugo ``hugo.*``/``config.*``).

Only what the editor needs is interpreted here; the raw mapping is returned so callers
can look up ``timezone``, ``baseurl``, ``permalink``, ``defaults``, ``excerpt_separator``...
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import yaml

from editor.core.post.value_limits import CONFIG_TOO_LARGE, check_value_size
from editor.core.site.discovery import files_in

try:  # the C loader is ~10x faster; fall back where libyaml is missing
    _YamlLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _YamlLoader = yaml.SafeLoader

JEKYLL_CONFIG_NAMES = ("_config.yml", "_config.yaml", "_config.toml")
HUGO_CONFIG_NAMES = (
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
)

_cache: dict[Path, tuple[float, dict[str, Any]]] = {}


HUGO_CONFIG_DIR = ("config", "_default")
"""Where Hugo also keeps its configuration, split into one file per top-level key."""
_CONFIG_SUFFIXES = (".toml", ".yaml", ".yml", ".json")


def find_config_file(site_root: Path) -> Path | None:
    """Return the site's configuration file, Jekyll's first, or ``None``.

    A Hugo site whose configuration lives only in ``config/_default/`` gives its
    ``hugo.toml`` (or ``config.toml``…) there; split files alone (``params.toml``,
    ``languages.toml``) give the first of them.
    """
    for name in JEKYLL_CONFIG_NAMES + HUGO_CONFIG_NAMES:
        candidate = site_root / name
        if candidate.is_file():
            return candidate
    split = _split_config_files(site_root)
    for name in HUGO_CONFIG_NAMES:
        if site_root.joinpath(*HUGO_CONFIG_DIR, name) in split:
            return site_root.joinpath(*HUGO_CONFIG_DIR, name)
    return split[0] if split else None


def _split_config_files(site_root: Path) -> list[Path]:
    """The configuration files in Hugo's ``config/_default/``, sorted."""
    return files_in(site_root.joinpath(*HUGO_CONFIG_DIR), _CONFIG_SUFFIXES)


def is_split_config(path: Path) -> bool:
    """Whether ``path`` is one file of Hugo's ``config/_default/`` folder."""
    return path.parent.parts[-2:] == HUGO_CONFIG_DIR


def parse_config_text(text: str, suffix: str) -> dict[str, Any]:
    """Parse configuration text by file suffix (``.yml``/``.yaml``, ``.toml`` or ``.json``).

    Raises :class:`~editor.core.post.value_limits.ValueTooLargeError` (a ``ValueError``) for a
    value too big to use, such as a YAML alias bomb.
    """
    if suffix == ".toml":
        data: Any = tomllib.loads(text)
    elif suffix == ".json":
        data = json.loads(text)
    else:
        data = yaml.load(text, Loader=_YamlLoader)
    check_value_size(data, CONFIG_TOO_LARGE)
    return data if isinstance(data, dict) else {}


def load_site_config(site_root: Path | None) -> dict[str, Any]:
    """Return the site's configuration as a dict; ``{}`` when absent or unreadable.

    The result is cached by the file's modification time, so calling this on every
    render is cheap. A broken configuration file yields ``{}`` here; the site checks
    report the error to the writer.
    """
    if site_root is None:
        return {}
    path = find_config_file(Path(site_root))
    if path is None:
        return {}
    files = _split_config_files(path.parent.parent.parent) if is_split_config(path) else [path]
    try:
        mtime = max(p.stat().st_mtime for p in files)
        cached = _cache.get(path)
        if cached and cached[0] == mtime:
            return cached[1]
        config: dict[str, Any] = {}
        for file in files:
            data = parse_config_text(file.read_text(encoding="utf-8"), file.suffix)
            key = file.stem
            # The whole-configuration file (hugo.toml, config.yaml…) fills the top level.
            if (file is path and not is_split_config(path)) or file.name in HUGO_CONFIG_NAMES:
                config.update(data)
            elif "." not in key:  # params.toml is [params]; menus.ja.toml is left out
                section = config.setdefault(key, {})
                if isinstance(section, dict):
                    section.update(data)
    except (OSError, ValueError, yaml.YAMLError, UnicodeDecodeError):
        return {}
    _cache[path] = (mtime, config)
    return config


def find_site_root(start: Path) -> Path | None:
    """Return the nearest folder at or above ``start`` that holds a site configuration."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if find_config_file(candidate) is not None:
            return candidate
    return None
