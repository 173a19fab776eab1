"""Two sites built the way real ones are, for the tests that run the real generators.

- a Jekyll blog in the shape of minima-based Japanese blogs: ``_config.yml`` with
  ``defaults`` for posts but no ``timezone``, every post dated ``+09:00`` with the same
  author, a ``notes`` collection, the theme's layouts in ``_layouts/``;
- a multilingual Hugo blog in the shape of Hatena-Blog-style sites moved to Hugo: TOML
  everywhere, ``languages.<lang>.contentDir``, posts in ``entry/YYYY/MM/DD/slug.md``,
  quoted TOML dates, an ``entry`` archetype and images in ``static/image/``.

The posts are our own; only the structure is copied.
"""

from __future__ import annotations

from pathlib import Path

from tests.core.site_fixtures import write

JEKYLL_BLOG_CONFIG = """\
title: 旅の記録
baseurl: ""
permalink: /:year/:month/:day/:title/
collections:
  notes:
    output: true
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
exclude:
  - README.md
"""

JEKYLL_POST = """\
---
title: "{title}"
date: {date} +0900
author: taro
tags: [{tag}]
---

{body}
"""


def make_jekyll_blog(root: Path) -> Path:
    """The Jekyll blog described above; its page layout marks pages ``data-layout=post``."""
    write(root / "_config.yml", JEKYLL_BLOG_CONFIG)
    write(
        root / "_layouts" / "default.html",
        '<!DOCTYPE html><html><body class="theme">{{ content }}</body></html>\n',
    )
    write(
        root / "_layouts" / "post.html",
        '---\nlayout: default\n---\n<article data-layout="post"><h1>{{ page.title }}</h1>'
        '<p class="by">{{ page.author }}</p>{{ content }}</article>\n',
    )
    posts = [
        ("2025-10-01-nara", "奈良", "2025-10-01 09:30:00", "旅", "鹿がいました。"),
        ("2025-10-12-kobe", "神戸", "2025-10-12 18:00:00", "旅", "夜景です。"),
        ("2025-11-02-osaka", "大阪", "2025-11-02 12:15:00", "食", "たこ焼きです。"),
    ]
    for name, title, date, tag, body in posts:
        write(
            root / "_posts" / f"{name}.md",
            JEKYLL_POST.format(title=title, date=date, tag=tag, body=body),
        )
    write(root / "_notes" / "packing.md", "---\ntitle: 持ち物\n---\n傘。\n")
    write(root / "index.md", "---\nlayout: default\n---\nようこそ\n")
    write(root / "README.md", "# not part of the site\n")
    return root


HUGO_BLOG_CONFIG = """\
baseURL = "https://example.org/"
title = "Hugo 日記"
defaultContentLanguage = "ja"

[languages]
  [languages.ja]
    contentDir = "content/ja"
    languageName = "日本語"
    weight = 1
  [languages.en]
    contentDir = "content/en"
    languageName = "English"
    weight = 2
"""

HUGO_ARCHETYPE = """\
+++
title = "{{ replace .Name "-" " " | title }}"
date = "{{ .Date }}"
author = "taro"
tags = []
archive = ["{{ .Date.Format "2006" }}"]
draft = true
+++

"""

HUGO_POST = """\
+++
title = "{title}"
date = "{date}"
author = "taro"
tags = ["{tag}"]
archive = ["{year}"]
draft = false
+++

{body}
"""


def make_hugo_blog(root: Path) -> Path:
    """The multilingual Hugo blog described above, with links that the build resolves."""
    write(root / "hugo.toml", HUGO_BLOG_CONFIG)
    write(root / "archetypes" / "entry.md", HUGO_ARCHETYPE)
    write(root / "archetypes" / "default.md", '+++\ntitle = "{{ .Name }}"\n+++\n')
    write(root / "static" / "image" / "kyoto.png", "png")
    posts = [
        ("ja", "2024/05/03", "kyoto", "京都", "旅", "![寺](/image/kyoto.png) [催し](/event)"),
        ("ja", "2024/06/10", "nara", "奈良", "旅", "`![例](/image/nothing.png)` と書きます。"),
        ("ja", "2024/07/21", "kobe", "神戸", "夜景", "```\n![x](/image/none.png)\n```"),
        ("en", "2024/05/03", "kyoto", "Kyoto", "travel", "[Event](/en/event/)"),
    ]
    for language, day, slug, title, tag, body in posts:
        date = day.replace("/", "-") + "T10:00:00+09:00"
        write(
            root / "content" / language / "entry" / day / f"{slug}.md",
            HUGO_POST.format(title=title, date=date, tag=tag, year=day[:4], body=body),
        )
    write(root / "content" / "ja" / "event.md", '+++\ntitle = "催し"\n+++\n催しの案内。\n')
    write(root / "content" / "en" / "event.md", '+++\ntitle = "Events"\n+++\nEvents.\n')
    write(
        root / "layouts" / "_default" / "single.html",
        '<article data-layout="single">{{ .Title }}{{ .Content }}</article>\n',
    )
    write(root / "layouts" / "_default" / "list.html", "{{ range .Pages }}{{ .Title }}{{ end }}\n")
    write(root / "layouts" / "index.html", "home\n")
    return root
