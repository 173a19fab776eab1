"""TeX math (``$…$``, ``$$…$$``) to MathML, which Chromium renders without JavaScript."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from latex2mathml.converter import convert

from editor.core.render.sanitize import sanitize_html


@lru_cache(maxsize=512)
def tex_to_mathml(tex: str, display: bool = False) -> str:
    """Return MathML for *tex*; on a TeX error, the source in a ``.kiji-error`` span.

    The result is sanitized (only MathML elements survive) and cached.
    """
    try:
        mathml = convert(tex, display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many kinds of errors on bad TeX
        reason = str(error) or type(error).__name__
        return (
            f'<span class="kiji-error kiji-math-error" title="Math error: {escape(reason)}">'
            f"{escape(tex, quote=False)}</span>"
        )
    return sanitize_html(mathml)
