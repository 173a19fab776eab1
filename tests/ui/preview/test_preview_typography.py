"""Japanese typography in the real preview engine: the CSS properties take effect."""

from __future__ import annotations

from pathlib import Path

from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import eval_json, wait_for_content


def test_japanese_typography_is_applied_by_this_chromium(
    window: MainWindow, site: Path, qtbot
) -> None:
    post = site / "_posts" / "2025-01-01-typography.md"
    post.write_text(
        "---\ntitle: 日本語の組版\n---\n## その真意は何でしょうか？\n\n"
        "これは**「重要」**で、*強調*です。*LoRA* の手法。\n",
        encoding="utf-8",
    )
    window.open_site(site)
    window.open_post(post)
    wait_for_content(window.preview, qtbot, "強調")
    style = eval_json(
        window.preview,
        qtbot,
        "(() => { const s = (q) => getComputedStyle(document.querySelector(q));"
        " return {body: s('h2').wordBreak, para: s('p').wordBreak,"
        " h2: s('h2').textWrap || s('h2').textWrapStyle,"
        " p: s('p').textWrap || s('p').textWrapStyle, em: s('em').fontStyle,"
        " dots: s('em').webkitTextEmphasisStyle || s('em').textEmphasisStyle,"
        " latin: s('em:not([lang])').fontStyle,"
        " latinDots: s('em:not([lang])').webkitTextEmphasisStyle,"
        " latinSynth: s('em:not([lang])').fontSynthesisStyle,"
        " synth: s('html').fontSynthesisStyle,"
        " strong: document.querySelector('p strong') ? document.querySelector('p strong')"
        ".textContent : ''}; })()",
    )
    assert style["body"] == "auto-phrase"  # headings break between phrases
    assert style["para"] == "normal"  # paragraphs keep a straight Japanese edge
    assert "balance" in style["h2"] and "pretty" in style["p"]
    assert style["em"] == "normal"  # sesame dots, no slant, for Japanese emphasis
    assert "sesame" in style["dots"]
    assert style["latin"] == "italic" and style["latinDots"] in ("", "none")  # *LoRA*
    assert style["latinSynth"] == "auto"  # slanted even where the face has no italic
    assert style["synth"] == "none"
    assert style["strong"] == "「重要」"  # kramdown's emphasis in a Jekyll site


def test_the_mincho_preference_sets_the_preview_in_serif(
    window: MainWindow, site: Path, qtbot
) -> None:
    window.open_post(site / "_posts" / "2025-11-16-kyoto-autumn.md")
    wait_for_content(window.preview, qtbot, "哲学の道")
    window.settings.preview_typeface = "mincho"
    script = (
        "({cls: document.documentElement.className,"
        " font: getComputedStyle(document.querySelector('p')).fontFamily,"
        " heading: getComputedStyle(document.querySelector('.post-title')).fontFamily})"
    )
    qtbot.waitUntil(
        lambda: "mincho" in eval_json(window.preview, qtbot, script)["cls"], timeout=5000
    )
    style = eval_json(window.preview, qtbot, script)
    assert "Mincho" in style["font"] and "Mincho" not in style["heading"]
    window.settings.preview_typeface = "gothic"
    qtbot.waitUntil(
        lambda: "mincho" not in eval_json(window.preview, qtbot, script)["cls"], timeout=5000
    )
