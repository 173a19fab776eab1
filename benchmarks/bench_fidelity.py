"""Preview fidelity: Kiji's preview of real posts against what the real generator made.

For each corpus site with a reference (``fidelity_reference.py`` makes it with the real
``jekyll`` where the corpus does not carry one), every post body is rendered by Kiji's
own renderer for that site (the preview's ``Renderer``), and compared with the
generator's HTML of the same post:

* similarity: ``difflib.SequenceMatcher`` ratio of the visible text (tags stripped,
  whitespace collapsed), per post; the median and the share of posts at ≥ 0.95;
* heading ids: the share of posts whose h1–h6 ``id`` list equals the generator's;
* elements: the share of posts with as many paragraphs, list items, headings, tables,
  code blocks and images as the generator made;
* render time per post, median, against plain ``markdown_it.MarkdownIt("commonmark")``
  on the same bodies in the same run (the goal is at most 2×), and against the same
  markdown-it highlighting its fenced code with Pygments as the preview does (what is
  left is the preview's own work: the generator's dialect, the block split, includes).

Run: ``python benchmarks/bench_fidelity.py [SITE ...]`` (after
``python benchmarks/fidelity_reference.py``). Skips, saying so, without the corpus.
"""

from __future__ import annotations

import difflib
import re
import statistics
import sys
import time
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fidelity_reference import corpus_root, load_reference
from markdown_it import MarkdownIt
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound
from timing import percentile

from editor.core.post.post import read_post
from editor.core.render.render import Renderer

COUNTED = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "img", "blockquote")
# Where a browser breaks the text: the generators put a newline between such elements and
# Kiji does not, so both sides get a space there (the text compares what a reader sees).
BLOCKS = frozenset(
    [
        "p",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "blockquote",
        "div",
        "figure",
        "figcaption",
        "hr",
        "br",
        "section",
        "aside",
        "details",
        "summary",
    ]
)
_SPACE = re.compile(r"\s+")
MAX_CHARS = 20_000  # longer texts are compared on their first MAX_CHARS characters


class _Page(HTMLParser):
    """Visible text, heading ids and element counts of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.ids: list[str] = []
        self.counts: Counter[str] = Counter()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.text.append(" ")
        if tag in ("script", "style"):
            self._skip += 1
        if tag in COUNTED:
            self.counts[tag] += 1
        if re.fullmatch(r"h[1-6]", tag):
            self.ids.append(dict(attrs).get("id") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.text.append(" ")
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def read_page(html: str) -> _Page:
    """Parse ``html`` into its visible text, heading ids and element counts."""
    page = _Page()
    page.feed(html)
    page.close()
    return page


def visible(page: _Page) -> str:
    """The page's visible text with whitespace collapsed."""
    return _SPACE.sub(" ", "".join(page.text)).strip()[:MAX_CHARS]


def similarity(a: str, b: str) -> float:
    """How alike two texts are (1.0: the same)."""
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def measure_site(
    site: str, root: Path, reference: dict[str, Any], step: int = 1
) -> dict[str, float]:
    """Compare every ``step``-th post of ``site`` that the reference holds."""
    renderer = Renderer(root)
    plain = MarkdownIt("commonmark")
    highlighted = MarkdownIt("commonmark", {"highlight": _pygments})
    ratios: list[float] = []
    ids_equal = counts_equal = 0
    kiji_ms: list[float] = []
    plain_ms: list[float] = []
    highlighted_ms: list[float] = []
    for relative, generated in sorted(reference["html"].items())[::step]:
        path = root / relative
        if not path.is_file():
            continue
        post = read_post(path)
        page = dict(post.front_matter) if post.error is None else {}
        started = time.perf_counter()
        ours = renderer.render(post.body, page)
        kiji_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        plain.render(post.body)
        plain_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        highlighted.render(post.body)
        highlighted_ms.append((time.perf_counter() - started) * 1000)
        mine, theirs = read_page(ours), read_page(generated)
        ratios.append(similarity(visible(mine), visible(theirs)))
        ids_equal += mine.ids == theirs.ids
        counts_equal += all(mine.counts[t] == theirs.counts[t] for t in COUNTED)
    count = len(ratios)
    if not count:
        return {"posts": 0}
    return {
        "posts": count,
        "median": statistics.median(ratios),
        "at_95": 100 * sum(r >= 0.95 for r in ratios) / count,
        "ids": 100 * ids_equal / count,
        "elements": 100 * counts_equal / count,
        "kiji_ms": statistics.median(kiji_ms),
        "kiji_p95": percentile(kiji_ms, 0.95),
        "plain_ms": statistics.median(plain_ms),
        "highlighted_ms": statistics.median(highlighted_ms),
    }


@lru_cache(maxsize=128)
def _lexer(language: str) -> Lexer | None:
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except (ClassNotFound, ValueError):
        return None


def _pygments(code: str, language: str, _attrs: str) -> str:
    """markdown-it's ``highlight`` option: Pygments' HTML for a known language."""
    lexer = _lexer(language.strip().lower()) if language.strip() else None
    return "" if lexer is None else pygments_highlight(code, lexer, _FORMATTER)


_FORMATTER = HtmlFormatter(nowrap=True)


_INCLUDE_RE = re.compile(r"\{%-?\s*include(?:_cached)?\s+([^\s%{]+)")


def missing_includes(root: Path, reference: dict[str, Any]) -> int:
    """How many of the reference's posts include a file the corpus does not keep (their
    text cannot be in the preview: the corpus holds posts and settings, not ``_includes``)."""
    folder = root / "_includes"
    count = 0
    for relative in reference["html"]:
        path = root / relative
        text = path.read_text("utf-8", "replace") if path.is_file() else ""
        count += any(not (folder / name).is_file() for name in _INCLUDE_RE.findall(text))
    return count


def main(argv: list[str]) -> int:
    """Print the per-site table."""
    corpus = corpus_root()
    if corpus is None:
        print("skipped: no corpus (../shared/realcorpus or $KIJI_REALCORPUS)")
        return 0
    sites = argv or sorted(p.name for p in (corpus / "corpora").iterdir() if p.is_dir())
    print(
        f"{'site':<18} {'posts':>5} {'median':>7} {'≥0.95':>6} {'ids':>6} {'elems':>6}"
        f" {'kiji ms':>8} {'p95':>6} {'plain':>6} {'ratio':>6} {'+pyg':>6} {'ratio':>6}"
    )
    for site in sites:
        reference = load_reference(site)
        if reference is None:
            print(f"{site:<18} no reference (python benchmarks/fidelity_reference.py {site})")
            continue
        r = measure_site(site, corpus / "corpora" / site, reference)
        if not r["posts"]:
            print(f"{site:<18} no post of the reference found")
            continue
        print(
            f"{site:<18} {r['posts']:>5} {r['median']:>7.3f} {r['at_95']:>5.0f}% {r['ids']:>5.0f}%"
            f" {r['elements']:>5.0f}% {r['kiji_ms']:>8.2f} {r['kiji_p95']:>6.2f}"
            f" {r['plain_ms']:>6.2f} {r['kiji_ms'] / max(r['plain_ms'], 1e-6):>5.1f}x"
            f" {r['highlighted_ms']:>6.2f} {r['kiji_ms'] / max(r['highlighted_ms'], 1e-6):>5.1f}x"
        )
        absent = missing_includes(corpus / "corpora" / site, reference)
        if absent:
            print(f"{'':<18} {absent} posts include files the corpus does not keep")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
