"""A Jekyll site's own ``_includes``, rendered for the preview by a real Liquid engine.

``{% include note.html type="tip" %}`` (and ``include_cached``) puts the output of
``_includes/note.html`` into the post before kramdown converts it, so a post built on its
site's includes is mostly their text. :class:`SiteIncludes` renders them with
python-liquid, as Jekyll does: with ``include.*`` (the tag's parameters), ``site`` (the
configuration and ``site.data`` from ``_data``), ``page`` (the post's front matter),
nested includes in Jekyll's syntax, and the filters Jekyll adds to Liquid
(``relative_url``, ``markdownify``, ``jsonify``, ``slugify``…). An include that is not
there, escapes ``_includes`` or fails to render gives ``None``: the preview keeps its
marker then.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import cached_property
from html import escape
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import yaml

from editor.core.site.discovery import walk

if TYPE_CHECKING:
    from liquid import Environment

INCLUDE_TAGS = frozenset({"include", "include_cached"})

# Jekyll's include syntax: a file name (which may hold {{ variables }}), then key=value
# pairs whose value is a quoted string or a variable.
_NAME_RE = re.compile(r"\s*((?:\{\{.*?\}\}|[^\s{])+)")
_PARAM_RE = re.compile(r"""([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.\[\]'"-]+))""")
_VARIABLE_RE = re.compile(r"\{\{\s*(.*?)\s*\}\}")
_PATH_PART_RE = re.compile(r"[^.\[\]]+|\[(\d+|\"[^\"]*\"|'[^']*')\]")


def variable_path(expression: str) -> list[Any]:
    """``page.tags[0]`` → ``["page", "tags", 0]`` (what :meth:`Context.get` takes)."""
    parts: list[Any] = []
    for match in _PATH_PART_RE.finditer(expression.strip()):
        index = match.group(1)
        if index is None:
            parts.append(match.group(0))
        elif index.isdigit():
            parts.append(int(index))
        else:
            parts.append(index[1:-1])
    return parts


def parse_include(
    arguments: str, resolve: Callable[[str], Any]
) -> tuple[str, dict[str, Any]] | None:
    """Split an include tag's *arguments* into the file name and its parameters.

    ``resolve`` gives a variable's value (``page.x``, ``include.y``); ``None`` when there
    is no file name.
    """
    match = _NAME_RE.match(arguments)
    if match is None:
        return None
    name = _VARIABLE_RE.sub(lambda m: str(resolve(m.group(1)) or ""), match.group(1)).strip()
    if not name:
        return None
    parameters: dict[str, Any] = {}
    for param in _PARAM_RE.finditer(arguments, match.end()):
        key, double, single, variable = param.groups()
        if double is not None:
            parameters[key] = double.replace('\\"', '"')
        elif single is not None:
            parameters[key] = single
        else:
            parameters[key] = resolve(variable)
    return name, parameters


def _data_files(folder: Path) -> dict[str, Any]:
    """``site.data``: every YAML and JSON file of ``_data``, by name (folders nest)."""
    data: dict[str, Any] = {}
    for path in walk([folder], suffixes=(".yml", ".yaml", ".json")).files:
        *parents, name = path.relative_to(folder).with_suffix("").parts
        place = data
        for part in parents:
            nested = place.setdefault(part, {})
            if not isinstance(nested, dict):
                break
            place = nested
        else:
            try:
                text = path.read_text("utf-8")
                place[name] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
            except (OSError, ValueError, yaml.YAMLError):
                continue  # a broken data file leaves its key out: the preview goes on
    return data


def _words(text: str) -> int:
    return len(str(text).split())


def _sentence(items: Any, connector: str = "and") -> str:
    words = [str(item) for item in items] if isinstance(items, list | tuple) else [str(items)]
    if len(words) <= 2:
        return f" {connector} ".join(words)
    return ", ".join(words[:-1]) + f", {connector} " + words[-1]


def _slugify(text: Any, mode: str = "default") -> str:
    pattern = r"[^\w.~!$&'()+,;=@-]+" if mode == "pretty" else r"[^\w-]+"
    return re.sub(pattern, "-", str(text).lower()).strip("-")


class SiteIncludes:
    """The site's ``_includes`` folder, rendered by python-liquid with Jekyll's rules.

    ``url_filters`` gives the site's ``relative_url`` and ``absolute_url``; ``markdownify``
    converts Markdown to HTML (the preview's own converter).
    """

    def __init__(
        self,
        site_root: Path,
        config: Mapping[str, Any],
        url_filters: tuple[Callable[[str], str], Callable[[str], str]],
        markdownify: Callable[[str], str],
    ) -> None:
        source = site_root / str(config.get("source") or ".")
        self._folder = source / str(config.get("includes_dir") or "_includes")
        self._data_folder = source / str(config.get("data_dir") or "_data")
        self._config = config
        self._url_filters = url_filters
        self._markdownify = markdownify

    @property
    def available(self) -> bool:
        """Whether the site has an includes folder at all."""
        return self._folder.is_dir()

    @cached_property
    def _environment(self) -> Environment:
        # python-liquid takes a quarter of a second to import: only sites with includes pay.
        from editor.core.render.jekyll_tags import jekyll_environment

        env = jekyll_environment(self._folder)
        relative, absolute = self._url_filters
        filters: dict[str, Callable[..., Any]] = {
            "relative_url": lambda v: relative(str(v or "")),
            "absolute_url": lambda v: absolute(str(v or "")),
            "markdownify": lambda v: self._markdownify(str(v or "")),
            "jsonify": lambda v: json.dumps(v, ensure_ascii=False, default=str),
            "slugify": _slugify,
            "xml_escape": lambda v: escape(str(v or "")),
            "cgi_escape": lambda v: quote(str(v or ""), safe=""),
            "uri_escape": lambda v: quote(str(v or ""), safe="/:?#[]@!$&'()*+,;=~"),
            "number_of_words": _words,
            "array_to_sentence_string": _sentence,
            "smartify": lambda v: str(v or ""),
            "normalize_whitespace": lambda v: " ".join(str(v or "").split()),
        }
        for name, function in filters.items():
            env.add_filter(name, function)
        return env

    @cached_property
    def _site(self) -> dict[str, Any]:
        return {
            "baseurl": "",
            "url": "",
            **dict(self._config),
            "data": _data_files(self._data_folder),
        }

    def render(self, arguments: str, page: Mapping[str, Any]) -> str | None:
        """The output of ``{% include <arguments> %}`` for a post with front matter
        ``page``, or ``None`` when the include is missing or cannot be rendered."""
        if not self.available:
            return None
        globals_ = {"site": self._site, "page": dict(page)}
        scope = _Scope(globals_)
        parsed = parse_include(arguments, scope.resolve)
        if parsed is None:
            return None
        name, parameters = parsed
        env = self._environment
        try:
            template = env.get_template(name, globals={**globals_, "include": parameters})
            buffer = StringIO()
            buffer.write(template.render())
        except Exception:  # a missing file, a loop, a syntax error: the marker stays
            return None
        return buffer.getvalue()


class _Scope:
    """Variable lookup in the post itself (``{% include {{ page.kind }}.html %}``)."""

    def __init__(self, namespace: Mapping[str, Any]) -> None:
        self._namespace = namespace

    def resolve(self, expression: str) -> Any:
        current: Any = self._namespace
        for part in variable_path(expression):
            if isinstance(current, Mapping):
                current = current.get(part)
            elif isinstance(current, list | tuple) and isinstance(part, int):
                current = current[part] if -len(current) <= part < len(current) else None
            else:
                return None
        return current
