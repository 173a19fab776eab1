"""What a render leaves alive: only what the next render reuses, freed by reference counts.

A full garbage collection walks every live object while it holds the interpreter lock, so
each object a long post's render keeps, and each cycle that only the collector can free,
is a pause the window feels (a 1M-character post's dropped renderer took ~150 ms to free).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it.token import Token

from editor.core.render.render import Renderer

BODY = "".join(
    f"## 節 {n}\n\n段落 {n} の本文。**強調** と [リンク](/x/{n}/)。\n\n" for n in range(300)
)


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Only reference counting frees objects while the test runs."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _site_with_includes(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "note.html").write_text(
        "<aside>{{ include.body | markdownify }}</aside>", encoding="utf-8"
    )
    (tmp_path / "_posts").mkdir()
    return tmp_path


def test_a_dropped_renderer_is_freed_at_once_with_its_caches(
    tmp_path: Path, no_collector: None
) -> None:
    site = _site_with_includes(tmp_path)
    renderer = Renderer(site, post_path=site / "_posts" / "2025-01-01-a.md")
    html = renderer.render('{% include note.html body="*注*" %}\n\n' + BODY)
    assert '<em lang="ja">注</em>' in html  # the includes (which hold markdownify) were used
    gone = weakref.ref(renderer)
    del renderer
    assert gone() is None


def test_the_includes_markdownify_outliving_its_renderer_says_so(tmp_path: Path) -> None:
    site = _site_with_includes(tmp_path)
    renderer = Renderer(site)
    renderer.render('{% include note.html body="x" %}\n')
    includes = renderer._includes
    assert includes is not None
    del renderer
    gc.collect()
    with pytest.raises(ReferenceError):
        includes[1]._markdownify("*x*")


def test_a_render_keeps_no_markdown_it_tokens(no_collector: None) -> None:
    def live_tokens() -> int:
        return sum(isinstance(item, Token) for item in gc.get_objects())

    before = live_tokens()
    renderer = Renderer()
    renderer.render(BODY)
    renderer.render(BODY.replace("段落 150 の", "段落 150 の追記した"))  # an edit: partly cached
    assert live_tokens() == before
