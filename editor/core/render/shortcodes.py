"""Hugo awareness for the preview: shortcodes instead of Liquid.

Hugo does not run Liquid, so in a Hugo site ``{{ x }}`` and ``{% x %}`` are plain text.
What Hugo does process in content are shortcodes, ``{{< name args >}}`` and
``{{% name args %}}``. Like :func:`editor.core.render.liquid.preprocess_liquid`, this pass
keeps the number of lines:

- ``{{< highlight lang [opts] >}}`` … ``{{< /highlight >}}`` becomes a fenced code block;
- the escaped form ``{{</* name */>}}`` shows the shortcode literally, as Hugo does;
- every other shortcode becomes a placeholder: in running text a small marker followed by
  what the shortcode says (:mod:`editor.core.render.shortcode_text`), in code and in link
  destinations its source again.
"""

from __future__ import annotations

import re
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


def _inner(match: re.Match[str]) -> str:
    return match.group(2).strip(" \t\n")


def preprocess_shortcodes(text: str) -> str:
    """Apply the preview's Hugo pass to a post body (line count preserved)."""
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
        if words and words[0] == "highlight":
            close = re.compile(r"\{\{[<%]\s*/highlight\s*[>%]\}\}").search(text, match.end())
            if close is not None:
                fence = highlight_fence(text, match, close, words[1:])
                if fence is not None:
                    out.append(fence)
                    pos = close.end()
                    continue
        out.append(make_placeholder(match.group(0)) + keep_newlines(match.group(0)))
    out.append(text[pos:])
    return "".join(out)
