"""Time the lossless post round trip against plain PyYAML loading the same front matter.

Run from the repository root: ``python benchmarks/bench_post.py``. For the seed-sized post
(~22 KB, Japanese) and a 200 KB post it prints the median and p95 of:

* ``split+text``: ``Post.parse(text).text()`` (what opening and saving an unedited post costs);
* ``editor round trip``: parse, read every field for the form, ``text()``;
* ``edit one field``: the above plus appending a tag (a splice, read back and checked);
* the baselines measured in the same run: PyYAML's C ``CSafeLoader`` and its pure-Python
  ``SafeLoader`` loading the same front matter (what the site index and
  python-frontmatter do), and the ratio of each editor figure to them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import measure

from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.post import Post

SEED = ROOT / "tests" / "data" / "seed" / "2025-12-28-llama4.md"


def bench(label: str, text: str, repeat: int) -> None:
    """Print the figures for one post."""
    block = split_front_matter(text).block

    def split_and_text() -> object:
        return Post.parse(text).text()

    def editor_round_trip() -> object:
        post = Post.parse(text)
        fields = dict(post.front_matter)
        return post.text(), fields

    def edit_one_field() -> object:
        post = Post.parse(text)
        post.front_matter["tags"] = [*post.front_matter["tags"], "Nvidia"]
        return post.text()

    def pyyaml_c() -> object:
        return yaml.load(block, Loader=yaml.CSafeLoader)

    def pyyaml_pure() -> object:
        return yaml.load(block, Loader=yaml.SafeLoader)

    base_c = measure(pyyaml_c, repeat)
    base_py = measure(pyyaml_pure, repeat)
    print(f"\n{label}: {len(text.encode()) / 1024:.0f} KB, front matter {len(block)} chars")
    print(f"  {'case':<34} {'median ms':>10} {'p95 ms':>9} {'x C load':>9} {'x py load':>10}")
    rows = [
        ("baseline: PyYAML CSafeLoader load", base_c),
        ("baseline: PyYAML SafeLoader load", base_py),
        ("split+text (unedited round trip)", measure(split_and_text, repeat)),
        ("editor round trip (all fields)", measure(editor_round_trip, repeat)),
        ("edit one field (append a tag)", measure(edit_one_field, repeat)),
    ]
    for name, (median, p95) in rows:
        print(
            f"  {name:<34} {median:>10.3f} {p95:>9.3f} "
            f"{median / base_c[0]:>9.2f} {median / base_py[0]:>10.2f}"
        )


def main() -> None:
    """Benchmark the seed post and a 200 KB post made from it."""
    seed = SEED.read_text(encoding="utf-8")
    head_len = len(seed) - len(Post.parse(seed).body)
    body = seed[head_len:]
    big_body = body * (200 * 1024 // len(body.encode()) + 1)
    big = seed[:head_len] + big_body[: len(big_body) * 200 * 1024 // len(big_body.encode())]
    bench("seed post", seed, 500)
    bench("200 KB post", big, 200)


if __name__ == "__main__":
    main()
