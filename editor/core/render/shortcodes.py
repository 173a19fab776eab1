"""Hugo awareness for the preview: shortcodes instead of Liquid.

Hugo does not run Liquid, so in a Hugo site ``{{ x }}`` and ``{% x %}`` are plain text.
What Hugo does process in content are shortcodes, ``{{< name args >}}`` and
``{{% name args %}}``. Like :func:`editor.core.render.liquid.preprocess_liquid`, this pass
keeps the number of lines:

- ``{{< highlight lang [opts] >}}`` … ``{{< /highlight >}}`` becomes a fenced code block,
  and so does the content of a site's own shortcode that shows its content as code
  (:func:`shows_code`: its template highlights or escapes ``.Inner``; without a template,
  a documentation site's usual names ``code``, ``output``, ``code-toggle``);
- the escaped form ``{{</* name */>}}`` shows the shortcode literally, as Hugo does;
- every other shortcode becomes a placeholder: in running text a small marker followed by
  what the shortcode says (:mod:`editor.core.render.shortcode_text`), in code and in link
  destinations its source again.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from editor.core.render.liquid import highlight_fence, keep_newlines, make_placeholder
from editor.core.site.siteconfig import HUGO_CONFIG_NAMES, find_config_file, is_split_config

# Never across a blank line, so a stray "{{<" cannot swallow the rest of the post.
_NO_BLANK = r"(?:[^\n]|\n(?![ \t]*\n))"
_ESCAPED_RE = re.compile(r"\{\{([<%])/\*(" + _NO_BLANK + r"*?)\*/([>%])\}\}")
_SHORTCODE_RE = re.compile(r"\{\{([<%])(" + _NO_BLANK + r"*?)([>%])\}\}")


def is_hugo_site(site_root: Path | None) -> bool:
    """Return True when the folder's configuration file is Hugo's (``hugo.toml``…)."""
    if site_root is None:
        return False
    config = find_config_file(Path(site_root))
    return config is not None and (config.name in HUGO_CONFIG_NAMES or is_split_config(config))


_CODE_NAMES = frozenset({"code", "output", "code-toggle", "codeblock"})
_CODE_FUNCTIONS = r"(?:highlight|transform\.Highlight|htmlEscape|html\.Escape)\b"
# One template action that hands .Inner to a highlighting or escaping function, or
# .Inner printed straight inside <pre>.
_SHOWS_INNER_AS_CODE = re.compile(
    r"\{\{[^}]*\b" + _CODE_FUNCTIONS + r"[^}]*\.Inner"
    r"|\{\{[^}]*\.Inner[^}]*\|\s*"
    + _CODE_FUNCTIONS
    + r"|<pre\b[^>]*>\s*(?:<code[^>]*>)?\s*\{\{-?\s*\.Inner"
)


def shows_code(site_root: Path | None, theme: str = "") -> Callable[[str], bool]:
    """Whether a shortcode of the site shows its content as code, by its name: its
    template (the site's ``layouts/shortcodes/<name>.html``, else the theme's) passes
    ``.Inner`` to ``highlight``/``htmlEscape`` or puts it in a ``<pre>``; with no template
    here, the names documentation sites give such shortcodes."""
    known: dict[str, bool] = {"highlight": True}

    def decide(name: str) -> bool:
        if name not in known:
            known[name] = _template_shows_code(site_root, theme, name)
        return known[name]

    return decide


def _template_shows_code(site_root: Path | None, theme: str, name: str) -> bool:
    if site_root is None or not re.fullmatch(r"[\w.-]+", name):
        return name in _CODE_NAMES
    places = [Path("layouts") / "shortcodes"]
    if theme:
        places.append(Path("themes") / posixpath.basename(theme) / "layouts" / "shortcodes")
    for place in places:
        template = site_root / place / f"{name}.html"
        try:
            return bool(_SHOWS_INNER_AS_CODE.search(template.read_text("utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return name in _CODE_NAMES


def _code_words(words: list[str]) -> list[str]:
    """The fence's language (from ``lang=``, else ``file=``'s extension) for a code
    shortcode's arguments."""
    params = dict(re.findall(r'(\w+)="([^"]*)"', " ".join(words[1:])))
    language = params.get("lang") or posixpath.splitext(params.get("file", ""))[1][1:]
    if words[0] == "code-toggle":
        language = language or "toml"
    elif words[0] == "output":
        language = language or "html"
    return [language] if language else []


_CLOSING_RE = re.compile(r"\{\{[<%]\s*/\s*[\w./-]+\s*[>%]\}\}")


def _inner(match: re.Match[str]) -> str:
    return match.group(2).strip(" \t\n")


def preprocess_shortcodes(
    text: str, is_code: Callable[[str], bool] = lambda name: name == "highlight"
) -> str:
    """Apply the preview's Hugo pass to a post body (line count preserved); ``is_code``
    tells the shortcodes whose content is code (:func:`shows_code`)."""
    if "{{" not in text:
        return text
    out: list[str] = []
    pos = 0
    while True:
        match = _SHORTCODE_RE.search(text, pos)
        if match is None:
            break
        escaped = _ESCAPED_RE.match(text, match.start())
        out.append(text[pos : match.start()])
        if escaped is not None:  # {{</* x */>}} is how a post shows a shortcode
            out.append("{{" + escaped.group(1) + escaped.group(2) + escaped.group(3) + "}}")
            pos = escaped.end()
            continue
        pos = match.end()
        words = _inner(match).split()
        if words and not words[0].startswith("/") and is_code(words[0]):
            # Hugo ends a shortcode at the next closing tag, whatever name it gives (it
            # only checks that one of that name was opened before): after a ``code``
            # block, ``{{< code-toggle >}}…{{< /code >}}`` is one block on the page.
            close = _CLOSING_RE.search(text, match.end())
            if close is not None:
                arguments = words[1:] if words[0] == "highlight" else _code_words(words)
                fence = highlight_fence(text, match, close, arguments)
                if fence is not None:
                    out.append(fence)
                    pos = close.end()
                    continue
        out.append(make_placeholder(match.group(0)) + keep_newlines(match.group(0)))
    out.append(text[pos:])
    return "".join(out)
