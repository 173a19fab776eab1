"""Help ▸ Markdown & Liquid Cheat Sheet: what to type for the common things, in Markdown,
in Jekyll's Liquid and in Hugo's shortcodes, one tab each.

The examples are code and stay as they are; the explanations are translated.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTabWidget, QTextBrowser, QVBoxLayout, QWidget


def markdown_rows() -> list[tuple[str, str]]:
    """``(what it does, what to type)`` for Markdown (kramdown and Goldmark alike)."""
    return [
        (QCoreApplication.translate("CheatSheet", "Section heading"), "## Heading"),
        (
            QCoreApplication.translate("CheatSheet", "Bold, italic, strikethrough"),
            "**bold** *italic* ~~struck~~",
        ),
        (QCoreApplication.translate("CheatSheet", "Link"), "[text](https://example.com)"),
        (
            QCoreApplication.translate("CheatSheet", "Image"),
            "![alt text](/assets/images/photo.jpg)",
        ),
        (
            QCoreApplication.translate("CheatSheet", "List, numbered list, task"),
            "- item\n1. first\n- [ ] to do",
        ),
        (QCoreApplication.translate("CheatSheet", "Quote"), "> quoted text"),
        (QCoreApplication.translate("CheatSheet", "Inline code"), "`code`"),
        (
            QCoreApplication.translate("CheatSheet", "Code block with highlighting"),
            "```ruby\nputs 1\n```",
        ),
        (
            QCoreApplication.translate("CheatSheet", "Table (Tab moves between cells)"),
            "| A | B |\n| --- | --- |\n| 1 | 2 |",
        ),
        (QCoreApplication.translate("CheatSheet", "Footnote"), "text[^1]\n\n[^1]: the note"),
        (QCoreApplication.translate("CheatSheet", "Horizontal rule"), "---"),
        (
            QCoreApplication.translate("CheatSheet", "Line break inside a paragraph"),
            QCoreApplication.translate("CheatSheet", "two spaces at the end of the line"),
        ),
    ]


def liquid_rows() -> list[tuple[str, str]]:
    """``(what it does, what to type)`` for Jekyll's Liquid."""
    return [
        (
            QCoreApplication.translate("CheatSheet", "Link to another post"),
            "[text]({% post_url 2024-01-15-my-post %})",
        ),
        (
            QCoreApplication.translate("CheatSheet", "Link inside the site"),
            "[text]({{ site.baseurl }}/about/)",
        ),
        (QCoreApplication.translate("CheatSheet", "A page's own value"), "{{ page.title }}"),
        (
            QCoreApplication.translate("CheatSheet", "Highlighted code"),
            "{% highlight ruby %}\nputs 1\n{% endhighlight %}",
        ),
        (
            QCoreApplication.translate("CheatSheet", "Text Liquid must not touch"),
            "{% raw %}{{ kept as is }}{% endraw %}",
        ),
        (
            QCoreApplication.translate("CheatSheet", "Include a snippet"),
            '{% include note.html text="Hello" %}',
        ),
        (
            QCoreApplication.translate("CheatSheet", "Class on a paragraph (kramdown)"),
            "A paragraph.\n{: .note}",
        ),
        (QCoreApplication.translate("CheatSheet", "Excerpt ends here"), "<!--more-->"),
    ]


def hugo_rows() -> list[tuple[str, str]]:
    """``(what it does, what to type)`` for Hugo's shortcodes."""
    return [
        (
            QCoreApplication.translate("CheatSheet", "Link to another post"),
            '[text]({{< ref "posts/my-post.md" >}})',
        ),
        (
            QCoreApplication.translate("CheatSheet", "Link relative to this post"),
            '[text]({{< relref "other.md" >}})',
        ),
        (
            QCoreApplication.translate("CheatSheet", "Highlighted code"),
            '{{< highlight go "linenos=table" >}}\nfmt.Println(1)\n{{< /highlight >}}',
        ),
        (
            QCoreApplication.translate("CheatSheet", "Figure with caption"),
            '{{< figure src="/images/a.jpg" caption="A caption" >}}',
        ),
        (QCoreApplication.translate("CheatSheet", "YouTube video"), "{{< youtube w7Ft2ymGmfc >}}"),
        (
            QCoreApplication.translate("CheatSheet", "Shortcode with Markdown inside"),
            "{{% notice %}}**bold**{{% /notice %}}",
        ),
        (QCoreApplication.translate("CheatSheet", "Excerpt ends here"), "<!--more-->"),
    ]


def _table_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding:6px 12px 6px 0; vertical-align:top'>{escape(what)}</td>"
        f"<td style='padding:6px 0'><pre style='margin:0'>{escape(code)}</pre></td></tr>"
        for what, code in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


class CheatSheet(QDialog):
    """Three tabs: Markdown, Jekyll (Liquid), Hugo (shortcodes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Markdown & Liquid Cheat Sheet"))
        self.resize(680, 620)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cheatSheetTabs")
        for title, rows in (
            (self.tr("Markdown"), markdown_rows()),
            (self.tr("Jekyll (Liquid)"), liquid_rows()),
            (self.tr("Hugo (shortcodes)"), hugo_rows()),
        ):
            page = QTextBrowser(self)
            page.setOpenLinks(False)
            page.setHtml(_table_html(rows))
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
