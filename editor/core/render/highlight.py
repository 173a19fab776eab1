"""Syntax highlighting of code blocks with Pygments, cached per block.

Fenced code and Jekyll ``{% highlight %}`` blocks both end up here. Unknown or missing
languages fall back to plain escaped text: the preview must never guess (guessing is
slow and often wrong) and never fail.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

CSS_CLASS = "highlight"
LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"

# Rouge (Jekyll's highlighter) names that Pygments spells differently.
_ALIASES = {"shell-session": "console", "sh-session": "console", "plaintext": "text"}

_FORMATTER = HtmlFormatter(nowrap=True)


@lru_cache(maxsize=128)
def _lexer_for(language: str) -> Lexer | None:
    name = _ALIASES.get(language, language)
    if not name or name in {"text", "plain", "txt"}:
        return None
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except (ClassNotFound, ValueError):
        return None


def _number_lines(code_html: str) -> str:
    # Pygments closes its spans at each line end, so lines can be numbered one by one.
    lines = code_html.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    width = len(str(len(lines)))
    return "\n".join(
        f'<span class="lineno">{number:>{width}}</span>{line}'
        for number, line in enumerate(lines, start=1)
    ) + ("\n" if lines else "")


@lru_cache(maxsize=512)
def highlight_code(code: str, language: str = "", linenos: bool = False) -> str:
    """Return one ``<div class="highlight">`` element showing *code* in *language*.

    The code is highlighted when Pygments knows the language and shown as escaped
    plain text otherwise. Results are cached, so unchanged blocks cost nothing.
    """
    language = language.strip().lower()
    lexer = _lexer_for(language)
    if lexer is None:
        body = escape(code, quote=False)
    else:
        try:
            body = pygments_highlight(code, lexer, _FORMATTER)
        except Exception:  # a lexer bug must not take the preview down
            body = escape(code, quote=False)
        if not code.endswith("\n") and body.endswith("\n"):
            body = body[:-1]
    if linenos:
        body = _number_lines(body)
    lang_attr = f' data-lang="{escape(language)}"' if language else ""
    code_class = f' class="language-{escape(language)}"' if language else ""
    return (
        f'<div class="{CSS_CLASS}"{lang_attr}><pre class="{CSS_CLASS}">'
        f"<code{code_class}>{body}</code></pre></div>"
    )


@lru_cache(maxsize=4)
def highlight_css(dark: bool) -> str:
    """Return the Pygments CSS for the classes :func:`highlight_code` emits.

    Light and dark rules are both scoped under ``.highlight``; the page picks one set
    for its theme.
    """
    style = DARK_STYLE if dark else LIGHT_STYLE
    css = HtmlFormatter(style=style).get_style_defs(f".{CSS_CLASS}")
    # Drop Pygments' unscoped rules (``pre {…}``, ``td.linenos``): the page styles those.
    css = "\n".join(line for line in css.splitlines() if line.startswith(f".{CSS_CLASS}"))
    return (
        css + f"\n.{CSS_CLASS} .lineno {{ user-select: none; opacity: 0.5; padding-right: 1em; }}\n"
    )
