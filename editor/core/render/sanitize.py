"""Allow-list HTML sanitizer for raw HTML written in posts.

The preview page runs with JavaScript disabled and a CSP, but exports reuse the
rendered HTML, so the renderer itself must never emit anything that runs or fetches:
``<script>``, event handlers (``onerror=``), ``javascript:``/``data:`` links, inline SVG,
``<style>`` and, in ``style`` attributes, every CSS function that can name a resource
(``url()``, ``image-set()``…), escapes and at-rules. Unknown tags are dropped but their
text is kept; the output is always balanced (every element opened is closed), so a
block of raw HTML can never swallow the blocks after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from html.parser import HTMLParser

# Elements dropped together with everything inside them.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "svg",
        "object",
        "embed",
        "applet",
        "frame",
        "frameset",
        "iframe",
        "noembed",
        "noframes",
        "title",
        "head",
        "textarea",
        "select",
        "xmp",
        "plaintext",
        "base",
        "link",
        "meta",
    }
)

VOID_ELEMENTS = frozenset({"br", "hr", "img", "input", "wbr", "col", "area", "source", "track"})

_MATHML_ELEMENTS = frozenset(
    {
        "math",
        "mi",
        "mn",
        "mo",
        "ms",
        "mtext",
        "mspace",
        "mrow",
        "mfrac",
        "msqrt",
        "mroot",
        "mstyle",
        "merror",
        "mpadded",
        "mphantom",
        "menclose",
        "msub",
        "msup",
        "msubsup",
        "munder",
        "mover",
        "munderover",
        "mmultiscripts",
        "mprescripts",
        "none",
        "mtable",
        "mtr",
        "mtd",
        "mlabeledtr",
        "semantics",
        "annotation",
    }
)

_HTML_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "input",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "section",
        "nav",
        "aside",
        "article",
        "header",
        "footer",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
        "center",
        "font",
    }
)

ALLOWED_ELEMENTS = _HTML_ELEMENTS | _MATHML_ELEMENTS

_GLOBAL_ATTRS = frozenset({"class", "id", "title", "lang", "dir", "role", "style", "hidden"})
_ELEMENT_ATTRS: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "name", "rel"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "align"}),
    "td": frozenset({"colspan", "rowspan", "align", "valign"}),
    "th": frozenset({"colspan", "rowspan", "align", "valign", "scope"}),
    "col": frozenset({"span", "width"}),
    "colgroup": frozenset({"span"}),
    "ol": frozenset({"start", "type", "reversed"}),
    "ul": frozenset({"type"}),
    "li": frozenset({"value"}),
    "input": frozenset({"type", "checked", "disabled"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
    "q": frozenset({"cite"}),
    "blockquote": frozenset({"cite"}),
    "del": frozenset({"datetime"}),
    "ins": frozenset({"datetime"}),
    "font": frozenset({"color", "size"}),
    "div": frozenset({"align"}),
    "p": frozenset({"align"}),
    "table": frozenset({"align", "width", "border"}),
}
_MATHML_ATTRS = frozenset(
    {
        "display",
        "xmlns",
        "mathvariant",
        "mathsize",
        "stretchy",
        "fence",
        "separator",
        "lspace",
        "rspace",
        "accent",
        "accentunder",
        "movablelimits",
        "largeop",
        "symmetric",
        "minsize",
        "maxsize",
        "columnalign",
        "columnspacing",
        "columnlines",
        "rowalign",
        "rowspacing",
        "rowlines",
        "frame",
        "width",
        "height",
        "depth",
        "linethickness",
        "notation",
        "scriptlevel",
        "displaystyle",
        "encoding",
        "form",
        "voffset",
    }
)

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Browsers ignore these inside a URL's scheme ("java\tscript:"), so must we.
_URL_NOISE_RE = re.compile(r"[\x00-\x20\x7f-\x9f]+")
# Inline CSS may call only functions that compute a value; every function that can
# name a resource (url(), image-set(), image(), cross-fade(), element(), src(), attr()…)
# is refused, like at-rules, escapes and the old script hooks.
_CSS_FUNCTION_RE = re.compile(r"(-{0,2}[^\W\d][-\w]*)\(")  # a function token: ident + "("
_CSS_DANGER_RE = re.compile(r"[\\@<]|expression|javascript:|behavior|binding", re.I)
_CSS_COMMENT_RE = re.compile(r"/\*.*?(?:\*/|$)", re.S)  # an unclosed comment runs to the end
SAFE_CSS_FUNCTIONS = frozenset(
    {
        "rgb",
        "rgba",
        "hsl",
        "hsla",
        "hwb",
        "lab",
        "lch",
        "oklab",
        "oklch",
        "color",
        "color-mix",
        "light-dark",
        "calc",
        "min",
        "max",
        "clamp",
        "var",
        "linear-gradient",
        "radial-gradient",
        "conic-gradient",
        "repeating-linear-gradient",
        "repeating-radial-gradient",
        "repeating-conic-gradient",
        "translate",
        "translatex",
        "translatey",
        "translatez",
        "translate3d",
        "rotate",
        "rotatex",
        "rotatey",
        "rotatez",
        "rotate3d",
        "scale",
        "scalex",
        "scaley",
        "scalez",
        "scale3d",
        "skew",
        "skewx",
        "skewy",
        "matrix",
        "matrix3d",
        "perspective",
        "blur",
        "brightness",
        "contrast",
        "drop-shadow",
        "grayscale",
        "hue-rotate",
        "invert",
        "opacity",
        "saturate",
        "sepia",
        "cubic-bezier",
        "steps",
        "minmax",
        "repeat",
        "fit-content",
        "counter",
        "counters",
    }
)
UrlRewriter = Callable[[str], str | None]


def url_scheme(url: str) -> str | None:
    """Return the lower-case scheme of *url* as a browser would see it, or ``None``."""
    match = _SCHEME_RE.match(_URL_NOISE_RE.sub("", url))
    return match.group(1).lower() if match else None


def is_safe_link(url: str) -> bool:
    """Return True when *url* may be a link target: relative, ``#…``, http(s), mailto, tel."""
    scheme = url_scheme(url)
    return scheme is None or scheme in SAFE_LINK_SCHEMES


def is_safe_style(style: str) -> bool:
    """Return True when an inline ``style`` cannot fetch anything or run script.

    Comments are removed first (``u/**/rl(`` is ``url(``); any backslash escape, at-rule
    or function outside :data:`SAFE_CSS_FUNCTIONS` makes the whole style unsafe.
    """
    css = _CSS_COMMENT_RE.sub("", style)
    if _CSS_DANGER_RE.search(css):
        return False
    return all(name.lower() in SAFE_CSS_FUNCTIONS for name in _CSS_FUNCTION_RE.findall(css))


def is_local_reference(url: str) -> bool:
    """Return True when *url* is relative to the page (no scheme, no ``//host``)."""
    stripped = _URL_NOISE_RE.sub("", url)
    return url_scheme(url) is None and not stripped.startswith(("//", "\\\\", "/\\", "\\/"))


class _Sanitizer(HTMLParser):
    def __init__(
        self,
        rewrite_image: UrlRewriter | None,
        text_filter: Callable[[str], str],
        attr_filter: Callable[[str], str],
    ) -> None:
        super().__init__(convert_charrefs=True)
        self._rewrite_image = rewrite_image
        self._text_filter = text_filter
        self._attr_filter = attr_filter
        self._out: list[str] = []
        self._open: list[str] = []
        self._dropping: list[str] = []  # stack of elements whose content is discarded

    # -- helpers -------------------------------------------------------------------
    def _clean_attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
        allowed = _ELEMENT_ATTRS.get(tag, frozenset())
        mathml = tag in _MATHML_ELEMENTS
        cleaned: list[tuple[str, str]] = []
        for name, value in attrs:
            name = name.lower()
            value = self._attr_filter(value or "")
            if name.startswith("on"):
                continue
            if not (
                name in _GLOBAL_ATTRS
                or name in allowed
                or (mathml and name in _MATHML_ATTRS)
                or name.startswith(("aria-", "data-"))
            ):
                continue
            if name == "style" and not is_safe_style(value):
                continue
            if name == "href" and not is_safe_link(value):
                continue
            if name == "cite" and not is_local_reference(value):
                continue  # never followed by a browser, but a remote one is a beacon to some
            if name == "type" and tag == "input" and value.lower() != "checkbox":
                return []  # only task-list checkboxes are allowed
            cleaned.append((name, value))
        return cleaned

    def _emit_start(self, tag: str, attrs: list[tuple[str, str]]) -> None:
        parts = [f"<{tag}"]
        for name, value in attrs:
            parts.append(f' {name}="{escape(self._attr_filter(value), quote=True)}"')
        parts.append(">")
        self._out.append("".join(parts))

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        src = self._attr_filter(next((v or "" for k, v in attrs if k.lower() == "src"), ""))
        cleaned = [(k, v) for k, v in self._clean_attrs("img", attrs) if k != "src"]
        if self._rewrite_image is not None:
            replacement = self._rewrite_image(src)
            if replacement is None:
                return
            if not replacement.startswith("<"):
                self._emit_start("img", [("src", replacement), *cleaned])
            else:
                self._out.append(replacement)  # a placeholder built by the renderer
            return
        if url_scheme(src) in {None, "http", "https"}:
            self._emit_start("img", [("src", src), *cleaned])

    # -- HTMLParser callbacks ------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping:
            if tag in _DROP_WITH_CONTENT and tag not in VOID_ELEMENTS:
                self._dropping.append(tag)
            return
        if tag in _DROP_WITH_CONTENT:
            if tag not in {"base", "link", "meta"}:
                self._dropping.append(tag)
            if tag == "iframe":
                src = next((v or "" for k, v in attrs if k.lower() == "src"), "")
                src = src if url_scheme(src) in {"http", "https"} else ""
                self._out.append(
                    f'<span class="kiji-blocked-image kiji-blocked-frame" title="{escape(src)}">'
                    f"{escape(src) or 'embedded frame'}</span>"
                )
            return
        if tag not in ALLOWED_ELEMENTS:
            return
        if tag == "img":
            self._image(attrs)
            return
        cleaned = self._clean_attrs(tag, attrs)
        if tag == "input" and not cleaned:
            return
        self._emit_start(tag, cleaned)
        if tag not in VOID_ELEMENTS:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self._open and self._open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag not in self._open:
            return  # stray end tag: ignore rather than close someone else's element
        while self._open:
            current = self._open.pop()
            self._out.append(f"</{current}>")
            if current == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._out.append(self._text_filter(escape(data, quote=False)))

    def close_all(self) -> str:
        self.close()
        while self._open:
            self._out.append(f"</{self._open.pop()}>")
        return "".join(self._out)

    # Comments, doctypes, processing instructions and CDATA are dropped.
    def handle_comment(self, data: str) -> None:
        return

    def handle_decl(self, decl: str) -> None:
        return

    def handle_pi(self, data: str) -> None:
        return

    def unknown_decl(self, data: str) -> None:
        return


def _identity(text: str) -> str:
    return text


def sanitize_html(
    html: str,
    *,
    rewrite_image: UrlRewriter | None = None,
    text_filter: Callable[[str], str] = _identity,
    attr_filter: Callable[[str], str] = _identity,
) -> str:
    """Return *html* with everything that could run or fetch removed, and balanced.

    ``rewrite_image(src)`` maps an ``<img>`` source to a new URL, to a ready-made
    placeholder element (a string starting with ``<``) or to ``None`` (drop the image).
    Without it only relative and http(s) images are kept. ``text_filter`` is applied
    to escaped text and ``attr_filter`` to raw attribute values (the renderer uses them
    to turn Liquid placeholders into markers in text and back into source in attributes).
    """
    parser = _Sanitizer(rewrite_image, text_filter, attr_filter)
    try:
        parser.feed(html)
        return parser.close_all()
    except Exception:  # HTMLParser is lenient, but a post must never break the preview
        return escape(html, quote=False)
