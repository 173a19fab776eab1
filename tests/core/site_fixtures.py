"""Small real sites on disk for the site tests (Jekyll, Hugo, plain)."""

from __future__ import annotations

from pathlib import Path

SEED = Path(__file__).parents[1] / "data" / "seed" / "2025-12-28-llama4.md"

JEKYLL_CONFIG = """\
title: Test blog
timezone: Asia/Tokyo
baseurl: ""
permalink: /:year/:month/:day/:title/
excerpt_separator: <!--more-->
collections:
  notes:
    output: true
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
      comments: true
"""


def write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` (creating folders) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_jekyll_site(root: Path) -> Path:
    """A Jekyll site with the seed post, one draft, one note and one page."""
    write(root / "_config.yml", JEKYLL_CONFIG)
    write(root / "_posts" / SEED.name, SEED.read_text(encoding="utf-8"))
    write(
        root / "_posts" / "2025-11-02-hello.md",
        '---\nlayout: post\ntitle: "Hello"\ndate: 2025-11-02 10:00:00 +0900\n'
        'categories: ["Diary"]\ntags: ["LLM", "Python"]\nauthor: "Taro"\n---\n\n'
        "Hello **world**. ![cat]({{ site.baseurl }}/assets/images/hello/cat.png)\n",
    )
    write(root / "assets" / "images" / "hello" / "cat.png", "png")
    write(
        root / "_drafts" / "idea.md", '---\nlayout: post\ntitle: "アイデア"\n---\n\n下書きです。\n'
    )
    write(root / "_notes" / "note.md", "---\ntitle: A note\n---\nText\n")
    write(root / "about.md", "---\nlayout: page\npermalink: /about/\n---\nAbout\n")
    write(root / "_layouts" / "post.html", "{{ content }}")
    write(root / "_layouts" / "page.html", "{{ content }}")
    write(root / "_data" / "authors.yml", "Taro:\n  name: Taro\nHanako:\n  name: Hanako\n")
    return root


def make_hugo_site(root: Path) -> Path:
    """A Hugo site with one TOML post and one YAML draft."""
    write(root / "hugo.toml", 'baseURL = "https://example.org/"\ntimeZone = "Asia/Tokyo"\n')
    write(
        root / "content" / "posts" / "first.md",
        '+++\ntitle = "First"\ndate = 2025-01-02T10:00:00+09:00\ndraft = false\n'
        'tags = ["a"]\n+++\n\nBody ![x](/images/x.png)\n',
    )
    write(
        root / "content" / "posts" / "second.md",
        '+++\ntitle = "Second"\ndate = 2025-01-03T10:00:00+09:00\ndraft = true\n+++\n\nBody\n',
    )
    write(root / "static" / "images" / "x.png", "png")
    return root
