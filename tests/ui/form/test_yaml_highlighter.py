"""Front-matter highlighting marks keys, strings, numbers and comments (YAML and TOML)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextDocument

from editor.ui.form.yaml_highlighter import FrontMatterHighlighter


def _colors(text: str, fmt: str, dark: bool = False) -> list[str]:
    """The foreground colour name of every character of the single line ``text``."""
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = FrontMatterHighlighter(document, fmt, dark)
    highlighter.rehighlight()
    layout = document.firstBlock().layout()
    colors = ["" for _ in text]
    for rng in layout.formats():
        for index in range(rng.start, rng.start + rng.length):
            colors[index] = QColor(rng.format.foreground().color()).name()
    return colors


def test_yaml_line() -> None:
    text = 'title: "京都 # not a comment" # a comment'
    colors = _colors(text, "yaml")
    key, string, comment = colors[0], colors[8], colors[-1]
    assert len({key, string, comment}) == 3 and "" not in (key, string, comment)
    assert colors[text.index("# not")] == string
    assert colors[6] == ""  # the space after the colon is plain


def test_toml_line_and_dates() -> None:
    text = "date = 2025-12-28T08:41:08+09:00"
    colors = _colors(text, "toml")
    assert colors[0] != "" and colors[0] == colors[3]  # the key
    assert colors[7] != "" and colors[7] == colors[-1]  # the whole date
    assert colors[7] != colors[0]


def test_dark_colours_differ() -> None:
    light, dark = _colors("draft: true", "yaml"), _colors("draft: true", "yaml", dark=True)
    assert light[0] and dark[0] and light[0] != dark[0]
    assert light[-1] and dark[-1] and light[-1] != dark[-1]


def test_colours_land_on_their_text_after_an_emoji(qtbot) -> None:
    from PySide6.QtGui import QTextDocument

    from editor.ui.form.yaml_highlighter import FrontMatterHighlighter

    document = QTextDocument()
    highlighter = FrontMatterHighlighter(document, "yaml", False)
    document.setPlainText('title: "😀" # 𠮷 note')
    highlighter.rehighlight()
    ranges = document.firstBlock().layout().formats()
    # '# 𠮷 note' starts after 'title: "😀" ' = 11 code points = 12 UTF-16 units, and
    # runs to the end of the line: 8 code points = 9 units.
    assert [(r.start, r.length) for r in ranges][-1] == (12, 9)
