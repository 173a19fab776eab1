"""A generated Jekyll site of many varied posts, for the site-scale benchmarks.

Each post gets its own title, date, tags drawn from a vocabulary, categories, an author
now and then, a draft every so often, and a Japanese or English body of varied length
(a few sentences to a long article with code, lists, links and images). The same
``posts`` and ``seed`` always give the same site.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from corpus import japanese_post

TAGS = (
    "AI", "LLM", "Python", "Rust", "Jekyll", "Hugo", "日本語", "機械学習", "旅行", "写真",
    "料理", "読書", "東京", "京都", "カメラ", "Linux", "macOS", "Qt", "Web", "セキュリティ",
    "データ", "クラウド", "ガジェット", "音楽", "映画", "仕事", "健康", "ランニング",
)  # fmt: skip
CATEGORIES = ("tech", "life", "travel", "review", "notes", "日記")
AUTHORS = ("hanako", "taro", "alex")
_ENGLISH = (
    "This week I finally moved the blog to a static site generator.",
    "The build takes a few seconds, which is fast enough for a personal site.",
    "Most of the work was converting old posts and fixing their links.",
    "I keep the drafts in a separate folder so they never go live by accident.",
    "See [the documentation](https://jekyllrb.com/docs/) for the details.",
    "Here is the photo from the trip: ![harbour](/assets/img/harbour.jpg)",
    "The **important** part is that every post stays plain text under version control.",
    "Inline `code` and *emphasis* still render the same way on the site.",
)
_JAPANESE_TITLES = (
    "Llama {n}を試してみた", "京都の紅葉 {n}", "Pythonで始める{n}日目", "読書メモ その{n}",
    "東京の喫茶店めぐり {n}", "新しいカメラを買った話（{n}）", "Rust入門 第{n}回",
)  # fmt: skip
_ENGLISH_TITLES = (
    "Notes on static sites, part {n}", "A week with a new keyboard ({n})",
    "Migrating post {n} from WordPress", "Weekend build log #{n}", "What I read in week {n}",
)  # fmt: skip


def _english_body(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 12)):
        paragraphs.append(" ".join(rng.choice(_ENGLISH) for _ in range(rng.randint(2, 6))))
    if rng.random() < 0.3:
        paragraphs.append("```python\nprint('hello')\n```")
    return "\n\n".join(paragraphs) + "\n"


def _japanese_body(rng: random.Random, pieces: list[str]) -> str:
    return "\n\n".join(rng.sample(pieces, rng.randint(1, min(len(pieces), 14)))) + "\n"


def post_text(number: int, rng: random.Random, pieces: list[str]) -> tuple[str, bool]:
    """Return one post's text (front matter and body) and whether it is a draft."""
    japanese = rng.random() < 0.6
    titles = _JAPANESE_TITLES if japanese else _ENGLISH_TITLES
    title = rng.choice(titles).format(n=number)
    when = datetime(2012, 1, 1, tzinfo=timezone(timedelta(hours=9))) + timedelta(
        minutes=number * 157 + rng.randint(0, 120)
    )
    draft = rng.random() < 0.03
    lines = ["---", "layout: post", f'title: "{title}"']
    if not draft or rng.random() < 0.5:
        lines.append(f"date: {when:%Y-%m-%d %H:%M:%S %z}")
    tags = rng.sample(TAGS, rng.randint(0, 5))
    if tags and rng.random() < 0.5:
        lines.append("tags: [" + ", ".join(tags) + "]")
    elif tags:
        lines.append("tags:")
        lines.extend(f"  - {tag}" for tag in tags)
    if rng.random() < 0.8:
        lines.append(f"categories: {' '.join(rng.sample(CATEGORIES, rng.randint(1, 2)))}")
    if rng.random() < 0.2:
        lines.append(f"author: {rng.choice(AUTHORS)}")
    if rng.random() < 0.1:
        lines.append("published: false")
    if rng.random() < 0.15:
        lines.append(f"description: 「{title}」についてのメモ。")
    lines.append("---")
    body = _japanese_body(rng, pieces) if japanese else _english_body(rng)
    return "\n".join(lines) + "\n\n" + body, draft


def make_varied_site(root: Path, posts: int, seed: int = 17) -> list[Path]:
    """Write a Jekyll site of ``posts`` varied posts under ``root``; return their paths."""
    rng = random.Random(seed)
    pieces = [p for p in japanese_post(40_000).split("\n\n") if p.strip()]
    (root / "_posts").mkdir(parents=True)
    (root / "_drafts").mkdir()
    (root / "_config.yml").write_text(
        "title: Bench\ntimezone: Asia/Tokyo\npermalink: pretty\n", encoding="utf-8"
    )
    paths = []
    for number in range(posts):
        text, draft = post_text(number, rng, pieces)
        slug = f"post-{number}"
        if draft:
            path = root / "_drafts" / f"{slug}.md"
        else:
            day = datetime(2012, 1, 1) + timedelta(minutes=number * 157)
            path = root / "_posts" / f"{day:%Y-%m-%d}-{slug}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
